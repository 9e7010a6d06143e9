import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReviewCandidateList, RubricView } from '../../contract/review-stage';
import type { rubricInput } from '../../domain/review/inputs';
import type { Db, Executor } from '../db/database';
import { applications, awards, rubricCriteria, scoreSheets } from '../db/schema';
import { applicationScope } from '../policies/application';
import { refuse } from '../workflow/record-types';
import { appendAudit } from './audit';
import { blindLabels } from './blind-labels';
import { actingExpert } from './review-conflicts';
import { currentAward } from './review-panels';
import { touchAwardReview } from './review-ranking';
import { criteriaOf } from './score-sheets';
import type { Acting } from './workflow';

type AwardRow = typeof awards.$inferSelect;

async function rubricLocked(tx: Executor, awardId: string) {
  const [sheet] = await tx
    .select({ n: count() })
    .from(scoreSheets)
    .innerJoin(applications, eq(applications.id, scoreSheets.applicationId))
    .where(eq(applications.awardId, awardId));
  return Number(sheet?.n ?? 0) > 0;
}

export async function rubricView(tx: Executor, award: AwardRow): Promise<z.infer<typeof RubricView>> {
  const criteria = await criteriaOf(tx, award.id);
  return {
    awardId: award.id,
    award: award.code,
    aggregation: award.aggregation,
    blind: award.blind,
    criteria: criteria.map((c) => ({
      id: c.id,
      code: c.code,
      name: { zh: c.nameZh, en: c.nameEn },
      maxScore: c.maxScore,
      guidance: { zh: c.guidanceZh, en: c.guidanceEn },
    })),
    locked: await rubricLocked(tx, award.id),
  };
}

export async function readRubric(db: Db, awardId: string) {
  return db.transaction(async (tx) => rubricView(tx, await currentAward(tx, awardId)));
}

/**
 * 评分细则: the award's criteria, the aggregation (mean or trimmed mean) and whether the review is blind —
 * set before anyone scores; once a sheet exists they stay as they are, so that every expert scores by the
 * same rules.
 */
export async function saveRubric(
  db: Db,
  acting: Acting,
  awardId: string,
  input: z.output<typeof rubricInput>,
) {
  return db.transaction(async (tx) => {
    const award = await currentAward(tx, awardId);
    await tx.select({ id: awards.id }).from(awards).where(eq(awards.id, award.id)).for('update');
    if (await rubricLocked(tx, award.id))
      refuse(
        'rubric.in_use',
        '已有专家评分，评分细则和计分方法不能再修改',
        'Experts have scored already: the rubric and the method can no longer change',
      );
    const codes = input.criteria.map((c) => c.code);
    const repeated = codes.findIndex((code, i) => codes.indexOf(code) !== i);
    if (repeated >= 0)
      refuse('rubric.code_repeated', '评分项代码重复', 'A criterion code is used twice', {
        path: `criteria.${repeated}.code`,
      });
    await tx.delete(rubricCriteria).where(eq(rubricCriteria.awardId, award.id));
    await tx
      .insert(rubricCriteria)
      .values(input.criteria.map((c, position) => ({ awardId: award.id, position, ...c })));
    const [updated] = await tx
      .update(awards)
      .set({ aggregation: input.aggregation, blind: input.blind })
      .where(eq(awards.id, award.id))
      .returning();
    if (!updated) throw new Error('award vanished');
    await touchAwardReview(tx, [award.id]);
    await appendAudit(
      tx,
      acting.audit,
      {
        action: 'rubric.update',
        objectType: 'award',
        objectId: award.id,
        detail: {
          aggregation: input.aggregation,
          blind: input.blind,
          criteria: input.criteria.map((c) => ({ code: c.code, maxScore: c.maxScore })),
          previous: { aggregation: award.aggregation, blind: award.blind },
        },
      },
      acting.now,
    );
    return rubricView(tx, updated);
  });
}

/**
 * The candidates the acting expert scores, with their sheet's state: in a blind review without name,
 * unit or ID, numbered within the award in a fixed order (候选人 1, 2 …).
 */
export async function reviewCandidates(db: Db, acting: Acting): Promise<z.infer<typeof ReviewCandidateList>> {
  return db.transaction(async (tx) => {
    const expert = await actingExpert(tx, acting.actor.userId);
    const rows = await tx
      .select({
        id: applications.id,
        name: applications.name,
        awardId: applications.awardId,
        employer: applications.employerName,
        occupation: applications.occupation,
        skillLevel: applications.skillLevel,
        sheet: scoreSheets.status,
        total: scoreSheets.total,
      })
      .from(applications)
      .leftJoin(
        scoreSheets,
        and(eq(scoreSheets.applicationId, applications.id), eq(scoreSheets.expertId, expert.id)),
      )
      .where(applicationScope(acting.actor))
      .orderBy(asc(applications.awardId), asc(applications.id));
    const awardIds = [...new Set(rows.map((r) => r.awardId))];
    const awardRows = awardIds.length
      ? await tx.select().from(awards).where(inArray(awards.id, awardIds))
      : [];
    const byId = new Map(awardRows.map((a) => [a.id, a]));
    const labels = await blindLabels(
      tx,
      awardRows.filter((a) => a.blind).map((a) => a.id),
    );
    const items = rows.map((row) => {
      const award = byId.get(row.awardId);
      if (!award) throw new Error('award of a candidate missing');
      return {
        applicationId: row.id,
        label: award.blind ? (labels.get(row.id) ?? row.name) : row.name,
        blind: award.blind,
        award: award.code,
        employer: award.blind ? null : row.employer,
        occupation: row.occupation,
        skillLevel: row.skillLevel,
        sheet: row.sheet ?? ('none' as const),
        total: row.total === null ? null : Number(row.total),
      };
    });
    return { items, rubrics: await Promise.all(awardRows.map((a) => rubricView(tx, a))) };
  });
}
