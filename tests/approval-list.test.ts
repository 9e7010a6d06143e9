import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalList } from '../contract/review-stage';
import { shanghaiDate } from '../domain/time';
import { compact, pdfText } from '../server/documents/poppler.testing';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 12, deliver 7: the talent office (市委组织部人才办) sees the proposed list with the review results and
 * the city notice's outcome, approves it with its document number or returns a candidate with a reason —
 * on the demo edition, whose two candidates of 长春技能大奖 wait for it.
 */
describe.each(engines)('the talent office’s approval list on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const list = async (cookie: string) => {
    const res = await t.request({ method: 'GET', url: '/api/approval-list', cookie });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ApprovalList;
  };

  it('shows each candidate sent for approval with the experts’ results and the closed city notice', async () => {
    const talent = await t.login('talent');
    const { awards } = await list(talent);
    const grand = awards.find((a) => a.award === 'grand_award');
    const technical = awards.find((a) => a.award === 'technical_expert');
    // nothing of 长春技术能手 reached the talent office yet: it is still with the experts
    expect(technical?.items).toEqual([]);
    expect(grand).toMatchObject({ reviewed: 2, reviewOpinion: true });
    // ranked by the experts' mean: 冯雪峰 scored higher
    expect(grand?.items.map((i) => i.name)).toEqual(['冯雪峰', '钱国栋']);
    for (const [index, item] of (grand?.items ?? []).entries()) {
      expect(item).toMatchObject({
        status: 'pending_approval',
        rank: index + 1,
        scores: 3,
        returned: null,
        approval: null,
      });
      expect(item.score).toBeGreaterThan(80);
      expect(item.cityNotice).toMatchObject({ ended: true, workingDays: 5 });
      expect(item.cityNotice?.objections).toEqual({ open: 0, dismissed: 0, upheld: 0 });
      expect(item.cityNotice && item.cityNotice.endDate > item.cityNotice.startDate).toBe(true);
      // what a notice shows, never an ID number or a phone
      expect(JSON.stringify(item)).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
    }

    // the expert review opinion it can print names the panel's result
    const opinion = await t.request({
      method: 'GET',
      url: `/api/awards/${grand?.awardId}/review-opinion.pdf`,
      cookie: talent,
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
    const text = compact(await pdfText(opinion.rawPayload));
    expect(text).toContain('钱国栋');
    expect(text).toContain('冯雪峰');
    expect(text).toContain('第三届长春技能大奖评审组');
  });

  it('records a return with its reason and an approval with its document number on the list', async () => {
    const talent = await t.login('talent');
    const grand = (await list(talent)).awards.find((a) => a.award === 'grand_award');
    const [first, second] = grand?.items ?? [];
    const returned = await t.request({
      method: 'POST',
      url: `/api/applications/${second?.applicationId}/transitions/returnFromApproval`,
      cookie: talent,
      payload: { reason: '请补充该同志近三年的技术革新成果证明材料' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const today = shanghaiDate(t.clock.now());
    const approved = await t.request({
      method: 'POST',
      url: '/api/transitions/approve',
      cookie: talent,
      payload: {
        applicationIds: [first?.applicationId],
        documentNo: '长人才办〔2026〕12号',
        approvedOn: today,
      },
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const after = (await list(talent)).awards.find((a) => a.award === 'grand_award');
    const byName = new Map(after?.items.map((i) => [i.name, i]));
    expect(byName.get(first?.name ?? '')).toMatchObject({
      status: 'approved',
      approval: { documentNo: '长人才办〔2026〕12号', approvedOn: today },
      returned: null,
    });
    expect(byName.get(second?.name ?? '')).toMatchObject({
      status: 'city_noticed',
      returned: { reason: '请补充该同志近三年的技术革新成果证明材料' },
      approval: null,
    });

    // the bureau resubmits: the return no longer stands
    const bureau = await t.login('bureau');
    const resubmitted = await t.request({
      method: 'POST',
      url: '/api/transitions/submitForApproval',
      cookie: bureau,
      payload: { applicationIds: [second?.applicationId], note: '已补充材料' },
    });
    // a new list sent to the talent office: created
    expect(resubmitted.statusCode, resubmitted.body).toBe(201);
    const again = (await list(bureau)).awards.find((a) => a.award === 'grand_award');
    expect(again?.items.find((i) => i.name === second?.name)).toMatchObject({
      status: 'pending_approval',
      returned: null,
    });
  });

  it('is for the talent office and the bureau only', async () => {
    for (const username of ['employer', 'recommender', 'expert', 'candidate']) {
      const cookie = await t.login(username);
      const res = await t.request({ method: 'GET', url: '/api/approval-list', cookie });
      expect(res.statusCode, username).toBe(403);
    }
    const anonymous = await t.request({ method: 'GET', url: '/api/approval-list' });
    expect(anonymous.statusCode).toBe(401);
  });
});
