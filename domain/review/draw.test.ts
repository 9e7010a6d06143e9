import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPanel, type PoolExpert, xoshiro128 } from './draw';

const seed = (hex: string) => hex.padEnd(64, '0');

describe('the panel draw (随机抽取，回避)', () => {
  it('uses xoshiro128** as published: the reference outputs for the state 1, 2, 3, 4', () => {
    const next = xoshiro128(seed('00000001000000020000000300000004'));
    expect([next(), next(), next(), next()]).toEqual([11520, 0, 5927040, 70819200]);
  });

  const pool: PoolExpert[] = [
    { id: 'e1', specialties: ['焊工'] },
    { id: 'e2', specialties: ['焊工', '钳工'] },
    { id: 'e3', specialties: ['车工'] },
    { id: 'e4', specialties: ['焊工'] },
    { id: 'e5', specialties: ['钳工'] },
    { id: 'e6', specialties: ['焊工'] },
  ];
  const request = {
    seed: 'a3f1c2d4e5b6978812345678abcdef0123456789abcdef0123456789abcdef01',
    pool,
    specialties: ['焊工', '钳工'],
    conflicted: new Set(['e4']),
    size: 3,
  };

  it('gives the same panel for the same seed and pool, whatever order the pool comes in', () => {
    const first = drawPanel(request);
    expect(first.panel).toHaveLength(3);
    expect(drawPanel({ ...request, pool: [...pool].reverse() })).toEqual(first);
    // the order holds every eligible expert once: the specialty and the conflict filtered first
    expect([...first.order].sort()).toEqual(['e1', 'e2', 'e5', 'e6']);
    expect(first.panel).toEqual(first.order.slice(0, 3));
  });

  it('replaces an expert who declines with the next in the same order, and says when the pool is short', () => {
    const first = drawPanel(request);
    const declined = first.panel[0] ?? '';
    const again = drawPanel({ ...request, declined: new Set([declined]) });
    expect(again.panel).toEqual([...first.panel.slice(1), first.order[3]]);
    expect(drawPanel({ ...request, size: 5 })).toMatchObject({ short: 1 });
    expect(() => drawPanel({ ...request, seed: 'not hex' })).toThrow(TypeError);
  });

  it('never draws a conflicted expert or one of another specialty, and draws without repeats', () => {
    const expert = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      specialties: fc.subarray(['焊工', '钳工', '车工', '电工']),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(expert, { selector: (e) => e.id, maxLength: 30 }),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.subarray(['焊工', '钳工', '车工', '电工']),
        fc.nat(10),
        fc.func(fc.boolean()),
        (experts, drawnSeed, specialties, size, isConflicted) => {
          const conflicted = new Set(experts.filter((e) => isConflicted(e.id)).map((e) => e.id));
          const result = drawPanel({ seed: drawnSeed, pool: experts, specialties, conflicted, size });
          expect(new Set(result.panel).size).toBe(result.panel.length);
          for (const id of result.panel) {
            expect(conflicted.has(id)).toBe(false);
            const chosen = experts.find((e) => e.id === id);
            if (specialties.length > 0)
              expect(chosen?.specialties.some((s) => specialties.includes(s))).toBe(true);
          }
          expect(result.panel.length + result.short).toBe(size);
          // reproducible
          expect(drawPanel({ seed: drawnSeed, pool: experts, specialties, conflicted, size })).toEqual(
            result,
          );
        },
      ),
    );
  });

  it('puts each eligible expert first about equally often over many seeds', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const hex = (i * 2654435761 + 12345).toString(16).padStart(8, '0').slice(-8);
      const { panel } = drawPanel({ ...request, seed: seed(`${hex}${hex}${hex}${hex}`), size: 1 });
      counts.set(panel[0] ?? '', (counts.get(panel[0] ?? '') ?? 0) + 1);
    }
    for (const id of ['e1', 'e2', 'e5', 'e6']) {
      expect(counts.get(id)).toBeGreaterThan(850);
      expect(counts.get(id)).toBeLessThan(1150);
    }
  });
});
