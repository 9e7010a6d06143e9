import { and, eq, ne, type SQL } from 'drizzle-orm';
import type { EligibilityContext, EligibilityDraft, Finding } from '../../domain/eligibility';
import { evaluate } from '../../domain/eligibility';
import { normalizeIdNumber } from '../../domain/people';
import { shanghaiDate } from '../../domain/time';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import { applications, awards, winnersHistory } from '../db/schema';
import { currentEdition, editionById } from './editions-query';

/**
 * Judges a (partial) draft against an edition — the application's own, or for a dry run the current
 * one: its reference date and award settings, and — through the keyed hash of the ID number, never the
 * number itself — the person's earlier titles and other applications in that edition.
 */
export async function checkEligibility(
  db: Executor,
  sealer: Sealer,
  draft: EligibilityDraft,
  options: {
    now: Date;
    /** The application's edition; absent: the current edition (a dry run before there is an application). */
    editionId?: string;
    excludeApplicationId?: string;
    /**
     * Which other applications the "one person, one award per edition" check may look at. The dry run
     * passes the caller's own scope, so that it cannot tell who else has applied (an ID-number oracle).
     */
    othersWithin?: SQL;
  },
): Promise<Finding[]> {
  const edition = options.editionId ? await editionById(db, options.editionId) : await currentEdition(db);
  const award = draft.award ? edition.awards.find((a) => a.code === draft.award) : undefined;
  const context: EligibilityContext = {
    referenceDate: edition.referenceDate,
    today: shanghaiDate(options.now),
    award: award && {
      code: award.code,
      conditionNumbers: award.conditions.map((c) => c.no),
      minSkillLevel: award.minSkillLevel,
      name: { zh: award.nameZh, en: award.nameEn },
    },
  };
  if (typeof draft.idNumber === 'string' && draft.idNumber.trim()) {
    const hash = sealer.lookupHash(normalizeIdNumber(draft.idNumber));
    const history = await db
      .select({ awardCode: winnersHistory.awardCode })
      .from(winnersHistory)
      .where(eq(winnersHistory.idNumberHash, hash));
    const others = await db
      .select({ award: awards.code })
      .from(applications)
      .innerJoin(awards, eq(awards.id, applications.awardId))
      .where(
        and(
          eq(applications.editionId, edition.id),
          eq(applications.idNumberHash, hash),
          ne(applications.status, 'withdrawn'),
          options.excludeApplicationId ? ne(applications.id, options.excludeApplicationId) : undefined,
          options.othersWithin,
        ),
      );
    context.personHistory = history.map((h) => ({ awardCode: h.awardCode }));
    context.otherApplicationsThisEdition = others.map((o) => ({ award: o.award }));
  }
  return evaluate(draft, context);
}
