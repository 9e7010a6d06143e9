import { and, asc, eq } from 'drizzle-orm';
import {
  type OrganisationKind,
  type RecommenderKind,
  type Role,
  roleOrganisationKinds,
} from '../../domain/roles';
import { shanghaiDate } from '../../domain/time';
import type { Clock } from '../clock';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import { awards, editions, memberships, organisations, users } from '../db/schema';
import { changchun3, submissionWindowFor } from '../editions/changchun-3';
import { hashPassword } from '../services/accounts';
import { createEdition } from '../services/editions';
import type { FileStorage } from '../storage/storage';

/**
 * Test factories for who takes part: the edition, organisations at every level, users with a role and a
 * login. Test-only; the rest of the factories (server/testing/factories.ts) build on these.
 */

/** What every factory needs: the database (or a transaction), the sealer, the file storage, the clock. */
export interface FactoryTarget {
  database: { db: Executor };
  sealer: Sealer;
  storage: FileStorage;
  clock: Clock;
}

/** The same target inside a transaction. */
export const within = (t: FactoryTarget, tx: Executor): FactoryTarget => ({ ...t, database: { db: tx } });

/** A row named by its id, or the row itself. */
export type Ref = string | { id: string };
export const idOf = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

let serial = 0;
/** A number unique in this process, for codes and names that must not repeat. */
export const nextSerial = () => ++serial;

/** The password every factory user logs in with (the harness's TEST_PASSWORD). */
export const FACTORY_PASSWORD = 'Demo@2026!';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type OrganisationRow = typeof organisations.$inferSelect;

/** An organisation by its id, its code (`emp-jingong`) or its row. */
export async function organisationRow(t: FactoryTarget, ref: Ref): Promise<OrganisationRow> {
  const key = idOf(ref);
  const [row] = await t.database.db
    .select()
    .from(organisations)
    .where(UUID.test(key) ? eq(organisations.id, key) : eq(organisations.code, key));
  if (!row) throw new Error(`no organisation ${key}`);
  return row;
}

/** The published edition, made from the 3rd Changchun preset (awards, rubric, quota table) if there is none. */
export async function insertEdition(t: FactoryTarget) {
  const db = t.database.db;
  const [published] = await db.select().from(editions).where(eq(editions.status, 'published')).limit(1);
  const edition =
    published ??
    (
      await createEdition(
        db,
        changchun3,
        submissionWindowFor(changchun3, shanghaiDate(t.clock.now())),
        'published',
        t.clock.now(),
      )
    ).edition;
  const rows = await db.select().from(awards).where(eq(awards.editionId, edition.id));
  return {
    ...edition,
    awardIds: Object.fromEntries(rows.map((a) => [a.code, a.id])) as Record<string, string>,
  };
}

/**
 * An organisation. An employer reports to the recommender given, or to a new district HR bureau; a
 * recommender is a district HR bureau unless said. Codes start with `f-` so they never meet the demo's.
 */
export async function insertOrganisation(
  t: FactoryTarget,
  input: {
    kind?: OrganisationKind;
    recommenderKind?: RecommenderKind;
    recommender?: Ref;
    code?: string;
    nameZh?: string;
    nameEn?: string;
    regionCode?: string;
  } = {},
): Promise<OrganisationRow> {
  const kind = input.kind ?? 'employer';
  const n = nextSerial();
  const recommenderId =
    kind !== 'employer'
      ? null
      : input.recommender
        ? (await organisationRow(t, input.recommender)).id
        : (await insertOrganisation(t, { kind: 'recommender' })).id;
  const recommenderKind = kind === 'recommender' ? (input.recommenderKind ?? 'district_hr') : null;
  const [row] = await t.database.db
    .insert(organisations)
    .values({
      code: input.code ?? `f-${kind}-${n}`,
      kind,
      recommenderKind,
      recommenderId,
      nameZh: input.nameZh ?? `测试${kindNames[kind]}${n}`,
      nameEn: input.nameEn ?? `Test ${kind.replace('_', ' ')} ${n}`,
      regionCode:
        input.regionCode ?? (kind === 'employer' || recommenderKind === 'district_hr' ? '220104' : null),
    })
    .returning();
  if (!row) throw new Error('organisation insert returned nothing');
  return row;
}

const kindNames: Record<OrganisationKind, string> = {
  bureau: '人社局',
  talent_office: '人才办',
  recommender: '推荐单位',
  employer: '申报单位',
  expert_pool: '专家库',
};

/** The first organisation of a kind (the bureau, the talent office, the expert pool), made if none exists. */
export async function organisationOfKind(
  t: FactoryTarget,
  kind: 'bureau' | 'talent_office' | 'expert_pool',
): Promise<OrganisationRow> {
  const [found] = await t.database.db
    .select()
    .from(organisations)
    .where(eq(organisations.kind, kind))
    .orderBy(asc(organisations.createdAt), asc(organisations.code))
    .limit(1);
  return found ?? insertOrganisation(t, { kind });
}

const passwordHashes = new Map<string, Promise<string>>();

export interface FactoryUser {
  id: string;
  username: string;
  password: string;
  displayName: string;
  role: Role;
  organisationId: string;
}

/**
 * A user with one role in one organisation who logs in with `FACTORY_PASSWORD` (through the API:
 * `t.login(user.username)`). The role must suit the organisation's kind, as `createUser` requires.
 */
export async function insertUser(
  t: FactoryTarget,
  input: { role: Role; organisation: Ref; username?: string; displayName?: string; password?: string },
): Promise<FactoryUser> {
  const organisation = await organisationRow(t, input.organisation);
  if (!roleOrganisationKinds[input.role].includes(organisation.kind as OrganisationKind))
    throw new Error(`role ${input.role} cannot belong to a ${organisation.kind} organisation`);
  const n = nextSerial();
  const password = input.password ?? FACTORY_PASSWORD;
  // argon2 is slow on purpose; one hash per password serves every factory user of the process
  const hash = passwordHashes.get(password) ?? hashPassword(password);
  passwordHashes.set(password, hash);
  const username = input.username ?? `f-${input.role.replace('_', '-')}-${n}`;
  const displayName = input.displayName ?? `测试用户${n}`;
  const db = t.database.db;
  const [user] = await db
    .insert(users)
    .values({ username, passwordHash: await hash, displayName })
    .returning({ id: users.id });
  if (!user) throw new Error('user insert returned nothing');
  await db.insert(memberships).values({ userId: user.id, organisationId: organisation.id, role: input.role });
  return { id: user.id, username, password, displayName, role: input.role, organisationId: organisation.id };
}

/** The first user holding a role in an organisation, if any (the actor the factories' history names). */
export async function memberOf(t: FactoryTarget, organisationId: string, role: Role): Promise<string | null> {
  const [found] = await t.database.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, role)))
    .orderBy(asc(memberships.createdAt), asc(memberships.userId))
    .limit(1);
  return found?.userId ?? null;
}
