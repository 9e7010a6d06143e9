import { and, count, eq, max, ne } from 'drizzle-orm';
import { envelopeItemCodes } from '../../domain/intake/envelope';
import type { Role } from '../../domain/roles';
import {
  actingLevelsOf,
  type Level,
  type StepLevel,
  statusHolder,
  stepLevelOf,
  stepLevels,
  type Transition,
  type TransitionRecord,
  transitionOf,
} from '../../domain/workflow';
import {
  applications,
  approvals,
  awards,
  decisions,
  noticeItems,
  notices,
  objections,
  panelMembers,
  prizePayments,
  quotaPlaces,
  workflowEvents,
} from '../db/schema';
import { type FactoryTarget, memberOf, nextSerial, organisationOfKind } from './factory-people';
import { insertDecision, insertNotice, insertObjection, insertScores, panelFor } from './factory-records';
import type { PathStep } from './workflow-path';

/**
 * The moves of a factory-made application, each recorded as the engine (server/workflow/engine.ts)
 * would have: the history event with the data its records store, and the rows those records create —
 * the decision, the notice and its close, the ranking, the opinion reported, the panel and its scores,
 * the approval list, the published decision, the payment. Test-only.
 */

type ApplicationRow = typeof applications.$inferSelect;
type Columns = Partial<typeof applications.$inferInsert>;

/** What the walk made, for the test to refer to. */
export interface Made {
  decisionIds: string[];
  noticeIds: string[];
  objectionIds: string[];
  panelId?: string;
  approvalId?: string;
  decisionDocumentId?: string;
}

export interface WalkOptions {
  /** The reason of the last move, when it needs one. */
  reason?: string;
  unitRank?: number | null;
  recommenderRank?: number | null;
  /** An open notice the application joins when its last move starts a notice (several candidates on one). */
  notice?: string;
  noticeDays: number;
}

interface Move {
  t: FactoryTarget;
  row: ApplicationRow;
  transition: Transition;
  level: StepLevel | undefined;
  day: string;
  at: Date;
  userId: string | null;
  organisationId: string;
  last: boolean;
  options: WalkOptions;
  /** Columns the moves write (ranks, opinions), gathered for the final update. */
  set: Columns;
  /** The latest notice of each level. */
  notices: Partial<Record<StepLevel, string>>;
  made: Made;
  reason?: string;
}

const stepLevel = (move: Move): StepLevel => {
  if (!move.level) throw new Error('a step record outside the unit, recommender and city levels');
  return move.level;
};

const noticeOf = (move: Move) => {
  const id = move.notices[stepLevel(move)];
  if (!id) throw new Error(`no ${stepLevel(move)} notice before ${move.transition.label.en}`);
  return id;
};

async function nextRank(move: Move, column: 'unitRank' | 'recommenderRank') {
  const { row } = move;
  const [top] = await move.t.database.db
    .select({ n: max(applications[column]) })
    .from(applications)
    .where(
      and(
        column === 'unitRank'
          ? eq(applications.employerId, row.employerId)
          : eq(applications.recommenderId, row.recommenderId),
        eq(applications.awardId, row.awardId),
        eq(applications.editionId, row.editionId),
        ne(applications.id, row.id),
      ),
    );
  return (top?.n ?? 0) + 1;
}

const opinionColumn = {
  unit: 'unitOpinion',
  recommender: 'recommenderOpinion',
  city: 'bureauOpinion',
} as const satisfies Record<StepLevel, keyof Columns>;

/** One writer per kind of record, mirroring the engine's record handlers; a new record kind does not compile without one. */
const recordWriters = {
  decision: async (m) => {
    const level = stepLevel(m);
    if (level === 'city') throw new Error('the city level takes no collective decision');
    const decision = await insertDecision(m.t, {
      level,
      organisation: m.organisationId,
      edition: m.row.editionId,
      application: m.row,
      decidedOn: m.day,
      at: m.at,
    });
    m.made.decisionIds.push(decision.id);
    return { decisionId: decision.id, decidedOn: m.day };
  },
  notice: async (m) => {
    const level = stepLevel(m);
    const db = m.t.database.db;
    let notice: typeof notices.$inferSelect | undefined;
    if (m.last && m.options.notice) {
      [notice] = await db.select().from(notices).where(eq(notices.id, m.options.notice));
      if (!notice || notice.level !== level) throw new Error(`no ${level} notice ${m.options.notice}`);
      const [items] = await db
        .select({ n: count() })
        .from(noticeItems)
        .where(eq(noticeItems.noticeId, notice.id));
      await db
        .insert(noticeItems)
        .values({ noticeId: notice.id, applicationId: m.row.id, position: Number(items?.n ?? 0) });
    } else {
      notice = await insertNotice(m.t, {
        level,
        organisation: m.organisationId,
        applications: [m.row],
        edition: m.row.editionId,
        startDate: m.day,
        days: m.options.noticeDays,
        at: m.at,
      });
    }
    m.notices[level] = notice.id;
    m.made.noticeIds.push(notice.id);
    return { noticeId: notice.id, startDate: notice.startDate, endDate: notice.endDate };
  },
  notice_result: async (m) => {
    const noticeId = noticeOf(m);
    const db = m.t.database.db;
    const filed = await db
      .select({ status: objections.status, n: count() })
      .from(objections)
      .where(eq(objections.noticeId, noticeId))
      .groupBy(objections.status);
    // the factory's notice lists this candidate alone: once it has moved on, the notice is closed
    await db.update(notices).set({ status: 'closed' }).where(eq(notices.id, noticeId));
    return { noticeId, objections: Object.fromEntries(filed.map((f) => [f.status, Number(f.n)])) };
  },
  ranking: async (m) => {
    const column = stepLevels[stepLevel(m)].rankColumn;
    if (!column) return { rank: null };
    const given = m.options[column];
    const rank = given === undefined ? await nextRank(m, column) : given;
    m.set[column] = rank;
    return { rank };
  },
  report: async (m) => {
    m.set[opinionColumn[stepLevel(m)]] = '同意推荐。';
    return { opinion: true };
  },
  reason: async (m) => {
    m.reason = m.last && m.options.reason ? m.options.reason : `${m.transition.label.zh}（测试数据）`;
    return {};
  },
  objection: async (m) => {
    const objection = await insertObjection(m.t, {
      notice: noticeOf(m),
      application: m.row,
      status: 'upheld',
      handledAt: m.at,
    });
    m.made.objectionIds.push(objection.id);
    return { objectionId: objection.id };
  },
  intake: async (m) => ({
    receivedOn: m.day,
    receiptNo: `SL-${nextSerial()}`,
    items: [...envelopeItemCodes],
  }),
  panel: async (m) => {
    const panelId = await panelFor(m.t, m.row);
    const members = await m.t.database.db
      .select({ n: count() })
      .from(panelMembers)
      .where(eq(panelMembers.panelId, panelId));
    m.made.panelId = panelId;
    return { panelId, experts: Number(members[0]?.n ?? 0) };
  },
  review_result: async (m) => {
    const { total, experts } = await insertScores(m.t, { application: m.row, at: m.at });
    return { total, experts };
  },
  submission: async (m) => {
    const [list] = await m.t.database.db
      .insert(approvals)
      .values({
        editionId: m.row.editionId,
        awardId: m.row.awardId,
        applicationIds: [m.row.id],
        status: 'pending',
        submittedBy: m.userId,
        submittedAt: m.at,
      })
      .returning({ id: approvals.id });
    if (!list) throw new Error('approval insert returned nothing');
    m.made.approvalId = list.id;
    return { approvalId: list.id };
  },
  approval: async (m) => {
    const documentNo = `长人才办〔${m.day.slice(0, 4)}〕${nextSerial()}号`;
    const approvalId = m.made.approvalId;
    if (!approvalId) throw new Error('approved without a list submitted');
    await m.t.database.db
      .update(approvals)
      .set({ status: 'approved', decidedBy: m.userId, decidedAt: m.at, comment: documentNo })
      .where(eq(approvals.id, approvalId));
    return { documentNo, approvedOn: m.day, approvalId };
  },
  decision_document: async (m) => {
    const documentNo = `长人社字〔${m.day.slice(0, 4)}〕${nextSerial()}号`;
    const [decision] = await m.t.database.db
      .insert(decisions)
      .values({
        editionId: m.row.editionId,
        documentNo,
        title: '关于授予1名同志荣誉称号的决定',
        body: '',
        decidedOn: m.day,
        publishedAt: m.at,
        createdBy: m.userId,
      })
      .returning({ id: decisions.id });
    if (!decision) throw new Error('decision insert returned nothing');
    m.made.decisionDocumentId = decision.id;
    return { decisionId: decision.id, documentNo };
  },
  payment: async (m) => {
    const db = m.t.database.db;
    const [award] = await db
      .select({ prize: awards.prizeYuan })
      .from(awards)
      .where(eq(awards.id, m.row.awardId));
    const amountYuan = award?.prize ?? 0;
    await db.insert(prizePayments).values({
      applicationId: m.row.id,
      decisionId: m.made.decisionDocumentId ?? null,
      amountYuan,
      status: 'paid',
      paidOn: m.day,
      bankReference: `BANK-${nextSerial()}`,
      recordedBy: m.userId,
      createdAt: m.at,
    });
    return { amountYuan, paidOn: m.day };
  },
  finding: async () => ({ finding: '经查实，该同志申报材料存在弄虚作假情况（测试数据）。' }),
} satisfies Record<TransitionRecord, (move: Move) => Promise<Record<string, unknown>>>;

/** The role that takes a move at a level: an officer of an enterprise recommending its own staff takes both levels. */
function actorRole(transition: Transition, level: Level, ownStaff: boolean): Role {
  const able = transition.by.filter((role) => actingLevelsOf(role, ownStaff).includes(level));
  const role = ownStaff && able.includes('employer_officer') ? 'employer_officer' : able[0];
  if (!role) throw new Error(`nobody takes ${transition.label.en} at the ${level} level`);
  return role;
}

async function organisationAt(t: FactoryTarget, row: ApplicationRow, level: Level) {
  switch (level) {
    case 'employer':
      return row.employerId;
    case 'recommender':
      return row.recommenderId;
    case 'bureau':
      return (await organisationOfKind(t, 'bureau')).id;
    case 'talent_office':
      return (await organisationOfKind(t, 'talent_office')).id;
  }
}

/**
 * Records the moves of the path, the i-th on `days[i]` at `ats[i]`, and returns the columns they set
 * (ranks, opinions, the last reason) and what they made.
 */
export async function walkPath(
  t: FactoryTarget,
  row: ApplicationRow,
  steps: readonly PathStep[],
  when: { days: readonly string[]; ats: readonly Date[] },
  options: WalkOptions,
) {
  const set: Columns = {};
  const made: Made = { decisionIds: [], noticeIds: [], objectionIds: [] };
  const noticesByLevel: Partial<Record<StepLevel, string>> = {};
  const ownStaff = row.employerId === row.recommenderId;
  let reason: string | null = null;
  for (const [i, step] of steps.entries()) {
    const transition = transitionOf(step.transition);
    const level = transition.level === 'holder' ? statusHolder[step.from] : transition.level;
    const role = actorRole(transition, level, ownStaff);
    const organisationId = await organisationAt(t, row, level);
    const move: Move = {
      t,
      row,
      transition,
      level: stepLevelOf(level),
      day: when.days[i] as string,
      at: when.ats[i] as Date,
      userId: await memberOf(t, organisationId, role),
      organisationId,
      last: i === steps.length - 1,
      options,
      set,
      notices: noticesByLevel,
      made,
    };
    const data: Record<string, unknown> = {};
    for (const record of transition.records) Object.assign(data, await recordWriters[record](move));
    // a report to the bureau locks the quota row of its recommender and award (server/workflow/facts.ts)
    if (transition.guards.includes('within_quota')) {
      await t.database.db
        .insert(quotaPlaces)
        .values({ editionId: row.editionId, recommenderId: row.recommenderId, awardId: row.awardId })
        .onConflictDoNothing();
    }
    reason = move.reason ?? null;
    await t.database.db.insert(workflowEvents).values({
      applicationId: row.id,
      transition: step.transition,
      fromStatus: step.from,
      toStatus: step.to,
      actorUserId: move.userId,
      actorOrganisationId: organisationId,
      actorRole: role,
      reason,
      data,
      at: move.at,
    });
  }
  return { set: { ...set, statusReason: reason }, made };
}
