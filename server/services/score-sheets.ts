import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ScoreSheetView } from '../../contract/review-stage';
import { type reopenInput, scoreSheetProblems, sheetTotal } from '../../domain/review/inputs';
import type { Db, Executor } from '../db/database';
import { applications, awards, panels, rubricCriteria, scoreSheets, scores } from '../db/schema';
import { notFound, validationFailed } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { refuse } from '../workflow/record-types';
import { appendAudit } from './audit';
import { actingExpert } from './review-conflicts';
import { candidatesChanged } from './review-ranking';
import type { Acting } from './workflow';

type SheetRow = typeof scoreSheets.$inferSelect;

/** The award's rubric in its order. */
export async function criteriaOf(tx: Executor, awardId: string) {
  return tx
    .select()
    .from(rubricCriteria)
    .where(eq(rubricCriteria.awardId, awardId))
    .orderBy(asc(rubricCriteria.position), asc(rubricCriteria.code));
}

/** The candidate as the acting expert may score them (their scope: seated, not conflicted), or 404. */
async function scoringTarget(tx: Executor, acting: Acting, applicationId: string, lock: boolean) {
  const expert = await actingExpert(tx, acting.actor.userId);
  const query = tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), applicationScope(acting.actor)));
  const [application] = lock ? await query.for('update') : await query;
  if (!application) throw notFound();
  const [panel] = await tx
    .select()
    .from(panels)
    .where(and(eq(panels.awardId, application.awardId), eq(panels.editionId, application.editionId)));
  if (!panel) throw notFound();
  return { expert, application, panel };
}

export async function sheetView(
  tx: Executor,
  applicationId: string,
  sheet: SheetRow | undefined,
): Promise<ScoreSheetView> {
  const given = sheet
    ? await tx
        .select({ criterionId: scores.criterionId, score: scores.score })
        .from(scores)
        .where(
          and(
            eq(scores.applicationId, applicationId),
            eq(scores.expertId, sheet.expertId),
            eq(scores.panelId, sheet.panelId),
          ),
        )
    : [];
  return {
    applicationId,
    status: sheet?.status ?? 'none',
    total: sheet ? Number(sheet.total) : null,
    comment: sheet?.comment ?? '',
    scores: given.map((g) => ({ criterionId: g.criterionId, score: Number(g.score) })),
    savedAt: sheet ? new Date(sheet.savedAt).toISOString() : null,
    submittedAt: sheet?.submittedAt ? new Date(sheet.submittedAt).toISOString() : null,
    reopened:
      sheet?.reopenedAt && sheet.reopenReason
        ? { at: new Date(sheet.reopenedAt).toISOString(), reason: sheet.reopenReason }
        : null,
  };
}

async function sheetOf(tx: Executor, panelId: string, expertId: string, applicationId: string, lock = false) {
  const query = tx
    .select()
    .from(scoreSheets)
    .where(
      and(
        eq(scoreSheets.panelId, panelId),
        eq(scoreSheets.expertId, expertId),
        eq(scoreSheets.applicationId, applicationId),
      ),
    );
  const [sheet] = lock ? await query.for('update') : await query;
  return sheet;
}

/** The acting expert's sheet for a candidate of their panel. */
export async function readSheet(db: Db, acting: Acting, applicationId: string) {
  return db.transaction(async (tx) => {
    const { expert, application, panel } = await scoringTarget(tx, acting, applicationId, false);
    return sheetView(tx, application.id, await sheetOf(tx, panel.id, expert.id, application.id));
  });
}

/**
 * Saves the acting expert's sheet as a draft, or submits it: points within each criterion's maximum, in
 * half points; a submission scores every criterion and locks the sheet (the bureau may reopen it). Only
 * while the candidate is in review; audited with the total.
 */
export async function saveSheet(
  db: Db,
  acting: Acting,
  applicationId: string,
  input: { scores: { criterionId: string; score: number }[]; comment: string },
  submitting: boolean,
) {
  return db.transaction(async (tx) => {
    const { expert, application, panel } = await scoringTarget(tx, acting, applicationId, true);
    if (application.status !== 'in_review')
      refuse(
        'sheet.review_closed',
        '该候选人的评审已结束，评分不能再修改',
        "This candidate's review is over: the scores can no longer change",
      );
    const previous = await sheetOf(tx, panel.id, expert.id, application.id, true);
    if (previous?.status === 'submitted')
      refuse(
        'sheet.locked',
        '评分表已提交，如需修改请联系市人社局重新开放',
        'The sheet is submitted: ask the bureau to reopen it to change it',
      );
    const criteria = await criteriaOf(tx, application.awardId);
    const problems = scoreSheetProblems(
      criteria.map((c) => ({ id: c.id, maxScore: c.maxScore, name: { zh: c.nameZh, en: c.nameEn } })),
      input,
      { submitting },
    );
    if (problems.length > 0)
      throw validationFailed(
        problems.map((p) => ({ path: p.path.join('.'), code: p.code, message: p.message })),
      );
    const total = sheetTotal(input.scores);
    const values = {
      status: submitting ? ('submitted' as const) : ('draft' as const),
      total: String(total),
      comment: input.comment,
      savedAt: acting.now,
      submittedAt: submitting ? acting.now : null,
    };
    const [sheet] = await tx
      .insert(scoreSheets)
      .values({ panelId: panel.id, expertId: expert.id, applicationId: application.id, ...values })
      .onConflictDoUpdate({
        target: [scoreSheets.panelId, scoreSheets.expertId, scoreSheets.applicationId],
        set: values,
      })
      .returning();
    if (!sheet) throw new Error('sheet upsert returned nothing');
    await tx
      .delete(scores)
      .where(
        and(
          eq(scores.panelId, panel.id),
          eq(scores.expertId, expert.id),
          eq(scores.applicationId, application.id),
        ),
      );
    if (input.scores.length > 0) {
      await tx.insert(scores).values(
        input.scores.map((s) => ({
          panelId: panel.id,
          expertId: expert.id,
          applicationId: application.id,
          criterionId: s.criterionId,
          score: String(s.score),
          createdAt: acting.now,
        })),
      );
    }
    if (submitting) await candidatesChanged(tx, [application]);
    await appendAudit(
      tx,
      acting.audit,
      {
        action: submitting ? 'score_sheet.submit' : 'score_sheet.save',
        objectType: 'score_sheet',
        objectId: sheet.id,
        detail: { applicationId: application.id, total, criteria: input.scores.length },
      },
      acting.now,
    );
    return sheetView(tx, application.id, sheet);
  });
}

/** The bureau's view of every sheet of a candidate reported to it (who scored what). */
export async function sheetsOfCandidate(db: Db, acting: Acting, applicationId: string) {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, applicationId), applicationScope(acting.actor)));
    if (!application) throw notFound();
    const sheets = await tx.select().from(scoreSheets).where(eq(scoreSheets.applicationId, application.id));
    return {
      items: await Promise.all(
        sheets.map(async (sheet) => ({
          expertId: sheet.expertId,
          ...(await sheetView(tx, application.id, sheet)),
        })),
      ),
    };
  });
}

/**
 * 重新开放评分表: the bureau's administrator returns an expert's submitted sheet to draft, saying why; the
 * candidate's result no longer counts it until it is submitted again. Only while the candidate is in review.
 */
export async function reopenSheet(
  db: Db,
  acting: Acting,
  applicationId: string,
  expertId: string,
  input: z.output<typeof reopenInput>,
) {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.id, applicationId), applicationScope(acting.actor)))
      .for('update');
    if (!application) throw notFound();
    const [sheet] = await tx
      .select()
      .from(scoreSheets)
      .where(and(eq(scoreSheets.applicationId, application.id), eq(scoreSheets.expertId, expertId)))
      .for('update');
    if (!sheet) throw notFound();
    if (sheet.status !== 'submitted')
      refuse(
        'sheet.not_submitted',
        '该评分表尚未提交，无需重新开放',
        'The sheet is not submitted: there is nothing to reopen',
      );
    if (application.status !== 'in_review')
      refuse(
        'sheet.review_closed',
        '该候选人的评审已结束，评分不能再修改',
        "This candidate's review is over: the scores can no longer change",
      );
    const [reopened] = await tx
      .update(scoreSheets)
      .set({
        status: 'draft',
        submittedAt: null,
        reopenedAt: acting.now,
        reopenedBy: acting.actor.userId,
        reopenReason: input.reason,
      })
      .where(eq(scoreSheets.id, sheet.id))
      .returning();
    await candidatesChanged(tx, [application]);
    await appendAudit(
      tx,
      acting.audit,
      {
        action: 'score_sheet.reopen',
        objectType: 'score_sheet',
        objectId: sheet.id,
        detail: { applicationId, expertId, reason: input.reason, total: Number(sheet.total) },
      },
      acting.now,
    );
    return sheetView(tx, application.id, reopened);
  });
}

/** The awards' settings the expert screen needs (blind or not), by award id. */
export async function awardSettings(tx: Executor, awardIds: readonly string[]) {
  if (awardIds.length === 0) return new Map<string, typeof awards.$inferSelect>();
  const rows = await tx
    .select()
    .from(awards)
    .where(inArray(awards.id, [...awardIds]));
  return new Map(rows.map((a) => [a.id, a]));
}
