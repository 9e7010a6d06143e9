import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar';
import { noticePhase, noticeStartProblem } from './notice-start';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));

describe('noticeStartProblem', () => {
  it('refuses a start before the collective decision, naming both dates', () => {
    const problem = noticeStartProblem('2026-11-26', { today: '2026-11-20', decidedOn: '2026-12-01' });
    expect(problem?.code).toBe('notice.before_decision');
    expect(problem?.message.zh).toContain('2026-12-01');
    expect(problem?.message.zh).toContain('2026-11-26');
  });

  it('refuses a start in the past with its own words, not "compute the period again"', () => {
    const problem = noticeStartProblem('2026-11-26', { today: '2026-12-02', decidedOn: '2026-11-20' });
    expect(problem?.code).toBe('notice.start_in_past');
    expect(problem?.message.zh).toBe('公示开始日期（2026-11-26）不能早于今天（2026-12-02）');
  });

  it('accepts exactly the starts on or after both the decision and today', () => {
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: null }), (start, today, decidedOn) => {
        const ok = start >= today && (decidedOn === null || start >= decidedOn);
        expect(noticeStartProblem(start, { today, decidedOn }) === null).toBe(ok);
      }),
    );
  });
});

describe('noticePhase', () => {
  const notice = { status: 'open' as const, startDate: '2026-12-04', endDate: '2026-12-10' };
  it('is scheduled before the first day, running through the last, then ended until it is closed', () => {
    expect(noticePhase(notice, '2026-12-03')).toBe('scheduled');
    expect(noticePhase(notice, '2026-12-04')).toBe('running');
    expect(noticePhase(notice, '2026-12-10')).toBe('running');
    expect(noticePhase(notice, '2026-12-11')).toBe('ended');
    expect(noticePhase({ ...notice, status: 'closed' }, '2026-12-05')).toBe('closed');
    expect(noticePhase({ ...notice, status: 'withdrawn' }, '2026-12-03')).toBe('closed');
  });
});
