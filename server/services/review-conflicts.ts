import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ConflictList } from '../../contract/review-stage';
import { rankedStatuses } from '../../domain/review';
import type { conflictInput, conflictVetInput } from '../../domain/review/inputs';
import type { Db, Executor } from '../db/database';
import { applications, awards, conflicts, experts } from '../db/schema';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { refuse } from '../workflow/record-types';
import { appendAudit } from './audit';
import { blindLabels } from './blind-labels';
import { currentEdition } from './editions-query';
import { candidatesChanged } from './review-ranking';
import type { Acting } from './workflow';

type Item = z.infer<typeof ConflictList>['items'][number];

const reviewStatuses = ['accepted', ...rankedStatuses] as const;

/** The expert the acting user is, or 404 (an expert account not in the pool sees nothing). */
export async function actingExpert(tx: Executor, userId: string) {
  const [expert] = await tx.select().from(experts).where(eq(experts.userId, userId));
  if (!expert) throw notFound();
  return expert;
}

/**
 * The conflicts of the current edition's review: those recorded (declared by experts, added by the bureau,
 * with their vetting) and those the server finds from the experts' organisations — for one expert, or all.
 */
export async function conflictItems(tx: Executor, expertId?: string): Promise<Item[]> {
  const edition = await currentEdition(tx);
  const inReview = and(
    eq(applications.editionId, edition.id),
    inArray(applications.status, [...reviewStatuses]),
  );
  const recorded = await tx
    .select({ conflict: conflicts, expertName: experts.name, candidateName: applications.name })
    .from(conflicts)
    .innerJoin(experts, eq(experts.id, conflicts.expertId))
    .innerJoin(applications, eq(applications.id, conflicts.applicationId))
    .where(and(inReview, expertId ? eq(conflicts.expertId, expertId) : undefined))
    .orderBy(asc(experts.name), asc(applications.name));
  const found = await tx
    .select({
      expertId: experts.id,
      expertName: experts.name,
      applicationId: applications.id,
      candidateName: applications.name,
      sameEmployer: sql<boolean>`(${experts.organisationId} = ${applications.employerId} or ${experts.workplace} = ${applications.employerName}) is true`,
    })
    .from(experts)
    .innerJoin(
      applications,
      or(
        eq(experts.organisationId, applications.employerId),
        eq(experts.organisationId, applications.recommenderId),
        eq(experts.workplace, applications.employerName),
      ),
    )
    .where(and(inReview, expertId ? eq(experts.id, expertId) : undefined))
    .orderBy(asc(experts.name), asc(applications.name));
  return [
    ...found.map(
      (f): Item => ({
        id: null,
        expertId: f.expertId,
        expertName: f.expertName,
        applicationId: f.applicationId,
        candidateName: f.candidateName,
        reason: f.sameEmployer ? 'same_employer' : 'same_recommender',
        note: '',
        source: 'found',
        status: 'active',
        vetNote: null,
        vetted: true,
      }),
    ),
    ...recorded.map(
      ({ conflict, expertName, candidateName }): Item => ({
        id: conflict.id,
        expertId: conflict.expertId,
        expertName,
        applicationId: conflict.applicationId,
        candidateName,
        reason: conflict.reason,
        note: conflict.note,
        source: conflict.source,
        status: conflict.status,
        vetNote: conflict.vetNote,
        vetted: conflict.vettedAt !== null,
      }),
    ),
  ];
}

/** An expert's own conflicts: in a blind review the candidate is named by the label they declared against. */
async function expertsConflicts(tx: Executor, expertId: string): Promise<Item[]> {
  const items = await conflictItems(tx, expertId);
  const ids = items.map((i) => i.applicationId);
  const blind = ids.length
    ? await tx
        .select({ awardId: applications.awardId })
        .from(applications)
        .innerJoin(awards, eq(awards.id, applications.awardId))
        .where(and(inArray(applications.id, ids), eq(awards.blind, true)))
    : [];
  const labels = await blindLabels(
    tx,
    blind.map((b) => b.awardId),
  );
  return items.map((i) => ({ ...i, candidateName: labels.get(i.applicationId) ?? i.candidateName }));
}

export async function listConflicts(db: Db, acting: Acting) {
  return db.transaction(async (tx) => {
    if (acting.actor.role === 'expert') {
      const expert = await actingExpert(tx, acting.actor.userId);
      return { items: await expertsConflicts(tx, expert.id) };
    }
    return { items: await conflictItems(tx) };
  });
}

/**
 * 回避申报: an expert declares a relation with a candidate they see (and from then on no longer sees them);
 * the bureau records one for any expert and a candidate reported to it. A dismissed conflict declared
 * again holds again.
 */
export async function recordConflict(db: Db, acting: Acting, input: z.output<typeof conflictInput>) {
  return db.transaction(async (tx) => {
    const byExpert = acting.actor.role === 'expert';
    const expert = byExpert
      ? await actingExpert(tx, acting.actor.userId)
      : (
          await tx
            .select()
            .from(experts)
            .where(eq(experts.id, input.expertId ?? sql`null`))
        )[0];
    if (!expert)
      refuse('conflict.expert_missing', '请选择需要回避的专家', 'Choose the expert who stands aside', {
        path: 'expertId',
      });
    const edition = await currentEdition(tx);
    const [candidate] = await tx
      .select({ id: applications.id, awardId: applications.awardId, name: applications.name })
      .from(applications)
      .where(
        and(
          eq(applications.id, input.applicationId),
          eq(applications.editionId, edition.id),
          applicationScope(acting.actor),
        ),
      );
    if (!candidate) throw notFound();
    const values = {
      reason: input.reason,
      note: input.note,
      source: byExpert ? ('expert' as const) : ('bureau' as const),
      status: 'active' as const,
      declaredBy: acting.actor.userId,
      vettedBy: byExpert ? null : acting.actor.userId,
      vettedAt: byExpert ? null : acting.now,
      vetNote: null,
    };
    const [saved] = await tx
      .insert(conflicts)
      .values({ expertId: expert.id, applicationId: candidate.id, ...values })
      .onConflictDoUpdate({ target: [conflicts.expertId, conflicts.applicationId], set: values })
      .returning();
    if (!saved) throw new Error('conflict upsert returned nothing');
    await candidatesChanged(tx, [candidate]);
    await appendAudit(
      tx,
      acting.audit,
      {
        action: byExpert ? 'conflict.declare' : 'conflict.add',
        objectType: 'conflict',
        objectId: saved.id,
        detail: { expertId: expert.id, applicationId: candidate.id, reason: input.reason },
      },
      acting.now,
    );
    return { items: byExpert ? await expertsConflicts(tx, expert.id) : await conflictItems(tx) };
  });
}

/** 审核回避: the bureau confirms a declared conflict or dismisses a mistaken one, saying why. */
export async function vetConflict(
  db: Db,
  acting: Acting,
  conflictId: string,
  input: z.output<typeof conflictVetInput>,
) {
  return db.transaction(async (tx) => {
    const edition = await currentEdition(tx);
    const [found] = await tx
      .select({ conflict: conflicts, awardId: applications.awardId })
      .from(conflicts)
      .innerJoin(applications, eq(applications.id, conflicts.applicationId))
      .where(and(eq(conflicts.id, conflictId), eq(applications.editionId, edition.id)))
      .for('update', { of: conflicts });
    if (!found) throw notFound();
    await tx
      .update(conflicts)
      .set({
        status: input.decision === 'dismiss' ? 'dismissed' : 'active',
        vettedBy: acting.actor.userId,
        vettedAt: acting.now,
        vetNote: input.note,
      })
      .where(eq(conflicts.id, conflictId));
    await candidatesChanged(tx, [{ id: found.conflict.applicationId, awardId: found.awardId }]);
    await appendAudit(
      tx,
      acting.audit,
      {
        action: `conflict.${input.decision}`,
        objectType: 'conflict',
        objectId: conflictId,
        detail: { note: input.note, previous: found.conflict.status },
      },
      acting.now,
    );
    return { items: await conflictItems(tx) };
  });
}
