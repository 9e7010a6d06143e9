import { matchPath } from 'react-router-dom';

/**
 * The navigation entry a page belongs to: the one whose path is the longest prefix, segment by segment,
 * of the page's path — `/applications/3f…` and `/applications/new` belong to `/applications`, `/` only to
 * itself. A page under none of them (there is none today) selects nothing.
 */
export function currentNavigation(paths: readonly string[], pathname: string): string | undefined {
  return paths
    .filter((path) => (path === '/' ? pathname === '/' : matchPath({ path, end: false }, pathname) !== null))
    .sort((a, b) => b.length - a.length)[0];
}
