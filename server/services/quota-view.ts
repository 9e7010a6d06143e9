import { asc, eq } from 'drizzle-orm';
import type { QuotaOverview } from '../../contract/review';
import type { AwardCode } from '../../domain/roles';
import type { Db } from '../db/database';
import { awards } from '../db/schema';
import { placesUsed, recommenderQuota } from '../workflow/quota';
import { currentEdition } from './editions-query';
import { papersRecommender } from './recommender-papers';
import type { Acting } from './workflow';

/**
 * The caller's recommender's quota in the current edition, per award: the same places and the same count
 * of held places the `within_quota` guard judges a report by, so the page shows what the move will find.
 */
export async function quotaOverview(
  db: Db,
  acting: Acting,
  requested: string | undefined,
): Promise<QuotaOverview> {
  return db.transaction(async (tx) => {
    const recommender = await papersRecommender(tx, acting.actor, requested);
    const edition = await currentEdition(tx);
    const editionAwards = await tx
      .select()
      .from(awards)
      .where(eq(awards.editionId, edition.id))
      .orderBy(asc(awards.code));
    const rows = [];
    for (const award of editionAwards) {
      const key = { awardId: award.id, recommenderId: recommender.id, editionId: edition.id };
      const quota = await recommenderQuota(tx, key);
      if (!quota) continue;
      const used = await placesUsed(tx, key);
      rows.push({
        award: award.code as AwardCode,
        base: quota.base,
        places: quota.places,
        used,
        left: Math.max(0, quota.places - used),
        disqualified: quota.disqualified,
        reasons: quota.reasons,
      });
    }
    // the grand award first, as Annex 1 lists them
    rows.sort((a, b) => (a.award === 'grand_award' ? -1 : b.award === 'grand_award' ? 1 : 0));
    return { recommender: { id: recommender.id, name: recommender.nameZh }, awards: rows };
  });
}
