import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../../domain/calendar';
import { editionSchedule } from '../services/editions-schedule';
import { createTestApp, engines, type TestApp } from '../testing/harness';

describe.each(engines)('the edition’s dates on %s (issue 10.13)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: '2026-09-15T02:00:00Z' });
  });
  afterAll(async () => t?.close());

  const current = async (username: string) => {
    const res = await t.request({
      method: 'GET',
      url: '/api/editions/current',
      cookie: await t.login(username),
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('gives the window, where the papers go, whom to call, and the working days left', async () => {
    const edition = await current('expert');
    expect(edition.submissionWindow).toEqual({
      start: '2026-10-24',
      end: '2026-10-26',
      opensAt: '08:30',
      closesAt: '17:00',
    });
    expect(edition.deliveryAddress).toBe('长春市朝阳区西民主大街809号A座2楼208室');
    expect(edition.contact).toEqual({ name: '于昊辰', phone: '0431-88522559' });
    // 15 Sep – 26 Oct 2026: the Mid-Autumn and National Day holidays are off, the make-up
    // Sunday 20 Sep and Saturday 10 Oct are worked.
    expect(edition.schedule).toMatchObject({
      today: '2026-09-15',
      phase: 'not_open',
      daysLeft: 42,
      workingDaysLeft: 26,
      unknownCalendarYear: null,
      noticeWorkingDays: 5,
    });
  });

  it('counts back from the window the latest notice and report of each level', async () => {
    const { schedule } = await current('employer');
    // The recommender's notice has ended before Monday 26 Oct: Mon 19 – Fri 23 Oct.
    expect(schedule.recommenderNotice).toEqual({
      start: { day: '2026-10-19', workingDaysLeft: 21 },
      end: '2026-10-23',
    });
    // The unit reports a working day before that notice must start: Friday 16 Oct.
    expect(schedule.unitReport).toEqual({ day: '2026-10-16', workingDaysLeft: 20 });
    // The unit's notice has ended before: Sat 10 Oct (a make-up working day), 12–15 Oct.
    expect(schedule.unitNotice).toEqual({
      start: { day: '2026-10-10', workingDaysLeft: 15 },
      end: '2026-10-15',
    });
  });

  it('says the window is open, then closed, as the days pass', async () => {
    t.clock.set('2026-10-25T02:00:00Z');
    expect((await current('recommender')).schedule).toMatchObject({
      phase: 'open',
      daysLeft: 2,
      workingDaysLeft: 1,
    });
    t.clock.set('2026-10-27T02:00:00Z');
    const { schedule } = await current('recommender');
    expect(schedule).toMatchObject({ phase: 'closed', daysLeft: 0, workingDaysLeft: 0 });
    expect(schedule.unitReport).toEqual({ day: '2026-10-16', workingDaysLeft: 0 });
  });
});

describe('an edition whose year the calendar does not cover yet', () => {
  const window = { start: '2027-10-24', end: '2027-10-26', opensAt: '08:30', closesAt: '17:00' };

  it('gives the calendar days and names the year, guessing no working day', () => {
    expect(editionSchedule(new WorkingDayCalendar(), window, '2026-12-02')).toEqual({
      today: '2026-12-02',
      noticeWorkingDays: 5,
      phase: 'not_open',
      daysLeft: 329,
      workingDaysLeft: null,
      unknownCalendarYear: 2027,
      recommenderNotice: null,
      unitReport: null,
      unitNotice: null,
    });
  });

  it('counts once the bureau has entered the year (weekdays then, besides its overrides)', () => {
    const calendar = new WorkingDayCalendar([{ day: '2027-10-01', kind: 'holiday' }]);
    const schedule = editionSchedule(calendar, window, '2027-10-18');
    // Mon 18 – Fri 22 and Mon 25, Tue 26 Oct 2027.
    expect(schedule.workingDaysLeft).toBe(7);
    expect(schedule.recommenderNotice?.start.day).toBe('2027-10-19');
    expect(schedule.unitReport).toEqual({ day: '2027-10-18', workingDaysLeft: 1 });
  });
});
