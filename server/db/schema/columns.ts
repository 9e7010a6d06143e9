import { timestamp } from 'drizzle-orm/pg-core';

/** When a row was created (UTC instant), set by the database. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
