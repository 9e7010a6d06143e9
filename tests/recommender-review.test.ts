import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../domain/time';
import { multipart, tinyPdf } from '../server/cli/sample-files';
import { applications, auditLog, organisations, recommenderReviews } from '../server/db/schema';
import { insertOrganisation, insertUser } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 11, the recommender's own steps: its experts' review (专家评审意见书, written or uploaded, with the
 * reviewers' names) is recorded before its collective decision, by its officers only, and stays put once a
 * candidate has gone to the bureau.
 */
describe.each(engines)("the recommender's review on %s", (engine) => {
  let t: TestApp;
  let recommender: string;
  let chaoyangId: string;
  const today = () => shanghaiDate(t.clock.now());
  const good = () => ({
    reviewedOn: today(),
    reviewers: [
      { name: '王建国', title: '教授', employer: '长春工业大学' },
      { name: '刘淑华', title: '高级讲师', employer: '长春市技师学院' },
      { name: '陈志远' },
    ],
    opinion: '专家组审阅了候选人的申报材料，一致同意推荐。',
  });
  const put = (payload: object, cookie = recommender) =>
    t.request({ method: 'PUT', url: '/api/recommender-review', cookie, payload });
  const get = (cookie = recommender, query = '') =>
    t.request({ method: 'GET', url: `/api/recommender-review${query}`, cookie });
  const uploadOpinion = (cookie = recommender) => {
    const form = multipart(
      {},
      { name: '专家评审意见书.pdf', type: 'application/pdf', bytes: tinyPdf('opinion') },
    );
    return t.request({
      method: 'POST',
      url: '/api/recommender-review/opinion',
      cookie,
      headers: { 'content-type': form.contentType },
      payload: form.body,
    });
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    recommender = await t.login('recommender');
    const [chaoyang] = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.code, 'hr-chaoyang'));
    chaoyangId = chaoyang?.id ?? '';
  });
  afterAll(async () => t?.close());

  it('holds the decision until the review is recorded, and says so', async () => {
    expect((await get()).json()).toMatchObject({ review: null, locked: false });
    const waiting = await t.database.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.recommenderId, chaoyangId), eq(applications.status, 'at_recommender')));
    const check = await t.request({
      method: 'POST',
      url: '/api/transitions/recordRecommenderDecision/checks',
      cookie: recommender,
      payload: { applicationIds: waiting.map((w) => w.id) },
    });
    expect(check.statusCode, check.body).toBe(200);
    const checks: { blockedBy: { code: string }[] }[] = check.json().checks;
    expect(checks).toHaveLength(waiting.length);
    for (const one of checks) expect(one.blockedBy.map((b) => b.code)).toContain('review.missing');
  });

  it('refuses a review without reviewers, without an opinion, with a name twice, or dated tomorrow', async () => {
    const none = await put({ ...good(), reviewers: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields.map((f: { path: string }) => f.path)).toEqual(['reviewers']);
    const silent = await put({ ...good(), opinion: '  ' });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().fields).toMatchObject([{ path: 'opinion', code: 'review.opinion_missing' }]);
    expect(silent.json().fields[0].message.zh).toContain('专家评审意见');
    const twice = await put({ ...good(), reviewers: [{ name: '王建国' }, { name: '王建国' }] });
    expect(twice.json().fields).toMatchObject([
      { path: 'reviewers.1.name', code: 'review.reviewer_repeated' },
    ]);
    const tomorrow = new Date(t.clock.now().getTime() + 86_400_000);
    const future = await put({ ...good(), reviewedOn: shanghaiDate(tomorrow) });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe('review.in_future');
    expect((await get()).json().review).toBeNull();
  });

  it('records the review with the uploaded opinion, audited, and corrects it in place', async () => {
    const uploaded = await uploadOpinion();
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json().kind).toBe('review_opinion');
    const saved = await put({ ...good(), opinionAttachmentId: uploaded.json().id });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().review).toMatchObject({
      reviewedOn: today(),
      reviewers: good().reviewers,
      opinionFile: { id: uploaded.json().id, fileName: '专家评审意见书.pdf' },
    });
    const download = await t.request({
      method: 'GET',
      url: '/api/recommender-review/opinion',
      cookie: recommender,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // only the opinion written, the upload dropped: the same row, a second audit entry saying what changed
    const corrected = await put({ ...good(), reviewers: good().reviewers.slice(0, 2) });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().review.opinionFile).toBeNull();
    const rows = await t.database.db
      .select()
      .from(recommenderReviews)
      .where(eq(recommenderReviews.recommenderId, chaoyangId));
    expect(rows).toHaveLength(1);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectType, 'recommender_review'), eq(auditLog.objectId, rows[0]?.id ?? '')));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'recommender_review.create',
      'recommender_review.update',
    ]);
    expect(audits.find((a) => a.action === 'recommender_review.update')?.detail).toMatchObject({
      reviewers: ['王建国', '刘淑华'],
      previous: { reviewers: ['王建国', '刘淑华', '陈志远'] },
    });
  });

  it("keeps each recommender to its own review: not another's file, not another's record", async () => {
    const district = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    const officer = await insertUser(t, { role: 'recommender_officer', organisation: district });
    const other = await t.login(officer.username, officer.password);
    expect((await get(other)).json()).toMatchObject({ recommender: { id: district.id }, review: null });
    const chaoyangFile = (await uploadOpinion()).json().id;
    const borrowed = await put({ ...good(), opinionAttachmentId: chaoyangFile }, other);
    expect(borrowed.statusCode).toBe(422);
    expect(borrowed.json().code).toBe('review.opinion_file_missing');
    // asking for Chaoyang's by name is answered as if it did not exist
    expect((await get(other, `?recommender=${chaoyangId}`)).statusCode).toBe(404);
  });

  it("lets the bureau read a named recommender's review, and nobody else write one", async () => {
    const staff = await t.login('staff');
    const unnamed = await get(staff);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().code).toBe('papers.recommender_required');
    const named = await get(staff, `?recommender=${chaoyangId}`);
    expect(named.statusCode).toBe(200);
    expect(named.json().review.reviewers).toHaveLength(2);
    expect((await put(good(), staff)).statusCode).toBe(403);
    // an ordinary employer unit does not review: there is no review of its to see or write
    const employer = await t.login('employer');
    expect((await put(good(), employer)).statusCode).toBe(404);
    expect((await get(employer)).statusCode).toBe(404);
    expect((await uploadOpinion(employer)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/recommender-review' })).statusCode).toBe(401);
  });
});
