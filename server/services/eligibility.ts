import { and, eq, ne } from 'drizzle-orm';
import type { EligibilityContext, EligibilityDraft, Finding } from '../../domain/eligibility';
import { evaluate } from '../../domain/eligibility';
import { normalizeIdNumber } from '../../domain/people';
import type { AwardCode } from '../../domain/roles';
import { shanghaiDate } from '../../domain/time';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import { applications, awards, winnersHistory } from '../db/schema';
import { currentEdition } from './editions-query';

/**
 * Judges a (partial) draft against the current edition: its reference date and award settings, and —
 * through the keyed hash of the ID number, never the number itself — the person's earlier titles and
 * other applications in this edition.
 */
export async function checkEligibility(
  db: Executor,
  sealer: Sealer,
  draft: EligibilityDraft,
  options: { now: Date; excludeApplicationId?: string },
): Promise<Finding[]> {
  const edition = await currentEdition(db);
  const award = draft.award ? edition.awards.find((a) => a.code === draft.award) : undefined;
  const context: EligibilityContext = {
    referenceDate: edition.referenceDate,
    today: shanghaiDate(options.now),
    award: award && {
      code: award.code as AwardCode,
      conditionNumbers: award.conditions.map((c) => c.no),
      minSkillLevel: award.minSkillLevel as NonNullable<EligibilityContext['award']>['minSkillLevel'],
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
        ),
      );
    context.personHistory = history.map((h) => ({ awardCode: h.awardCode as AwardCode }));
    context.otherApplicationsThisEdition = others.map((o) => ({ award: o.award as AwardCode }));
  }
  return evaluate(draft, context);
}
