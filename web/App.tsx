import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { BrowserRouter, useRoutes } from 'react-router-dom';
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

function Screens() {
  return useRoutes(appRoutes);
}

export function App() {
  return (
    <LocaleProvider theme={appTheme}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <UnauthorizedToLogin />
            <Screens />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </LocaleProvider>
  );
}
