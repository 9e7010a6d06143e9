import { getTableName, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, type ExtraConfigColumn, timestamp } from 'drizzle-orm/pg-core';

/** When a row was created (UTC instant), set by the database. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * CHECK (column IN (…)): the database refuses a value outside the domain's list, the same list whose
 * union the column's `$type` is (the table's extra-config columns carry no `$type`, so the compiler
 * cannot tie the two: name the list and its type side by side). Named `<table>_<column>_check`, like PostgreSQL's own. A NULL passes (the
 * column's NOT NULL, where it has one, refuses it). The values are written into the SQL (a constraint
 * cannot take parameters); they are our own identifiers, quoted all the same.
 */
export function oneOf(column: AnyPgColumn | ExtraConfigColumn, values: readonly string[]) {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return check(`${getTableName(column.table)}_${column.name}_check`, sql`${column} in (${sql.raw(list)})`);
}
