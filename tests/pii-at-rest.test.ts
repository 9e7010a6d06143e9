import { ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIdNumber } from '../server/cli/demo';
import { demoApplications as unitStage } from '../server/cli/demo-applications';
import { reviewStageApplications } from '../server/cli/demo-applications-review';

const demoApplications = [...unitStage, ...reviewStageApplications];

import { applications, awards } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

describe.each(engines)('personal data at rest on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('no table holds an ID number, bank account or mobile number in plain text', async () => {
    // Read every row of every table as raw text, the way someone with a copy of the database would.
    const tables = await t.database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const dump: string[] = [];
    for (const { table_name } of (tables as unknown as { rows: { table_name: string }[] }).rows) {
      const rows = await t.database.db.execute(sql.raw(`select t::text as row from "${table_name}" t`));
      for (const r of (rows as unknown as { rows: { row: string }[] }).rows) dump.push(r.row);
    }
    const text = dump.join('\n');
    expect(dump.length).toBeGreaterThan(50);
    for (const seed of demoApplications) {
      const id = demoIdNumber(seed.region, seed.birthDate, seed.sequence);
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.slice(6, 14) + id.slice(14, 17)); // birth date + sequence run
      expect(text).not.toContain(seed.bankAccount);
      expect(text).not.toContain(seed.mobile);
    }
  });

  it('stores them sealed, and they open again with the key', async () => {
    const rows = await t.database.db.select().from(applications);
    expect(rows.length).toBe(demoApplications.length);
    for (const row of rows) {
      const seed = demoApplications.find((d) => d.name === row.name);
      expect(row.idNumberEnc).toMatch(/^v1:/);
      expect(t.sealer.open(row.idNumberEnc ?? '')).toBe(
        seed && demoIdNumber(seed.region, seed.birthDate, seed.sequence),
      );
      expect(t.sealer.open(row.bankAccountEnc ?? '')).toBe(seed?.bankAccount);
      expect(row.idNumberHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('refuses a second application of the same person in the same edition, for the other award too', async () => {
    const [first] = await t.database.db.select().from(applications).limit(1);
    if (!first) throw new Error('no demo application');
    const [otherAward] = await t.database.db.select().from(awards).where(ne(awards.id, first.awardId));
    if (!otherAward) throw new Error('no second award');
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = first;
    const attempt = t.database.db
      .insert(applications)
      .values({ ...rest, awardId: otherAward.id, status: 'draft' });
    await expect(attempt).rejects.toThrow();
  });
});
