import { and, count, inArray } from 'drizzle-orm';
import type { Message } from '../../domain/message';
import { actingLevelsOf, recommendsOwnStaff } from '../../domain/workflow/levels';
import { type ApplicationStatus, applicationStatuses, statusLabels } from '../../domain/workflow/states';
import { statusesAwaiting } from '../../domain/workflow/todo';
import type { Db } from '../db/database';
import { applications } from '../db/schema';
import type { Actor } from '../plugins/context';
import { applicationScope } from '../policies/application';

export interface TodoItem {
  key: string;
  title: Message;
  count: number;
  href?: string;
}

/**
 * The caller's to-do: for each status in which their role has a next step at a level their organisation
 * acts at (read off the workflow's transition table, not a second list), how many applications in their
 * scope wait there.
 */
export async function todoFor(db: Db, actor: Actor): Promise<TodoItem[]> {
  const statuses = statusesAwaiting(
    actor.role,
    actingLevelsOf(actor.role, recommendsOwnStaff(actor.organisationKind)),
  );
  if (statuses.length === 0) return [];
  const rows = await db
    .select({ status: applications.status, n: count() })
    .from(applications)
    .where(and(applicationScope(actor), inArray(applications.status, [...statuses])))
    .groupBy(applications.status);
  const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
  return applicationStatuses
    .filter((s): s is ApplicationStatus => statuses.includes(s) && (counts.get(s) ?? 0) > 0)
    .map((status) => ({
      key: `applications.${status}`,
      title: statusLabels[status],
      count: counts.get(status) ?? 0,
      href: `/applications?status=${status}`,
    }));
}
