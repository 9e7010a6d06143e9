/**
 * How long `createTestApp` takes per suite, on each engine (issue 9 item 10: the test database is
 * migrated and seeded once per run, then copied per suite). Run: `npx tsx bench/test-app-boot.ts`
 * (with DATABASE_URL set for PostgreSQL too).
 */
import { createTestApp, engines } from '../server/testing/harness';

const rounds = Number(process.env.ROUNDS ?? 4);
for (const engine of engines) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const t = await createTestApp(engine);
    times.push(performance.now() - started);
    await t.close();
  }
  const [first, ...rest] = times;
  const mean = rest.length ? rest.reduce((a, b) => a + b, 0) / rest.length : (first ?? 0);
  console.log(
    `${engine}: first ${Math.round(first ?? 0)} ms, then ${Math.round(mean)} ms on average (${times.map(Math.round).join(', ')})`,
  );
}
