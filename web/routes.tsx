import { matchRoutes, type RouteObject } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { HomePage } from './pages/home/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';
import { RequireSession } from './session/RequireSession';

const notFoundPath = '*';

/** Every screen of the SPA; anything else is the 404 page. */
export const appRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [{ element: <AppShell />, children: [{ index: true, element: <HomePage /> }] }],
  },
  { path: notFoundPath, element: <NotFoundPage /> },
];

/** Whether `href` (e.g. a to-do link from the server) leads to a screen this build of the SPA has. */
export function isAppRoute(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const matches = matchRoutes(appRoutes, new URL(href, 'http://app.invalid').pathname);
  return matches !== null && matches.at(-1)?.route.path !== notFoundPath;
}
