import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from '../testing/harness';

describe.each(engines)('my to-do on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const todo = async (username: string) => {
    const res = await t.request({ method: 'GET', url: '/api/todo', cookie: await t.login(username) });
    expect(res.statusCode).toBe(200);
    return res.json().items as {
      key: string;
      title: { zh: string; en: string };
      count: number;
      href: string;
    }[];
  };

  it('shows the employer its two drafts, labelled in both languages', async () => {
    expect(await todo('employer')).toEqual([
      {
        key: 'applications.draft',
        title: { zh: '填写中', en: 'Draft' },
        count: 2,
        href: '/applications?status=draft',
      },
    ]);
  });

  it('shows the Chaoyang recommender what was reported to it, and nothing of other districts', async () => {
    const items = await todo('recommender');
    expect(items).toEqual([expect.objectContaining({ key: 'applications.at_recommender', count: 1 })]);
  });

  it('shows the bureau the dossiers reported to it', async () => {
    expect(await todo('bureau')).toEqual([
      expect.objectContaining({ key: 'applications.at_bureau', count: 1 }),
    ]);
  });

  it('is empty for the talent office while nothing awaits approval', async () => {
    expect(await todo('talent')).toEqual([]);
  });
});
