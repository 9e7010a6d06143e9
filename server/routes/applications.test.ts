import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewStageApplications } from '../cli/demo-applications-review';
import { applications, auditLog, organisations } from '../db/schema';
import type { Actor } from '../plugins/context';
import { scopedSummaries } from '../services/applications';
import { insertApplication } from '../testing/factories';
import { createTestApp, engines, type TestApp } from '../testing/harness';

describe.each(engines)('application scoping on %s', (engine) => {
  let t: TestApp;
  let ownId: string;
  let otherEmployerId: string;
  let otherRecommenderAppId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const [jingong] = await db.select().from(organisations).where(eq(organisations.code, 'emp-jingong'));
    const [guangdian] = await db.select().from(organisations).where(eq(organisations.code, 'emp-guangdian'));
    const [crrc] = await db.select().from(organisations).where(eq(organisations.code, 'soe-crrc'));
    // 长春精工's drafts (周铁军, 韩雪梅): its own business until it reports them
    const own = await db
      .select()
      .from(applications)
      .where(and(eq(applications.employerId, jingong?.id ?? ''), eq(applications.status, 'draft')));
    const other = await db
      .select()
      .from(applications)
      .where(eq(applications.employerId, guangdian?.id ?? ''));
    const soe = await db
      .select()
      .from(applications)
      .where(eq(applications.employerId, crrc?.id ?? ''));
    ownId = own[0]?.id ?? '';
    otherEmployerId = other[0]?.id ?? '';
    otherRecommenderAppId = soe[0]?.id ?? '';
    expect(own.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    expect(soe.length).toBeGreaterThan(0);
  });
  afterAll(async () => t?.close());

  it("lists only the employer's own applications, with personal data masked", async () => {
    const cookie = await t.login('employer');
    const res = await t.request({ method: 'GET', url: '/api/applications', cookie });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(body.items.length);
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.employer.name.zh).toBe('长春精工数控机床有限公司');
      expect(item.idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(item.mobileMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
  });

  it('answers 404 to employer A reading an application of employer B, and audits the attempt', async () => {
    const cookie = await t.login('employer');
    const res = await t.request({ method: 'GET', url: `/api/applications/${otherEmployerId}`, cookie });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'application.read'), eq(auditLog.objectId, otherEmployerId)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      outcome: 'denied',
      actorRole: 'employer_officer',
      objectType: 'application',
    });
    expect(entries[0]?.requestId).toBe(res.headers['x-request-id']);
  });

  it('gives the same 404 for an id that does not exist (nothing leaks)', async () => {
    const cookie = await t.login('employer');
    const missing = await t.request({
      method: 'GET',
      url: '/api/applications/00000000-0000-4000-8000-000000000000',
      cookie,
    });
    const foreign = await t.request({ method: 'GET', url: `/api/applications/${otherEmployerId}`, cookie });
    expect(missing.statusCode).toBe(404);
    expect({ ...missing.json(), requestId: '' }).toEqual({ ...foreign.json(), requestId: '' });
  });

  it('lets the employer read its own application with its history', async () => {
    const cookie = await t.login('employer');
    const res = await t.request({ method: 'GET', url: `/api/applications/${ownId}`, cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(ownId);
    expect(Array.isArray(res.json().history)).toBe(true);
  });

  it("scopes a recommender to what Chaoyang's units reported to it: not their drafts, not an SOE's", async () => {
    const cookie = await t.login('recommender');
    const list = await t.request({ method: 'GET', url: '/api/applications', cookie });
    const items = list.json().items as { id: string; name: string }[];
    // what 长春光电 (马国庆, 陈建国) and 长春精工 (刘振东, 王秀兰) reported; 周铁军 of 长春精工 is still the unit's draft
    expect(items.map((i) => i.name).sort()).toEqual(['刘振东', '王秀兰', '陈建国', '马国庆'].sort());
    expect(items.map((i) => i.id)).toContain(otherEmployerId);
    for (const hidden of [ownId, otherRecommenderAppId]) {
      const res = await t.request({ method: 'GET', url: `/api/applications/${hidden}`, cookie });
      expect(res.statusCode).toBe(404);
    }
  });

  it('shows the bureau only what was reported to it, the talent office what it approves, the candidate their own', async () => {
    // minimum disclosure: the units' drafts and what the recommenders still hold stay theirs
    const bureau = await t.login('bureau');
    const before = await t.request({ method: 'GET', url: '/api/applications', cookie: bureau });
    // of the demo data 李明远 (via 绿园区) and 孟凡军 (一汽, its own staff) were reported to the bureau, and the
    // review stage's six are past it (the units' drafts and what the recommenders hold stay out)
    const reported = before.json().items.map((i: { id: string; name: string }) => i);
    expect(reported.map((i: { name: string }) => i.name).sort()).toEqual(
      ['孟凡军', '李明远', ...reviewStageApplications.map((a) => a.name)].sort(),
    );
    const atBureau = await insertApplication(t, { status: 'at_bureau', employer: 'emp-jingong' });
    const approving = await insertApplication(t, { status: 'pending_approval', employer: 'emp-guangdian' });
    const rejected = await insertApplication(t, { status: 'rejected', employer: 'emp-guangdian' });
    const all = await t.request({ method: 'GET', url: '/api/applications', cookie: bureau });
    expect(
      all
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([...reported.map((i: { id: string }) => i.id), atBureau.id, approving.id, rejected.id].sort());
    for (const hidden of [ownId, otherEmployerId]) {
      const res = await t.request({ method: 'GET', url: `/api/applications/${hidden}`, cookie: bureau });
      expect(res.statusCode).toBe(404);
    }
    const office = await t.login('talent');
    const asked = await t.request({ method: 'GET', url: '/api/applications', cookie: office });
    // the demo's list sent for approval, and the one this test sent
    const sent = reviewStageApplications
      .filter((a) => a.path.at(-1) === 'pending_approval')
      .map((a) => a.name);
    expect(
      asked
        .json()
        .items.map((i: { id: string; name: string }) => (i.id === approving.id ? 'this' : i.name))
        .sort(),
    ).toEqual(['this', ...sent].sort());
    const candidate = await t.login('candidate');
    const mine = await t.request({ method: 'GET', url: '/api/applications', cookie: candidate });
    expect(mine.json().items.map((i: { name: string }) => i.name)).toEqual(['周铁军']);
  });

  it('gives the demo employer a complete application with its attachments, ready for the unit decision', async () => {
    const cookie = await t.login('employer');
    const res = await t.request({ method: 'GET', url: `/api/applications/${ownId}`, cookie });
    const detail = res.json();
    expect(detail.name).toBe('周铁军');
    expect(detail.completeness.missing).toEqual([]);
    expect(detail.missingAttachments).toEqual([]);
    expect(detail.attachments.length).toBeGreaterThanOrEqual(5);
    expect(detail.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const decide = detail.allowedTransitions.find((a: { name: string }) => a.name === 'recordUnitDecision');
    expect(decide?.blockedBy).toEqual([]);
  });

  it('tells each caller what it may do with an application, from the policy and the status', async () => {
    const may = async (who: 'employer' | 'bureau', id: string) => {
      const res = await t.request({
        method: 'GET',
        url: `/api/applications/${id}`,
        cookie: await t.login(who),
      });
      expect(res.statusCode).toBe(200);
      return res.json().may;
    };
    // the demo draft nobody decided on yet: its unit edits and may delete it; the bureau only reads
    expect(await may('employer', ownId)).toEqual({
      change: true,
      edit: true,
      delete: true,
      seePersonal: true,
    });
    const reported = await insertApplication(t, { status: 'at_bureau', employer: 'emp-jingong' });
    expect(await may('bureau', reported.id)).toEqual({
      change: false,
      edit: false,
      delete: false,
      seePersonal: false,
    });
    const returned = await insertApplication(t, { status: 'returned_to_unit', employer: 'emp-jingong' });
    expect(await may('employer', returned.id)).toEqual({
      change: true,
      edit: true,
      delete: false,
      seePersonal: true,
    });
    const noticed = await insertApplication(t, { status: 'unit_notice', employer: 'emp-jingong' });
    expect(await may('employer', noticed.id)).toEqual({
      change: true,
      edit: false,
      delete: false,
      seePersonal: true,
    });
    const session = await t.request({
      method: 'GET',
      url: '/api/session',
      cookie: await t.login('employer'),
    });
    expect(session.json().permissions).toEqual([
      'createApplication',
      'dryRunEligibility',
      'uploadDecisionMinutes',
      'recordRecommenderReview',
      'printCertificate',
    ]);
  });

  it('reads the summaries of given ids in one query: those in scope, in the order given', async () => {
    const [reported] = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, otherEmployerId));
    const recommender: Actor = {
      userId: '00000000-0000-4000-8000-000000000001',
      username: 'r',
      displayName: 'r',
      role: 'recommender_officer',
      organisationId: reported?.recommenderId ?? '',
      organisationKind: 'recommender',
      recommenderKind: 'district_hr',
      sessionId: 's',
    };
    const bureau: Actor = { ...recommender, role: 'bureau_staff', organisationKind: 'bureau' };
    const asked = [otherRecommenderAppId, ownId, otherEmployerId];
    const seen = await scopedSummaries(t.database.db, recommender, asked);
    expect(seen.map((s) => s.id)).toEqual([otherEmployerId]);
    const [first, second] = await Promise.all(
      ['emp-jingong', 'emp-guangdian'].map((employer) =>
        insertApplication(t, { status: 'at_bureau', employer }),
      ),
    );
    const atBureau = [second?.id ?? '', ownId, first?.id ?? ''];
    const all = await scopedSummaries(t.database.db, bureau, atBureau);
    expect(all.map((s) => s.id)).toEqual([second?.id, first?.id]);
    expect(await scopedSummaries(t.database.db, bureau, [])).toEqual([]);
  });

  it('rejects a malformed id and an unknown filter value with field errors', async () => {
    const cookie = await t.login('bureau');
    const badId = await t.request({ method: 'GET', url: '/api/applications/not-a-uuid', cookie });
    expect(badId.statusCode).toBe(400);
    const badFilter = await t.request({ method: 'GET', url: '/api/applications?status=finished', cookie });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().fields[0].path).toBe('status');
  });
});
