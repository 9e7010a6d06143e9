import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TransitionName, transitionPayloadSchema } from '../domain/workflow';
import { multipart, tinyPdf } from '../server/cli/sample-files';
import {
  applications,
  awards,
  experts,
  panelMembers,
  panels,
  prizePayments,
  rubricCriteria,
  workflowEvents,
} from '../server/db/schema';
import { compact, pdfPageCount, pdfText } from '../server/documents/poppler.testing';
import { clearReview, insertScores } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';
import { shortestPath } from '../server/testing/workflow-path';

/**
 * The whole way of one candidate from the unit's draft to the paid prize, every move through the one
 * transition route (single or batch) with the payload its records need, every guard fed by its loader.
 */
describe.each(engines)('one engine from draft to prize_paid on %s', (engine) => {
  let t: TestApp;
  let id: string;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    // the review from scratch: without the demo's panels, which would let the review start at once
    await clearReview(t);
    const [zhou] = await t.database.db.select().from(applications).where(eq(applications.name, '周铁军'));
    if (!zhou) throw new Error('demo candidate missing');
    id = zhou.id;
  });
  afterAll(async () => t?.close());

  /** Days pass: the clock moves and everyone logs in again (sessions expire after 8 idle hours). */
  const at = async (when: string) => {
    t.clock.set(when);
    for (const user of ['employer', 'recommender', 'staff', 'bureau', 'talent'])
      cookies[user] = await t.login(user);
  };
  const batch = (user: string, name: TransitionName, payload: object, ids = [id]) =>
    t.request({
      method: 'POST',
      url: `/api/transitions/${name}`,
      cookie: cookies[user],
      payload: { applicationIds: ids, ...payload },
    });
  const step = (user: string, name: TransitionName, payload: object = {}) =>
    t.request({
      method: 'POST',
      url: `/api/applications/${id}/transitions/${name}`,
      cookie: cookies[user],
      payload,
    });
  const statusNow = async () => {
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
    return row?.status;
  };
  const expectMoved = async (res: Awaited<ReturnType<typeof step>>, status: string) => {
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await statusNow()).toBe(status);
  };
  /** The minutes of a collective decision, uploaded by the level about to decide (kind decision_minutes). */
  const minutesOf = async (user: string) => {
    const res = await t.upload(
      id,
      { kind: 'decision_minutes' },
      { name: '会议纪要.pdf', type: 'application/pdf', bytes: tinyPdf(`minutes ${user}`) },
      cookies[user] ?? '',
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  it('refuses a move whose payload is missing or malformed with 400 and the field paths', async () => {
    await at('2026-09-15T02:00:00Z');
    const bare = await batch('employer', 'recordUnitDecision', {});
    expect(bare.statusCode, bare.body).toBe(400);
    expect(bare.json().code).toBe('validation.failed');
    expect(
      bare
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['decidedOn', 'minutesAttachmentId', 'participants']);
    const wrong = await batch('employer', 'recordUnitDecision', {
      decidedOn: '2026-13-40',
      participants: '总经理、党委书记',
      minutesAttachmentId: 'not-an-id',
      surprise: true,
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      wrong
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['', 'decidedOn', 'minutesAttachmentId']);
    expect(await statusNow()).toBe('draft');
  });

  it('walks every level’s moves to the paid prize', async () => {
    const db = t.database.db;
    // step 2 — the unit
    await at('2026-09-15T02:00:00Z');
    await db
      .update(applications)
      .set({ warningJustifications: { 'grand_award.not_former_expert': '曾获第二届长春技术能手' } })
      .where(eq(applications.id, id));
    await expectMoved(
      await batch('employer', 'recordUnitDecision', {
        decidedOn: '2026-09-14',
        participants: '总经理、党委书记、人力资源部部长',
        minutesAttachmentId: await minutesOf('employer'),
      }),
      'unit_decided',
    );
    const unitNotice = await batch('employer', 'startUnitNotice', { startDate: '2026-09-15', days: 5 });
    await expectMoved(unitNotice, 'unit_notice');
    await at(`${unitNotice.json().notice.endDate}T02:00:00Z`);
    const early = await t.request({
      method: 'POST',
      url: `/api/notices/${unitNotice.json().notice.id}/close`,
      cookie: cookies.employer,
    });
    expect(early.json().code).toBe('workflow.notice_not_ended');
    await at('2026-09-23T02:00:00Z');
    await expectMoved(await step('employer', 'endUnitNotice'), 'unit_noticed');
    const ranked = await t.request({
      method: 'PUT',
      url: '/api/rankings/unit',
      cookie: cookies.employer,
      payload: { award: 'grand_award', applicationIds: [id] },
    });
    expect(ranked.statusCode, ranked.body).toBe(200);
    await expectMoved(
      await step('employer', 'reportToRecommender', { opinion: '同意推荐' }),
      'at_recommender',
    );

    // step 3 — the recommender: its experts' review first (经推荐单位组织评审，集体研究确定), then the same
    // decision, notice and ranking as the unit's, at its level
    const unreviewed = await batch('recommender', 'recordRecommenderDecision', {
      decidedOn: '2026-09-23',
      participants: '局长、副局长、人才科科长',
      minutesAttachmentId: await minutesOf('recommender'),
    });
    expect(unreviewed.statusCode).toBe(422);
    expect(unreviewed.json().code).toBe('review.missing');
    const opinionForm = multipart(
      {},
      { name: '专家评审意见书.pdf', type: 'application/pdf', bytes: tinyPdf('opinion') },
    );
    const opinion = await t.request({
      method: 'POST',
      url: '/api/recommender-review/opinion',
      cookie: cookies.recommender,
      headers: { 'content-type': opinionForm.contentType },
      payload: opinionForm.body,
    });
    expect(opinion.statusCode, opinion.body).toBe(201);
    const recordReview = (reviewedOn: string) =>
      t.request({
        method: 'PUT',
        url: '/api/recommender-review',
        cookie: cookies.recommender,
        payload: {
          reviewedOn,
          reviewers: [
            { name: '王建国', title: '教授', employer: '长春工业大学' },
            { name: '刘淑华', title: '高级讲师', employer: '长春市技师学院' },
            { name: '陈志远', title: '正高级工程师' },
          ],
          opinion: '专家组审阅了候选人的申报材料，认为其技艺精湛、业绩突出，一致同意推荐。',
          opinionAttachmentId: opinion.json().id,
        },
      });
    expect((await recordReview('2026-09-23')).statusCode).toBe(200);
    const beforeReview = await batch('recommender', 'recordRecommenderDecision', {
      decidedOn: '2026-09-22',
      participants: '局长、副局长、人才科科长',
      minutesAttachmentId: await minutesOf('recommender'),
    });
    expect(beforeReview.json().code).toBe('review.after_decision');
    await expectMoved(
      await batch('recommender', 'recordRecommenderDecision', {
        decidedOn: '2026-09-23',
        participants: '局长、副局长、人才科科长',
        minutesAttachmentId: await minutesOf('recommender'),
      }),
      'recommender_decided',
    );
    const recNotice = await batch('recommender', 'startRecommenderNotice', { startDate: '2026-09-24' });
    await expectMoved(recNotice, 'recommender_notice');
    expect(recNotice.json().notice).toMatchObject({ level: 'recommender', workingDays: 5 });
    await at('2026-10-12T02:00:00Z');
    const closed = await t.request({
      method: 'POST',
      url: `/api/notices/${recNotice.json().notice.id}/close`,
      cookie: cookies.recommender,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect(await statusNow()).toBe('recommender_noticed');
    const recRanked = await t.request({
      method: 'PUT',
      url: '/api/rankings/recommender',
      cookie: cookies.recommender,
      payload: { award: 'grand_award', applicationIds: [id] },
    });
    expect(recRanked.statusCode, recRanked.body).toBe(200);
    expect(recRanked.json().items[0].recommenderRank).toBe(1);
    // the recommendation report: candidates, review, decision and notice, with the opinion and notice attached
    const reportPdf = await t.request({
      method: 'GET',
      url: '/api/recommendation-report.pdf',
      cookie: cookies.recommender,
    });
    expect(reportPdf.statusCode, reportPdf.body).toBe(200);
    const reportText = compact(pdfText(reportPdf.rawPayload));
    for (const words of [
      '关于推荐',
      '一、推荐人选',
      '周铁军',
      '二、专家评议情况',
      '王建国（长春工业大学教授）',
      '2026年9月23日',
      '三、公示情况',
      '公示期5个工作日',
      '公示期间未收到异议',
      '四、联系人及联系方式',
      '附件：',
    ]) {
      expect(reportText).toContain(compact(words));
    }
    // the report's own pages, then the uploaded opinion (1 page) and the notice as posted
    const notice = await t.request({
      method: 'GET',
      url: `/api/notices/${recNotice.json().notice.id}/document.pdf`,
      cookie: cookies.recommender,
    });
    const ownPages = pdfPageCount(reportPdf.rawPayload) - 1 - pdfPageCount(notice.rawPayload);
    expect(ownPages).toBeGreaterThanOrEqual(1);
    const reportDocx = await t.request({
      method: 'GET',
      url: '/api/recommendation-report.docx',
      cookie: cookies.recommender,
    });
    expect(reportDocx.statusCode, reportDocx.body).toBe(200);
    expect(reportDocx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // the report to the bureau and the intake, both inside the submission window; then the expert review
    await at('2026-10-24T01:00:00Z');
    await expectMoved(await step('recommender', 'reportToBureau', { opinion: '同意推荐' }), 'at_bureau');
    // the bureau has the report: the review it states no longer changes
    const late = await recordReview('2026-09-23');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('review.locked');
    await expectMoved(
      await step('staff', 'accept', {
        receivedOn: '2026-10-24',
        receiptNo: 'SL-001',
        items: ['letter', 'summary_table', 'dossier'],
      }),
      'accepted',
    );
    const [row] = await db.select().from(applications).where(eq(applications.id, id));
    if (!row) throw new Error('gone');
    const blocked = await step('staff', 'startReview');
    expect(blocked.json().code).toBe('workflow.panel_not_assigned');
    const [expert] = await db.select().from(experts);
    const [panel] = await db
      .insert(panels)
      .values({ editionId: row.editionId, awardId: row.awardId, name: '长春技能大奖评审组' })
      .returning();
    if (!expert || !panel) throw new Error('no panel');
    await db.insert(panelMembers).values({ panelId: panel.id, expertId: expert.id, role: 'chair' });
    await expectMoved(await step('staff', 'startReview'), 'in_review');
    expect((await step('staff', 'propose')).json().code).toBe('workflow.scores_incomplete');
    const criteria = await db.select().from(rubricCriteria).where(eq(rubricCriteria.awardId, row.awardId));
    await insertScores(t, { application: row, panel: panel.id, score: (c) => c.maxScore - 2 });
    await expectMoved(await step('staff', 'propose'), 'proposed');
    const [review] = await db
      .select({ data: workflowEvents.data })
      .from(workflowEvents)
      .where(and(eq(workflowEvents.applicationId, id), eq(workflowEvents.transition, 'propose')));
    expect(review?.data).toMatchObject({
      score: criteria.reduce((sum, c) => sum + c.maxScore - 2, 0),
      experts: 1,
      rank: 1,
      tie: false,
      aggregation: 'mean',
    });

    // step 5 — the city notice: the third level of the same notice
    const cityNotice = await batch('staff', 'startCityNotice', { startDate: '2026-10-26' });
    await expectMoved(cityNotice, 'city_notice');
    expect(cityNotice.json().notice.level).toBe('city');
    await at('2026-11-03T02:00:00Z');
    await expectMoved(await step('staff', 'endCityNotice'), 'city_noticed');

    // steps 6 and 7 — approval, decision, prize
    const submitted = await batch('staff', 'submitForApproval', { note: '第三届长春技能大奖拟评选对象' });
    await expectMoved(submitted, 'pending_approval');
    expect(submitted.json().approvalIds).toHaveLength(1);
    await expectMoved(
      await step('talent', 'approve', { documentNo: '长人才办〔2026〕12号', approvedOn: '2026-11-03' }),
      'approved',
    );
    await expectMoved(
      await batch('bureau', 'publishDecision', {
        documentNo: '长人社发〔2026〕30号',
        decidedOn: '2026-11-03',
      }),
      'awarded',
    );
    const [award] = await db.select().from(awards).where(eq(awards.id, row.awardId));
    const wrongAmount = await step('staff', 'recordPrizePaid', {
      amountYuan: 1,
      paidOn: '2026-11-03',
      bankReference: 'CCB20261103001',
    });
    expect(wrongAmount.json().code).toBe('payment.amount_mismatch');
    await expectMoved(
      await step('staff', 'recordPrizePaid', {
        amountYuan: award?.prizeYuan,
        paidOn: '2026-11-03',
        bankReference: 'CCB20261103001',
      }),
      'prize_paid',
    );
    const [paid] = await db.select().from(prizePayments).where(eq(prizePayments.applicationId, id));
    expect(paid).toMatchObject({
      status: 'paid',
      amountYuan: award?.prizeYuan,
      bankReference: 'CCB20261103001',
    });

    const history = await db
      .select({ transition: workflowEvents.transition })
      .from(workflowEvents)
      .where(eq(workflowEvents.applicationId, id));
    // every move of the shortest way from draft to prize_paid, in order, through the one route
    const happy = shortestPath('draft', 'prize_paid').map((step) => step.transition);
    expect(happy).toHaveLength(17);
    expect(history.map((h) => h.transition).slice(-happy.length)).toEqual(happy);
  });

  it('has a payload schema for every transition', () => {
    for (const name of ['reportToRecommender', 'accept', 'recordPrizePaid'] as const)
      expect(transitionPayloadSchema(name).safeParse({}).success).toBe(false);
    expect(transitionPayloadSchema('endUnitNotice').safeParse({}).success).toBe(true);
  });
});
