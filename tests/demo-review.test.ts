import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../domain/time';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 12, the demo: a new user of the `expert` account finds candidates to score beside the rubric, and
 * the `talent` account a list to approve — both at once, without preparing anything.
 */
describe.each(engines)('the review stage of the demo on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('gives 孙卫东 four candidates of 长春技术能手 to score, the others on his panel having scored them', async () => {
    const expert = await t.login('expert');
    const res = await t.request({ method: 'GET', url: '/api/review/candidates', cookie: expert });
    expect(res.statusCode, res.body).toBe(200);
    const { items, rubrics } = res.json();
    expect(items.map((i: { label: string }) => i.label).sort()).toEqual(
      ['孙晓梅', '王丽娟', '赵长春', '高志远'].sort(),
    );
    expect(items.every((i: { sheet: string }) => i.sheet === 'none')).toBe(true);
    expect(rubrics[0].criteria.length).toBeGreaterThan(1);

    // he scores one: the sheet takes the rubric's criteria
    const first = items[0].applicationId;
    const criteria = rubrics[0].criteria as { id: string; maxScore: number }[];
    const saved = await t.request({
      method: 'PUT',
      url: `/api/applications/${first}/score-sheet`,
      cookie: expert,
      payload: { scores: criteria.map((c) => ({ criterionId: c.id, score: c.maxScore - 1 })) },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const bureau = await t.login('bureau');
    const panels = (await t.request({ method: 'GET', url: '/api/panels', cookie: bureau })).json().items;
    const panel = panels.find((p: { award: string }) => p.award === 'technical_expert');
    const progress = panel.members.map((m: { name: string; submitted: number; drafts: number }) => [
      m.name,
      m.submitted,
      m.drafts,
    ]);
    // the chair first, then the members
    expect(progress[0]).toEqual(['孙卫东', 0, 1]);
    expect(progress.slice(1).sort()).toEqual([
      ['周宏伟', 4, 0],
      ['李淑华', 4, 0],
    ]);
    const selection = (
      await t.request({ method: 'GET', url: `/api/awards/${panel.awardId}/selection`, cookie: bureau })
    ).json();
    expect(selection).toMatchObject({ candidates: 4, complete: false, unscored: 4 });
  });

  it('gives the talent office the list of 长春技能大奖 sent after the city notice, to approve', async () => {
    const talent = await t.login('talent');
    const list = await t.request({
      method: 'GET',
      url: '/api/applications?status=pending_approval',
      cookie: talent,
    });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { id: string; name: string }[];
    expect(items.map((i) => i.name).sort()).toEqual(['冯雪峰', '钱国栋'].sort());
    const approved = await t.request({
      method: 'POST',
      url: `/api/applications/${items[0]?.id}/transitions/approve`,
      cookie: talent,
      payload: { documentNo: '长人才办〔2026〕12号', approvedOn: shanghaiDate(t.clock.now()) },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
  });
});
