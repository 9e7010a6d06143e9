import { describe, expect, it } from 'vitest';
import { evaluateGuard, evaluateGuards, type GuardCode, guardCodes, type TransitionContext } from './guards';
import { passingContext } from './workflow.testing';

const base = passingContext();
const scheduling = passingContext('startUnitNotice');

function codesOf(code: GuardCode, context: TransitionContext): string[] {
  const result = evaluateGuard(code, context);
  return result.ok ? [] : result.failures.map((failure) => failure.code);
}

describe('every guard', () => {
  /** For each guard: a context that makes it fail, and the code it must fail with. */
  const failing: Record<GuardCode, [Partial<TransitionContext>, string]> = {
    materials_complete: [{ materialsComplete: false }, 'workflow.materials_incomplete'],
    eligibility_clean: [{ eligibilityErrors: ['eligibility.retired'] }, 'workflow.eligibility_errors'],
    notice_scheduled: [
      { notice: { endDate: '2025-10-24', openObjections: 0 } },
      'workflow.notice_not_scheduled',
    ],
    notice_ended_without_open_objection: [
      { notice: { endDate: '2025-10-25', openObjections: 0 } },
      'workflow.notice_not_ended',
    ],
    recommender_reviewed: [{ review: null }, 'review.missing'],
    ranked: [{ rank: null }, 'workflow.not_ranked'],
    edition_open: [{ editionOpen: false }, 'workflow.edition_closed'],
    within_quota: [{ quota: { used: 3, places: 3 } }, 'quota.exceeded'],
    within_submission_window: [{ now: '2025-10-27T09:00:00+08:00' }, 'window.closed'],
    panel_assigned: [{ panelAssigned: false }, 'workflow.panel_not_assigned'],
    scores_complete: [{ scoresComplete: false }, 'workflow.scores_incomplete'],
    ranked_among_winners: [{ selection: { complete: true, outcome: 'undecided' } }, 'review.vote_needed'],
    ranked_outside_winners: [
      { selection: { complete: false, outcome: 'not_proposed' } },
      'review.ranking_incomplete',
    ],
    within_award_places: [{ awardPlaces: { proposed: 10, places: 10 } }, 'workflow.award_places_exceeded'],
    approval_given: [{ approvalGiven: false }, 'workflow.approval_missing'],
    bank_account_present: [{ bankAccountPresent: false }, 'workflow.bank_account_missing'],
  };

  it.each(guardCodes)('%s passes on a good context and fails with its own code', (code) => {
    const good =
      code === 'notice_scheduled'
        ? scheduling
        : code === 'ranked_outside_winners'
          ? passingContext('notPropose')
          : base;
    expect(evaluateGuard(code, good)).toEqual({ ok: true });
    const [override, expected] = failing[code];
    const result = evaluateGuard(code, { ...good, ...override });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect(failure?.guard).toBe(code);
    expect(failure?.code).toBe(expected);
    expect(failure?.message.zh).toMatch(/\p{Script=Han}/u);
    expect(failure?.message.en).toMatch(/[a-z]/);
  });

  it.each(guardCodes)('%s fails closed when the context says nothing', (code) => {
    const bare: TransitionContext = { now: '2025-10-25T10:00:00+08:00' };
    const codes = codesOf(code, bare);
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatch(/^workflow\./);
  });
});

describe('notice_ended_without_open_objection', () => {
  const notice = (endDate: string, openObjections = 0) => ({ notice: { endDate, openObjections } });

  it('treats the end date as the last day of the notice, in Shanghai time', () => {
    // 23:59 Shanghai on the last day: still running.
    expect(
      codesOf('notice_ended_without_open_objection', {
        ...base,
        ...notice('2025-10-31'),
        now: '2025-10-31T15:59:00Z',
      }),
    ).toEqual(['workflow.notice_not_ended']);
    // 00:00 Shanghai the next day (16:00 UTC): ended.
    expect(
      codesOf('notice_ended_without_open_objection', {
        ...base,
        ...notice('2025-10-31'),
        now: '2025-10-31T16:00:00Z',
      }),
    ).toEqual([]);
    expect(
      codesOf('notice_ended_without_open_objection', {
        ...base,
        ...notice('2025-10-31'),
        now: new Date('2025-11-01T00:00:00+08:00'),
      }),
    ).toEqual([]);
  });

  it('is held by an open objection, even after the end date', () => {
    const result = evaluateGuard('notice_ended_without_open_objection', {
      ...base,
      ...notice('2025-10-20', 2),
    });
    expect(result).toEqual({
      ok: false,
      failures: [expect.objectContaining({ code: 'workflow.open_objection', params: { openObjections: 2 } })],
    });
  });

  it('reports both when the notice runs and an objection is open', () => {
    expect(codesOf('notice_ended_without_open_objection', { ...base, ...notice('2025-10-30', 1) })).toEqual([
      'workflow.notice_not_ended',
      'workflow.open_objection',
    ]);
  });

  it('refuses an unreadable notice', () => {
    expect(codesOf('notice_ended_without_open_objection', { ...base, ...notice('2025-13-01') })).toEqual([
      'workflow.guard_data_missing',
    ]);
    expect(codesOf('notice_ended_without_open_objection', { ...base, ...notice('2025-10-20', -1) })).toEqual([
      'workflow.guard_data_missing',
    ]);
  });
});

describe('notice_scheduled', () => {
  it('accepts a notice ending today or later, refuses one already past', () => {
    expect(
      codesOf('notice_scheduled', { ...base, notice: { endDate: '2025-10-25', openObjections: 0 } }),
    ).toEqual([]);
    expect(
      codesOf('notice_scheduled', { ...base, notice: { endDate: '2025-11-03', openObjections: 0 } }),
    ).toEqual([]);
    expect(
      codesOf('notice_scheduled', { ...base, notice: { endDate: '2025-10-24', openObjections: 0 } }),
    ).toEqual(['workflow.notice_not_scheduled']);
  });
});

describe('within_submission_window (seed: 10-24 to 10-26, early or late refused)', () => {
  // the window of workflow.testing.ts: 2025-10-24 08:30 to 2025-10-26 17:00 Beijing time
  const at = (now: string) => evaluateGuard('within_submission_window', { ...base, now });

  it.each([
    ['2025-10-24T08:30:00+08:00', 'the minute it opens'],
    ['2025-10-24T00:30:00Z', 'the same instant written in UTC'],
    ['2025-10-25 12:00', 'a Shanghai wall-clock time'],
    ['2025-10-26T16:59:00+08:00', 'the last minute'],
  ])('accepts %s (%s)', (now) => {
    expect(at(now)).toEqual({ ok: true });
  });

  it.each([
    ['2025-10-24T08:29:00+08:00', 'window.not_open'],
    ['2025-10-23T23:59:00+08:00', 'window.not_open'],
    ['2025-10-24', 'window.not_open'],
    ['2025-10-26T17:00:00+08:00', 'window.closed'],
    ['2025-10-26T09:01:00Z', 'window.closed'],
    ['2025-11-15T09:00:00+08:00', 'window.closed'],
  ])('refuses %s with %s', (now, code) => {
    expect(at(now)).toEqual({
      ok: false,
      failures: [
        expect.objectContaining({
          code,
          params: expect.objectContaining({ opens: '2025-10-24 08:30', closes: '2025-10-26 17:00' }),
        }),
      ],
    });
  });

  it('names the window in both languages, early and late', () => {
    const early = at('2025-10-24T08:29:00+08:00');
    expect(early.ok ? undefined : early.failures[0]?.message).toEqual({
      zh: '报送时间为 2025-10-24 08:30 至 2025-10-26 17:00（北京时间），尚未开始，提前不予受理',
      en: 'Submissions open at 2025-10-24 08:30 and close at 2025-10-26 17:00 (Beijing time); early submissions are refused',
    });
    const late = at('2025-10-26T17:01:00+08:00');
    expect(late.ok ? undefined : late.failures[0]?.message).toEqual({
      zh: '报送已于 2025-10-26 17:00（北京时间）截止（报送时间为 2025-10-24 08:30 至 2025-10-26 17:00），逾期不予受理',
      en: 'Submissions closed at 2025-10-26 17:00 (Beijing time; the window was 2025-10-24 08:30 to 2025-10-26 17:00); late submissions are refused',
    });
  });

  it('counts a window without its hours, or with hours that do not read, as missing', () => {
    for (const submissionWindow of [
      { start: '2025-10-24', end: '2025-10-26' },
      { start: '2025-10-24', end: '2025-10-26', opensAt: '8:30', closesAt: '17:00' },
      { start: '2025-10-24', end: '2025-10-24', opensAt: '17:00', closesAt: '08:30' },
    ]) {
      expect(
        codesOf('within_submission_window', {
          ...base,
          submissionWindow: submissionWindow as TransitionContext['submissionWindow'],
        }),
      ).toEqual(['workflow.guard_data_missing']);
    }
  });
});

describe('counting guards', () => {
  it('within_quota: a place must remain, and a quota reduced to zero blocks everything', () => {
    expect(codesOf('within_quota', { ...base, quota: { used: 2, places: 3 } })).toEqual([]);
    expect(codesOf('within_quota', { ...base, quota: { used: 3, places: 3 } })).toEqual(['quota.exceeded']);
    expect(codesOf('within_quota', { ...base, quota: { used: 0, places: 0 } })).toEqual(['quota.exceeded']);
    expect(codesOf('within_quota', { ...base, quota: { used: 1.5, places: 3 } })).toEqual([
      'workflow.guard_data_missing',
    ]);
  });

  it('within_award_places: at most the award places are proposed (10 per award)', () => {
    expect(codesOf('within_award_places', { ...base, awardPlaces: { proposed: 9, places: 10 } })).toEqual([]);
    expect(codesOf('within_award_places', { ...base, awardPlaces: { proposed: 10, places: 10 } })).toEqual([
      'workflow.award_places_exceeded',
    ]);
  });

  it('ranked: a whole number from 1', () => {
    for (const rank of [1, 2, 17]) expect(codesOf('ranked', { ...base, rank })).toEqual([]);
    for (const rank of [0, -1, 1.5, null, undefined]) {
      expect(codesOf('ranked', { ...base, rank })).toEqual(['workflow.not_ranked']);
    }
  });

  it('eligibility_clean: lists the failing rules', () => {
    const result = evaluateGuard('eligibility_clean', { ...base, eligibilityErrors: ['a', 'b'] });
    expect(result.ok ? undefined : result.failures[0]?.params).toEqual({ rules: ['a', 'b'] });
  });

  it('eligibility_clean: a warning without its written justification blocks, with its own message', () => {
    const context = {
      ...base,
      eligibilityErrors: [],
      unjustifiedWarnings: ['grand_award.not_former_expert'],
    };
    const result = evaluateGuard('eligibility_clean', context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failures.map((f) => f.code)).toEqual(['workflow.warning_unjustified']);
    expect(result.failures[0]?.message.zh).toBe('有 1 项提示尚未填写书面说明理由');
    expect(result.failures[0]?.params).toEqual({ rules: ['grand_award.not_former_expert'] });
    expect(evaluateGuard('eligibility_clean', { ...context, unjustifiedWarnings: [] }).ok).toBe(true);
    const both = evaluateGuard('eligibility_clean', { ...context, eligibilityErrors: ['person.retired'] });
    expect(both.ok ? [] : both.failures.map((f) => f.code)).toEqual([
      'workflow.eligibility_errors',
      'workflow.warning_unjustified',
    ]);
  });
});

describe('evaluateGuards', () => {
  it('lists every failure in guard order', () => {
    const context = { ...base, materialsComplete: false, eligibilityErrors: ['x'] };
    expect(evaluateGuards(['materials_complete', 'eligibility_clean'], context).map((f) => f.code)).toEqual([
      'workflow.materials_incomplete',
      'workflow.eligibility_errors',
    ]);
    expect(evaluateGuards([], context)).toEqual([]);
  });

  it('rejects an unreadable clock rather than guessing', () => {
    expect(() => evaluateGuard('within_submission_window', { ...base, now: 'soon' })).toThrow(RangeError);
  });
});
