import { Readable } from 'node:stream';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { type AttachmentKind, attachmentKindLabels } from '../../domain/application';
import { rankedStatuses } from '../../domain/review';
import { type AwardCode, awardCodes } from '../../domain/roles';
import { shanghaiDate } from '../../domain/time';
import { isOneOf } from '../../domain/validation';
import { defaultNoticeText, type StepLevel } from '../../domain/workflow';
import { tinyPdf, tinyPng } from '../cli/sample-files';
import {
  applications,
  approvals,
  attachments,
  awards,
  candidateScores,
  collectiveDecisions,
  editions,
  experts,
  noticeItems,
  notices,
  objections,
  organisations,
  panelDraws,
  panelMembers,
  panels,
  reviewVotes,
  rubricCriteria,
  scoreSheets,
  scores,
} from '../db/schema';
import { loadCalendar } from '../services/calendar';
import { awardReviewChanged, candidatesChanged, touchAwardReview } from '../services/review-ranking';
import { panelOf } from '../workflow/facts';
import {
  type FactoryTarget,
  idOf,
  insertEdition,
  insertUser,
  nextSerial,
  organisationOfKind,
  type Ref,
} from './factory-people';

/**
 * Test factories for the rows the workflow's records leave behind — a collective decision with its
 * minutes, a notice with its items, an objection, an expert panel with its rubric scores — each made
 * the way the engine's record handlers (server/workflow/records-*.ts) make them, so the fact loaders
 * read them as if the step had been taken through the API. Test-only.
 */

/** A real sample file (PNG for the photo, PDF otherwise) written through the storage, as an attachment row. */
export async function insertAttachment(
  t: FactoryTarget,
  input: { kind: AttachmentKind; owner: Ref; application?: Ref | null; name?: string; at?: Date },
) {
  const photo = input.kind === 'photo';
  const bytes = photo ? tinyPng(96, [210, 214, 222]) : tinyPdf(`${input.kind} (test)`);
  const stored = await t.storage.put(Readable.from([bytes]), { prefix: 'attachments' });
  const label = attachmentKindLabels[input.kind].zh.slice(0, 12);
  const [row] = await t.database.db
    .insert(attachments)
    .values({
      applicationId: input.application ? idOf(input.application) : null,
      ownerOrganisationId: idOf(input.owner),
      kind: input.kind,
      fileName: photo ? `${input.name ?? '测试'}-照片.png` : `${input.name ?? '测试'}-${label}.pdf`,
      mimeType: photo ? 'image/png' : 'application/pdf',
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.key,
      createdAt: input.at ?? t.clock.now(),
    })
    .returning();
  if (!row) throw new Error('attachment insert returned nothing');
  return row;
}

const publishedEditionId = async (t: FactoryTarget) => (await insertEdition(t)).id;

/** 领导集体研究决定 at the unit or the recommender, with its minutes uploaded by the deciding organisation. */
export async function insertDecision(
  t: FactoryTarget,
  input: {
    level: Exclude<StepLevel, 'city'>;
    organisation: Ref;
    edition?: string;
    /** The application whose file carries the minutes (the unit uploads them with the candidate's papers). */
    application?: Ref;
    decidedOn?: string;
    participants?: string;
    at?: Date;
  },
) {
  const at = input.at ?? t.clock.now();
  const minutes = await insertAttachment(t, {
    kind: 'decision_minutes',
    owner: input.organisation,
    application: input.application ?? null,
    name: '领导集体研究',
    at,
  });
  const [decision] = await t.database.db
    .insert(collectiveDecisions)
    .values({
      editionId: input.edition ?? (await publishedEditionId(t)),
      organisationId: idOf(input.organisation),
      level: input.level,
      decidedOn: input.decidedOn ?? shanghaiDate(at),
      participants: input.participants ?? '主要负责人、分管负责人、人事部门负责人',
      summary: '经集体研究，同意推荐。',
      minutesAttachmentId: minutes.id,
      createdAt: at,
    })
    .returning();
  if (!decision) throw new Error('decision insert returned nothing');
  return decision;
}

/** 公示 at a level, with the candidates on it in order; its period is the calendar's, as the engine computes it. */
export async function insertNotice(
  t: FactoryTarget,
  input: {
    level: StepLevel;
    organisation: Ref;
    applications: readonly Ref[];
    edition?: string;
    startDate?: string;
    days?: number;
    status?: 'open' | 'closed' | 'withdrawn';
    at?: Date;
  },
) {
  const db = t.database.db;
  const at = input.at ?? t.clock.now();
  const period = (await loadCalendar(db)).noticePeriod(input.startDate ?? shanghaiDate(at), input.days ?? 5);
  const editionId = input.edition ?? (await publishedEditionId(t));
  const [organisation] = await db
    .select({ nameZh: organisations.nameZh })
    .from(organisations)
    .where(eq(organisations.id, idOf(input.organisation)));
  const [edition] = await db
    .select({ nameZh: editions.nameZh })
    .from(editions)
    .where(eq(editions.id, editionId));
  const text = defaultNoticeText(input.level, {
    organisation: organisation?.nameZh ?? '',
    edition: edition?.nameZh ?? '',
    workingDays: period.workingDays.length,
  });
  const [notice] = await db
    .insert(notices)
    .values({
      editionId,
      organisationId: idOf(input.organisation),
      level: input.level,
      title: text.title,
      body: text.body,
      startDate: period.start,
      endDate: period.end,
      workingDays: period.workingDays.length,
      status: input.status ?? 'open',
      createdAt: at,
    })
    .returning();
  if (!notice) throw new Error('notice insert returned nothing');
  if (input.applications.length > 0) {
    await db
      .insert(noticeItems)
      .values(
        input.applications.map((a, position) => ({ noticeId: notice.id, applicationId: idOf(a), position })),
      );
  }
  return notice;
}

/** 异议 received during a notice (on its first day unless said), open or already handled. */
export async function insertObjection(
  t: FactoryTarget,
  input: {
    notice: Ref;
    application?: Ref | null;
    status?: 'open' | 'upheld' | 'dismissed';
    receivedOn?: string;
    content?: string;
    handling?: string;
    handledAt?: Date;
  },
) {
  const db = t.database.db;
  const [notice] = await db
    .select()
    .from(notices)
    .where(eq(notices.id, idOf(input.notice)));
  if (!notice) throw new Error(`no notice ${idOf(input.notice)}`);
  const status = input.status ?? 'open';
  const [objection] = await db
    .insert(objections)
    .values({
      noticeId: notice.id,
      applicationId: input.application ? idOf(input.application) : null,
      submitterName: '王某某',
      submitterPhoneEnc: t.sealer.seal('13900000000'),
      submitterPhoneMasked: '139****0000',
      content: input.content ?? '反映该同志的业绩材料与实际不符。',
      status,
      handling: status === 'open' ? null : (input.handling ?? '经核查，情况属实。'),
      handledAt: status === 'open' ? null : (input.handledAt ?? t.clock.now()),
      receivedAt: new Date(`${input.receivedOn ?? notice.startDate}T00:00:00+08:00`),
    })
    .returning();
  if (!objection) throw new Error('objection insert returned nothing');
  return objection;
}

async function awardOf(t: FactoryTarget, edition: string, award: AwardCode | Ref) {
  if (typeof award === 'object') return award.id;
  // an award code names the award of the edition; anything else is an award's id
  if (!isOneOf(awardCodes, award)) return award;
  const [found] = await t.database.db
    .select({ id: awards.id })
    .from(awards)
    .where(and(eq(awards.editionId, edition), eq(awards.code, award)));
  return found?.id ?? award;
}

/**
 * 评审组 for an award: new experts (each a user with the expert role and a login), or the experts given,
 * the first as chair. The award's panel is the one the fact loaders find (`panelOf`: of the edition, not closed).
 */
export async function insertPanel(
  t: FactoryTarget,
  input: {
    award: AwardCode | Ref;
    edition?: string;
    experts?: number;
    /** Existing experts (rows of `experts`) to seat, besides the new ones. */
    expertIds?: readonly string[];
    status?: 'open' | 'scoring' | 'closed';
  },
) {
  const db = t.database.db;
  const editionId = input.edition ?? (await publishedEditionId(t));
  const awardId = await awardOf(t, editionId, input.award);
  const seated = [...(input.expertIds ?? [])];
  const made: { id: string; userId: string; username: string }[] = [];
  const pool = await organisationOfKind(t, 'expert_pool');
  for (let i = 0; i < (input.experts ?? (seated.length ? 0 : 1)); i++) {
    const user = await insertUser(t, { role: 'expert', organisation: pool });
    const [expert] = await db
      .insert(experts)
      .values({
        userId: user.id,
        name: user.displayName,
        workplace: '长春工业大学',
        specialty: '机械制造',
        title: '高级技师',
      })
      .returning({ id: experts.id });
    if (!expert) throw new Error('expert insert returned nothing');
    made.push({ id: expert.id, userId: user.id, username: user.username });
    seated.push(expert.id);
  }
  // one panel per award: the award's panel (the demo's, say) takes the new experts as members
  const [existing] = await db
    .select()
    .from(panels)
    .where(and(eq(panels.editionId, editionId), eq(panels.awardId, awardId)));
  const [panel] = existing
    ? [existing]
    : await db
        .insert(panels)
        .values({ editionId, awardId, name: `评审组 ${nextSerial()}`, status: input.status ?? 'open' })
        .returning();
  if (!panel) throw new Error('panel insert returned nothing');
  if (seated.length > 0) {
    await db.insert(panelMembers).values(
      seated.map((expertId, i) => ({
        panelId: panel.id,
        expertId,
        role: i === 0 && !existing ? ('chair' as const) : ('member' as const),
      })),
    );
    await awardReviewChanged(db, [awardId]);
  }
  return { ...panel, expertIds: seated, experts: made };
}

/** The open panel of the application's award in its edition (as `panelOf` finds it), made with one expert if none. */
export async function panelFor(t: FactoryTarget, application: { editionId: string; awardId: string }) {
  const [found] = await t.database.db
    .select({ id: panels.id })
    .from(panels)
    .where(
      and(
        eq(panels.editionId, application.editionId),
        eq(panels.awardId, application.awardId),
        ne(panels.status, 'closed'),
      ),
    )
    .limit(1);
  if (found) return found.id;
  return (await insertPanel(t, { award: { id: application.awardId }, edition: application.editionId })).id;
}

/**
 * Every panel member's score of every criterion of the award's rubric for one application (members in
 * conflict with it excepted), submitted unless said. `score` gives each criterion's score; by default 80 %
 * of its maximum. Returns the mean of the experts' totals, as the review's result records it.
 */
export async function insertScores(
  t: FactoryTarget,
  input: {
    application: { id: string; editionId: string; awardId: string };
    panel?: Ref;
    score?: (criterion: { code: string; maxScore: number }) => number;
    submitted?: boolean;
    at?: Date;
  },
) {
  const db = t.database.db;
  const { application } = input;
  const panelId = input.panel ? idOf(input.panel) : await panelFor(t, application);
  // the members who count for the candidate, as the server finds them (seated, not conflicted)
  const [row] = await db.select().from(applications).where(eq(applications.id, application.id));
  if (!row) throw new Error(`no application ${application.id}`);
  const scoring = ((await panelOf(db, row))?.experts ?? []).map((expertId) => ({ expertId }));
  const criteria = await db
    .select()
    .from(rubricCriteria)
    .where(eq(rubricCriteria.awardId, application.awardId));
  const scoreOf = input.score ?? ((c) => Math.round(c.maxScore * 0.8));
  const at = input.at ?? t.clock.now();
  const totals: number[] = [];
  for (const { expertId } of scoring) {
    let total = 0;
    for (const criterion of criteria) {
      const score = scoreOf(criterion);
      total += score;
      await db
        .insert(scores)
        .values({
          panelId,
          expertId,
          applicationId: application.id,
          criterionId: criterion.id,
          score: String(score),
          createdAt: at,
        })
        .onConflictDoNothing();
    }
    const submitted = input.submitted !== false;
    await db
      .insert(scoreSheets)
      .values({
        panelId,
        expertId,
        applicationId: application.id,
        status: submitted ? 'submitted' : 'draft',
        total: String(total),
        savedAt: at,
        submittedAt: submitted ? at : null,
      })
      .onConflictDoNothing();
    totals.push(total);
  }
  await candidatesChanged(db, [application]);
  const mean = totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : 0;
  return { panelId, total: Math.round(mean * 100) / 100, experts: totals.length };
}

/**
 * The review of the published edition from scratch, for tests of its mechanics: the demo's panels, sheets,
 * votes and approval list removed, its experts out of the pool, and the candidates it has in the review (or past it) taken out of the award
 * (withdrawn), so that the test's own candidates are the only ones ranked.
 */
export async function clearReview(t: FactoryTarget) {
  const db = t.database.db;
  const editionId = await publishedEditionId(t);
  const awardRows = await db.select({ id: awards.id }).from(awards).where(eq(awards.editionId, editionId));
  const awardIds = awardRows.map((a) => a.id);
  const panelRows = await db.select({ id: panels.id }).from(panels).where(eq(panels.editionId, editionId));
  const panelIds = panelRows.map((p) => p.id);
  if (panelIds.length > 0) {
    await db.delete(scores).where(inArray(scores.panelId, panelIds));
    await db.delete(scoreSheets).where(inArray(scoreSheets.panelId, panelIds));
    await db.delete(panelDraws).where(inArray(panelDraws.panelId, panelIds));
    await db.delete(panelMembers).where(inArray(panelMembers.panelId, panelIds));
    await db.delete(panels).where(inArray(panels.id, panelIds));
  }
  await db.delete(reviewVotes).where(inArray(reviewVotes.awardId, awardIds));
  await db.delete(candidateScores).where(inArray(candidateScores.awardId, awardIds));
  await db.delete(approvals).where(eq(approvals.editionId, editionId));
  // the pool from scratch too: the demo's experts leave it (their accounts stay)
  await db.update(experts).set({ active: false });
  await db
    .update(applications)
    .set({ status: 'withdrawn' })
    .where(and(eq(applications.editionId, editionId), inArray(applications.status, [...rankedStatuses])));
  await touchAwardReview(db, awardIds);
}
