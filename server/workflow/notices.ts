import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { NoticeView, ObjectionView } from '../../contract/notices';
import { maskMobile } from '../../domain/people';
import { shanghaiDate } from '../../domain/time';
import { noticePhase, type StepLevel, stepLevels } from '../../domain/workflow';
import type { Executor } from '../db/database';
import { applications, awards, noticeItems, notices, objections } from '../db/schema';
import { notFound } from '../plugins/errors';
import { noticeLevelsRunBy, noticeScope } from '../policies/notice';
import { appendAudit } from '../services/audit';
import type { Acting } from '../services/workflow';
import { moveApplications } from './engine';
import { refuse } from './record-types';
import { closeNoticeRow, noticeStatusOf } from './records-steps';

/**
 * The notice (公示) of any level — unit, recommender, city — once started: its view, the objections
 * received and how they were handled, and its close. Starting one is the level's `start…Notice` move
 * (its `notice` record creates it); closing it is the level's `end…Notice` move for everyone still on it.
 */

/** A notice the caller runs (server/policies/notice.ts), locked for the rest of the transaction; else 404. */
async function lockOwnNotice(tx: Executor, acting: Acting, id: string) {
  const [notice] = await tx
    .select()
    .from(notices)
    .where(and(eq(notices.id, id), noticeScope(acting.actor)))
    .for('update');
  if (!notice) throw notFound();
  return notice;
}

export async function noticeView(tx: Executor, acting: Acting, id: string): Promise<NoticeView> {
  const [notice] = await tx
    .select()
    .from(notices)
    .where(and(eq(notices.id, id), noticeScope(acting.actor)));
  if (!notice) throw notFound();
  const [view] = await viewsOf(tx, [notice], shanghaiDate(acting.now));
  if (!view) throw new Error('a notice without its view');
  return view;
}

/** The views of some notices: their candidates in order and their objections, in two queries for all. */
async function viewsOf(
  tx: Executor,
  rows: (typeof notices.$inferSelect)[],
  today: string,
): Promise<NoticeView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const items = await tx
    .select({
      noticeId: noticeItems.noticeId,
      applicationId: noticeItems.applicationId,
      name: applications.name,
      award: awards.code,
      status: applications.status,
      gender: applications.gender,
      occupation: applications.occupation,
      skillLevel: applications.skillLevel,
      employerName: applications.employerName,
      achievementsSummary: applications.achievementsSummary,
    })
    .from(noticeItems)
    .innerJoin(applications, eq(applications.id, noticeItems.applicationId))
    .innerJoin(awards, eq(awards.id, applications.awardId))
    .where(inArray(noticeItems.noticeId, ids))
    .orderBy(asc(noticeItems.position));
  const filed = await tx
    .select()
    .from(objections)
    .where(inArray(objections.noticeId, ids))
    .orderBy(asc(objections.receivedAt));
  return rows.map((notice) => ({
    id: notice.id,
    level: notice.level,
    title: notice.title,
    body: notice.body,
    startDate: notice.startDate,
    endDate: notice.endDate,
    workingDays: notice.workingDays,
    status: notice.status,
    phase: noticePhase(notice, today),
    contact: { name: notice.contactName, phone: notice.contactPhone, address: notice.contactAddress },
    items: items
      .filter((i) => i.noticeId === notice.id)
      .map(({ noticeId: _, ...item }) => item as NoticeView['items'][number]),
    objections: filed.filter((o) => o.noticeId === notice.id).map(objectionView),
  }));
}

/** A page of the notices the caller runs, newest first, with how many there are in all. */
export async function listOwnNotices(
  tx: Executor,
  acting: Acting,
  query: { level?: StepLevel; limit: number; offset: number },
) {
  // a role that runs no notice (a candidate, an expert, the talent office) has no notices to list
  if (noticeLevelsRunBy(acting.actor).length === 0) throw notFound();
  const where = and(noticeScope(acting.actor), query.level ? eq(notices.level, query.level) : undefined);
  const rows = await tx
    .select()
    .from(notices)
    .where(where)
    .orderBy(desc(notices.createdAt), desc(notices.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await tx.select({ n: count() }).from(notices).where(where);
  return { items: await viewsOf(tx, rows, shanghaiDate(acting.now)), total: Number(total?.n ?? 0) };
}

export function objectionView(o: typeof objections.$inferSelect): ObjectionView {
  return {
    id: o.id,
    applicationId: o.applicationId,
    submitterName: o.submitterName,
    submitterPhoneMasked: o.submitterPhoneMasked,
    content: o.content,
    status: o.status,
    handling: o.handling,
    receivedAt: new Date(o.receivedAt).toISOString(),
    handledAt: o.handledAt ? new Date(o.handledAt).toISOString() : null,
  };
}

/** 异议: recorded as received during the notice (real name, in writing). */
export async function recordObjection(
  tx: Executor,
  acting: Acting,
  noticeId: string,
  input: {
    applicationId?: string;
    submitterName: string;
    submitterPhone?: string;
    content: string;
    receivedOn: string;
  },
) {
  const notice = await lockOwnNotice(tx, acting, noticeId);
  if (
    input.receivedOn < notice.startDate ||
    input.receivedOn > notice.endDate ||
    input.receivedOn > shanghaiDate(acting.now)
  ) {
    refuse(
      'objection.outside_notice',
      `异议须在公示期内（${notice.startDate} 至 ${notice.endDate}）收到`,
      `An objection must be received during the notice (${notice.startDate} to ${notice.endDate})`,
      { path: 'receivedOn' },
    );
  }
  if (input.applicationId) {
    const [item] = await tx
      .select()
      .from(noticeItems)
      .where(and(eq(noticeItems.noticeId, noticeId), eq(noticeItems.applicationId, input.applicationId)));
    if (!item)
      refuse('objection.not_on_notice', '该申报不在此次公示中', 'That application is not on this notice', {
        path: 'applicationId',
      });
  }
  // received on a day: placed now when that day is today, else at the day's start, and never before the
  // notice was posted (an objection entered for its first day comes after the notice in the history)
  const received =
    input.receivedOn === shanghaiDate(acting.now)
      ? acting.now
      : new Date(
          Math.max(
            Date.parse(`${input.receivedOn}T00:00:00+08:00`),
            new Date(notice.createdAt).getTime() + 1000,
          ),
        );
  const [objection] = await tx
    .insert(objections)
    .values({
      noticeId,
      applicationId: input.applicationId ?? null,
      submitterName: input.submitterName,
      submitterPhoneEnc: acting.sealer.sealOptional(input.submitterPhone),
      submitterPhoneMasked: input.submitterPhone ? maskMobile(input.submitterPhone) : null,
      content: input.content,
      status: 'open',
      receivedAt: received,
      recordedBy: acting.actor.userId,
    })
    .returning();
  if (!objection) throw new Error('objection insert returned nothing');
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'objection.record',
      objectType: 'objection',
      objectId: objection.id,
      detail: { noticeId, applicationId: input.applicationId ?? null },
    },
    acting.now,
  );
  return objectionView(objection);
}

export async function handleObjection(
  tx: Executor,
  acting: Acting,
  id: string,
  input: { status: 'upheld' | 'dismissed'; handling: string },
) {
  const [objection] = await tx.select().from(objections).where(eq(objections.id, id)).for('update');
  if (!objection) throw notFound();
  await lockOwnNotice(tx, acting, objection.noticeId);
  if (objection.status !== 'open')
    refuse('objection.already_handled', '该异议已处理', 'This objection has been handled already');
  const [handled] = await tx
    .update(objections)
    .set({
      status: input.status,
      handling: input.handling,
      handledBy: acting.actor.userId,
      handledAt: acting.now,
    })
    .where(eq(objections.id, id))
    .returning();
  if (!handled) throw new Error('objection vanished');
  await appendAudit(
    tx,
    acting.audit,
    {
      action: `objection.${input.status}`,
      objectType: 'objection',
      objectId: id,
      detail: { noticeId: objection.noticeId },
    },
    acting.now,
  );
  return objectionView(handled);
}

/**
 * Closes a notice after its last day: every candidate still on it moves on through the level's closing
 * move (which checks the period and the open objections, and closes the notice), or nothing happens.
 */
export async function closeNotice(tx: Executor, acting: Acting, id: string) {
  const [notice] = await tx
    .select()
    .from(notices)
    .where(and(eq(notices.id, id), noticeScope(acting.actor)));
  if (!notice) throw notFound();
  if (notice.status !== 'open') refuse('notice.not_open', '该公示已结束', 'This notice is already closed');
  const still = await tx
    .select({ id: noticeItems.applicationId })
    .from(noticeItems)
    .innerJoin(applications, eq(applications.id, noticeItems.applicationId))
    .where(and(eq(noticeItems.noticeId, id), eq(applications.status, noticeStatusOf(notice.level))));
  if (still.length > 0) {
    await moveApplications(
      tx,
      acting,
      stepLevels[notice.level].endNotice,
      still.map((s) => s.id),
      {},
    );
  } else {
    await lockOwnNotice(tx, acting, id);
    await closeNoticeRow(tx, acting, id, notice.level);
  }
}
