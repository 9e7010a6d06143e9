import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { officialYears } from './official';
import { type CalendarOverride, WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar();

/** Runs `run` and returns the DomainError it throws (fails the test when it throws nothing else). */
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('notice periods over National Day 2026 (10-01..10-07 off, 09-20 Sun and 10-10 Sat worked)', () => {
  it('the issue’s example: 5 working days from Monday 2026-09-28 end on Friday 2026-10-09', () => {
    expect(calendar.noticePeriod('2026-09-28', 5)).toEqual({
      start: '2026-09-28',
      end: '2026-10-09',
      workingDays: ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09'],
    });
  });

  it('counts the make-up Saturday 2026-10-10 as a working day', () => {
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.noticePeriod('2026-09-30', 5).workingDays).toEqual([
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
    ]);
  });

  it('published on a holiday, starts on the next working day', () => {
    expect(calendar.noticePeriod('2026-10-03', 5)).toEqual({
      start: '2026-10-08',
      end: '2026-10-13',
      workingDays: ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'],
    });
  });

  it('published on the make-up Sunday 2026-09-20, counts it as day 1 and skips Mid-autumn (09-25..27)', () => {
    expect(calendar.noticePeriod('2026-09-20', 5).end).toBe('2026-09-24');
    expect(calendar.noticePeriod('2026-09-20', 6).end).toBe('2026-09-28');
  });

  it('a one-day notice is its first working day', () => {
    expect(calendar.noticePeriod('2026-10-01', 1)).toEqual({
      start: '2026-10-08',
      end: '2026-10-08',
      workingDays: ['2026-10-08'],
    });
  });
});

describe('Spring Festival 2026 (02-15..02-23 off, Saturdays 02-14 and 02-28 worked)', () => {
  it('works the Saturday before and resumes on 02-24', () => {
    expect(calendar.noticePeriod('2026-02-12', 5).workingDays).toEqual([
      '2026-02-12',
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
    ]);
  });

  it('knows every day of the break is a rest day and the closing Saturday a working day', () => {
    expect(calendar.workingDaysBetween('2026-02-15', '2026-02-23')).toEqual([]);
    expect(calendar.workingDaysBetween('2026-02-26', '2026-03-02')).toEqual([
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-02',
    ]);
  });
});

describe('across the turn of the year and in 2025', () => {
  it('2025-12-29: New Year 2026-01-01..03 off, Sunday 2026-01-04 worked', () => {
    expect(calendar.noticePeriod('2025-12-29', 5).workingDays).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-04',
      '2026-01-05',
    ]);
  });

  it('2025 National Day and Mid-autumn together: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked', () => {
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true);
    expect(calendar.workingDaysBetween('2025-10-01', '2025-10-08')).toEqual([]);
    expect(calendar.noticePeriod('2025-09-26', 5).workingDays).toEqual([
      '2025-09-26',
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
    ]);
  });
});

describe('addWorkingDays and nextWorkingDay', () => {
  it('n = 0 is the day itself when it is a working day, else the next working day', () => {
    expect(calendar.addWorkingDays('2026-09-28', 0)).toBe('2026-09-28');
    expect(calendar.addWorkingDays('2026-10-01', 0)).toBe('2026-10-08');
    expect(calendar.nextWorkingDay('2026-10-01')).toBe('2026-10-08');
    expect(calendar.nextWorkingDay('2026-10-09')).toBe('2026-10-09');
  });

  it('n ≥ 1 counts working days after the day', () => {
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-10-01', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-28', 4)).toBe(calendar.noticePeriod('2026-09-28', 5).end);
  });
});

describe('a year no one has entered is refused, never guessed', () => {
  const lastOfficial = officialYears[officialYears.length - 1] ?? 0;

  it('refuses 2031 with 422 calendar.year_unknown naming the year in both languages', () => {
    const error = refusal(() => calendar.isWorkingDay('2031-03-03'));
    expect(error.code).toBe('calendar.year_unknown');
    expect(error.params).toEqual({ year: 2031 });
    expect(error.userMessage.zh).toBe(
      '2031 年的法定节假日安排尚未收录，请管理员先维护该年度的节假日和调休工作日',
    );
    expect(error.userMessage.en).toContain('2031');
    expect(calendar.coversYear(2031)).toBe(false);
  });

  it('refuses as soon as a computation reaches past the last official year', () => {
    const error = refusal(() => calendar.noticePeriod(`${lastOfficial}-12-28`, 10));
    expect(error.code).toBe('calendar.year_unknown');
    expect(error.params).toEqual({ year: lastOfficial + 1 });
    expect(refusal(() => calendar.addWorkingDays(`${lastOfficial}-12-31`, 1)).params).toEqual({
      year: lastOfficial + 1,
    });
    expect(refusal(() => calendar.workingDaysBetween('2026-12-01', `${lastOfficial + 1}-01-05`)).code).toBe(
      'calendar.year_unknown',
    );
  });

  it('refuses a year before the package’s data too', () => {
    expect(refusal(() => calendar.isWorkingDay('1999-10-01')).params).toEqual({ year: 1999 });
  });

  it('does not need the start day itself when counting working days after it', () => {
    const firstOfficial = officialYears[0] ?? 0;
    expect(() => calendar.addWorkingDays(`${firstOfficial - 1}-12-31`, 1)).not.toThrow();
    expect(() => calendar.addWorkingDays(`${firstOfficial - 1}-12-31`, 0)).toThrow(DomainError);
  });
});

describe('overrides', () => {
  it('2031 is refused before any override, accepted once one exists, and the overrides drive it', () => {
    expect(refusal(() => calendar.noticePeriod('2031-01-01', 3)).code).toBe('calendar.year_unknown');

    // The administrator enters 2031's New Year holiday: the year is now theirs to maintain.
    const newYear: CalendarOverride[] = [{ day: '2031-01-01', kind: 'holiday', note: '元旦' }];
    const maintained = new WorkingDayCalendar(newYear);
    expect(maintained.coversYear(2031)).toBe(true);
    expect(maintained.isWorkingDay('2031-01-01')).toBe(false); // a Wednesday
    expect(maintained.noticePeriod('2031-01-01', 3)).toEqual({
      start: '2031-01-02',
      end: '2031-01-06',
      workingDays: ['2031-01-02', '2031-01-03', '2031-01-06'],
    });

    // A make-up Saturday entered as a workday counts.
    const withMakeUp = new WorkingDayCalendar([...newYear, { day: '2031-01-04', kind: 'workday' }]);
    expect(withMakeUp.noticePeriod('2031-01-01', 3).workingDays).toEqual([
      '2031-01-02',
      '2031-01-03',
      '2031-01-04',
    ]);
    // Other years stay refused.
    expect(refusal(() => maintained.isWorkingDay('2032-01-05')).params).toEqual({ year: 2032 });
  });

  it('a weekday notice across an override holiday skips it, once both years are maintained', () => {
    const both = new WorkingDayCalendar([
      { day: '2030-10-01', kind: 'holiday' },
      { day: '2031-01-01', kind: 'holiday' },
    ]);
    expect(both.noticePeriod('2030-12-30', 5).workingDays).toEqual([
      '2030-12-30',
      '2030-12-31',
      '2031-01-02',
      '2031-01-03',
      '2031-01-06',
    ]);
  });

  it('wins over the official arrangement in both directions', () => {
    const corrected = new WorkingDayCalendar([
      { day: '2026-10-10', kind: 'holiday' }, // the official make-up Saturday, cancelled
      { day: '2026-10-05', kind: 'workday' }, // a National Day holiday, worked
    ]);
    expect(corrected.isWorkingDay('2026-10-10')).toBe(false);
    expect(corrected.isWorkingDay('2026-10-05')).toBe(true);
    expect(corrected.noticePeriod('2026-09-30', 5).workingDays).toEqual([
      '2026-09-30',
      '2026-10-05',
      '2026-10-08',
      '2026-10-09',
      '2026-10-12',
    ]);
  });

  it('accepts the same override twice but refuses a day that is both holiday and workday', () => {
    const twice = new WorkingDayCalendar([
      { day: '2026-10-12', kind: 'holiday' },
      { day: '2026-10-12', kind: 'holiday' },
    ]);
    expect(twice.isWorkingDay('2026-10-12')).toBe(false);
    const error = refusal(
      () =>
        new WorkingDayCalendar([
          { day: '2026-10-12', kind: 'holiday' },
          { day: '2026-10-12', kind: 'workday' },
        ]),
    );
    expect(error.code).toBe('calendar.override_conflict');
    expect(error.params).toEqual({ day: '2026-10-12' });
  });

  it('refuses an override with an unreal day or an unknown kind', () => {
    expect(refusal(() => new WorkingDayCalendar([{ day: '2031-02-29', kind: 'holiday' }])).code).toBe(
      'calendar.override_invalid',
    );
    const badKind = [{ day: '2031-02-01', kind: 'rest' }] as unknown as CalendarOverride[];
    expect(refusal(() => new WorkingDayCalendar(badKind)).code).toBe('calendar.override_invalid');
  });
});

describe('invalid input is refused with 400 calendar.invalid_input', () => {
  const cases: [string, () => unknown, string][] = [
    ['an unreal date', () => calendar.isWorkingDay('2026-02-30'), 'day'],
    ['a date without zero padding', () => calendar.noticePeriod('2026-9-28', 5), 'start'],
    ['an empty string', () => calendar.nextWorkingDay(''), 'day'],
    ['a number for a date', () => calendar.isWorkingDay(20260928 as unknown as string), 'day'],
    ['a date-time', () => calendar.noticePeriod('2026-09-28T00:00:00Z', 5), 'start'],
    ['0 days', () => calendar.noticePeriod('2026-09-28', 0), 'days'],
    ['61 days', () => calendar.noticePeriod('2026-09-28', 61), 'days'],
    ['2.5 days', () => calendar.noticePeriod('2026-09-28', 2.5), 'days'],
    ['NaN days', () => calendar.noticePeriod('2026-09-28', Number.NaN), 'days'],
    ['days as a string', () => calendar.noticePeriod('2026-09-28', '5' as unknown as number), 'days'],
    ['a negative n', () => calendar.addWorkingDays('2026-09-28', -1), 'n'],
    ['a fractional n', () => calendar.addWorkingDays('2026-09-28', 1.5), 'n'],
    ['a reversed range', () => calendar.workingDaysBetween('2026-10-09', '2026-09-28'), 'to'],
  ];

  it.each(cases)('%s', (_, run, field) => {
    const error = refusal(run);
    expect(error.code).toBe('calendar.invalid_input');
    expect(error.fields.map((f) => f.path)).toEqual([field]);
    expect(error.userMessage.zh).toMatch(/\p{Script=Han}/u);
    expect(error.userMessage.en).toMatch(/[a-z]/);
  });

  it('accepts 60 days, the longest notice', () => {
    expect(calendar.noticePeriod('2026-01-05', 60).workingDays).toHaveLength(60);
  });
});
