import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateScore, competitionRatio, proposeWinners, rankCandidates } from './aggregate';

describe('a candidate’s result from the experts’ totals', () => {
  it('is the mean, or the mean without the highest and the lowest total', () => {
    expect(aggregateScore([80, 90, 70, 100, 60], 'mean')).toBe(80);
    // 60 and 100 dropped: (70 + 80 + 90) / 3
    expect(aggregateScore([80, 90, 70, 100, 60], 'trimmed_mean')).toBe(80);
    expect(aggregateScore([95, 70, 71, 72], 'trimmed_mean')).toBe(71.5);
    expect(aggregateScore([95, 70, 71, 72], 'mean')).toBe(77);
    // one of several equal extremes is dropped, not all of them
    expect(aggregateScore([90, 90, 90, 60], 'trimmed_mean')).toBe(90);
    expect(aggregateScore([90, 60, 60], 'trimmed_mean')).toBe(60);
  });

  it('drops nothing below three totals, and is null without any', () => {
    expect(aggregateScore([88, 92], 'trimmed_mean')).toBe(90);
    expect(aggregateScore([77], 'trimmed_mean')).toBe(77);
    expect(aggregateScore([], 'mean')).toBeNull();
  });

  it('lies between the lowest and the highest total, and the trimmed one ignores one outlier', () => {
    const totals = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 15 });
    fc.assert(
      fc.property(totals, fc.integer({ min: 0, max: 100 }), (given, outlier) => {
        for (const method of ['mean', 'trimmed_mean'] as const) {
          const score = aggregateScore(given, method) ?? Number.NaN;
          expect(score).toBeGreaterThanOrEqual(Math.min(...given));
          expect(score).toBeLessThanOrEqual(Math.max(...given));
        }
        // replacing the highest total by anything higher does not change the trimmed mean
        const sorted = [...given].sort((a, b) => a - b);
        const raised = [...sorted.slice(0, -1), Math.max(sorted.at(-1) ?? 0, outlier) + 1000];
        expect(aggregateScore(raised, 'trimmed_mean')).toBe(aggregateScore(sorted, 'trimmed_mean'));
      }),
    );
  });
});

describe('the ranking of an award and the proposed winners', () => {
  const candidates = [
    { applicationId: 'a', totals: [90, 85, 80] }, // mean 85, trimmed 85
    { applicationId: 'b', totals: [100, 70, 76] }, // mean 82, trimmed 76
    { applicationId: 'c', totals: [88, 82, 85] }, // mean 85, trimmed 85
    { applicationId: 'd', totals: [60, 95, 70] }, // mean 75, trimmed 70
    { applicationId: 'e', totals: [] },
  ];

  it('ranks by the result, ties sharing a rank and flagged, the unscored last', () => {
    expect(rankCandidates(candidates, 'mean')).toEqual([
      { applicationId: 'a', score: 85, scores: 3, rank: 1, tie: true },
      { applicationId: 'c', score: 85, scores: 3, rank: 1, tie: true },
      { applicationId: 'b', score: 82, scores: 3, rank: 3, tie: false },
      { applicationId: 'd', score: 75, scores: 3, rank: 4, tie: false },
      { applicationId: 'e', score: null, scores: 0, rank: null, tie: false },
    ]);
    expect(rankCandidates(candidates, 'trimmed_mean').map((c) => [c.applicationId, c.score, c.rank])).toEqual(
      [
        ['a', 85, 1],
        ['c', 85, 1],
        ['b', 76, 3],
        ['d', 70, 4],
        ['e', null, null],
      ],
    );
  });

  it('proposes the best N, leaves a tie across the last place to the vote, which decides it', () => {
    const ranked = rankCandidates(candidates, 'mean');
    expect(proposeWinners(ranked, 2)).toEqual({ proposed: ['a', 'c'], undecided: null });
    expect(proposeWinners(ranked, 3)).toEqual({ proposed: ['a', 'c', 'b'], undecided: null });
    // one place, two candidates tied at 85: the leadership group votes
    expect(proposeWinners(ranked, 1)).toEqual({
      proposed: [],
      undecided: { applicationIds: ['a', 'c'], places: 1 },
    });
    const vote = [
      { applicationId: 'a', votes: 4 },
      { applicationId: 'c', votes: 7 },
    ];
    expect(proposeWinners(ranked, 1, vote)).toEqual({ proposed: ['c'], undecided: null });
    // a vote that ties again decides nothing
    const even = [
      { applicationId: 'a', votes: 5 },
      { applicationId: 'c', votes: 5 },
    ];
    expect(proposeWinners(ranked, 1, even).undecided).toEqual({ applicationIds: ['a', 'c'], places: 1 });
    // never more than the candidates who have a score
    expect(proposeWinners(ranked, 10)).toEqual({ proposed: ['a', 'c', 'b', 'd'], undecided: null });
    expect(competitionRatio(5, 2)).toBe(2.5);
    expect(competitionRatio(5, 0)).toBeNull();
  });

  it('never proposes more than the places, and proposes a better score before a worse one', () => {
    const entry = fc.record({
      applicationId: fc.uuid(),
      totals: fc.array(fc.integer({ min: 60, max: 70 }), { minLength: 0, maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.applicationId, maxLength: 20 }),
        fc.nat(8),
        (list, places) => {
          const ranked = rankCandidates(list, 'trimmed_mean');
          const { proposed, undecided } = proposeWinners(ranked, places);
          expect(proposed.length + (undecided?.places ?? 0)).toBeLessThanOrEqual(places);
          const scoreOf = new Map(ranked.map((c) => [c.applicationId, c.score]));
          const lowestProposed = Math.min(...proposed.map((id) => scoreOf.get(id) ?? 0));
          for (const c of ranked) {
            if (
              c.score !== null &&
              !proposed.includes(c.applicationId) &&
              !undecided?.applicationIds.includes(c.applicationId)
            )
              expect(c.score).toBeLessThanOrEqual(lowestProposed);
          }
          for (const c of ranked) if (c.rank !== null) expect(c.rank).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
