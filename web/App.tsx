import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { setUnauthorizedHandler } from './api/client';
import { LocaleProvider } from './i18n/LocaleProvider';
import { appRoutes } from './routes';
import { SessionProvider, useSession } from './session/SessionProvider';
import { appTheme } from './theme';

/** A 401 from any call means the session ended: forget it, and <RequireSession> shows the login page. */
function UnauthorizedToLogin() {
  const { clear } = useSession();
  useEffect(() => setUnauthorizedHandler(() => clear()), [clear]);
  return null;
}

/**
 * A data router (not `<BrowserRouter>`): only a data router can hold a navigation back, which the form
 * does while it has unsaved changes (`useBlocker`). Created once, for the page's one history.
 */
const router = createBrowserRouter(appRoutes);

export function App() {
  return (
    <LocaleProvider theme={appTheme}>
      <AntApp>
        <SessionProvider>
          <UnauthorizedToLogin />
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </LocaleProvider>
  );
}
