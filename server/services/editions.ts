import { recommenderKinds } from '../../domain/roles';
import type { Executor } from '../db/database';
import { awards, editions, quotaRules, rubricCriteria } from '../db/schema';
import type { EditionPreset } from '../editions/changchun-3';

/** Sets up an edition with its awards, rubric and Annex 1 quota table, in the caller's transaction. */
export async function createEdition(
  tx: Executor,
  preset: EditionPreset,
  window: { start: string; end: string },
  status: 'draft' | 'published' = 'draft',
  now: Date = new Date(),
) {
  const [edition] = await tx
    .insert(editions)
    .values({
      code: preset.code,
      number: preset.number,
      city: preset.city,
      nameZh: preset.nameZh,
      nameEn: preset.nameEn,
      status,
      referenceDate: window.start,
      submissionStart: window.start,
      submissionEnd: window.end,
      deliveryAddress: preset.deliveryAddress,
      contactName: preset.contactName,
      contactPhone: preset.contactPhone,
      noticeText: preset.noticeText,
      publishedAt: status === 'published' ? now : null,
    })
    .returning();
  if (!edition) throw new Error('edition insert returned nothing');
  const awardIds: Record<string, string> = {};
  for (const award of preset.awards) {
    const [row] = await tx
      .insert(awards)
      .values({
        editionId: edition.id,
        code: award.code,
        nameZh: award.nameZh,
        nameEn: award.nameEn,
        places: award.places,
        prizeYuan: award.prizeYuan,
        minSkillLevel: award.minSkillLevel,
        conditions: award.conditions,
        rules: award.rules,
      })
      .returning({ id: awards.id });
    if (!row) throw new Error('award insert returned nothing');
    awardIds[award.code] = row.id;
    await tx
      .insert(rubricCriteria)
      .values(award.rubric.map((c, position) => ({ ...c, awardId: row.id, position })));
    await tx.insert(quotaRules).values(
      recommenderKinds.map((kind) => ({
        editionId: edition.id,
        recommenderKind: kind,
        awardId: row.id,
        places: preset.quotas[kind][award.code],
      })),
    );
  }
  return { edition, awardIds };
}
