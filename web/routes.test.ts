import { describe, expect, it } from 'vitest';
import { stepsPagePaths } from './pages/steps/stepLevel';
import { isAppRoute } from './routes';

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
