import { aliasedTable, and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ApprovalList } from '../../contract/review-stage';
import { awardCodes } from '../../domain/roles';
import { shanghaiDate } from '../../domain/time';
import type { ApplicationStatus } from '../../domain/workflow/states';
import type { Db, Executor } from '../db/database';
import {
  applications,
  awards,
  noticeItems,
  notices,
  objections,
  organisations,
  panels,
  workflowEvents,
} from '../db/schema';
import { applicationScope } from '../policies/application';
import { currentEdition } from './editions-query';
import { awardRanking } from './review-ranking';
import { awardSelection } from './review-selection';
import type { Acting } from './workflow';

/**
 * The statuses the talent office's list shows: sent for approval and what follows it, and a candidate the
 * talent office returned, while the return stands (`city_noticed` after a `returnFromApproval`).
 */
const listedStatuses = [
  'city_noticed',
  'pending_approval',
  'approved',
  'awarded',
  'prize_paid',
] as const satisfies readonly ApplicationStatus[];

type Item = ApprovalList['awards'][number]['items'][number];

/**
 * `GET /api/approval-list`: per award of the current edition, the candidates sent to the talent office
 * (市委组织部人才办审定, seed §三(一)6) with what it weighs — the experts' results from the award's ranking,
 * the city notice's period and its objections, an earlier return or the approval recorded. In the caller's
 * scope (the talent office sees what reached it); read-only, so nothing is audited: it holds no personal
 * data beyond names, units and occupations, as a notice does.
 */
export async function approvalList(db: Db, acting: Acting): Promise<ApprovalList> {
  return db.transaction(async (tx) => {
    const edition = await currentEdition(tx);
    const recommender = aliasedTable(organisations, 'recommender');
    const rows = await tx
      .select({
        id: applications.id,
        awardId: applications.awardId,
        name: applications.name,
        gender: applications.gender,
        employer: applications.employerName,
        recommenderZh: recommender.nameZh,
        recommenderEn: recommender.nameEn,
        occupation: applications.occupation,
        skillLevel: applications.skillLevel,
        status: applications.status,
      })
      .from(applications)
      .innerJoin(recommender, eq(recommender.id, applications.recommenderId))
      .where(
        and(
          eq(applications.editionId, edition.id),
          inArray(applications.status, [...listedStatuses]),
          applicationScope(acting.actor),
        ),
      )
      .orderBy(asc(applications.name));
    const ids = rows.map((r) => r.id);
    const [events, cityNotices] = await Promise.all([approvalEvents(tx, ids), cityNoticeOutcomes(tx, ids)]);

    const awardRows = await tx
      .select()
      .from(awards)
      .where(eq(awards.editionId, edition.id))
      .orderBy(asc(awards.code));
    const result: ApprovalList['awards'] = [];
    for (const award of awardRows.sort((a, b) => awardCodes.indexOf(a.code) - awardCodes.indexOf(b.code))) {
      const ranking = await awardRanking(tx, award.id);
      const ranked = new Map((ranking?.items ?? []).map((i) => [i.applicationId, i]));
      const items: Item[] = [];
      for (const row of rows) {
        if (row.awardId !== award.id) continue;
        const history = events.get(row.id);
        // a candidate back at the bureau shows here only while the talent office's return stands
        if (row.status === 'city_noticed' && !history?.returned) continue;
        const r = ranked.get(row.id);
        items.push({
          applicationId: row.id,
          name: row.name,
          gender: row.gender,
          employer: row.employer ?? '',
          recommender: { zh: row.recommenderZh, en: row.recommenderEn },
          occupation: row.occupation,
          skillLevel: row.skillLevel,
          status: row.status,
          rank: r?.rank ?? null,
          score: r?.score ?? null,
          scores: r?.scores ?? 0,
          cityNotice: cityNotices.get(row.id) ?? null,
          returned: history?.returned ?? null,
          approval: history?.approval ?? null,
        });
      }
      items.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
      const [panel] = await tx
        .select({ id: panels.id })
        .from(panels)
        .where(and(eq(panels.awardId, award.id), eq(panels.editionId, edition.id)));
      const selection = panel ? await awardSelection(tx, award.id) : null;
      result.push({
        awardId: award.id,
        award: award.code,
        places: award.places,
        reviewed: ranking?.items.length ?? 0,
        aggregation: award.aggregation,
        blind: award.blind,
        reviewOpinion: (selection?.complete && selection.items.length > 0) === true,
        items,
      });
    }
    return { awards: result };
  });
}

/** Per application: the talent office's standing return and the approval recorded, from its history. */
async function approvalEvents(tx: Executor, ids: readonly string[]) {
  const found = new Map<string, Pick<Item, 'returned' | 'approval'>>();
  if (ids.length === 0) return found;
  const events = await tx
    .select({
      applicationId: workflowEvents.applicationId,
      transition: workflowEvents.transition,
      reason: workflowEvents.reason,
      data: workflowEvents.data,
      at: workflowEvents.at,
    })
    .from(workflowEvents)
    .where(
      and(
        inArray(workflowEvents.applicationId, [...ids]),
        inArray(workflowEvents.transition, ['submitForApproval', 'approve', 'returnFromApproval']),
      ),
    )
    .orderBy(asc(workflowEvents.at));
  for (const e of events) {
    const entry = found.get(e.applicationId) ?? { returned: null, approval: null };
    if (e.transition === 'submitForApproval') entry.returned = null;
    if (e.transition === 'returnFromApproval')
      entry.returned = { at: new Date(e.at).toISOString(), reason: e.reason ?? '' };
    if (e.transition === 'approve') {
      const data = e.data as { documentNo?: unknown; approvedOn?: unknown };
      entry.approval = {
        documentNo: typeof data.documentNo === 'string' ? data.documentNo : '',
        approvedOn: typeof data.approvedOn === 'string' ? data.approvedOn : shanghaiDate(new Date(e.at)),
      };
    }
    found.set(e.applicationId, entry);
  }
  return found;
}

/** Per application: its latest city notice (not withdrawn), whether it ran its course, and its objections. */
async function cityNoticeOutcomes(tx: Executor, ids: readonly string[]) {
  const found = new Map<string, NonNullable<Item['cityNotice']>>();
  if (ids.length === 0) return found;
  const rows = await tx
    .select({
      applicationId: noticeItems.applicationId,
      id: notices.id,
      startDate: notices.startDate,
      endDate: notices.endDate,
      workingDays: notices.workingDays,
      status: notices.status,
      open: sql<number>`(select count(*) from ${objections} where ${objections.noticeId} = ${notices.id}
        and (${objections.applicationId} is null or ${objections.applicationId} = ${noticeItems.applicationId})
        and ${objections.status} = 'open')`,
      dismissed: sql<number>`(select count(*) from ${objections} where ${objections.noticeId} = ${notices.id}
        and (${objections.applicationId} is null or ${objections.applicationId} = ${noticeItems.applicationId})
        and ${objections.status} = 'dismissed')`,
      upheld: sql<number>`(select count(*) from ${objections} where ${objections.noticeId} = ${notices.id}
        and ${objections.applicationId} = ${noticeItems.applicationId} and ${objections.status} = 'upheld')`,
    })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(
      and(
        inArray(noticeItems.applicationId, [...ids]),
        eq(notices.level, 'city'),
        ne(notices.status, 'withdrawn'),
      ),
    )
    .orderBy(desc(notices.createdAt));
  for (const row of rows) {
    if (found.has(row.applicationId)) continue;
    found.set(row.applicationId, {
      noticeId: row.id,
      startDate: row.startDate,
      endDate: row.endDate,
      workingDays: row.workingDays,
      ended: row.status === 'closed',
      objections: { open: Number(row.open), dismissed: Number(row.dismissed), upheld: Number(row.upheld) },
    });
  }
  return found;
}
