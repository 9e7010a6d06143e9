import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredAttachmentKinds } from '../domain/application';
import { applications } from '../server/db/schema';
import { insertApplication } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 11.2, the recommender's inbox (`GET /api/applications?status=at_recommender`): what its units reported,
 * masked, with the unit's rank and opinion and how complete each dossier's papers are.
 */
describe.each(engines)("the recommender's inbox on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('lists what its units reported, masked, with the unit’s opinion and the papers still missing', async () => {
    const bare = await insertApplication(t, {
      employer: 'emp-jingong',
      status: 'at_recommender',
      name: '缺件候选人',
      attachments: false,
    });
    await t.database.db
      .update(applications)
      .set({ unitOpinion: '该同志业绩突出，同意推荐。' })
      .where(eq(applications.id, bare.id));
    const cookie = await t.login('recommender');
    const res = await t.request({ method: 'GET', url: '/api/applications?status=at_recommender', cookie });
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(items.length);
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) {
      expect(item.status).toBe('at_recommender');
      expect(item.idNumberMasked).toMatch(/^\d{6}\*+[\dX]{4}$/);
      expect(item).not.toHaveProperty('idNumber');
    }
    const mine = items.find((item: { id: string }) => item.id === bare.id);
    expect(mine).toMatchObject({
      unitOpinion: '该同志业绩突出，同意推荐。',
      missingAttachments: [...requiredAttachmentKinds],
      attachmentCount: 0,
    });
    // the demo's candidates came with their papers
    const complete = items.find((item: { name: string }) => item.name === '陈建国');
    expect(complete.missingAttachments).toEqual([]);
    expect(complete.attachmentCount).toBeGreaterThanOrEqual(requiredAttachmentKinds.length);
  });
});
