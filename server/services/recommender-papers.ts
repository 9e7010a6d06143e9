import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import { intakeCodeFrom } from '../../domain/intake/intake-code';
import { summaryTableStatuses } from '../../domain/quotas';
import type { AwardCode } from '../../domain/roles';
import { shanghaiDate } from '../../domain/time';
import { recommendsOwnStaff } from '../../domain/workflow';
import type { Executor } from '../db/database';
import { applications, awards, editions, organisations } from '../db/schema';
import { annex2DataFromDraft, type SummaryTable, type SummaryTableRow } from '../documents';
import { canonicalJson, sha256Hex } from '../documents/annex2-hash';
import { annex2View } from '../documents/annex2-view';
import type { Actor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { storageToDraft } from './application-draft';
import type { Acting } from './workflow';

type OrganisationRow = typeof organisations.$inferSelect;
type ApplicationRow = typeof applications.$inferSelect;

/**
 * The recommending organisation whose papers (Annex 3, the recommendation report) the caller produces:
 * a recommender's officers their own; the officers of a state-owned enterprise or technical school, which
 * recommends its own staff, their own organisation; the bureau the one it names. Anyone else, or a
 * recommender asking for another's, is told it does not exist (404).
 */
export async function papersRecommender(
  tx: Executor,
  actor: Actor,
  requested: string | undefined,
): Promise<OrganisationRow> {
  let id: string;
  switch (actor.role) {
    case 'recommender_officer':
      id = actor.organisationId;
      break;
    case 'employer_officer':
      if (!recommendsOwnStaff(actor.organisationKind)) throw notFound();
      id = actor.organisationId;
      break;
    case 'bureau_admin':
    case 'bureau_staff':
      if (!requested) {
        const message = { zh: '请指定推荐单位', en: 'Name the recommending organisation' };
        throw new DomainError('papers.recommender_required', message, {
          fields: [{ path: 'recommender', code: 'papers.recommender_required', message }],
        });
      }
      id = requested;
      break;
    default:
      throw notFound();
  }
  if (requested && requested !== id) throw notFound();
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, id));
  if (organisation?.kind !== 'recommender') throw notFound();
  return organisation;
}

/**
 * The candidates a recommender puts forward, in the order of Annex 3 (the grand award first, each award by
 * the recommender's rank): those it ranked after its notice, whether reported yet or not, within the
 * caller's scope (the bureau sees those that reached it).
 */
export async function recommendedCandidates(tx: Executor, actor: Actor, recommenderId: string) {
  return tx
    .select({ application: applications, award: awards.code })
    .from(applications)
    .innerJoin(awards, eq(awards.id, applications.awardId))
    .where(
      and(
        eq(applications.recommenderId, recommenderId),
        isNotNull(applications.recommenderRank),
        inArray(applications.status, [...summaryTableStatuses]),
        applicationScope(actor),
      ),
    )
    .orderBy(
      sql`case when ${awards.code} = 'grand_award' then 0 else 1 end`,
      asc(applications.recommenderRank),
    );
}

/** One row of Annex 3, in clear: the annex asks for the full ID and bank account numbers. */
function summaryRow(
  row: ApplicationRow,
  award: AwardCode,
  employerName: string,
  acting: Acting,
): SummaryTableRow {
  const draft = storageToDraft(row, [], award, { sealer: acting.sealer, reveal: true });
  const data = annex2DataFromDraft(draft, {
    employerName,
    referenceDate: shanghaiDate(acting.now),
    verificationUrl: '',
    generatedAt: acting.now,
  });
  const personal = annex2View(data).personal;
  return {
    award,
    rank: row.recommenderRank ?? 0,
    name: personal.name,
    gender: personal.gender,
    employer: personal.employerName,
    idNumber: draft.idNumber ?? '',
    occupation: personal.occupation,
    skillLevelOrTitle: personal.skill,
    education: personal.education,
    achievements: draft.achievementsSummary ?? '',
    bankAccount: draft.bankAccount ?? '',
    phone: draft.mobile ?? draft.landline ?? '',
  };
}

/**
 * The candidates a recommender puts forward as Annex 3 lists them (personal numbers in clear), with the
 * applications behind them; the recommendation report prints some of the same columns.
 */
export async function recommendedRows(
  tx: Executor,
  acting: Acting,
  recommender: OrganisationRow,
): Promise<{ rows: SummaryTableRow[]; applications: ApplicationRow[] }> {
  const candidates = await recommendedCandidates(tx, acting.actor, recommender.id);
  const employerIds = [...new Set(candidates.map((c) => c.application.employerId))];
  const employers = employerIds.length
    ? await tx
        .select({ id: organisations.id, nameZh: organisations.nameZh })
        .from(organisations)
        .where(inArray(organisations.id, employerIds))
    : [];
  const employerName = new Map(employers.map((e) => [e.id, e.nameZh]));
  const rows = candidates.map(({ application, award }) =>
    summaryRow(
      application,
      award,
      application.employerName || employerName.get(application.employerId) || '',
      acting,
    ),
  );
  return { rows, applications: candidates.map((c) => c.application) };
}

/**
 * Annex 3 of a recommender: every candidate it puts forward, with the personal numbers in clear. Its
 * content hash (of the data, not the bytes) is registered for the verification page the QR code opens.
 */
export async function summaryTableOf(
  tx: Executor,
  acting: Acting,
  recommender: OrganisationRow,
  verificationBase: string,
): Promise<{ table: SummaryTable; contentHash: string; applicationIds: string[] }> {
  const { rows, applications: recommended } = await recommendedRows(tx, acting, recommender);
  const base: SummaryTable = {
    recommenderName: recommender.nameZh,
    rows,
    filledBy: acting.actor.displayName,
    filledOn: shanghaiDate(acting.now),
    contactPhone: recommender.contactPhone ?? '',
  };
  const contentHash = sha256Hex(Buffer.from(canonicalJson({ schema: 'jiangxuan.annex3/1', ...base })));
  return {
    table: {
      ...base,
      verification: { url: `${verificationBase}${contentHash}`, code: contentHash.slice(0, 12) },
    },
    contentHash,
    applicationIds: recommended.map((a) => a.id),
  };
}

/** The application's intake code, given now if it has none (unique; a collision draws again). */
export async function intakeCodeOf(tx: Executor, row: ApplicationRow): Promise<string> {
  if (row.intakeCode) return row.intakeCode;
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = intakeCodeFrom(randomBytes(8));
    const [taken] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.intakeCode, code));
    if (taken) continue;
    const [set] = await tx
      .update(applications)
      .set({ intakeCode: code })
      .where(and(eq(applications.id, row.id), isNull(applications.intakeCode)))
      .returning({ code: applications.intakeCode });
    if (set?.code) return set.code;
    const [again] = await tx
      .select({ code: applications.intakeCode })
      .from(applications)
      .where(eq(applications.id, row.id));
    if (again?.code) return again.code;
  }
  throw new Error('no free intake code after 5 draws');
}

/** The edition's title as the cover prints it (第三届长春技能大奖和长春技术能手申报材料档案袋封面). */
export async function coverTitleOf(tx: Executor, editionId: string): Promise<string> {
  const [edition] = await tx
    .select({ nameZh: editions.nameZh })
    .from(editions)
    .where(eq(editions.id, editionId));
  return `${(edition?.nameZh ?? '').replace(/评选$/, '')}申报材料档案袋封面`;
}
