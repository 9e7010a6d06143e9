import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../time';
import { type SubmissionWindow, windowBounds, windowPhase } from './submission-window';

const seed: SubmissionWindow = {
  start: '2026-10-24',
  end: '2026-10-26',
  opensAt: '08:30',
  closesAt: '17:00',
};

describe('the submission window', () => {
  it('opens at its first minute and closes at its last, in Beijing time', () => {
    const { opens, closes } = windowBounds(seed);
    expect(opens.toISOString()).toBe('2026-10-24T00:30:00.000Z');
    expect(closes.toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect(windowPhase(seed, new Date(opens.getTime() - 60_000))).toBe('not_open');
    expect(windowPhase(seed, opens)).toBe('open');
    expect(windowPhase(seed, new Date(closes.getTime() - 1))).toBe('open');
    expect(windowPhase(seed, closes)).toBe('closed');
  });

  it('reads every clock shape the same way', () => {
    expect(instantOf('2026-10-24').toISOString()).toBe('2026-10-23T16:00:00.000Z');
    expect(instantOf('2026-10-24 08:30').toISOString()).toBe('2026-10-24T00:30:00.000Z');
    expect(instantOf('2026-10-24T08:30:00+0800').toISOString()).toBe('2026-10-24T00:30:00.000Z');
    expect(() => instantOf('2026-02-30')).toThrow(RangeError);
  });

  it('is not open, then open, then closed, never back, as time passes', () => {
    const order = { not_open: 0, open: 1, closed: 2 } as const;
    const around = fc.integer({ min: -5 * 86_400_000, max: 8 * 86_400_000 });
    fc.assert(
      fc.property(around, around, (a, b) => {
        const base = windowBounds(seed).opens.getTime();
        const [early, late] = a <= b ? [a, b] : [b, a];
        return (
          order[windowPhase(seed, new Date(base + early))] <= order[windowPhase(seed, new Date(base + late))]
        );
      }),
    );
  });
});
