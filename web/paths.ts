import { matchPath } from 'react-router-dom';

/**
 * The path of every screen of the SPA, with no component attached: `routes.tsx` puts a screen on each
 * one, and code inside the screens (the to-do list's links) asks `isAppRoute` without importing the
 * screens — which would make an import cycle through `routes.tsx`.
 */
export const appPaths = {
  login: '/login',
  // The candidate's one-time link: no account, no session.
  invitation: '/invite/:token',
  home: '/',
  applications: '/applications',
  newApplication: '/applications/new',
  application: '/applications/:id',
  unit: '/unit',
  recommender: '/recommender',
  // the bureau's intake desk; the envelope cover's QR code opens it with the code
  intake: '/intake',
  intakeCode: '/intake/:code',
  // 综合评审 administration (the bureau): the expert pool, panels and their draw, conflicts, rubric, progress
  review: '/review',
  // the selection to the prizes (the bureau): results, vote, proposal, city notice, approval, decision, certificates, prizes
  selection: '/selection',
  // the expert's scoring screen
  scoring: '/scoring',
  scoringCandidate: '/scoring/:id',
  // the talent office's approval of the proposed list
  approval: '/approval',
} as const;

/** Whether `href` (e.g. a to-do link from the server) leads to a screen this build of the SPA has. */
export function isAppRoute(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const { pathname } = new URL(href, 'http://app.invalid');
  return Object.values(appPaths).some((path) => matchPath({ path, end: true }, pathname) !== null);
}
