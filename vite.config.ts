import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://127.0.0.1:3000';

/**
 * In development the page comes from Vite and the API from the backend, so the browser's Origin
 * names the Vite server. The server accepts state-changing requests from its own origin only;
 * since the proxy makes both one origin, it restates Origin as the backend's — but only for
 * requests whose Origin is the Vite server itself, so cross-site requests are still refused.
 */
const toBackend: ProxyOptions = {
  target: backend,
  changeOrigin: true,
  configure(proxy) {
    proxy.on('proxyReq', (proxyReq, req) => {
      const { origin, host } = req.headers;
      if (origin && host && URL.canParse(origin) && new URL(origin).host === host) {
        proxyReq.setHeader('origin', backend);
      }
    });
  },
};

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Let each group take only what its test matches, so antd's own dependencies form their own chunk.
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
            { name: 'antd', test: /node_modules[\\/]antd[\\/]/ },
            // antd's building blocks (rc-components, css-in-js, icons), fetched in parallel with it.
            {
              name: 'antd-base',
              test: /node_modules[\\/](@ant-design|@rc-component|rc-[\w-]+|@babel[\\/]runtime)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': toBackend, '/public': toBackend },
  },
  preview: {
    proxy: { '/api': toBackend, '/public': toBackend },
  },
});
