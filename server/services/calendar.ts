import { asc, eq } from 'drizzle-orm';
import { type CalendarOverride, WorkingDayCalendar } from '../../domain/calendar';
import type { Executor } from '../db/database';
import { calendarOverrides } from '../db/schema';
import type { AuditActor } from './audit';
import { appendAudit } from './audit';

export async function listOverrides(db: Executor): Promise<CalendarOverride[]> {
  const rows = await db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.day));
  return rows.map((r) => ({ day: r.day, kind: r.kind, note: r.note }));
}

/** The official calendar corrected by the admins' overrides, as stored now. */
export async function loadCalendar(db: Executor): Promise<WorkingDayCalendar> {
  return new WorkingDayCalendar(await listOverrides(db));
}

export async function upsertOverride(
  db: Executor,
  override: CalendarOverride,
  actor: AuditActor & { userId: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarOverrides).where(eq(calendarOverrides.day, override.day));
    await tx
      .insert(calendarOverrides)
      .values({
        day: override.day,
        kind: override.kind,
        note: override.note ?? '',
        createdBy: actor.userId,
        createdAt: now,
      })
      .onConflictDoUpdate({
        target: calendarOverrides.day,
        set: { kind: override.kind, note: override.note ?? '', createdBy: actor.userId, createdAt: now },
      });
    await appendAudit(
      tx,
      actor,
      {
        action: before ? 'calendar_override.update' : 'calendar_override.create',
        objectType: 'calendar_override',
        objectId: override.day,
        detail: {
          kind: override.kind,
          note: override.note ?? '',
          previous: before ? { kind: before.kind, note: before.note } : null,
        },
      },
      now,
    );
  });
}

export async function deleteOverride(
  db: Executor,
  day: string,
  actor: AuditActor,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(calendarOverrides).where(eq(calendarOverrides.day, day)).returning();
    if (deleted.length === 0) return false;
    await appendAudit(
      tx,
      actor,
      {
        action: 'calendar_override.delete',
        objectType: 'calendar_override',
        objectId: day,
        detail: { kind: deleted[0]?.kind },
      },
      now,
    );
    return true;
  });
}
