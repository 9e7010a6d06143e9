import { desc, eq } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import type { SubmissionWindow } from '../../domain/workflow';
import type { Executor } from '../db/database';
import { awards, editions } from '../db/schema';

/** The edition users work in now: the newest published one. */
export async function currentEdition(db: Executor) {
  const [edition] = await db
    .select()
    .from(editions)
    .where(eq(editions.status, 'published'))
    .orderBy(desc(editions.number), desc(editions.createdAt))
    .limit(1);
  if (!edition) {
    throw new DomainError('edition.none_published', {
      zh: '尚未发布评选届次，请联系市人社局',
      en: 'No edition has been published yet; contact the bureau',
    });
  }
  return withAwards(db, edition);
}

/** An application's own edition, whatever edition is current now. */
export async function editionById(db: Executor, id: string) {
  const [edition] = await db.select().from(editions).where(eq(editions.id, id));
  if (!edition) throw new Error(`edition ${id} vanished`);
  return withAwards(db, edition);
}

async function withAwards(db: Executor, edition: typeof editions.$inferSelect) {
  const editionAwards = await db.select().from(awards).where(eq(awards.editionId, edition.id));
  return { ...edition, awards: editionAwards };
}

/** The edition's submission window as the rules read it (`domain/workflow/submission-window.ts`). */
export function submissionWindowOf(
  edition: Pick<
    typeof editions.$inferSelect,
    'submissionStart' | 'submissionEnd' | 'submissionOpensAt' | 'submissionClosesAt'
  >,
): SubmissionWindow {
  return {
    start: edition.submissionStart,
    end: edition.submissionEnd,
    opensAt: edition.submissionOpensAt,
    closesAt: edition.submissionClosesAt,
  };
}
