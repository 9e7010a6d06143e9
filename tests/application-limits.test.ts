import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_APPLICATIONS_PER_UNIT_AND_AWARD } from '../domain/application';
import { applications } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

describe.each(engines)('applications one unit may hold per award, on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let first: { id: string; employerId: string; awardId: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
    const res = await create('第一份');
    expect(res.statusCode).toBe(201);
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, res.json().id));
    if (!row) throw new Error('created application missing');
    first = row;
  });
  afterAll(async () => t?.close());

  const create = (name: string) =>
    t.request({
      method: 'POST',
      url: '/api/applications',
      cookie,
      payload: { award: 'technical_expert', name },
    });
  const held = async () =>
    (
      await t.database.db
        .select({ id: applications.id })
        .from(applications)
        .where(
          and(
            eq(applications.employerId, first.employerId),
            eq(applications.awardId, first.awardId),
            ne(applications.status, 'withdrawn'),
          ),
        )
    ).length;

  it('refuses the one too many with 409 in both languages, even when they all arrive at once', async () => {
    const room = MAX_APPLICATIONS_PER_UNIT_AND_AWARD - (await held());
    expect(room).toBeGreaterThan(0);
    const answers = await Promise.all(Array.from({ length: room + 4 }, (_, i) => create(`并发${i}`)));
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(room);
    const refused = answers.filter((a) => a.statusCode !== 201);
    expect(refused).toHaveLength(4);
    for (const answer of refused) {
      expect(answer.statusCode).toBe(409);
      expect(answer.json()).toMatchObject({
        code: 'application.too_many',
        message: {
          zh: expect.stringContaining(`${MAX_APPLICATIONS_PER_UNIT_AND_AWARD} 份申报`),
          en: expect.stringContaining(`${MAX_APPLICATIONS_PER_UNIT_AND_AWARD} applications`),
        },
      });
    }
    expect(await held()).toBe(MAX_APPLICATIONS_PER_UNIT_AND_AWARD);
    // the other award is counted on its own
    const grand = await t.request({
      method: 'POST',
      url: '/api/applications',
      cookie,
      payload: { award: 'grand_award', name: '另一奖项' },
    });
    expect(grand.statusCode).toBe(201);
  });

  it('gives the place back when a draft is deleted, and does not count a withdrawn application', async () => {
    expect((await create('满额')).statusCode).toBe(409);
    const deleted = await t.request({ method: 'DELETE', url: `/api/applications/${first.id}`, cookie });
    expect(deleted.statusCode).toBe(204);
    expect((await create('删除后')).statusCode).toBe(201);
    expect((await create('又满额')).statusCode).toBe(409);
    const [some] = await t.database.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.employerId, first.employerId), eq(applications.awardId, first.awardId)))
      .limit(1);
    await t.database.db
      .update(applications)
      .set({ status: 'withdrawn' })
      .where(eq(applications.id, some?.id ?? ''));
    expect((await create('撤回后')).statusCode).toBe(201);
  });
});
