import { and, asc, count, desc, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  annex2Fields,
  missingAttachmentKinds,
  type SecretField,
  secretFields,
  stepAttachmentKinds,
} from '../../domain/application';
import { maskBankAccount, normalizeBankAccount } from '../../domain/people/bank-account';
import { maskLandline, maskMobile } from '../../domain/people/contact';
import { maskIdNumber, normalizeIdNumber } from '../../domain/people/id-number';
import { BLIND_PLACEHOLDER } from '../../domain/review/blind';
import type { AwardCode } from '../../domain/roles';
import type { ApplicationStatus } from '../../domain/workflow/states';
import type { Sealer } from '../crypto/sealed';
import type { Db, Executor } from '../db/database';
import {
  applicationEntries,
  applications,
  attachments,
  awards,
  organisations,
  workflowEvents,
} from '../db/schema';
import type { Actor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { blindLabels } from './blind-labels';

type ApplicationRow = typeof applications.$inferInsert;

/** Plain personal data as entered; only ever stored sealed. */
export type PersonalSecrets = { [F in SecretField]?: string | null };

export type EntryInput = Omit<typeof applicationEntries.$inferInsert, 'id' | 'applicationId'>;

interface Sealing {
  /** The domain's normal (ASCII) form, sealed and hashed instead of the input. */
  normalize?: (plain: string) => string;
  mask: (plain: string) => string;
  /** The column of a keyed hash, for uniqueness checks without opening the seal. */
  lookupHash?: keyof ApplicationRow;
}

/** How each secret field of the registry is sealed: a new secret field without a row does not compile. */
const sealing = {
  idNumber: { normalize: normalizeIdNumber, mask: maskIdNumber, lookupHash: 'idNumberHash' },
  bankAccount: { normalize: normalizeBankAccount, mask: maskBankAccount },
  mobile: { mask: maskMobile },
  landline: { mask: maskLandline },
} satisfies Record<SecretField, Sealing>;

/**
 * Seals ID number, bank account and phones; keeps masks for display and the ID hash for uniqueness.
 * The ID number and the account are sealed and hashed in the domain's normal (ASCII) form, so a number
 * typed in full width is the same person as the same number in ASCII.
 */
export function sealPersonalData(sealer: Sealer, secrets: PersonalSecrets): Partial<ApplicationRow> {
  const out: Record<string, string | null> = {};
  for (const field of secretFields) {
    const given = secrets[field];
    if (given === undefined) continue;
    const how: Sealing = sealing[field];
    const plain = given ? (how.normalize ? how.normalize(given) || null : given) : null;
    const { sealed, masked } = annex2Fields[field].column;
    out[sealed] = sealer.sealOptional(plain);
    out[masked] = plain ? how.mask(plain) : null;
    if (how.lookupHash) out[how.lookupHash] = plain ? sealer.lookupHash(plain) : null;
  }
  // The keys are the registry's sealed and masked columns (checked in application-draft.ts) and the hashes.
  return out as Partial<ApplicationRow>;
}

export async function insertApplication(
  tx: Executor,
  sealer: Sealer,
  input: Omit<
    ApplicationRow,
    'idNumberEnc' | 'idNumberHash' | 'idNumberMasked' | 'bankAccountEnc' | 'mobileEnc' | 'landlineEnc'
  > & {
    secrets: PersonalSecrets;
    entries?: EntryInput[];
  },
): Promise<{ id: string }> {
  const { secrets, entries, ...row } = input;
  const [created] = await tx
    .insert(applications)
    .values({ ...row, ...sealPersonalData(sealer, secrets) })
    .returning({ id: applications.id });
  if (!created) throw new Error('application insert returned nothing');
  if (entries?.length) {
    await tx.insert(applicationEntries).values(entries.map((e) => ({ ...e, applicationId: created.id })));
  }
  return created;
}

const employer = alias(organisations, 'employer');
const recommender = alias(organisations, 'recommender');

const summaryColumns = {
  id: applications.id,
  award: awards.code,
  status: applications.status,
  name: applications.name,
  gender: applications.gender,
  occupation: applications.occupation,
  skillLevel: applications.skillLevel,
  unitRank: applications.unitRank,
  recommenderRank: applications.recommenderRank,
  idNumberMasked: applications.idNumberMasked,
  mobileMasked: applications.mobileMasked,
  employerId: applications.employerId,
  employerNameZh: employer.nameZh,
  employerNameEn: employer.nameEn,
  recommenderId: applications.recommenderId,
  recommenderNameZh: recommender.nameZh,
  recommenderNameEn: recommender.nameEn,
  updatedAt: applications.updatedAt,
  // why the level above sent it back, while it stays returned (the unit reads it on its list)
  returnReason: sql<string | null>`(select ${workflowEvents.reason} from ${workflowEvents}
    where ${workflowEvents.applicationId} = ${applications.id} and ${workflowEvents.toStatus} = ${applications.status}
    and ${applications.status} in ('returned_to_unit', 'returned_to_recommender')
    order by ${workflowEvents.at} desc limit 1)`,
  unitOpinion: applications.unitOpinion,
  // the kinds of its own papers (a decision's minutes or a review's opinion are the step's, not the dossier's)
  attachmentKinds: sql<string[] | null>`(select json_agg(distinct ${attachments.kind}) from ${attachments}
    where ${attachments.applicationId} = ${applications.id} and ${notInArray(attachments.kind, [...stepAttachmentKinds])})`,
  attachmentCount: sql<number>`(select count(*)::int from ${attachments}
    where ${attachments.applicationId} = ${applications.id} and ${notInArray(attachments.kind, [...stepAttachmentKinds])})`,
};

function summaryQuery(db: Executor, where: SQL | undefined) {
  return db
    .select(summaryColumns)
    .from(applications)
    .innerJoin(awards, eq(awards.id, applications.awardId))
    .innerJoin(employer, eq(employer.id, applications.employerId))
    .innerJoin(recommender, eq(recommender.id, applications.recommenderId))
    .where(where);
}

function toSummary(row: Awaited<ReturnType<typeof summaryQuery>>[number]) {
  return {
    id: row.id,
    award: row.award,
    status: row.status,
    name: row.name,
    gender: row.gender,
    occupation: row.occupation,
    skillLevel: row.skillLevel,
    unitRank: row.unitRank,
    recommenderRank: row.recommenderRank,
    idNumberMasked: row.idNumberMasked,
    mobileMasked: row.mobileMasked,
    employer: { id: row.employerId, name: { zh: row.employerNameZh, en: row.employerNameEn } },
    recommender: { id: row.recommenderId, name: { zh: row.recommenderNameZh, en: row.recommenderNameEn } },
    updatedAt: new Date(row.updatedAt).toISOString(),
    returnReason: row.returnReason,
    unitOpinion: row.unitOpinion,
    missingAttachments: missingAttachmentKinds(row.attachmentKinds ?? []),
    attachmentCount: Number(row.attachmentCount),
  };
}

export interface ListQuery {
  status?: ApplicationStatus;
  award?: AwardCode;
  limit: number;
  offset: number;
}

export async function listApplications(db: Db, actor: Actor, query: ListQuery) {
  const where = and(
    applicationScope(actor),
    query.status ? eq(applications.status, query.status) : undefined,
    query.award ? eq(awards.code, query.award) : undefined,
  );
  const rows = await summaryQuery(db, where)
    .orderBy(asc(awards.code), asc(applications.unitRank), desc(applications.updatedAt))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ n: count() })
    .from(applications)
    .innerJoin(awards, eq(awards.id, applications.awardId))
    .where(where);
  const items = rows.map(toSummary);
  // an expert of a blind review reads its candidates as 候选人 N, as on their scoring list
  if (actor.role === 'expert') {
    const blindAwards = await db
      .select({ id: awards.id })
      .from(awards)
      .where(and(eq(awards.blind, true), inArray(awards.code, [...new Set(items.map((i) => i.award))])));
    const labels = await blindLabels(
      db,
      blindAwards.map((a) => a.id),
    );
    return {
      items: items.map((item) => blindSummary(item, labels.get(item.id))),
      total: Number(total?.n ?? 0),
    };
  }
  return { items, total: Number(total?.n ?? 0) };
}

export type ApplicationSummaryRow = ReturnType<typeof toSummary>;

/** A summary without the name, unit and numbers, under the blind review's label (unchanged without one). */
export function blindSummary<S extends ApplicationSummaryRow>(summary: S, label: string | undefined): S {
  if (label === undefined) return summary;
  const hidden = { id: '', name: BLIND_PLACEHOLDER };
  return {
    ...summary,
    name: label,
    employer: hidden,
    recommender: hidden,
    idNumberMasked: null,
    mobileMasked: null,
    unitOpinion: null,
    returnReason: null,
  };
}

/**
 * The summaries of the given applications that are in the actor's scope, in the order given: one query
 * by id, so none is lost to a page size (unlike re-reading a capped list and picking the ids from it).
 */
export async function scopedSummaries(db: Executor, actor: Actor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await summaryQuery(db, and(inArray(applications.id, [...ids]), applicationScope(actor)));
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The summary of an application already known to be in the actor's scope. */
export async function loadScopedSummary(db: Executor, actor: Actor, id: string) {
  const [row] = await summaryQuery(db, and(eq(applications.id, id), applicationScope(actor)));
  if (!row) throw notFound();
  return toSummary(row);
}

export async function applicationHistory(db: Db, applicationId: string) {
  return db
    .select({
      transition: workflowEvents.transition,
      fromStatus: workflowEvents.fromStatus,
      toStatus: workflowEvents.toStatus,
      actorRole: workflowEvents.actorRole,
      reason: workflowEvents.reason,
      at: workflowEvents.at,
    })
    .from(workflowEvents)
    .where(eq(workflowEvents.applicationId, applicationId))
    .orderBy(asc(workflowEvents.at));
}
