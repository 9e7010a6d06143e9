import { performance } from 'node:perf_hooks';

/** One timed path: the first (cold) run apart, then the median and the slowest of `runs` warm runs. */
export interface Row {
  what: string;
  runs: number;
  cold: number;
  median: number;
  max: number;
  unit: string;
}

export async function time(
  what: string,
  runs: number,
  fn: () => unknown | Promise<unknown>,
  unit = 'ms',
): Promise<Row> {
  const t0 = performance.now();
  await fn();
  const cold = performance.now() - t0;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    what,
    runs,
    cold,
    median: samples[Math.floor(samples.length / 2)] ?? 0,
    max: samples.at(-1) ?? 0,
    unit,
  };
}
