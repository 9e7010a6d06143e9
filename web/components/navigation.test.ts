import { describe, expect, it } from 'vitest';
import { currentNavigation } from './navigation';

const paths = ['/', '/applications', '/unit', '/recommender'];

describe('the navigation entry of a page (issue 10.14: the menu follows the page)', () => {
  it('selects the entry of the page itself', () => {
    expect(currentNavigation(paths, '/')).toBe('/');
    expect(currentNavigation(paths, '/applications')).toBe('/applications');
    expect(currentNavigation(paths, '/recommender')).toBe('/recommender');
  });

  it('selects the list for an application and the new form, nested under it', () => {
    expect(currentNavigation(paths, '/applications/0b6c2c5e-4a57-4c1f-9d8e-2f1f1b0c9a11')).toBe(
      '/applications',
    );
    expect(currentNavigation(paths, '/applications/new')).toBe('/applications');
    expect(currentNavigation(paths, '/unit/')).toBe('/unit');
  });

  it('does not take a path for another that merely starts with the same letters', () => {
    expect(currentNavigation(paths, '/units')).toBeUndefined();
    expect(currentNavigation(['/', '/applications'], '/applicationsx')).toBeUndefined();
  });

  it('selects nothing for a page outside the navigation', () => {
    expect(currentNavigation(['/', '/applications'], '/unit')).toBeUndefined();
  });
});
