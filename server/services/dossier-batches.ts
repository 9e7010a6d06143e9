import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Job } from 'pg-boss';
import yazl from 'yazl';
import type { DossierBatchView } from '../../contract/dossier-batches';
import { awardLabels } from '../../domain/application';
import { DomainError } from '../../domain/errors';
import type { Sealer } from '../crypto/sealed';
import type { Db } from '../db/database';
import { dossierBatches, organisations } from '../db/schema';
import type { JobQueue } from '../jobs/queue';
import type { Actor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import type { FileStorage } from '../storage/storage';
import { appendAudit } from './audit';
import { generateDossier } from './candidate-papers';
import { currentEdition } from './editions-query';
import { papersRecommender, recommendedCandidates } from './recommender-papers';
import type { Acting } from './workflow';

type BatchRow = typeof dossierBatches.$inferSelect;

/** What the job needs besides its row. */
export interface BatchDeps {
  db: Db;
  storage: FileStorage;
  sealer: Sealer;
  now: () => Date;
}

export interface DossierBatchJob {
  batchId: string;
  /** Where the QR codes on the dossiers point (the public origin of the request that asked). */
  verificationBase: string;
}

const ACTIVE = ['queued', 'running'] as const;

export function batchView(row: BatchRow): DossierBatchView {
  return {
    id: row.id,
    status: row.status,
    done: row.done,
    total: row.total,
    sizeBytes: row.sizeBytes,
    error: row.error ?? null,
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
  };
}

/**
 * Asks for every dossier of the caller's recommender (the bureau names one) bound in one ZIP: a row to
 * follow and a job in the queue, in one transaction. While one is queued or running it is answered again
 * instead of a second (two clicks, two tabs: the recommender's row is locked while we look).
 */
export async function requestDossierBatch(
  db: Db,
  jobs: JobQueue,
  acting: Acting,
  requested: string | undefined,
  verificationBase: string,
): Promise<DossierBatchView> {
  await jobs.start();
  return db.transaction(async (tx) => {
    const recommender = await papersRecommender(tx, acting.actor, requested);
    await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, recommender.id))
      .for('update');
    const [active] = await tx
      .select()
      .from(dossierBatches)
      .where(
        and(eq(dossierBatches.recommenderId, recommender.id), inArray(dossierBatches.status, [...ACTIVE])),
      )
      .limit(1);
    if (active) return batchView(active);
    const candidates = await recommendedCandidates(tx, acting.actor, recommender.id);
    if (candidates.length === 0) {
      throw new DomainError('batch.nothing_to_bind', {
        zh: '尚无公示后排序的推荐人选，没有可装订的申报材料册',
        en: 'No candidate has been ranked after the notice: there is no dossier to bind',
      });
    }
    const edition = await currentEdition(tx);
    const [row] = await tx
      .insert(dossierBatches)
      .values({
        editionId: edition.id,
        recommenderId: recommender.id,
        requestedBy: acting.actor.userId,
        requestedAs: { ...acting.actor },
        total: candidates.length,
        createdAt: acting.now,
      })
      .returning();
    if (!row) throw new Error('batch insert returned nothing');
    const data: DossierBatchJob = { batchId: row.id, verificationBase };
    const jobId = await jobs.send(tx, 'dossier-batch', data);
    await appendAudit(
      tx,
      acting.audit,
      {
        action: 'dossier_batch.request',
        objectType: 'dossier_batch',
        objectId: row.id,
        detail: { recommenderId: recommender.id, total: candidates.length, jobId },
      },
      acting.now,
    );
    return batchView(row);
  });
}

/** A batch the caller may follow: its recommender's officers', or any for the bureau; else 404. */
async function scopedBatch(db: Db, actor: Actor, id: string) {
  const [row] = await db.select().from(dossierBatches).where(eq(dossierBatches.id, id));
  if (!row) throw notFound();
  return { row, recommender: await papersRecommender(db, actor, row.recommenderId) };
}

export async function findBatch(db: Db, acting: Acting, id: string): Promise<DossierBatchView> {
  return batchView((await scopedBatch(db, acting.actor, id)).row);
}

/** The caller's recommender's latest batch, if any: the page shows where it stands after a reload. */
export async function latestBatch(db: Db, acting: Acting, requested: string | undefined) {
  const recommender = await papersRecommender(db, acting.actor, requested);
  const [row] = await db
    .select()
    .from(dossierBatches)
    .where(eq(dossierBatches.recommenderId, recommender.id))
    .orderBy(desc(dossierBatches.createdAt))
    .limit(1);
  return { batch: row ? batchView(row) : null };
}

/** The finished ZIP, to download; its handing out is audited (the dossiers may hold personal data in clear). */
export async function batchDownload(db: Db, acting: Acting, id: string) {
  const { row, recommender } = await scopedBatch(db, acting.actor, id);
  if (row.status !== 'done' || !row.storageKey) {
    throw new DomainError('batch.not_ready', {
      zh: '申报材料册尚在生成，请稍后下载',
      en: 'The dossiers are still being bound; download them when the batch is done',
    });
  }
  await appendAudit(
    db,
    acting.audit,
    {
      action: 'document.dossier_batch',
      objectType: 'dossier_batch',
      objectId: row.id,
      detail: { sha256: row.sha256, sizeBytes: row.sizeBytes },
    },
    acting.now,
  );
  return { storageKey: row.storageKey, fileName: `申报材料册（${recommender.nameZh}）.zip` };
}

/**
 * The job: binds each candidate's dossier as the requester would print it (their scope, their disclosure),
 * adds it to a ZIP stored without deflating (PDFs are compressed already), counting progress on the row,
 * then keeps the ZIP and marks the batch done in one transaction. A retried job starts over; a dossier
 * that cannot be bound (an unreadable attachment) fails the batch at once, naming it, since a retry
 * would fail the same way.
 */
export async function buildDossierBatch(deps: BatchDeps, job: Job<DossierBatchJob>, finalAttempt: boolean) {
  const { db, storage } = deps;
  const [row] = await db.select().from(dossierBatches).where(eq(dossierBatches.id, job.data.batchId));
  if (!row || row.status === 'done' || row.status === 'failed') return;
  const actor = row.requestedAs as unknown as Actor;
  const acting: Acting = {
    actor,
    audit: { userId: actor.userId, organisationId: actor.organisationId, role: actor.role },
    now: deps.now(),
    sealer: deps.sealer,
  };
  const candidates = await recommendedCandidates(db, actor, row.recommenderId);
  await db
    .update(dossierBatches)
    .set({ status: 'running', done: 0, total: candidates.length, attempts: row.attempts + 1, error: null })
    .where(eq(dossierBatches.id, row.id));
  const zip = new yazl.ZipFile();
  const staging = storage.stage(zip.outputStream as never, { prefix: 'batches' });
  // a failed build still ends the ZIP, so the staged file is written out and can be discarded
  staging.catch(() => undefined);
  try {
    for (const [index, { application, award }] of candidates.entries()) {
      const dossier = await generateDossier(db, storage, acting, application.id, job.data.verificationBase);
      const rank = String(application.recommenderRank ?? index + 1).padStart(2, '0');
      zip.addBuffer(dossier.bytes, `${awardLabels[award].zh}/${rank}-${application.name}.pdf`, {
        compress: false,
        mtime: acting.now,
      });
      await db
        .update(dossierBatches)
        .set({ done: index + 1 })
        .where(eq(dossierBatches.id, row.id));
    }
  } catch (error) {
    zip.end();
    await staging.then((staged) => staged.discard()).catch(() => undefined);
    const known = error instanceof DomainError;
    const message = known
      ? error.userMessage
      : { zh: '生成申报材料册时出错，将自动重试', en: 'Binding failed; it will be retried' };
    const failed = known || finalAttempt;
    await db
      .update(dossierBatches)
      .set({
        status: failed ? 'failed' : 'queued',
        error: { code: known ? error.code : 'batch.failed', ...message },
        finishedAt: failed ? deps.now() : null,
      })
      .where(eq(dossierBatches.id, row.id));
    if (!known) throw error;
    return;
  }
  zip.end();
  const staged = await staging;
  try {
    await db.transaction(async (tx) => {
      await tx
        .update(dossierBatches)
        .set({
          status: 'done',
          storageKey: staged.key,
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          finishedAt: deps.now(),
        })
        .where(eq(dossierBatches.id, row.id));
      await appendAudit(
        tx,
        acting.audit,
        {
          action: 'dossier_batch.done',
          objectType: 'dossier_batch',
          objectId: row.id,
          detail: { dossiers: candidates.length, sizeBytes: staged.sizeBytes, sha256: staged.sha256 },
        },
        deps.now(),
      );
      await staged.commit();
    });
  } catch (error) {
    await staged.discard();
    throw error;
  }
}
