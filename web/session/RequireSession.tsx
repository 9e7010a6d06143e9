import { Button, Flex } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { FullPageSpin } from '../components/FullPageSpin';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from './SessionProvider';

/** Route guard: renders the nested routes for a signed-in user, otherwise sends them to /login. */
export function RequireSession() {
  const { state, reload } = useSession();
  const location = useLocation();
  const t = useT();

  switch (state.status) {
    case 'loading':
      return <FullPageSpin />;
    case 'anonymous':
      return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
    case 'failed':
      return (
        <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
          <ApiErrorAlert
            error={state.error}
            action={
              <Button size="small" onClick={reload}>
                {t('common.retry')}
              </Button>
            }
          />
        </Flex>
      );
    case 'signed-in':
      return <Outlet />;
  }
}
