import type { RouteObject } from 'react-router-dom';
import { AppShell } from './components/AppShell';
import { ApplicationPage } from './pages/applications/ApplicationPage';
import { ApplicationsListPage } from './pages/applications/ApplicationsListPage';
import { ApprovalPage } from './pages/approval/ApprovalPage';
import { HomePage } from './pages/home/HomePage';
import { IntakePage } from './pages/intake/IntakePage';
import { InvitationPage } from './pages/invitation/InvitationPage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';
import { ReviewPage } from './pages/review/ReviewPage';
import { ScoringPage } from './pages/scoring/ScoringPage';
import { SelectionPage } from './pages/selection/SelectionPage';
import { StepsPage } from './pages/steps/StepsPage';
import { appPaths } from './paths';
import { RequireSession } from './session/RequireSession';

/** Every screen of the SPA, one on each of `appPaths`; anything else is the 404 page. */
export const appRoutes: RouteObject[] = [
  { path: appPaths.login, element: <LoginPage /> },
  { path: appPaths.invitation, element: <InvitationPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppShell />,
        children: [
          { path: appPaths.home, element: <HomePage /> },
          { path: appPaths.applications, element: <ApplicationsListPage /> },
          { path: appPaths.newApplication, element: <ApplicationPage /> },
          { path: appPaths.application, element: <ApplicationPage /> },
          { path: appPaths.unit, element: <StepsPage key="unit" level="unit" /> },
          { path: appPaths.recommender, element: <StepsPage key="recommender" level="recommender" /> },
          { path: appPaths.intake, element: <IntakePage /> },
          { path: appPaths.intakeCode, element: <IntakePage /> },
          { path: appPaths.review, element: <ReviewPage /> },
          { path: appPaths.selection, element: <SelectionPage /> },
          { path: appPaths.scoring, element: <ScoringPage /> },
          { path: appPaths.scoringCandidate, element: <ScoringPage /> },
          { path: appPaths.approval, element: <ApprovalPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
