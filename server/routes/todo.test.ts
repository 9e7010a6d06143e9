import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, organisations } from '../db/schema';
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
    expect(items).toEqual([expect.objectContaining({ key: 'applications.at_recommender', count: 4 })]);
  });

  it('shows the bureau the dossiers reported to it and the candidates in the review', async () => {
    expect(await todo('bureau')).toEqual([
      expect.objectContaining({ key: 'applications.at_bureau', count: 2 }),
      expect.objectContaining({ key: 'applications.in_review', count: 4 }),
    ]);
  });

  it("shows the talent office the demo's list sent for approval, and nothing once it is answered", async () => {
    expect(await todo('talent')).toEqual([
      expect.objectContaining({ key: 'applications.pending_approval', count: 2 }),
    ]);
    const db = t.database.db;
    const waiting = await db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.status, 'pending_approval'));
    await db
      .update(applications)
      .set({ status: 'approved' })
      .where(eq(applications.status, 'pending_approval'));
    expect(await todo('talent')).toEqual([]);
    await db
      .update(applications)
      .set({ status: 'pending_approval' })
      .where(
        inArray(
          applications.id,
          waiting.map((w) => w.id),
        ),
      );
  });

  it('gives a plain employer unit no to-do for its applications past the unit (issue 8.16)', async () => {
    const db = t.database.db;
    const [own] = await db
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.employerId))
      .where(and(eq(organisations.code, 'emp-jingong'), eq(applications.status, 'draft')))
      .limit(1);
    if (!own) throw new Error('demo draft missing');
    for (const status of [
      'at_recommender',
      'recommender_notice',
      'city_notice',
      'recommender_noticed',
    ] as const) {
      await db.update(applications).set({ status }).where(eq(applications.id, own.id));
      const keys = (await todo('employer')).map((i) => i.key);
      expect(keys).toEqual(['applications.draft']);
    }
    await db.update(applications).set({ status: 'draft' }).where(eq(applications.id, own.id));
  });

  it('gives a state-owned enterprise, which recommends its own staff, the recommender steps too', async () => {
    const db = t.database.db;
    const [own] = await db
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.employerId))
      .where(eq(organisations.code, 'soe-crrc'))
      .limit(1);
    if (!own) throw new Error('demo SOE application missing');
    await db.update(applications).set({ status: 'at_recommender' }).where(eq(applications.id, own.id));
    expect((await todo('soe')).map((i) => i.key)).toContain('applications.at_recommender');
    await db.update(applications).set({ status: 'city_notice' }).where(eq(applications.id, own.id));
    expect((await todo('soe')).map((i) => i.key)).not.toContain('applications.city_notice');
    await db.update(applications).set({ status: 'draft' }).where(eq(applications.id, own.id));
  });
});

describe.each(engines)('the current edition on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('gives the awards with the seed’s conditions, places, prizes and the submission window', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/editions/current',
      cookie: await t.login('employer'),
    });
    expect(res.statusCode).toBe(200);
    const edition = res.json();
    expect(edition.number).toBe(3);
    expect(edition.submissionWindow).toEqual({
      start: '2026-10-24',
      end: '2026-10-26',
      opensAt: '08:30',
      closesAt: '17:00',
    });
    expect(edition.deliveryAddress).toBe('长春市朝阳区西民主大街809号A座2楼208室');
    expect(
      edition.awards.map((a: { code: string; places: number; prizeYuan: number }) => [
        a.code,
        a.places,
        a.prizeYuan,
      ]),
    ).toEqual([
      ['grand_award', 10, 10_000],
      ['technical_expert', 10, 5_000],
    ]);
    expect(edition.awards[0].conditions).toHaveLength(5);
    expect(edition.awards[1].conditions).toHaveLength(4);
    expect(edition.awards[1].conditions[0].zh).toContain('培养徒弟');
  });
});
