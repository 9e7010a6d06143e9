import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../domain/time';
import { insertApplication } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * An objection is received on a day; in the application's history it comes after the notice it was raised
 * at, never before it (a walk-through saw one dated at midnight above the notice started that afternoon).
 */
describe.each(engines)("an objection's place in the history on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('is placed after the start of the notice it was raised at, on the day it came', async () => {
    const { id, made } = await insertApplication(t, { status: 'unit_notice', employer: 'emp-jingong' });
    const [noticeId] = made.noticeIds;
    const cookie = await t.login('employer');
    const today = shanghaiDate(t.clock.now());
    const recorded = await t.request({
      method: 'POST',
      url: `/api/notices/${noticeId}/objections`,
      cookie,
      payload: {
        applicationId: id,
        submitterName: '王某某',
        content: '反映其获奖情况不实。',
        receivedOn: today,
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const detail = (await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie })).json();
    const started = detail.history.find(
      (event: { transition: string }) => event.transition === 'startUnitNotice',
    );
    expect(started).toBeDefined();
    const [objection] = detail.objections;
    expect(objection.receivedAt > started.at).toBe(true);
    expect(shanghaiDate(new Date(objection.receivedAt))).toBe(today);
  });
});
