import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar';
import { shanghaiDate } from '../domain/time';
import { stepLevels } from '../domain/workflow';
import { insertApplication } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 10 rule 1: a notice starts on or after the collective decision, and never in the past; and it lasts
 * the work plan's 5 working days, whatever the client sends.
 */
describe.each(engines)('when a notice may start, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const levels = [
    { level: 'unit', status: 'unit_decided', username: 'employer' },
    { level: 'recommender', status: 'recommender_decided', username: 'recommender' },
  ] as const;

  for (const { level, status, username } of levels) {
    it(`at the ${level} level: refuses a start before the decision or before today, naming the dates`, async () => {
      // the factory records the level's decision today (a second before the clock's now)
      const application = await insertApplication(t, { status, employer: 'emp-jingong' });
      const today = shanghaiDate(t.clock.now());
      let cookie = await t.login(username);
      const as = async (startDate: string) =>
        t.request({
          method: 'POST',
          url: `/api/applications/${application.id}/transitions/${stepLevels[level].startNotice}`,
          cookie,
          payload: { startDate, days: 5 },
        });

      // a notice of the work plan lasts 5 working days: a shorter (or longer) one is refused, nothing moves
      for (const days of [1, 4, 6]) {
        const short = await t.request({
          method: 'POST',
          url: `/api/applications/${application.id}/transitions/${stepLevels[level].startNotice}`,
          cookie,
          payload: { startDate: today, days },
        });
        expect(short.statusCode, short.body).toBe(400);
        expect(short.json().fields).toEqual([
          {
            path: 'days',
            code: 'notice.working_days',
            message: expect.objectContaining({ zh: expect.stringContaining('5个工作日') }),
          },
        ]);
      }

      const early = await as(addDays(today, -1));
      expect(early.statusCode, early.body).toBe(422);
      expect(early.json().code).toBe('notice.before_decision');
      expect(early.json().message.zh).toContain(`不能早于集体研究决定的日期（${today}）`);
      expect(early.json().fields.map((f: { path: string }) => f.path)).toEqual(['startDate']);

      // three days on, the decision is past but a start yesterday is still refused: it would be backdated
      const later = new Date(t.clock.now().getTime() + 3 * 86_400_000);
      t.clock.set(later);
      try {
        cookie = await t.login(username);
        const backdated = await as(addDays(shanghaiDate(later), -1));
        expect(backdated.statusCode, backdated.body).toBe(422);
        expect(backdated.json().code).toBe('notice.start_in_past');
        expect(backdated.json().message.zh).toContain(`不能早于今天（${shanghaiDate(later)}）`);
        const detail = await t.request({ method: 'GET', url: `/api/applications/${application.id}`, cookie });
        expect(detail.json().status).toBe(status);

        const ok = await as(shanghaiDate(later));
        expect(ok.statusCode, ok.body).toBe(200);
        expect(ok.json().status).toBe(`${level}_notice`);
        expect(ok.json().notice.startDate).toBe(shanghaiDate(later));
      } finally {
        t.clock.set(new Date(later.getTime() - 3 * 86_400_000));
      }
    });
  }
});
