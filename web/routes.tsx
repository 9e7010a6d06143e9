import { matchRoutes, type RouteObject } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { ApplicationPage } from './pages/applications/ApplicationPage';
import { ApplicationsListPage } from './pages/applications/ApplicationsListPage';
import { HomePage } from './pages/home/HomePage';
import { InvitationPage } from './pages/invitation/InvitationPage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';
import { StepsPage } from './pages/steps/StepsPage';
import { RequireSession } from './session/RequireSession';

const notFoundPath = '*';

/** Every screen of the SPA; anything else is the 404 page. */
export const appRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // The candidate's one-time link: no account, no session.
  { path: '/invite/:token', element: <InvitationPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: '/applications', element: <ApplicationsListPage /> },
          { path: '/applications/new', element: <ApplicationPage /> },
          { path: '/applications/:id', element: <ApplicationPage /> },
          { path: '/unit', element: <StepsPage key="unit" level="unit" /> },
          { path: '/recommender', element: <StepsPage key="recommender" level="recommender" /> },
        ],
      },
    ],
  },
  { path: notFoundPath, element: <NotFoundPage /> },
];

/** Whether `href` (e.g. a to-do link from the server) leads to a screen this build of the SPA has. */
export function isAppRoute(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const matches = matchRoutes(appRoutes, new URL(href, 'http://app.invalid').pathname);
  return matches !== null && matches.at(-1)?.route.path !== notFoundPath;
}
