import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import { organisationKinds, type Role, recommenderKinds, roles } from '../../domain/roles';
import { isOneOf } from '../../domain/validation';
import { loadConfig } from '../config';
import { deriveKeys, generateMasterKey, resolveMasterKey } from '../crypto/keys';
import { Sealer } from '../crypto/sealed';
import { openDatabase, runMigrations } from '../db/database';
import { organisations } from '../db/schema';
import { createUser } from '../services/accounts';
import { appendAudit, verifyAuditChain } from '../services/audit';
import { LocalDiskStorage } from '../storage/storage';
import { isDatabaseEmpty, seedDemo } from './demo';

const usage = `Jiangxuan admin (npm run admin -- <command> [options])

  create-org   --code C --kind bureau|talent_office|recommender|employer|expert_pool --name-zh N [--name-en N]
               [--recommender-kind district_hr|city_department|technical_school|state_enterprise]
               [--recommender CODE]   (an employer's recommender)
  create-user  --username U --password P --role R [--org ORG_CODE] [--display-name N]
               roles: ${roles.join(', ')}
               --org may be left out for bureau_admin/bureau_staff when there is exactly one bureau
  verify-audit checks the SM3 hash chain of the audit log; exit 1 when it is broken
  seed-demo    loads the demo edition into an EMPTY database (refuses otherwise)
  gen-key      prints a new JX_DATA_KEY

Uses the same DATA_DIR / DATABASE_URL / JX_DATA_KEY as the server. The embedded database can be
opened by one process at a time: stop the server first.`;

const cliActor = {
  requestId: `cli-${process.pid}`,
  ip: null,
  role: null,
  userId: null,
  organisationId: null,
};
const cliDetail = { via: 'cli', osUser: os.userInfo().username };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${usage}\n`);
    return command ? 0 : 2;
  }
  if (command === 'gen-key') {
    process.stdout.write(`${generateMasterKey()}\n`);
    return 0;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      code: { type: 'string' },
      kind: { type: 'string' },
      'name-zh': { type: 'string' },
      'name-en': { type: 'string' },
      'recommender-kind': { type: 'string' },
      recommender: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      'display-name': { type: 'string' },
    },
    strict: true,
  });

  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite'),
    poolSize: 2,
  });
  try {
    await runMigrations(database);
    const { db } = database;
    const now = new Date();
    switch (command) {
      case 'verify-audit': {
        const report = await verifyAuditChain(db);
        if (report.ok) {
          process.stdout.write(`audit chain intact: ${report.entries} entries verified\n`);
          return 0;
        }
        process.stdout.write(
          `AUDIT CHAIN BROKEN at entry #${report.firstBrokenSeq} (${report.problem}); ${report.entries} entries before it verified\n`,
        );
        return 1;
      }
      case 'create-org': {
        const kind = required(values.kind, '--kind');
        if (!isOneOf(organisationKinds, kind))
          throw usageError(`--kind must be one of ${organisationKinds.join(', ')}`);
        const recommenderKind = values['recommender-kind'];
        const kindOfRecommender = isOneOf(recommenderKinds, recommenderKind) ? recommenderKind : null;
        if (kind === 'recommender' && !kindOfRecommender) {
          throw usageError(`a recommender needs --recommender-kind (${recommenderKinds.join(', ')})`);
        }
        await db.transaction(async (tx) => {
          let recommenderId: string | null = null;
          if (values.recommender) {
            const [rec] = await tx
              .select()
              .from(organisations)
              .where(eq(organisations.code, values.recommender));
            if (rec?.kind !== 'recommender')
              throw usageError(`no recommender with code ${values.recommender}`);
            recommenderId = rec.id;
          } else if (kind === 'employer') {
            throw usageError('an employer needs --recommender CODE');
          }
          const nameZh = required(values['name-zh'], '--name-zh');
          const [org] = await tx
            .insert(organisations)
            .values({
              code: required(values.code, '--code'),
              kind,
              recommenderKind: kind === 'recommender' ? kindOfRecommender : null,
              recommenderId,
              nameZh,
              nameEn: values['name-en'] ?? nameZh,
            })
            .returning({ id: organisations.id });
          await appendAudit(
            tx,
            cliActor,
            {
              action: 'organisation.create',
              objectType: 'organisation',
              objectId: org?.id,
              detail: { ...cliDetail, code: values.code, kind },
            },
            now,
          );
        });
        process.stdout.write(`organisation ${values.code} created\n`);
        return 0;
      }
      case 'create-user': {
        const role = required(values.role, '--role') as Role;
        await db.transaction(async (tx) => {
          const orgCode = values.org ?? (await soleBureauCode(tx, role));
          const user = await createUser(tx, {
            username: required(values.username, '--username'),
            password: required(values.password, '--password'),
            displayName: values['display-name'],
            role,
            organisationCode: orgCode,
          });
          await appendAudit(
            tx,
            cliActor,
            {
              action: 'user.create',
              objectType: 'user',
              objectId: user.id,
              detail: { ...cliDetail, username: values.username, role, organisation: orgCode },
            },
            now,
          );
        });
        process.stdout.write(`user ${values.username} created with role ${role}\n`);
        return 0;
      }
      case 'seed-demo': {
        if (!(await isDatabaseEmpty(db))) {
          process.stderr.write(
            'refused: the database is not empty; demo data goes only into an empty database\n',
          );
          return 1;
        }
        const sealer = new Sealer(
          deriveKeys(
            resolveMasterKey({
              envKey: config.dataKey,
              dataDir: config.dataDir,
            }),
          ),
        );
        await seedDemo(db, {
          sealer,
          storage: new LocalDiskStorage(path.join(config.dataDir, 'files')),
          password: config.demoPassword,
          now,
        });
        process.stdout.write(
          `demo edition seeded; demo password: ${process.env.JX_DEMO_PASSWORD ? '(JX_DEMO_PASSWORD)' : config.demoPassword}\n`,
        );
        return 0;
      }
      default:
        process.stderr.write(`unknown command: ${command}\n\n${usage}\n`);
        return 2;
    }
  } finally {
    await database.close();
  }
}

async function soleBureauCode(tx: Parameters<typeof createUser>[0], role: Role): Promise<string> {
  if (role !== 'bureau_admin' && role !== 'bureau_staff')
    throw usageError('--org ORG_CODE is required for this role');
  const bureaus = await tx
    .select({ code: organisations.code })
    .from(organisations)
    .where(eq(organisations.kind, 'bureau'));
  if (bureaus.length !== 1 || !bureaus[0])
    throw usageError('--org is required (there is not exactly one bureau organisation)');
  return bureaus[0].code;
}

class UsageError extends Error {}
function usageError(message: string) {
  return new UsageError(message);
}
function required(value: string | undefined, flag: string): string {
  if (!value) throw usageError(`${flag} is required`);
  return value;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof DomainError)
      process.stderr.write(`error ${error.code}: ${error.userMessage.zh} / ${error.userMessage.en}\n`);
    else if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${usage}\n`);
    else process.stderr.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
