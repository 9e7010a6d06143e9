import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { stepsPagePaths } from './pages/steps/stepLevel';
import { appPaths, isAppRoute } from './paths';
import { appRoutes } from './routes';

describe('isAppRoute', () => {
  it('accepts the screens the SPA has', () => {
    expect(isAppRoute('/')).toBe(true);
    expect(isAppRoute('/login')).toBe(true);
    expect(isAppRoute('/?tab=todo')).toBe(true);
    expect(isAppRoute('/applications?status=draft')).toBe(true);
    expect(isAppRoute('/applications/new')).toBe(true);
    expect(isAppRoute('/applications/3f2c')).toBe(true);
    expect(isAppRoute('/unit')).toBe(true);
    expect(isAppRoute('/invite/abc')).toBe(true);
  });

  it('has the steps page of every level that takes the shared steps', () => {
    for (const path of Object.values(stepsPagePaths)) expect(isAppRoute(path)).toBe(true);
    expect(isAppRoute('/recommender')).toBe(true);
  });

  it('rejects paths that would only reach the 404 page, and anything off-site', () => {
    expect(isAppRoute('/applications/3f2c/extra')).toBe(false);
    expect(isAppRoute('//evil.example/login')).toBe(false);
    expect(isAppRoute('https://example.com/')).toBe(false);
  });
});

describe('appRoutes', () => {
  const screenPaths = (routes: RouteObject[]): string[] =>
    routes.flatMap((route) => [
      ...(route.path !== undefined && route.path !== '*' ? [route.path] : []),
      ...screenPaths(route.children ?? []),
    ]);

  it('puts exactly one screen on each of the paths isAppRoute knows', () => {
    expect(screenPaths(appRoutes).sort()).toEqual(Object.values(appPaths).sort());
  });
});
