import { and, eq } from 'drizzle-orm';
import type { AwardCode } from '../../domain/roles';
import { actingLevelsOf, recommendsOwnStaff, type StepLevel, stepLevels } from '../../domain/workflow';
import type { Executor } from '../db/database';
import { applications, awards, editions } from '../db/schema';
import { appendAudit } from '../services/audit';
import { type Acting, lockScopedApplications } from '../services/workflow';
import { refuse } from './record-types';

/**
 * 排序: a level's order of its candidates for one award, all of those whose notice has ended, 1..n — the
 * unit's order of its own staff, the recommender's of everything its units reported.
 */
export async function rankApplications(
  tx: Executor,
  acting: Acting,
  level: StepLevel,
  input: { award: AwardCode; applicationIds: string[] },
) {
  const { rankable, rankColumn, runBy } = stepLevels[level];
  const levels = actingLevelsOf(acting.actor.role, recommendsOwnStaff(acting.actor.organisationKind));
  if (!rankable || !rankColumn || !levels.includes(runBy))
    refuse('auth.forbidden', '您的角色不能为该层级排序', 'Your role does not rank at this level');
  const [awardRow] = await tx
    .select({ id: awards.id })
    .from(awards)
    .innerJoin(editions, eq(editions.id, awards.editionId))
    .where(and(eq(awards.code, input.award), eq(editions.status, 'published')));
  if (!awardRow)
    refuse('award.unknown', '本届没有该奖项', 'No such award in this edition', { path: 'award' });
  const organisationColumn = level === 'unit' ? applications.employerId : applications.recommenderId;
  const candidates = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(organisationColumn, acting.actor.organisationId),
        eq(applications.awardId, awardRow.id),
        eq(applications.status, rankable),
      ),
    );
  const expected = new Set(candidates.map((c) => c.id));
  if (expected.size !== input.applicationIds.length || input.applicationIds.some((id) => !expected.has(id))) {
    refuse(
      'ranking.incomplete',
      '排序须包含本单位该奖项所有公示期满的申报，且每人一次',
      'The ranking lists every application of this award whose notice has ended, each once',
      { path: 'applicationIds' },
    );
  }
  const rows = await lockScopedApplications(tx, acting.actor, input.applicationIds);
  for (const [index, row] of rows.entries()) {
    await tx
      .update(applications)
      .set({ [rankColumn]: index + 1, version: row.version + 1, updatedAt: acting.now })
      .where(eq(applications.id, row.id));
  }
  await appendAudit(
    tx,
    acting.audit,
    {
      action: `${level}.ranking`,
      objectType: 'award',
      objectId: input.award,
      detail: { order: input.applicationIds },
    },
    acting.now,
  );
  return input.applicationIds;
}
