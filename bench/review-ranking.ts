// Issue 12: ranking one award on PostgreSQL with 100,000 applications, beside the plain SQL aggregate over
// the same rows. A database of its own on the server DATABASE_URL names, migrated with the project's
// migrations, seeded set-based (`insert … select … from generate_series`), measured, dropped.
//
// The data: one published edition and its two awards; 100,000 applications from 5,000 employers under 40
// recommenders, the statuses spread over the whole table (application i belongs to the ranked award when
// i % 100 < 70, and is in its review when i % 100 < 20). The award ranked (长春技术能手, trimmed mean) has
// 70,000 applications, 20,000 of them in review, each scored by the 10 seated experts of its panel (an 11th
// declined) on the five criteria of the rubric: 200,000 score sheets (the totals the ranking aggregates) and
// 1,000,000 rows of `scores` (the criteria's points). The other award has 4,000 candidates in review with
// 40,000 sheets and 200,000 scores of their own, which the ranking must leave aside. The 10th expert's sheet
// of 1 candidate in 50 is still a draft; 400 recorded conflicts (300 active); a fifth of the pool works for
// an employer of the platform, so 回避 by organisation and by workplace removes sheets too.
//
// Standalone: DATABASE_URL=postgres://… npx tsx bench/review-ranking.ts [--explain] [--keep]
// (--explain prints the plans of both statements; --keep leaves the database for work by hand, and says
// its name: drop it afterwards.)
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { rankedStatuses } from '../domain/review';
import { type Db, openDatabase, runMigrations } from '../server/db/database';
import { awardReviewChanged, candidatesChanged, computeRanking } from '../server/services/review-ranking';
import { rankingView } from '../server/services/review-votes';
import type { Anchored } from './recommender';
import { type Row, time } from './timing';

const APPLICATIONS = 100_000;
const EMPLOYERS = 5_000;
const RECOMMENDERS = 40;
const POOL = 200;
const EXPERTS_SCORING = 10;
const RUNS = 10;

const WHAT = 'rank one award (PostgreSQL), 100,000 applications';
const SCORED = '20,000 in review, 200,000 sheets of 1,000,000 criterion scores';

/** A fixed uuid per (kind, number), so the seed's statements join by arithmetic instead of lookups. */
const id = (kind: string, n: string) => `md5('${kind}' || ${n})::uuid`;
const edition = id('edition', "'3'");
const award = (code: string) => id('award', `'${code}'`);
const panel = (code: string) => id('panel', `'${code}'`);

/**
 * The seed, statement by statement, in one session: its temporary function and table live there, and the
 * foreign-key triggers are off (`session_replication_role = replica`, as a restore does) — 1.2 million
 * checks of keys this seed computes itself would triple its time.
 */
function seedStatements(): [string, string][] {
  const status = `case when i % 100 < 20 or i % 100 between 70 and 73 then 'in_review'
      else (array['draft','unit_decided','at_recommender','recommender_decided','at_bureau','accepted',
                  'rejected','withdrawn','returned_to_unit','recommender_noticed'])[1 + i % 10] end`;
  const employer = `(1 + i % ${EMPLOYERS})`;
  return [
    ['session', 'set session_replication_role = replica'],
    [
      'edition and awards',
      `insert into editions (id, code, number, city, name_zh, name_en, status, reference_date, submission_start,
         submission_end, delivery_address, contact_name, contact_phone)
       values (${edition}, 'bench-3', 3, '长春市', '第三届长春技能大奖和长春技术能手评选',
         'The 3rd Changchun selection', 'published', '2026-10-24', '2026-10-24', '2026-10-26',
         '长春市朝阳区西民主大街809号', '于昊辰', '0431-88522559');
       insert into awards (id, edition_id, code, name_zh, name_en, places, prize_yuan, min_skill_level,
         conditions, aggregation)
       values (${award('technical_expert')}, ${edition}, 'technical_expert', '长春技术能手',
         'Changchun Technical Expert', 10, 5000, 'level3', '[]', 'trimmed_mean'),
         (${award('grand_award')}, ${edition}, 'grand_award', '长春技能大奖',
         'Changchun Skills Grand Award', 10, 10000, 'level1', '[]', 'trimmed_mean')`,
    ],
    [
      'organisations',
      `insert into organisations (id, code, kind, recommender_kind, name_zh, name_en)
       select ${id('recommender', 'r')}, 'rec-' || r, 'recommender',
         (array['district_hr','city_department','technical_school','state_enterprise'])[1 + r % 4],
         '推荐单位' || r, 'Recommender ' || r
       from generate_series(1, ${RECOMMENDERS}) r;
       insert into organisations (id, code, kind, recommender_id, name_zh, name_en)
       select ${id('employer', 'e')}, 'emp-' || e, 'employer', ${id('recommender', `(1 + e % ${RECOMMENDERS})`)},
         '长春第' || e || '机械制造有限公司', 'Employer ' || e
       from generate_series(1, ${EMPLOYERS}) e`,
    ],
    [
      'expert pool, panels, rubric',
      // every fifth expert works for an employer with candidates in review; expert 3 by workplace name only
      `insert into experts (id, name, workplace, organisation_id, specialty, mobile_enc, mobile_masked)
       select ${id('expert', 'x')}, '专家' || x,
         case when x % 5 = 0 then '长春第' || (x * 20 + 1) || '机械制造有限公司'
              when x = 3 then '长春第301机械制造有限公司' else '长春工业大学' end,
         case when x % 5 = 0 then ${id('employer', '(x * 20 + 1)')} end,
         '机械制造与数控加工', 'sm4:' || md5('mobile' || x), '138****' || lpad((x % 10000)::text, 4, '0')
       from generate_series(1, ${POOL}) x;
       insert into panels (id, edition_id, award_id, name, status, seats)
       values (${panel('technical_expert')}, ${edition}, ${award('technical_expert')},
         '第三届长春技术能手评审组', 'scoring', ${EXPERTS_SCORING}),
         (${panel('grand_award')}, ${edition}, ${award('grand_award')},
         '第三届长春技能大奖评审组', 'scoring', ${EXPERTS_SCORING});
       insert into panel_members (panel_id, expert_id, role, status, source)
       select ${panel('technical_expert')}, ${id('expert', 'x')}, case when x = 1 then 'chair' else 'member' end,
         case when x = ${EXPERTS_SCORING + 1} then 'declined' else 'seated' end, 'draw'
       from generate_series(1, ${EXPERTS_SCORING + 1}) x
       union all
       select ${panel('grand_award')}, ${id('expert', 'x')}, case when x = 21 then 'chair' else 'member' end,
         'seated', 'draw'
       from generate_series(21, ${20 + EXPERTS_SCORING}) x;
       insert into rubric_criteria (id, award_id, code, name_zh, name_en, max_score, position)
       select ${id('criterion', 'a || c')}, ${id('award', 'a')},
         (array['skill','performance','innovation','mentoring','honours'])[c],
         '评分项' || c, 'Criterion ' || c, (array[30, 30, 20, 10, 10])[c], c
       from unnest(array['technical_expert', 'grand_award']) a, generate_series(1, 5) c`,
    ],
    [
      'applications',
      // sealed columns hold dummy ciphertext: the ranking does not read them
      `insert into applications (id, edition_id, award_id, employer_id, recommender_id, status, name, gender,
         occupation, skill_level, employer_name, id_number_enc, id_number_hash, id_number_masked,
         bank_account_enc, bank_account_masked, mobile_enc, mobile_masked, conditions, achievements_summary)
       select ${id('application', 'i')}, ${edition},
         case when i % 100 < 70 then ${award('technical_expert')} else ${award('grand_award')} end,
         ${id('employer', employer)}, ${id('recommender', `(1 + ${employer} % ${RECOMMENDERS})`)},
         ${status}, '候选人' || i, '1', '数控车工', 'level2', '长春第' || ${employer} || '机械制造有限公司',
         'sm4:' || md5('id' || i) || md5('id2' || i), md5('hash' || i),
         '2201**********' || lpad((i % 10000)::text, 4, '0'),
         'sm4:' || md5('bank' || i), '6217 **** **** ' || lpad((i % 10000)::text, 4, '0'),
         'sm4:' || md5('mobile' || i), '138****' || lpad((i % 10000)::text, 4, '0'), '[1, 2]',
         repeat('从事数控车削加工二十余年，主持技术攻关项目多项，带徒传艺，成果显著。', 8)
       from generate_series(1, ${APPLICATIONS}) i`,
    ],
    [
      'experts × candidates',
      // an expert's points on a criterion: from a hash of (candidate, expert, criterion), half to full marks
      `create function pg_temp.points(i int, x int, c int, m int) returns numeric language sql immutable
         as $$ select round((m * (0.5 + (abs(hashint4(i * 1000 + x * 10 + c)) % 1000) / 2000.0))::numeric, 1) $$;
       create temp table criteria as
       select ${id('criterion', 'a || c')} as id, a as award, c, (array[30, 30, 20, 10, 10])[c] as m
       from unnest(array['technical_expert', 'grand_award']) a, generate_series(1, 5) c;
       create temp table pairs as
       select p.panel, p.award, a.i, a.id as application, x.n as x, x.id as expert
       from (values (${panel('technical_expert')}, 'technical_expert', 0, 19, 1),
                    (${panel('grand_award')}, 'grand_award', 70, 73, 21)) p(panel, award, r0, r1, x0)
       cross join lateral (select i, ${id('application', 'i')} as id from generate_series(1, ${APPLICATIONS}) i
                           where i % 100 between p.r0 and p.r1) a
       cross join lateral (select n, ${id('expert', 'n')} as id
                           from generate_series(p.x0, p.x0 + ${EXPERTS_SCORING - 1}) n) x`,
    ],
    [
      'scores (per criterion)',
      `insert into scores (panel_id, expert_id, application_id, criterion_id, score)
       select p.panel, p.expert, p.application, c.id, pg_temp.points(p.i, p.x, c.c, c.m)
       from pairs p join criteria c on c.award = p.award`,
    ],
    [
      'score sheets (totals)',
      // the sheet's total is the sum of its points; the 10th expert's sheet of 1 candidate in 50 is a draft
      `insert into score_sheets (panel_id, expert_id, application_id, status, total, saved_at, submitted_at)
       select p.panel, p.expert, p.application, case when draft then 'draft' else 'submitted' end,
         (select sum(pg_temp.points(p.i, p.x, c.c, c.m)) from criteria c where c.award = p.award),
         '2026-11-20T02:00:00Z', case when not draft then timestamptz '2026-11-20T02:00:00Z' end
       from pairs p, lateral (select p.x % ${EXPERTS_SCORING} = 0 and p.i % 5000 < 100 as draft) d`,
    ],
    [
      'conflicts',
      `insert into conflicts (expert_id, application_id, reason, source, status)
       select ${id('expert', `(1 + k % ${EXPERTS_SCORING})`)}, ${id('application', '(k * 100 + k % 20)')},
         'relative', 'expert', case when k <= 300 then 'active' else 'dismissed' end
       from generate_series(1, 400) k;
       set session_replication_role = origin`,
    ],
    ['vacuum analyze', 'vacuum analyze'],
  ];
}

interface Figures {
  rows: Row[];
  anchored: Anchored[];
}

/**
 * The plain aggregate over the same rows: the award's candidates in the ranking, their submitted sheets,
 * the trimmed mean per candidate, best first — without the rules the product adds (seated members only,
 * 回避, ranks and ties, the cache).
 */
const plainAggregate = (awardId: string, panelId: string) => sql`
  select s.application_id, count(*) as n,
    case when count(*) >= 3 then (sum(s.total) - max(s.total) - min(s.total)) / (count(*) - 2)
         else sum(s.total) / count(*) end as score
  from score_sheets s join applications a on a.id = s.application_id
  where a.award_id = ${awardId} and a.status in (${sql.join(
    rankedStatuses.map((status) => sql`${status}`),
    sql`, `,
  )}) and s.panel_id = ${panelId} and s.status = 'submitted'
  group by s.application_id
  order by score desc, s.application_id`;

const one = async <T>(db: Db, query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

async function measure(db: Db, explain: boolean): Promise<Figures> {
  const [award] = await one<{ id: string; panel: string }>(
    db,
    sql`select a.id, p.id as panel from awards a join panels p on p.award_id = a.id where a.code = 'technical_expert'`,
  );
  if (!award) throw new Error('the seeded award is missing');

  // the seed wrote the sheets directly: both awards' candidates counted once, then the ranked award's
  // recount timed, as a member seated or declined makes it
  const awardIds = (await one<{ id: string }>(db, sql`select id from awards`)).map((a) => a.id);
  await db.transaction((tx) => awardReviewChanged(tx, awardIds));
  const recountAll = await time(
    `${WHAT}: recount every candidate of the award (a member seated or declined)`,
    3,
    () => db.transaction((tx) => awardReviewChanged(tx, [award.id])),
  );

  // the same answer both ways where no rule of the product removes a sheet, or the comparison means nothing
  const product = await rankingView(db, award.id);
  const plain = await one<{ application_id: string; n: string; score: string }>(
    db,
    plainAggregate(award.id, award.panel),
  );
  const plainOf = new Map(plain.map((p) => [p.application_id, p]));
  const scored = product.items.filter((i) => i.score !== null);
  const alike = scored.filter((i) => Number(plainOf.get(i.applicationId)?.n) === i.scores);
  const differing = alike.filter((i) => Number(plainOf.get(i.applicationId)?.score) !== i.score);
  if (scored.length !== plain.length || alike.length < scored.length * 0.9 || differing.length > 0)
    throw new Error(
      `ranking: ${scored.length} scored, plain aggregate ${plain.length}, ${differing.length} scores differ`,
    );

  if (explain) {
    // the service's own statement, prefixed: computeRanking runs it through whatever executor it is given
    const plans: string[] = [];
    const explaining = {
      execute: async (query: ReturnType<typeof sql>) => {
        const result = await db.execute(sql`explain (analyze, buffers) ${query}`);
        const lines = (result as unknown as { rows: { 'QUERY PLAN': string }[] }).rows;
        plans.push(lines.map((l) => l['QUERY PLAN']).join('\n'));
        return { rows: [] };
      },
    } as unknown as Db;
    await computeRanking(explaining, award.id, 'trimmed_mean');
    const anchorPlan = await one<{ 'QUERY PLAN': string }>(
      db,
      sql`explain (analyze, buffers) ${plainAggregate(award.id, award.panel)}`,
    );
    plans.push(anchorPlan.map((l) => l['QUERY PLAN']).join('\n'));
    process.stderr.write(`ranking statement:\n${plans[0]}\n\nplain aggregate:\n${plans[1]}\n`);
  }

  // a sheet submitted: the award's version raised and its candidate recounted, in the submission's
  // transaction; then the ranking read after it (what the bureau's next GET does)
  const candidates = scored.map((i) => i.applicationId);
  let next = 0;
  const submitted = await time(
    `${WHAT}: recount one candidate (a sheet submitted or reopened)`,
    RUNS * 10,
    () => {
      const id = candidates[next++ % candidates.length] as string;
      return db.transaction((tx) => candidatesChanged(tx, [{ id, awardId: award.id }]));
    },
  );
  const oneCandidate = await time(`${WHAT}: plain SQL sum of one candidate's sheets`, RUNS * 10, () => {
    const id = candidates[next++ % candidates.length] as string;
    return db.execute(
      sql`select count(*), sum(total), max(total), min(total) from score_sheets where application_id = ${id} and status = 'submitted'`,
    );
  });
  const ranking = await time(`${WHAT}, ${SCORED}: GET ranking`, RUNS, () => rankingView(db, award.id));
  const anchor = await time(`${WHAT}: plain SQL trimmed mean, group by, order by`, RUNS, () =>
    db.execute(plainAggregate(award.id, award.panel)),
  );
  return {
    rows: [recountAll, submitted, oneCandidate, ranking, anchor],
    anchored: [
      {
        what: `${WHAT}, ${SCORED}: GET ranking (${scored.length.toLocaleString('en')} ranked; must show: under 300 ms)`,
        median: ranking.median,
        anchor: 'plain SQL trimmed mean per candidate over the same sheets, ordered',
        anchorMedian: anchor.median,
      },
      {
        what: `${WHAT}: a sheet's recount of its candidate, in the submission's transaction`,
        median: submitted.median,
        anchor: "plain SQL sum of one candidate's sheets",
        anchorMedian: oneCandidate.median,
      },
      {
        what: `${WHAT}: recount of the award's ${scored.length.toLocaleString('en')} candidates (a seat changed)`,
        median: recountAll.median,
        anchor: 'the plain SQL trimmed mean over the award',
        anchorMedian: anchor.median,
      },
    ],
  };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Seeds a fresh database, measures, drops it; without DATABASE_URL, a row that says it was skipped. */
export async function reviewRankingBenches(
  options: { explain?: boolean; keep?: boolean } = {},
): Promise<Figures> {
  const base = process.env.DATABASE_URL;
  if (!base?.startsWith('postgres')) {
    return {
      rows: [
        { what: `${WHAT}: skipped, DATABASE_URL is not set`, runs: 0, cold: 0, median: 0, max: 0, unit: '—' },
      ],
      anchored: [],
    };
  }
  const name = `jx_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    const seedStart = performance.now();
    await runMigrations(database);
    const steps = [`migrations ${seconds(seedStart)}`];
    const session = new pg.Client({ connectionString: url.toString() });
    await session.connect();
    try {
      for (const [step, statement] of seedStatements()) {
        const start = performance.now();
        await session.query(statement);
        steps.push(`${step} ${seconds(start)}`);
      }
    } finally {
      await session.end();
    }
    const seeded = performance.now() - seedStart;
    process.stderr.write(`review ranking bench, seed: ${steps.join(', ')}\n`);
    const figures = await measure(database.db, options.explain === true);
    const seed: Row = {
      what: `${WHAT}: seed (migrations, set-based inserts, VACUUM ANALYZE)`,
      runs: 1,
      cold: seeded,
      median: seeded,
      max: seeded,
      unit: 'ms',
    };
    return { rows: [seed, ...figures.rows], anchored: figures.anchored };
  } finally {
    await database.close();
    if (options.keep)
      process.stderr.write(`review ranking bench: database ${name} kept (drop it when done)\n`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await reviewRankingBenches({
    explain: process.argv.includes('--explain'),
    keep: process.argv.includes('--keep'),
  });
  for (const r of figures.rows)
    process.stdout.write(
      `${r.what}: cold ${r.cold.toFixed(1)}, median ${r.median.toFixed(1)}, max ${r.max.toFixed(1)} ${r.unit}\n`,
    );
  for (const a of figures.anchored)
    process.stdout.write(`${a.what}: ${(a.median / a.anchorMedian).toFixed(2)}× ${a.anchor}\n`);
}
