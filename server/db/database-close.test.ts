import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../testing/harness';
import { openDatabase } from './database';

/**
 * Closing the PostgreSQL pool waits until every connection has really ended, so that whoever goes on
 * (dropping the database, a restore) finds nothing connected; a connection the server drops is a warning,
 * not a crash of the process.
 */
describe.runIf(process.env.DATABASE_URL)('the PostgreSQL pool', () => {
  it('leaves no connection behind once closed', async () => {
    const target = await createPostgresDatabase();
    const name = new URL(target.url).pathname.slice(1);
    const database = await openDatabase({ databaseUrl: target.url, poolSize: 5 });
    // several connections at once, as parallel requests open them
    await Promise.all(Array.from({ length: 5 }, () => database.db.execute('select pg_sleep(0.05)')));
    await database.close();
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await admin.end();
      await target.drop();
    }
  });
});
