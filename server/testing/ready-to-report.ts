import { and, eq } from 'drizzle-orm';
import { applications, awards, organisations, workflowEvents } from '../db/schema';
import { insertOrganisation, insertUser } from './factories';
import type { TestApp } from './harness';

/**
 * `count` candidates of one new district HR department (3 places per award in Annex 1) for 长春技术能手,
 * each through the recommender's notice and ranked, waiting to be reported to the bureau: what the quota
 * test and the quota benchmark race to report. Rows are copied from a demo application (their content
 * does not matter to the report), the history written as the moves would have written it.
 */
export async function readyToReport(t: TestApp, count: number) {
  const db = t.database.db;
  const district = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
  const unit = await insertOrganisation(t, { kind: 'employer', recommender: district });
  const officer = await insertUser(t, { role: 'recommender_officer', organisation: district });
  const [demo] = await db.select().from(organisations).where(eq(organisations.code, 'hr-chaoyang'));
  const [template] = await db
    .select()
    .from(applications)
    .where(eq(applications.recommenderId, demo?.id ?? ''))
    .limit(1);
  const [award] = await db
    .select()
    .from(awards)
    .where(and(eq(awards.code, 'technical_expert'), eq(awards.editionId, template?.editionId ?? '')));
  if (!template || !award) throw new Error('demo data missing');
  const { id: _id, ...rest } = template;
  const rows = await db
    .insert(applications)
    .values(
      Array.from({ length: count }, (_, i) => ({
        ...rest,
        name: `候选人${i + 1}`,
        awardId: award.id,
        employerId: unit.id,
        recommenderId: district.id,
        idNumberHash: null,
        intakeCode: null,
        status: 'recommender_noticed' as const,
        recommenderRank: i + 1,
      })),
    )
    .returning({ id: applications.id });
  const path = [
    ['reportToRecommender', 'unit_noticed', 'at_recommender'],
    ['recordRecommenderDecision', 'at_recommender', 'recommender_decided'],
    ['startRecommenderNotice', 'recommender_decided', 'recommender_notice'],
    ['endRecommenderNotice', 'recommender_notice', 'recommender_noticed'],
  ] as const;
  await db.insert(workflowEvents).values(
    rows.flatMap((row) =>
      path.map(([transition, fromStatus, toStatus]) => ({
        applicationId: row.id,
        transition,
        fromStatus,
        toStatus,
        at: new Date(t.clock.now().getTime() - 86_400_000),
        data: {},
      })),
    ),
  );
  return { ids: rows.map((r) => r.id), district, unit, officer, award };
}
