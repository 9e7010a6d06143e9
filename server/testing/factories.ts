import { eq } from 'drizzle-orm';
import { type ApplicationDraft, requiredAttachmentKinds } from '../../domain/application';
import { makeApplication } from '../../domain/application/application.testing';
import { addDays } from '../../domain/calendar/days';
import { normalizeIdNumber } from '../../domain/people';
import { makeIdNumber } from '../../domain/people/id-number.testing';
import type { AwardCode } from '../../domain/roles';
import { shanghaiDate } from '../../domain/time';
import type { ApplicationStatus } from '../../domain/workflow';
import { applications, winnersHistory } from '../db/schema';
import { draftToStorage } from '../services/application-draft';
import { insertApplication as insertApplicationRow } from '../services/applications';
import { loadCalendar } from '../services/calendar';
import { checkEligibility } from '../services/eligibility';
import { type Made, walkPath } from './factory-moves';
import {
  type FactoryTarget,
  idOf,
  insertEdition,
  insertOrganisation,
  organisationRow,
  type Ref,
  within,
} from './factory-people';
import { insertAttachment } from './factory-records';
import { type PathStep, pathDays, pathTo } from './workflow-path';

/**
 * Test factories for any state of the workflow: `insertApplication(t, { status: 'at_bureau' })` makes a
 * complete, eligible application with its papers and the history of the shortest way there, so that a
 * later stage's test starts where it needs to instead of walking the whole journey or leaning on the demo.
 * Everything lands in one transaction. Test-only.
 */

export * from './factory-people';
export * from './factory-records';
export { type PathStep, pathTo, shortestPath } from './workflow-path';

export interface ApplicationFactoryInput {
  /** Where the application stands; `draft` unless said. */
  status?: ApplicationStatus;
  /** Statuses the history must pass through on its way, in order (e.g. `['at_bureau']` before `revoked`). */
  through?: readonly ApplicationStatus[];
  award?: AwardCode;
  /** The employer unit (id, code or row); a new one, under a new district HR bureau, unless said. */
  employer?: Ref;
  /** The recommender; the employer's own (or the employer itself, when it recommends its own staff) unless said. */
  recommender?: Ref;
  name?: string;
  /** Fields of Annex 2 replacing the sample's (domain/application/application.testing.ts). */
  draft?: Partial<ApplicationDraft>;
  candidateUser?: Ref | null;
  /** The required papers as real sample files (default); `false` leaves the dossier without them. */
  attachments?: boolean;
  /** Write the unit's justification of every eligibility warning (default), as the unit must before deciding. */
  justifyWarnings?: boolean;
  /** The rank the unit gave (set by default once the path reports to the recommender). */
  unitRank?: number | null;
  /** The rank the recommender gave (set by default once the path reports to the bureau). */
  recommenderRank?: number | null;
  /** The reason of the last move, when it is a return, refusal, withdrawal or revocation. */
  reason?: string;
  /** An open notice of the right level to join when `status` is a notice status. */
  notice?: Ref;
  /** Working days of each notice the path passes (5, the plan's period). */
  noticeDays?: number;
}

export interface FactoryApplication {
  id: string;
  status: ApplicationStatus;
  editionId: string;
  awardId: string;
  employerId: string;
  recommenderId: string;
  /** The moves recorded, in order. */
  path: PathStep[];
  made: Made;
}

let nextSequence = 100;

/** An ID number nobody in the database has (no application, no former title), with the sample's facts. */
async function freshIdNumber(t: FactoryTarget, draft: ApplicationDraft): Promise<string> {
  const region = (draft.idNumber ?? '220104').slice(0, 6);
  for (let tries = 0; tries < 499; tries++) {
    nextSequence = (nextSequence + 1) % 499;
    const idNumber = makeIdNumber({
      region,
      birthDate: draft.birthDate,
      gender: draft.gender === 'female' ? 'female' : 'male',
      seq: nextSequence,
    });
    const hash = t.sealer.lookupHash(normalizeIdNumber(idNumber));
    const db = t.database.db;
    const [taken] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.idNumberHash, hash))
      .limit(1);
    const [former] = await db
      .select({ id: winnersHistory.id })
      .from(winnersHistory)
      .where(eq(winnersHistory.idNumberHash, hash))
      .limit(1);
    if (!taken && !former) return idNumber;
  }
  throw new Error(`no free ID number left for ${region} ${draft.birthDate}`);
}

const noonOf = (day: string) => new Date(`${day}T12:00:00+08:00`);

async function employerAndRecommender(t: FactoryTarget, input: ApplicationFactoryInput) {
  const employer = input.employer
    ? await organisationRow(t, input.employer)
    : await insertOrganisation(t, {
        kind: 'employer',
        ...(input.recommender ? { recommender: input.recommender } : {}),
      });
  const recommenderId = input.recommender
    ? (await organisationRow(t, input.recommender)).id
    : employer.kind === 'recommender'
      ? employer.id
      : employer.recommenderId;
  if (!recommenderId) throw new Error(`employer ${employer.code} reports to no recommender`);
  return { employer, recommenderId };
}

/**
 * An application at any status: the sample draft for the award (complete and eligible; a fresh ID number,
 * sealed like any other), the required papers, then one history event per move of the shortest way from
 * `draft` (domain/workflow/transitions.ts), each with what its records create — so that the scope, the
 * quota, the notices and the offered moves see it exactly as if it had walked. The last move is made a
 * second before the clock's now, the earlier ones a day or a notice period apart before it.
 */
export async function insertApplication(
  target: FactoryTarget,
  input: ApplicationFactoryInput = {},
): Promise<FactoryApplication> {
  const status = input.status ?? 'draft';
  const award = input.award ?? 'grand_award';
  const steps = pathTo(status, input.through);
  const now = target.clock.now();
  return target.database.db.transaction(async (tx) => {
    const t = within(target, tx);
    const edition = await insertEdition(t);
    const awardId = edition.awardIds[award];
    if (!awardId) throw new Error(`the edition has no award ${award}`);
    const { employer, recommenderId } = await employerAndRecommender(t, input);

    const sample = makeApplication({ award, ...input.draft });
    const draft: ApplicationDraft = {
      ...sample,
      name: input.name ?? sample.name,
      employerName: employer.nameZh,
      idNumber: input.draft?.idNumber ?? (await freshIdNumber(t, sample)),
    };
    const { award: _award, idNumber, bankAccount, mobile, landline, ...plain } = draft;
    const { columns, sections } = draftToStorage(t.sealer, plain);

    const days = pathDays(steps, shanghaiDate(now), await loadCalendar(tx), input.noticeDays ?? 5);
    const ats = days.map((day, i) => (i === days.length - 1 ? new Date(now.getTime() - 1000) : noonOf(day)));
    const createdAt = days[0] ? noonOf(addDays(days[0], -1)) : now;

    const { id } = await insertApplicationRow(tx, t.sealer, {
      ...columns,
      name: draft.name ?? '测试',
      editionId: edition.id,
      awardId,
      employerId: employer.id,
      recommenderId,
      candidateUserId: input.candidateUser ? idOf(input.candidateUser) : null,
      status: 'draft',
      createdAt,
      updatedAt: createdAt,
      secrets: { idNumber, bankAccount, mobile, landline },
      entries: [...sections.values()].flat(),
    });
    if (input.attachments !== false) {
      for (const kind of requiredAttachmentKinds) {
        await insertAttachment(t, {
          kind,
          owner: employer,
          application: id,
          name: draft.name,
          at: createdAt,
        });
      }
    }
    if (input.justifyWarnings !== false) {
      const findings = await checkEligibility(tx, t.sealer, draft, {
        now,
        editionId: edition.id,
        excludeApplicationId: id,
      });
      const warnings = findings.filter((f) => f.severity === 'warning');
      await tx
        .update(applications)
        .set({
          warningJustifications: Object.fromEntries(
            warnings.map((w) => [w.code, '经单位研究，书面说明理由如下：该同志业绩突出（测试数据）。']),
          ),
        })
        .where(eq(applications.id, id));
    }

    const [row] = await tx.select().from(applications).where(eq(applications.id, id));
    if (!row) throw new Error('the application vanished');
    const { set, made } = await walkPath(
      t,
      row,
      steps,
      { days, ats },
      {
        noticeDays: input.noticeDays ?? 5,
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.unitRank !== undefined ? { unitRank: input.unitRank } : {}),
        ...(input.recommenderRank !== undefined ? { recommenderRank: input.recommenderRank } : {}),
        ...(input.notice ? { notice: idOf(input.notice) } : {}),
      },
    );
    await tx
      .update(applications)
      .set({
        ...(input.unitRank !== undefined ? { unitRank: input.unitRank } : {}),
        ...(input.recommenderRank !== undefined ? { recommenderRank: input.recommenderRank } : {}),
        ...set,
        status,
        version: 1 + steps.length,
        updatedAt: ats.at(-1) ?? createdAt,
      })
      .where(eq(applications.id, id));
    return {
      id,
      status,
      editionId: edition.id,
      awardId,
      employerId: employer.id,
      recommenderId,
      path: steps,
      made,
    };
  });
}
