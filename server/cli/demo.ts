import { Readable } from 'node:stream';
import { count } from 'drizzle-orm';
import { attachmentKindLabels, requiredAttachmentKinds } from '../../domain/application';
import { idCheckChar } from '../../domain/people/id-number';
import type { ApplicationStatus } from '../../domain/workflow/states';
import { transitionNames, transitionOf } from '../../domain/workflow/transitions';
import type { Sealer } from '../crypto/sealed';
import type { Db, Executor } from '../db/database';
import { attachments, experts, organisations, winnersHistory, workflowEvents } from '../db/schema';
import { changchun3, submissionWindowFor } from '../editions/changchun-3';
import { createUser } from '../services/accounts';
import { insertApplication } from '../services/applications';
import { appendAudit } from '../services/audit';
import { createEdition } from '../services/editions';
import type { FileStorage } from '../storage/storage';
import { demoApplications } from './demo-applications';
import { reviewStageApplications } from './demo-applications-review';
import { demoOrganisations, demoUsers } from './demo-organisations';
import { seedReviewStage } from './demo-review';
import { tinyPdf, tinyPng } from './sample-files';

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return Number(row?.n ?? 0) === 0;
}

/** A valid 18-character ID number (GB 11643 check character) for demo people. */
export function demoIdNumber(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export interface DemoOptions {
  sealer: Sealer;
  storage: FileStorage;
  password: string;
  now: Date;
}

/**
 * The demo: the 3rd Changchun edition as the work plan configures it, Changchun's real district HR
 * departments and a few city departments, technical schools and SOEs, employers, one user per role,
 * and applications at several steps so every role's to-do shows something. Runs in one transaction.
 */
export async function seedDemo(db: Db, options: DemoOptions): Promise<void> {
  await db.transaction(async (tx) => {
    const window = submissionWindowFor(changchun3, shanghaiDate(options.now));
    const { edition, awardIds } = await createEdition(tx, changchun3, window, 'published', options.now);

    const orgIds: Record<string, string> = {};
    for (const org of demoOrganisations.filter((o) => o.kind !== 'employer')) {
      orgIds[org.code] = await insertOrganisation(tx, org, null);
    }
    for (const org of demoOrganisations.filter((o) => o.kind === 'employer')) {
      orgIds[org.code] = await insertOrganisation(
        tx,
        org,
        org.recommender ? (orgIds[org.recommender] ?? null) : null,
      );
    }

    const userIds: Record<string, string> = {};
    for (const user of demoUsers) {
      const created = await createUser(tx, {
        username: user.username,
        password: options.password,
        displayName: user.displayName,
        role: user.role,
        organisationCode: user.organisation,
      });
      userIds[user.username] = created.id;
    }

    await tx.insert(experts).values({
      userId: userIds.expert,
      name: '孙卫东',
      workplace: '吉林大学机械与航空航天工程学院',
      specialty: '机械制造与数控加工',
      title: '教授、高级技师',
      mobileEnc: options.sealer.seal('13904310001'),
      mobileMasked: '139****0001',
    });

    for (const seed of [...demoApplications, ...reviewStageApplications]) {
      const idNumber = demoIdNumber(seed.region, seed.birthDate, seed.sequence);
      const employerId = orgIds[seed.employer];
      const employer = demoOrganisations.find((o) => o.code === seed.employer);
      const recommenderCode = employer?.kind === 'employer' ? employer.recommender : seed.employer;
      const recommenderId = recommenderCode ? orgIds[recommenderCode] : undefined;
      const awardId = awardIds[seed.award];
      if (!employerId || !recommenderId || !awardId || !employer)
        throw new Error(`demo data broken: ${seed.name}`);
      const { id } = await insertApplication(tx, options.sealer, {
        editionId: edition.id,
        awardId,
        employerId,
        recommenderId,
        candidateUserId: seed.candidateUser ? userIds[seed.candidateUser] : null,
        status: seed.path.at(-1) ?? 'draft',
        unitRank: seed.unitRank ?? null,
        recommenderRank: seed.recommenderRank ?? null,
        employerName: employer.nameZh,
        createdBy: userIds.employer,
        createdAt: options.now,
        updatedAt: options.now,
        ...seed.fields,
        secrets: { idNumber, bankAccount: seed.bankAccount, mobile: seed.mobile, landline: seed.landline },
        entries: seed.entries,
      });
      await recordPath(tx, id, seed.path, options.now);
      if (seed.withAttachments)
        await attachSampleFiles(tx, options.storage, id, employerId, seed.name, options.now);
      if (seed.formerTitle) {
        await tx.insert(winnersHistory).values({
          idNumberHash: options.sealer.lookupHash(idNumber),
          name: seed.name,
          awardCode: seed.formerTitle.award,
          editionNumber: seed.formerTitle.edition,
          year: seed.formerTitle.year,
          certificateNo: seed.formerTitle.certificateNo,
        });
      }
    }

    await seedReviewStage(tx, {
      sealer: options.sealer,
      password: options.password,
      now: options.now,
      editionId: edition.id,
      awardIds,
      expertUserId: userIds.expert ?? '',
      bureauUserId: userIds.bureau ?? '',
    });

    await appendAudit(
      tx,
      {},
      {
        action: 'demo.seed',
        objectType: 'edition',
        objectId: edition.id,
        detail: {
          organisations: demoOrganisations.length,
          users: demoUsers.length,
          applications: demoApplications.length + reviewStageApplications.length,
        },
      },
      options.now,
    );
  });
}

/** The dossier's required papers as small sample files, so a new user sees a complete application. */
async function attachSampleFiles(
  tx: Executor,
  storage: FileStorage,
  applicationId: string,
  ownerId: string,
  name: string,
  now: Date,
) {
  for (const kind of requiredAttachmentKinds) {
    const bytes = kind === 'photo' ? tinyPng(96, [210, 214, 222]) : tinyPdf(`${kind} (sample)`);
    const stored = await storage.put(Readable.from([bytes]), { prefix: 'attachments' });
    await tx.insert(attachments).values({
      applicationId,
      ownerOrganisationId: ownerId,
      kind,
      fileName:
        kind === 'photo' ? `${name}-照片.png` : `${name}-${attachmentKindLabels[kind].zh.slice(0, 12)}.pdf`,
      mimeType: kind === 'photo' ? 'image/png' : 'application/pdf',
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.key,
      createdAt: now,
    });
  }
}

async function insertOrganisation(
  tx: Executor,
  org: (typeof demoOrganisations)[number],
  recommenderId: string | null,
): Promise<string> {
  const [row] = await tx
    .insert(organisations)
    .values({
      code: org.code,
      kind: org.kind,
      recommenderKind: org.recommenderKind ?? null,
      recommenderId,
      nameZh: org.nameZh,
      nameEn: org.nameEn,
      regionCode: org.regionCode ?? null,
      address: org.address ?? null,
      contactName: org.contactName ?? null,
      contactPhone: org.contactPhone ?? null,
    })
    .returning({ id: organisations.id });
  if (!row) throw new Error('organisation insert returned nothing');
  return row.id;
}

function transitionBetween(from: ApplicationStatus, to: ApplicationStatus) {
  const name = transitionNames.find((n) => transitionOf(n).to === to && transitionOf(n).from.includes(from));
  if (!name) throw new Error(`demo path has no transition ${from} → ${to}`);
  return { name, role: transitionOf(name).by[0] ?? null };
}

/** Writes the history of an application that the demo places past its first step. */
async function recordPath(
  tx: Executor,
  applicationId: string,
  path: readonly ApplicationStatus[],
  now: Date,
) {
  // counted back from now: a notice is closed a week after it started (its 5 working days), other steps
  // follow each other two days apart
  const daysBefore = (status: ApplicationStatus) => (status.endsWith('_noticed') ? 7 : 2);
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1] as ApplicationStatus;
    const to = path[i] as ApplicationStatus;
    const later = path.slice(i + 1).reduce((days, status) => days + daysBefore(status), 1);
    const at = new Date(now.getTime() - later * 86_400_000);
    const step = transitionBetween(from, to);
    await tx.insert(workflowEvents).values({
      applicationId,
      transition: step.name,
      fromStatus: from,
      toStatus: to,
      actorRole: step.role,
      data: { demo: true },
      at,
    });
  }
}
