import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed logins, counted in the database so every server process agrees. `source` is the client's
 * address (the per-address lock) or `*` for the username as a whole (the growing delay). A row counts
 * in its window only; the window slides with each failure. Unknown usernames are counted the same way,
 * so the answers never tell which usernames exist.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    username: text('username').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.username, t.source] }), index('login_failures_expires').on(t.expiresAt)],
);

/** Request counters of the rate limits (server/plugins/rate-limit.ts): one fixed window per key. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_expires').on(t.expiresAt)],
);
