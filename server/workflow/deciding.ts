import { offeredTransitionNames, stepLevelNames, stepLevels } from '../../domain/workflow';
import type { applications } from '../db/schema';
import type { Actor } from '../plugins/context';

/**
 * Whether the actor's level is the one to record its collective decision on this application now (the
 * unit on its draft, the recommender on what was reported to it): the domain machine offers it the
 * level's decision move from the current status.
 */
export function decidesNow(actor: Actor, row: typeof applications.$inferSelect): boolean {
  const offered = offeredTransitionNames(
    {
      status: row.status,
      employerOrgId: row.employerId,
      recommenderOrgId: row.recommenderId,
    },
    actor,
  );
  return stepLevelNames.some((level) => {
    const decide = stepLevels[level].decide;
    return decide !== null && offered.includes(decide);
  });
}
