import { isTable, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { RecommenderKind, Role } from '../domain/roles';
import type { NoticeLevel } from '../domain/statuses';
import type { ApplicationStatus } from '../domain/workflow/states';
import type { TransitionName } from '../domain/workflow/transitions';
import * as schema from '../server/db/schema';
import { applications, awards, editions, notices, organisations, users } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 9.7: status, level and kind columns carry the domain's unions, and the database refuses a
 * value outside them (CHECK constraints built from the same lists), whichever code path writes it.
 */

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => isTable(value));
const dialect = new PgDialect();
/** The quoted values of a constraint's SQL, in order: `'a', 'b'` or PostgreSQL's `'a'::text, 'b'::text`. */
const quoted = (definition: string) => [...definition.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]);

/** The schema's CHECK constraints, by name, with the values each allows. */
const declared = Object.fromEntries(
  tables.flatMap((table) =>
    getTableConfig(table).checks.map((check) => [check.name, quoted(dialect.sqlToQuery(check.value).sql)]),
  ),
);

type Refusal = { code?: string; constraint?: string };

/** The PostgreSQL error a statement fails with (drizzle wraps the engine's error in `cause`). */
async function refusalOf(statement: Promise<unknown>): Promise<Refusal | 'accepted'> {
  try {
    await statement;
    return 'accepted';
  } catch (error) {
    const cause = ((error as { cause?: Refusal }).cause ?? error) as Refusal;
    return { code: cause.code, constraint: cause.constraint };
  }
}

const checkViolation = (constraint: string) => ({ code: '23514', constraint });

describe.each(engines)('typed columns on %s', (engine) => {
  let t: TestApp;
  const ids = {
    edition: '',
    award: '',
    recommender: '',
    employer: '',
    application: '',
    user: '',
    notice: '',
  };
  const run = (statement: SQL) => t.database.db.execute(statement);

  beforeAll(async () => {
    t = await createTestApp(engine, { seed: false });
    const db = t.database.db;
    const [edition] = await db
      .insert(editions)
      .values({
        code: 'typed-columns',
        number: 3,
        city: '长春',
        nameZh: '第三届',
        nameEn: 'Third',
        referenceDate: '2026-10-24',
        submissionStart: '2026-10-24',
        submissionEnd: '2026-10-26',
        deliveryAddress: '人民大街 1 号',
        contactName: '王老师',
        contactPhone: '0431-88888888',
      })
      .returning();
    const [award] = await db
      .insert(awards)
      .values({
        editionId: edition?.id ?? '',
        code: 'grand_award',
        nameZh: '长春技能大奖',
        nameEn: 'Grand award',
        places: 10,
        prizeYuan: 50_000,
        minSkillLevel: 'level1',
        conditions: [],
      })
      .returning();
    const [recommender, employer] = await db
      .insert(organisations)
      .values([
        {
          code: 'tc-rec',
          kind: 'recommender',
          recommenderKind: 'district_hr',
          nameZh: '区人社局',
          nameEn: 'District',
        },
        { code: 'tc-emp', kind: 'employer', nameZh: '一汽', nameEn: 'FAW' },
      ])
      .returning();
    const [application] = await db
      .insert(applications)
      .values({
        editionId: edition?.id ?? '',
        awardId: award?.id ?? '',
        employerId: employer?.id ?? '',
        recommenderId: recommender?.id ?? '',
        name: '周铁军',
      })
      .returning();
    const [user] = await db
      .insert(users)
      .values({ username: 'tc-user', passwordHash: 'x', displayName: '测试' })
      .returning();
    const [notice] = await db
      .insert(notices)
      .values({
        editionId: edition?.id ?? '',
        organisationId: employer?.id ?? '',
        level: 'unit',
        title: '公示',
        startDate: '2026-09-15',
        endDate: '2026-09-21',
        workingDays: 5,
      })
      .returning();
    Object.assign(ids, {
      edition: edition?.id,
      award: award?.id,
      recommender: recommender?.id,
      employer: employer?.id,
      application: application?.id,
      user: user?.id,
      notice: notice?.id,
    });
  });
  afterAll(async () => t?.close());

  it('has every CHECK constraint the schema declares, allowing exactly the values of its domain list', async () => {
    const rows = await run(sql`
      select c.conname as name, pg_get_constraintdef(c.oid) as definition
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'c' and n.nspname = 'public'`);
    const { rows: found } = rows as unknown as { rows: { name: string; definition: string }[] };
    const actual = Object.fromEntries(found.map((row) => [row.name, quoted(row.definition)]));
    expect(Object.keys(declared).length).toBeGreaterThanOrEqual(30);
    expect(actual).toEqual(declared);
    expect(declared.applications_status_check).toContain('prize_paid');
    expect(declared.notices_level_check).toEqual(['unit', 'recommender', 'city']);
  });

  it('refuses an application status outside the workflow, and takes one inside it', async () => {
    const setStatus = (status: string) =>
      run(sql`update ${applications} set status = ${status} where id = ${ids.application}`);
    expect(await refusalOf(setStatus('teleported'))).toEqual(checkViolation('applications_status_check'));
    expect(await refusalOf(setStatus('Draft'))).toEqual(checkViolation('applications_status_check'));
    expect(await refusalOf(setStatus('unit_decided'))).toBe('accepted');
  });

  it('refuses a history entry with a transition or status the workflow does not have', async () => {
    const event = (transition: string, from: string, to: string) =>
      run(sql`insert into workflow_events (application_id, transition, from_status, to_status, actor_role, at)
              values (${ids.application}, ${transition}, ${from}, ${to}, 'employer_officer', now())`);
    expect(await refusalOf(event('teleport', 'draft', 'unit_decided'))).toEqual(
      checkViolation('workflow_events_transition_check'),
    );
    expect(await refusalOf(event('recordUnitDecision', 'draft', 'teleported'))).toEqual(
      checkViolation('workflow_events_to_status_check'),
    );
    expect(await refusalOf(event('recordUnitDecision', 'nowhere', 'unit_decided'))).toEqual(
      checkViolation('workflow_events_from_status_check'),
    );
    expect(await refusalOf(event('recordUnitDecision', 'draft', 'unit_decided'))).toBe('accepted');
  });

  it('refuses a notice level, notice status or objection status outside the lists', async () => {
    const notice = (level: string) =>
      run(sql`insert into notices (edition_id, organisation_id, level, title, start_date, end_date, working_days)
              values (${ids.edition}, ${ids.employer}, ${level}, '公示', '2026-09-15', '2026-09-21', 5)`);
    expect(await refusalOf(notice('province'))).toEqual(checkViolation('notices_level_check'));
    expect(await refusalOf(notice('recommender'))).toBe('accepted');
    expect(await refusalOf(run(sql`update notices set status = 'paused' where id = ${ids.notice}`))).toEqual(
      checkViolation('notices_status_check'),
    );
    const objection = (status: string) =>
      run(sql`insert into objections (notice_id, submitter_name, content, status, received_at)
              values (${ids.notice}, '李明', '不符合条件', ${status}, now())`);
    expect(await refusalOf(objection('accepted'))).toEqual(checkViolation('objections_status_check'));
    expect(await refusalOf(objection('open'))).toBe('accepted');
  });

  it('refuses an organisation kind, role, attachment kind or penalty kind outside the lists', async () => {
    expect(
      await refusalOf(
        run(
          sql`insert into organisations (code, kind, name_zh, name_en) values ('tc-x', 'ministry', '部', 'Ministry')`,
        ),
      ),
    ).toEqual(checkViolation('organisations_kind_check'));
    expect(
      await refusalOf(
        run(sql`insert into memberships (user_id, organisation_id, role)
                values (${ids.user}, ${ids.employer}, 'superuser')`),
      ),
    ).toEqual(checkViolation('memberships_role_check'));
    expect(
      await refusalOf(
        run(sql`insert into attachments (application_id, owner_organisation_id, kind, file_name, mime_type,
                  size_bytes, sha256, storage_key)
                values (${ids.application}, ${ids.employer}, 'selfie', 'a.png', 'image/png', 1, 'x', 'k')`),
      ),
    ).toEqual(checkViolation('attachments_kind_check'));
    expect(
      await refusalOf(
        run(sql`insert into penalties (organisation_id, imposed_in_edition_id, kind, reason)
                values (${ids.recommender}, ${ids.edition}, 'fine', '伪造材料')`),
      ),
    ).toEqual(checkViolation('penalties_kind_check'));
  });

  it('refuses review, approval and payment statuses outside the lists', async () => {
    expect(
      await refusalOf(
        run(
          sql`insert into panels (edition_id, award_id, name, status) values (${ids.edition}, ${ids.award}, '一组', 'paused')`,
        ),
      ),
    ).toEqual(checkViolation('panels_status_check'));
    expect(
      await refusalOf(
        run(sql`insert into approvals (edition_id, award_id, status, submitted_at)
                values (${ids.edition}, ${ids.award}, 'maybe', now())`),
      ),
    ).toEqual(checkViolation('approvals_status_check'));
    expect(
      await refusalOf(
        run(sql`insert into prize_payments (application_id, amount_yuan, status)
                values (${ids.application}, 50000, 'lost')`),
      ),
    ).toEqual(checkViolation('prize_payments_status_check'));
  });

  it('types the columns by the domain unions (checked by tsc)', () => {
    expectTypeOf<(typeof applications.$inferSelect)['status']>().toEqualTypeOf<ApplicationStatus>();
    expectTypeOf<(typeof notices.$inferSelect)['level']>().toEqualTypeOf<NoticeLevel>();
    expectTypeOf<(typeof schema.sessions.$inferSelect)['role']>().toEqualTypeOf<Role>();
    expectTypeOf<
      (typeof schema.organisations.$inferSelect)['recommenderKind']
    >().toEqualTypeOf<RecommenderKind | null>();
    expectTypeOf<(typeof schema.workflowEvents.$inferSelect)['transition']>().toEqualTypeOf<TransitionName>();
    expectTypeOf<'teleported'>().not.toExtend<(typeof applications.$inferInsert)['status']>();
  });
});
