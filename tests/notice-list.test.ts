import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../server/db/schema';
import { insertApplication, insertNotice } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/** The notices a unit runs come in pages with their total: none is dropped at a cap. */
describe.each(engines)('the list of notices on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  const made: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine);
    const [unit] = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.code, 'emp-jingong'));
    if (!unit) throw new Error('demo unit missing');
    for (let i = 0; i < 5; i++) {
      const application = await insertApplication(t, { status: 'unit_decided', employer: unit.id });
      const notice = await insertNotice(t, {
        level: 'unit',
        organisation: unit.id,
        applications: [application.id],
        startDate: `2026-09-0${i + 1}`,
        status: 'closed',
        at: new Date(Date.UTC(2026, 8, i + 1)),
      });
      made.push(notice.id);
    }
    cookie = await t.login('employer');
  });
  afterAll(async () => t?.close());

  const page = (limit: number, offset: number) =>
    t.request({ method: 'GET', url: `/api/notices?level=unit&limit=${limit}&offset=${offset}`, cookie });

  it('pages through every notice, newest first, with the total', async () => {
    const first = await page(2, 0);
    expect(first.statusCode, first.body).toBe(200);
    const total = first.json().total;
    expect(total).toBeGreaterThanOrEqual(made.length);
    const seen: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const res = (await page(2, offset)).json();
      expect(res.total).toBe(total);
      seen.push(...res.items.map((n: { id: string }) => n.id));
    }
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(expect.arrayContaining(made));
    // newest first: the notices made last come before the earlier ones
    expect(seen.indexOf(made[4] ?? '')).toBeLessThan(seen.indexOf(made[0] ?? ''));
    // each notice carries its own candidates only
    const all = (await page(100, 0)).json().items as { id: string; items: unknown[] }[];
    for (const id of made) expect(all.find((n) => n.id === id)?.items).toHaveLength(1);
  });

  it('refuses a page larger than the limit', async () => {
    const res = await page(101, 0);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('limit');
  });
});
