import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import { maskMobile } from '../../domain/people';
import { shanghaiDate } from '../../domain/time';
import type { Executor } from '../db/database';
import {
  applications,
  attachments,
  awards,
  collectiveDecisions,
  editions,
  noticeItems,
  notices,
  objections,
  organisations,
} from '../db/schema';
import { notFound } from '../plugins/errors';
import { noticeLevelsRunBy, noticeScope } from '../policies/notice';
import { appendAudit } from './audit';
import { loadCalendar } from './calendar';
import { type Acting, applyTransition, lockScopedApplication } from './workflow';

type ApplicationRow = typeof applications.$inferSelect;

function refuse(code: string, zh: string, en: string, path?: string): never {
  throw new DomainError(code, { zh, en }, { fields: path ? [{ path, code, message: { zh, en } }] : [] });
}

/** Locks every listed application (in the caller's scope), all of one edition; none may repeat. */
async function lockAll(tx: Executor, acting: Acting, ids: readonly string[]): Promise<ApplicationRow[]> {
  if (new Set(ids).size !== ids.length)
    refuse('validation.duplicate', '申报重复选择', 'An application is listed twice', 'applicationIds');
  const rows: ApplicationRow[] = [];
  for (const id of [...ids].sort()) rows.push(await lockScopedApplication(tx, acting.actor, id));
  return ids.map((id) => rows.find((r) => r.id === id) as ApplicationRow);
}

function requireUnitOfficer(acting: Acting, rows: ApplicationRow[]) {
  if (
    acting.actor.role !== 'employer_officer' ||
    rows.some((r) => r.employerId !== acting.actor.organisationId)
  ) {
    refuse(
      'auth.forbidden',
      '只有申报单位经办人可以办理本单位的推荐步骤',
      "Only the unit's officer takes the unit's steps",
    );
  }
}

/** 单位领导集体研究决定: one decision for several candidates, each moved to unit_decided. */
export async function recordUnitDecision(
  tx: Executor,
  acting: Acting,
  input: {
    applicationIds: string[];
    decidedOn: string;
    participants: string;
    summary?: string;
    minutesAttachmentId: string;
  },
) {
  const rows = await lockAll(tx, acting, input.applicationIds);
  requireUnitOfficer(acting, rows);
  if (input.decidedOn > shanghaiDate(acting.now)) {
    refuse(
      'decision.in_future',
      '集体研究日期不能晚于今天',
      'The decision date cannot be in the future',
      'decidedOn',
    );
  }
  const [minutes] = await tx.select().from(attachments).where(eq(attachments.id, input.minutesAttachmentId));
  if (
    !minutes ||
    minutes.ownerOrganisationId !== acting.actor.organisationId ||
    minutes.kind !== 'decision_minutes'
  ) {
    refuse(
      'decision.minutes_missing',
      '请先上传会议纪要（材料类型：领导集体研究会议纪要）',
      'Upload the minutes first (kind: decision minutes)',
      'minutesAttachmentId',
    );
  }
  const [decision] = await tx
    .insert(collectiveDecisions)
    .values({
      editionId: rows[0]?.editionId ?? '',
      organisationId: acting.actor.organisationId,
      level: 'unit',
      decidedOn: input.decidedOn,
      participants: input.participants,
      summary: input.summary ?? '',
      minutesAttachmentId: input.minutesAttachmentId,
      createdBy: acting.actor.userId,
      createdAt: acting.now,
    })
    .returning();
  if (!decision) throw new Error('decision insert returned nothing');
  const moved = [];
  for (const row of rows) {
    moved.push(
      await applyTransition(tx, acting, row, 'recordUnitDecision', {
        data: { decisionId: decision.id, decidedOn: input.decidedOn },
      }),
    );
  }
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'decision.create',
      objectType: 'collective_decision',
      objectId: decision.id,
      detail: { level: 'unit', applications: rows.length },
    },
    acting.now,
  );
  return { decision, applications: moved };
}

/** 单位公示: N working days from the start date, computed by the calendar; each candidate moves to unit_notice. */
export async function startUnitNotice(
  tx: Executor,
  acting: Acting,
  input: { applicationIds: string[]; startDate: string; days: number; title?: string; body?: string },
) {
  const rows = await lockAll(tx, acting, input.applicationIds);
  requireUnitOfficer(acting, rows);
  const calendar = await loadCalendar(tx);
  const period = calendar.noticePeriod(input.startDate, input.days);
  const [unit] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.id, acting.actor.organisationId));
  const [edition] = await tx
    .select()
    .from(editions)
    .where(eq(editions.id, rows[0]?.editionId ?? ''));
  const title = input.title ?? `${unit?.nameZh ?? ''}关于${edition?.nameZh ?? ''}推荐人选的公示`;
  const body =
    input.body ??
    `经本单位领导集体研究，拟推荐以下同志参加${edition?.nameZh ?? ''}。现予以公示，公示期为${period.workingDays.length}个工作日。` +
      '如有异议，请在公示期内以书面形式实名向本单位人事部门反映。';
  const [notice] = await tx
    .insert(notices)
    .values({
      editionId: rows[0]?.editionId ?? '',
      organisationId: acting.actor.organisationId,
      level: 'unit',
      title,
      body,
      startDate: period.start,
      endDate: period.end,
      workingDays: period.workingDays.length,
      status: 'open',
      createdBy: acting.actor.userId,
      createdAt: acting.now,
    })
    .returning();
  if (!notice) throw new Error('notice insert returned nothing');
  await tx
    .insert(noticeItems)
    .values(rows.map((r, position) => ({ noticeId: notice.id, applicationId: r.id, position })));
  for (const row of rows) {
    await applyTransition(tx, acting, row, 'startUnitNotice', {
      notice: { endDate: period.end, openObjections: 0 },
      data: { noticeId: notice.id, startDate: period.start, endDate: period.end },
    });
  }
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'notice.create',
      objectType: 'notice',
      objectId: notice.id,
      detail: { level: 'unit', start: period.start, end: period.end, items: rows.length },
    },
    acting.now,
  );
  return notice.id;
}

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

export async function noticeView(tx: Executor, acting: Acting, id: string) {
  const [notice] = await tx
    .select()
    .from(notices)
    .where(and(eq(notices.id, id), noticeScope(acting.actor)));
  if (!notice) throw notFound();
  const items = await tx
    .select({
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
    .where(eq(noticeItems.noticeId, id))
    .orderBy(asc(noticeItems.position));
  const filed = await tx
    .select()
    .from(objections)
    .where(eq(objections.noticeId, id))
    .orderBy(asc(objections.receivedAt));
  return {
    id: notice.id,
    level: notice.level,
    title: notice.title,
    body: notice.body,
    startDate: notice.startDate,
    endDate: notice.endDate,
    workingDays: notice.workingDays,
    status: notice.status,
    items,
    objections: filed.map(objectionView),
  };
}

/** The notices the caller runs, newest first. */
export async function listOwnNotices(tx: Executor, acting: Acting, level?: string) {
  // a role that runs no notice (a candidate, an expert, the talent office) has no notices to list
  if (noticeLevelsRunBy(acting.actor).length === 0) throw notFound();
  const rows = await tx
    .select({ id: notices.id })
    .from(notices)
    .where(and(noticeScope(acting.actor), level ? eq(notices.level, level) : undefined))
    .orderBy(desc(notices.createdAt))
    .limit(50);
  const views = [];
  for (const row of rows) views.push(await noticeView(tx, acting, row.id));
  return views;
}

export function objectionView(o: typeof objections.$inferSelect) {
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
      'receivedOn',
    );
  }
  if (input.applicationId) {
    const [item] = await tx
      .select()
      .from(noticeItems)
      .where(and(eq(noticeItems.noticeId, noticeId), eq(noticeItems.applicationId, input.applicationId)));
    if (!item)
      refuse(
        'objection.not_on_notice',
        '该申报不在此次公示中',
        'That application is not on this notice',
        'applicationId',
      );
  }
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
      receivedAt: new Date(`${input.receivedOn}T00:00:00+08:00`),
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

/** Closes a unit notice: every candidate still on it moves to unit_noticed, or nothing happens. */
export async function closeUnitNotice(tx: Executor, acting: Acting, id: string) {
  const notice = await lockOwnNotice(tx, acting, id);
  if (notice.level !== 'unit') throw notFound();
  if (notice.status !== 'open') refuse('notice.not_open', '该公示已结束', 'This notice is already closed');
  const items = await tx
    .select({ applicationId: noticeItems.applicationId })
    .from(noticeItems)
    .where(eq(noticeItems.noticeId, id));
  const rows = await lockAll(
    tx,
    acting,
    items.map((i) => i.applicationId),
  );
  for (const row of rows.filter((r) => r.status === 'unit_notice')) {
    await applyTransition(tx, acting, row, 'endUnitNotice', { data: { noticeId: id } });
  }
  await tx.update(notices).set({ status: 'closed' }).where(eq(notices.id, id));
  await appendAudit(
    tx,
    acting.audit,
    { action: 'notice.close', objectType: 'notice', objectId: id, detail: { level: 'unit' } },
    acting.now,
  );
}

/** 排序: the unit's order of its candidates for one award, all of those whose notice ended, 1..n. */
export async function rankUnitApplications(
  tx: Executor,
  acting: Acting,
  input: { award: string; applicationIds: string[] },
) {
  const [awardRow] = await tx
    .select({ id: awards.id })
    .from(awards)
    .innerJoin(editions, eq(editions.id, awards.editionId))
    .where(and(eq(awards.code, input.award), eq(editions.status, 'published')));
  if (!awardRow) refuse('award.unknown', '本届没有该奖项', 'No such award in this edition', 'award');
  const candidates = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.employerId, acting.actor.organisationId),
        eq(applications.awardId, awardRow.id),
        inArray(applications.status, ['unit_noticed']),
      ),
    );
  const expected = new Set(candidates.map((c) => c.id));
  if (acting.actor.role !== 'employer_officer')
    refuse('auth.forbidden', '只有申报单位经办人可以排序', 'Only the unit officer ranks');
  if (expected.size !== input.applicationIds.length || input.applicationIds.some((id) => !expected.has(id))) {
    refuse(
      'ranking.incomplete',
      '排序须包含本单位该奖项所有公示期满的申报，且每人一次',
      'The ranking lists every application of this award whose notice has ended, each once',
      'applicationIds',
    );
  }
  const rows = await lockAll(tx, acting, input.applicationIds);
  for (const [index, row] of rows.entries()) {
    await tx
      .update(applications)
      .set({ unitRank: index + 1, version: row.version + 1, updatedAt: acting.now })
      .where(eq(applications.id, row.id));
  }
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'unit.ranking',
      objectType: 'award',
      objectId: input.award,
      detail: { order: input.applicationIds },
    },
    acting.now,
  );
  return input.applicationIds;
}
