import { and, eq } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import type { Executor } from '../db/database';
import { applications } from '../db/schema';
import type { Actor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';

export type { Acting } from '../plugins/context';

type ApplicationRow = typeof applications.$inferSelect;

/** Loads an application in the actor's scope, without locking it (404 outside the scope). */
export async function loadScopedApplication(tx: Executor, actor: Actor, id: string): Promise<ApplicationRow> {
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), applicationScope(actor)));
  if (!row) throw notFound();
  return row;
}

/** Loads an application in the actor's scope and locks it for the rest of the transaction (404 outside). */
export async function lockScopedApplication(tx: Executor, actor: Actor, id: string): Promise<ApplicationRow> {
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), applicationScope(actor)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

/**
 * Locks every listed application (in the actor's scope; 404 for any outside it), in id order so that two
 * moves over overlapping lists cannot deadlock; returned in the order asked. None may repeat.
 */
export async function lockScopedApplications(
  tx: Executor,
  actor: Actor,
  ids: readonly string[],
): Promise<ApplicationRow[]> {
  if (new Set(ids).size !== ids.length) {
    const message = { zh: '申报重复选择', en: 'An application is listed twice' };
    throw new DomainError('validation.duplicate', message, {
      fields: [{ path: 'applicationIds', code: 'validation.duplicate', message }],
    });
  }
  const locked = new Map<string, ApplicationRow>();
  for (const id of [...ids].sort()) locked.set(id, await lockScopedApplication(tx, actor, id));
  return ids.map((id) => locked.get(id) as ApplicationRow);
}
