import { App as AntApp, type ThemeConfig } from 'antd';
import { useEffect } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { setUnauthorizedHandler } from './api/client';
import { AppShell } from './components/AppShell';
import { LocaleProvider } from './i18n/LocaleProvider';
import { HomePage } from './pages/home/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';
import { RequireSession } from './session/RequireSession';
import { SessionProvider, useSession } from './session/SessionProvider';

const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4f91',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** A 401 from any call means the session ended: forget it, and <RequireSession> shows the login page. */
function UnauthorizedToLogin() {
  const { clear } = useSession();
  useEffect(() => setUnauthorizedHandler(() => clear()), [clear]);
  return null;
}

export function App() {
  return (
    <LocaleProvider theme={appTheme}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <UnauthorizedToLogin />
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<RequireSession />}>
                <Route element={<AppShell />}>
                  <Route index element={<HomePage />} />
                </Route>
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </LocaleProvider>
  );
}
