import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { shanghaiDate } from '../../domain/time';
import {
  decisionBeforeReview,
  defaultNoticeText,
  noticeStartProblem,
  type StepLevel,
  stepLevels,
  transitionOf,
} from '../../domain/workflow';
import type { Executor } from '../db/database';
import {
  applications,
  attachments,
  collectiveDecisions,
  editions,
  noticeItems,
  notices,
  objections,
  organisations,
  workflowEvents,
} from '../db/schema';
import { appendAudit } from '../services/audit';
import { loadCalendar } from '../services/calendar';
import type { Acting } from '../services/workflow';
import { currentNotice, recommenderReviewOf } from './facts';
import { type RecordHandler, type RecordOutcome, refuse } from './record-types';

/** The records of the steps every level takes: decision, notice, its outcome, ranking, report, reason. */

function levelOf(level: StepLevel | undefined): StepLevel {
  if (!level) throw new Error('a step record outside the unit, recommender and city levels');
  return level;
}

/** 领导集体研究决定: one decision for the candidates listed, with its minutes. */
export const decisionRecord: RecordHandler = async (tx, acting, { rows, payload, level }) => {
  const { decidedOn, participants, summary, minutesAttachmentId } = payload as {
    decidedOn: string;
    participants: string;
    summary?: string;
    minutesAttachmentId: string;
  };
  if (decidedOn > shanghaiDate(acting.now)) {
    refuse('decision.in_future', '集体研究日期不能晚于今天', 'The decision date cannot be in the future', {
      path: 'decidedOn',
    });
  }
  const deciding = levelOf(level);
  // the city level has no collective decision of its own (the expert review stands in its place)
  if (deciding === 'city') throw new Error('a collective decision at the city level');
  if (deciding === 'recommender') {
    // 经推荐单位组织评审，集体研究确定: not decided before the experts reviewed (the guard asks for the review)
    const [first] = rows;
    const review = first && (await recommenderReviewOf(tx, first.editionId, first.recommenderId));
    const early = review && decisionBeforeReview(decidedOn, review.reviewedOn);
    if (early) refuse('review.after_decision', early.zh, early.en, { path: 'decidedOn' });
  }
  const [minutes] = await tx.select().from(attachments).where(eq(attachments.id, minutesAttachmentId));
  if (
    !minutes ||
    minutes.ownerOrganisationId !== acting.actor.organisationId ||
    minutes.kind !== 'decision_minutes' ||
    // uploaded on their own (POST /api/decision-minutes), or earlier into one of these candidates' papers
    (minutes.applicationId !== null && !rows.some((r) => r.id === minutes.applicationId))
  ) {
    refuse(
      'decision.minutes_missing',
      '请先上传会议纪要（材料类型：领导集体研究会议纪要）',
      'Upload the minutes first (kind: decision minutes)',
      { path: 'minutesAttachmentId' },
    );
  }
  const [decision] = await tx
    .insert(collectiveDecisions)
    .values({
      editionId: editionOfBatch(rows),
      organisationId: acting.actor.organisationId,
      level: deciding,
      decidedOn,
      participants,
      summary: summary ?? '',
      minutesAttachmentId,
      createdBy: acting.actor.userId,
      createdAt: acting.now,
    })
    .returning();
  if (!decision) throw new Error('decision insert returned nothing');
  // the minutes are the decision's from now on: one file, shown with every application it covers
  await tx.update(attachments).set({ applicationId: null }).where(eq(attachments.id, minutesAttachmentId));
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'decision.create',
      objectType: 'collective_decision',
      objectId: decision.id,
      detail: { level: decision.level, applications: rows.length },
    },
    acting.now,
  );
  return {
    data: { decisionId: decision.id, decidedOn },
    created: {
      decision: {
        id: decision.id,
        decidedOn: decision.decidedOn,
        participants: decision.participants,
        summary: decision.summary,
      },
    },
  };
};

function editionOfBatch(rows: readonly { editionId: string }[]): string {
  const [first] = rows;
  if (!first) throw new Error('an empty batch');
  return first.editionId;
}

/** 公示: N working days from the start date, computed by the calendar, with the candidates listed in order. */
export const noticeRecord: RecordHandler = async (tx, acting, { rows, payload, level }) => {
  const input = payload as { startDate: string; days: number; title?: string; body?: string };
  const stepLevel = levelOf(level);
  const problem = noticeStartProblem(input.startDate, {
    today: shanghaiDate(acting.now),
    decidedOn: await latestDecisionDay(tx, stepLevel, rows),
  });
  if (problem) {
    refuse(problem.code, problem.message.zh, problem.message.en, {
      path: 'startDate',
      params: problem.params,
    });
  }
  const calendar = await loadCalendar(tx);
  const period = calendar.noticePeriod(input.startDate, input.days);
  const editionId = editionOfBatch(rows);
  const [organisation] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.id, acting.actor.organisationId));
  const [edition] = await tx.select().from(editions).where(eq(editions.id, editionId));
  const text = defaultNoticeText(stepLevel, {
    organisation: organisation?.nameZh ?? '',
    edition: edition?.nameZh ?? '',
    workingDays: period.workingDays.length,
  });
  const [notice] = await tx
    .insert(notices)
    .values({
      editionId,
      organisationId: acting.actor.organisationId,
      level: stepLevel,
      title: input.title ?? text.title,
      body: input.body ?? text.body,
      startDate: period.start,
      endDate: period.end,
      workingDays: period.workingDays.length,
      status: 'open',
      contactName: organisation?.contactName ?? null,
      contactPhone: organisation?.contactPhone ?? null,
      contactAddress: organisation?.address ?? null,
      createdBy: acting.actor.userId,
      createdAt: acting.now,
    })
    .returning();
  if (!notice) throw new Error('notice insert returned nothing');
  await tx
    .insert(noticeItems)
    .values(rows.map((r, position) => ({ noticeId: notice.id, applicationId: r.id, position })));
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'notice.create',
      objectType: 'notice',
      objectId: notice.id,
      detail: { level: stepLevel, start: period.start, end: period.end, items: rows.length },
    },
    acting.now,
  );
  return {
    pending: { notice: { endDate: period.end, openObjections: 0 } },
    data: { noticeId: notice.id, startDate: period.start, endDate: period.end },
    created: { noticeId: notice.id },
  };
};

/** The day of the latest collective decision the level recorded on any of these applications (null: none). */
async function latestDecisionDay(
  tx: Executor,
  level: StepLevel,
  rows: readonly { id: string }[],
): Promise<string | null> {
  const latest = await latestDecisionOf(
    tx,
    level,
    rows.map((r) => r.id),
  );
  return latest?.decidedOn ?? null;
}

/** The latest collective decision the level recorded on any of these applications, if any. */
export async function latestDecisionOf(tx: Executor, level: StepLevel, applicationIds: readonly string[]) {
  const decide = stepLevels[level].decide;
  if (decide === null || applicationIds.length === 0) return undefined;
  const [latest] = await tx
    .select({ decidedOn: collectiveDecisions.decidedOn, participants: collectiveDecisions.participants })
    .from(workflowEvents)
    .innerJoin(
      collectiveDecisions,
      sql`${collectiveDecisions.id} = (${workflowEvents.data} ->> 'decisionId')::uuid`,
    )
    .where(
      and(eq(workflowEvents.transition, decide), inArray(workflowEvents.applicationId, [...applicationIds])),
    )
    .orderBy(desc(collectiveDecisions.decidedOn))
    .limit(1);
  return latest;
}

/** Marks a notice closed, once nobody on it is still in its notice status. */
export async function closeNoticeRow(tx: Executor, acting: Acting, id: string, level: string) {
  await tx.update(notices).set({ status: 'closed' }).where(eq(notices.id, id));
  await appendAudit(
    tx,
    acting.audit,
    { action: 'notice.close', objectType: 'notice', objectId: id, detail: { level } },
    acting.now,
  );
}

/**
 * The notice's outcome: which notice ended and what became of the objections filed against it. The notice
 * is locked first, so an objection recorded at the same moment waits; once every candidate on it has
 * moved on, it is closed.
 */
export const noticeResultRecord: RecordHandler = async (tx, acting, { rows, level }) => {
  const stepLevel = levelOf(level);
  const byRow = new Map<string, { noticeId: string; objections: Record<string, number> }>();
  const touched = new Set<string>();
  for (const row of rows) {
    const notice = await currentNotice(tx, row, { lock: true });
    if (!notice) continue;
    if (notice.status !== 'open') refuse('notice.not_open', '该公示已结束', 'This notice is already closed');
    const filed = await tx
      .select({ status: objections.status, n: count() })
      .from(objections)
      .where(eq(objections.noticeId, notice.id))
      .groupBy(objections.status);
    byRow.set(row.id, {
      noticeId: notice.id,
      objections: Object.fromEntries(filed.map((f) => [f.status, Number(f.n)])),
    });
    touched.add(notice.id);
  }
  const noticeStatus = noticeStatusOf(stepLevel);
  return {
    dataFor: (row) => byRow.get(row.id) ?? {},
    after: async () => {
      for (const id of touched) {
        const [left] = await tx
          .select({ n: count() })
          .from(noticeItems)
          .innerJoin(applications, eq(applications.id, noticeItems.applicationId))
          .where(and(eq(noticeItems.noticeId, id), eq(applications.status, noticeStatus)));
        if (Number(left?.n ?? 0) === 0) await closeNoticeRow(tx, acting, id, stepLevel);
      }
    },
  };
};

/** The status an application has while the notice of a level runs: where the level's notice start leads. */
export const noticeStatusOf = (level: StepLevel) => transitionOf(stepLevels[level].startNotice).to;

/** 排序: the rank the level gave the candidate, as it stood when reported. */
export const rankingRecord: RecordHandler = async (_tx, _acting, { level }) => {
  const column = level ? stepLevels[level].rankColumn : null;
  return { dataFor: (row) => ({ rank: column ? row[column] : null }) };
};

const opinionColumn = {
  unit: 'unitOpinion',
  recommender: 'recommenderOpinion',
  city: 'bureauOpinion',
} as const satisfies Record<StepLevel, 'unitOpinion' | 'recommenderOpinion' | 'bureauOpinion'>;

/** 报送: the level's opinion written into its box of Annex 2 (单位意见, 推荐单位意见 …). */
export const reportRecord: RecordHandler = async (_tx, _acting, { payload, level }) => {
  const { opinion } = payload as { opinion: string };
  const column = opinionColumn[levelOf(level)];
  return { data: { opinion: true }, set: () => ({ [column]: opinion }) };
};

/** The reason travels in the event's own column; nothing else to keep. */
export const reasonRecord: RecordHandler = async (): Promise<RecordOutcome> => ({});

/** 经查实: the verified finding behind a revocation, kept with the event. */
export const findingRecord: RecordHandler = async (_tx, _acting, { payload }) => ({
  data: { finding: (payload as { finding: string }).finding },
});

/** The objection upheld at the notice the candidate is on (the candidate's own, or one against the notice). */
export const objectionRecord: RecordHandler = async (tx, _acting, { rows, payload }) => {
  const { objectionId } = payload as { objectionId: string };
  const [objection] = await tx.select().from(objections).where(eq(objections.id, objectionId));
  for (const row of rows) {
    // the row's current notice is found through its own notice items: the objection must be on that one
    const notice = await currentNotice(tx, row);
    if (
      objection?.status !== 'upheld' ||
      objection.noticeId !== notice?.id ||
      (objection.applicationId !== null && objection.applicationId !== row.id)
    ) {
      refuse(
        'objection.not_upheld',
        '请先将针对该同志的异议处理为“异议成立”',
        'Record the objection against this candidate as upheld first',
        { path: 'objectionId' },
      );
    }
  }
  return { data: { objectionId } };
};
