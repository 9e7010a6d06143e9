import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, noticeItems, notices, objections } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 8.1: only the officers of the level that runs a notice see it and handle its objections; the
 * candidate (same organisation, other role), other roles and other organisations get the 404 of a missing id.
 */
describe.each(engines)('who sees and handles a unit notice on %s', (engine) => {
  let t: TestApp;
  let noticeId: string;
  let objectionId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const [row] = await db
      .select({ id: applications.id, editionId: applications.editionId, employerId: applications.employerId })
      .from(applications)
      .where(eq(applications.name, '周铁军'));
    if (!row) throw new Error('demo application missing');
    await db.update(applications).set({ status: 'unit_notice' }).where(eq(applications.id, row.id));
    const [notice] = await db
      .insert(notices)
      .values({
        editionId: row.editionId,
        organisationId: row.employerId,
        level: 'unit',
        title: '长春精工数控机床有限公司关于推荐人选的公示',
        body: '经本单位领导集体研究，拟推荐以下同志。现予以公示。',
        startDate: '2026-09-14',
        endDate: '2026-09-18',
        workingDays: 5,
      })
      .returning();
    if (!notice) throw new Error('notice insert failed');
    noticeId = notice.id;
    await db.insert(noticeItems).values({ noticeId, applicationId: row.id, position: 0 });
  });
  afterAll(async () => t?.close());

  const as = async (username: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.request({ method, url, cookie: await t.login(username), ...(payload ? { payload } : {}) });
  const objection = {
    submitterName: '张国华',
    submitterPhone: '13804310000',
    content: '该同志现任车间主任，属单位负责人。',
    receivedOn: '2026-09-15',
  };

  it('lets the unit’s officer read the notice and record an objection', async () => {
    expect((await as('employer', 'GET', `/api/notices/${noticeId}`)).statusCode).toBe(200);
    const listed = await as('employer', 'GET', '/api/notices');
    expect(listed.json().items.map((n: { id: string }) => n.id)).toContain(noticeId);
    const filed = await as('employer', 'POST', `/api/notices/${noticeId}/objections`, objection);
    expect(filed.statusCode, filed.body).toBe(201);
    objectionId = filed.json().id;
  });

  it('answers the candidate of the same unit 404 on every notice route, and changes nothing', async () => {
    const count = async () => (await t.database.db.select().from(objections)).length;
    const before = await count();
    for (const [method, url, payload] of [
      ['GET', '/api/notices'],
      ['GET', `/api/notices/${noticeId}`],
      ['GET', `/api/notices/${noticeId}/document.pdf`],
      ['POST', `/api/notices/${noticeId}/objections`, objection],
      ['PATCH', `/api/objections/${objectionId}`, { status: 'dismissed', handling: '经核实，反映不属实。' }],
      ['POST', `/api/notices/${noticeId}/close`],
    ] as const) {
      const res = await as('candidate', method, url, payload);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
    expect(await count()).toBe(before);
    const [still] = await t.database.db.select().from(objections).where(eq(objections.id, objectionId));
    expect(still?.status).toBe('open');
  });

  it('answers other roles and other organisations 404 as well', async () => {
    for (const username of ['talent', 'expert', 'bureau', 'recommender', 'soe']) {
      for (const url of [`/api/notices/${noticeId}`, `/api/notices/${noticeId}/document.pdf`]) {
        const res = await as(username, 'GET', url);
        expect(res.statusCode, `${username} ${url}`).toBe(404);
      }
      const handled = await as(username, 'PATCH', `/api/objections/${objectionId}`, {
        status: 'dismissed',
        handling: '经核实，反映不属实。',
      });
      expect(handled.statusCode, username).toBe(404);
    }
  });

  it('lists for the bureau only notices of the level it runs (none of the units’)', async () => {
    const res = await as('bureau', 'GET', '/api/notices');
    expect(res.statusCode).toBe(200);
    // the demo's city notice is the bureau's own; no unit notice is listed
    expect(res.json().items.map((n: { level: string }) => n.level)).toEqual(['city']);
  });

  it('lets the unit’s officer handle the objection', async () => {
    const res = await as('employer', 'PATCH', `/api/objections/${objectionId}`, {
      status: 'dismissed',
      handling: '经核实，该同志为班组长，不属单位负责人。',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'dismissed', applicationId: null });
  });
});
