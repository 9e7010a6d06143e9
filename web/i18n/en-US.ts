import type { MessageKey } from './zh-CN';

/** English (en-US) interface texts; same keys as zh-CN.ts, enforced by the type. */
export const enUS: Record<MessageKey, string> = {
  'app.name': '匠选 · Jiangxuan',
  'app.edition': 'The 3rd Changchun Skills Grand Award and Changchun Technical Expert Selection',

  'locale.switch': 'Interface language',

  'role.bureau_admin': 'Bureau administrator',
  'role.bureau_staff': 'Bureau staff',
  'role.talent_office': 'Talent Office (Organisation Department)',
  'role.recommender_officer': 'Recommending unit officer',
  'role.employer_officer': 'Employer unit officer',
  'role.expert': 'Review expert',
  'role.candidate': 'Candidate',

  'login.pageTitle': 'Sign in',
  'login.heading': 'Sign in',
  'login.username': 'Username',
  'login.usernameRequired': 'Please enter your username',
  'login.password': 'Password',
  'login.passwordRequired': 'Please enter your password',
  'login.submit': 'Sign in',
  'login.failed': 'Sign-in failed',

  'shell.userMenu': 'User menu',
  'shell.logout': 'Sign out',

  'home.pageTitle': 'Home',
  'home.greeting': 'Hello, {name}',
  'home.currentRole': 'Current role',
  'home.organisation': 'Organisation',
  'home.otherMemberships': 'Other roles',
  'home.todo': 'My to-do',
  'home.todoEmpty': 'Nothing to do right now',
  'home.todoOpen': 'Open',
  'home.loadFailed': 'Could not load your to-do list',
  'common.retry': 'Retry',

  'notFound.pageTitle': 'Page not found',
  'notFound.heading': '404',
  'notFound.description': 'Sorry, the page you are looking for does not exist.',
  'notFound.backHome': 'Back to home',

  'common.loading': 'Loading…',
  'common.requestId': 'Request ID: {id}',

  'error.network': 'Cannot reach the server. Please check your connection and try again.',
  'error.unexpected': 'The server sent an unexpected response (HTTP {status}). Please try again later.',
};
