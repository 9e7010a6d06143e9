import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApplication, insertObjection } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/** Issue 10 rule 4: the opinion pre-filled for the report states what happened at the notice. */
describe.each(engines)('the suggested report opinion on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const detail = async (username: string, id: string) => {
    const res = await t.request({
      method: 'GET',
      url: `/api/applications/${id}`,
      cookie: await t.login(username),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('says 无异议 only when the unit notice received no objection', async () => {
    const quiet = await insertApplication(t, {
      status: 'unit_noticed',
      employer: 'emp-jingong',
      name: '赵安静',
    });
    expect((await detail('employer', quiet.id)).suggestedOpinion).toBe(
      '经单位领导集体研究决定，并在本单位公示5个工作日无异议，同意推荐赵安静同志参评长春技能大奖。',
    );
  });

  it('states an objection received and dismissed, for the unit and then for the recommender', async () => {
    const objected = await insertApplication(t, {
      status: 'unit_noticed',
      employer: 'emp-jingong',
      name: '钱有异',
    });
    const [noticeId] = objected.made.noticeIds;
    if (!noticeId) throw new Error('the factory made no notice');
    await insertObjection(t, { notice: noticeId, application: objected.id, status: 'dismissed' });
    const unit = await detail('employer', objected.id);
    // the objection is in the application's history, without who raised it or what they wrote
    expect(unit.objections).toEqual([
      expect.objectContaining({ level: 'unit', status: 'dismissed', handledAt: expect.any(String) }),
    ]);
    expect(JSON.stringify(unit.objections)).not.toContain('王某某');
    expect(unit.suggestedOpinion).toBe(
      '经单位领导集体研究决定，并在本单位公示5个工作日，公示期间收到异议1件，经调查核实，异议不成立，同意推荐钱有异同志参评长春技能大奖。',
    );
    // at the recommender the opinion is the recommender's, about its own notice (one against the whole notice)
    const atRecommender = await insertApplication(t, {
      status: 'recommender_noticed',
      employer: 'emp-jingong',
    });
    const [, recommenderNotice] = atRecommender.made.noticeIds;
    if (!recommenderNotice) throw new Error('the factory made no recommender notice');
    await insertObjection(t, { notice: recommenderNotice, application: null, status: 'dismissed' });
    const text = (await detail('recommender', atRecommender.id)).suggestedOpinion;
    expect(text).toContain('并公示5个工作日，公示期间收到异议1件');
    expect(text).not.toContain('无异议');
    expect(
      (await detail('bureau', (await insertApplication(t, { status: 'at_bureau' })).id)).suggestedOpinion,
    ).toBeNull();
  });
});

/** An objection found true holds the candidate at the notice: the way on is disqualification, not closing. */
describe.each(engines)('an upheld objection at the close of a notice on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('refuses to close the notice for the candidate it was upheld against, and lets the others on', async () => {
    const against = await insertApplication(t, {
      status: 'unit_notice',
      employer: 'emp-jingong',
      name: '孙成立',
    });
    const [noticeId] = against.made.noticeIds;
    if (!noticeId) throw new Error('the factory made no notice');
    await insertObjection(t, { notice: noticeId, application: against.id, status: 'upheld' });
    const clear = await insertApplication(t, {
      status: 'unit_notice',
      employer: 'emp-jingong',
      name: '李无事',
    });
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 14 * 86_400_000));
    try {
      const cookie = await t.login('employer');
      const close = (id: string) =>
        t.request({
          method: 'POST',
          url: `/api/applications/${id}/transitions/endUnitNotice`,
          cookie,
          payload: {},
        });
      const refused = await close(against.id);
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().code).toBe('workflow.objection_upheld');
      const detail = await t.request({ method: 'GET', url: `/api/applications/${against.id}`, cookie });
      expect(detail.json().status).toBe('unit_notice');
      const offered = detail.json().allowedTransitions.map((m: { name: string }) => m.name);
      expect(offered).toContain('disqualifyOnObjection');
      const passed = await close(clear.id);
      expect(passed.statusCode, passed.body).toBe(200);
      expect(passed.json().status).toBe('unit_noticed');
    } finally {
      t.clock.set(now);
    }
  });
});
