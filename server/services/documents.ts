import { and, desc, eq } from 'drizzle-orm';
import { awardLabels } from '../../domain/application';
import { birthYearOf, type Gender } from '../../domain/people';
import { type AwardCode, awardCodes } from '../../domain/roles';
import type { IssuedDocumentKind } from '../../domain/statuses';
import { shanghaiDate } from '../../domain/time';
import type { ApplicationStatus } from '../../domain/workflow/states';
import type { Db, Executor } from '../db/database';
import {
  applications,
  attachments,
  awards,
  editions,
  issuedDocuments,
  notices,
  organisations,
} from '../db/schema';
import {
  type Annex2Data,
  annex2ContentHash,
  annex2DataFromDraft,
  type NoticeDocument,
  renderAnnex2Docx,
  renderAnnex2Pdf,
  renderNoticePdf,
} from '../documents';
import { can } from '../policies/application';
import type { FileStorage } from '../storage/storage';
import { noticeView } from '../workflow/notices';
import { refuse } from '../workflow/record-types';
import { entriesOf, storageToDraft } from './application-draft';
import { appendAudit } from './audit';
import { readsBlind } from './blind-labels';
import { certificateOfRecord } from './certificates';
import { type Acting, lockScopedApplication } from './workflow';

type ApplicationRow = typeof applications.$inferSelect;

/** Annex 2's content from the stored application, the same way for printing and for verification. */
export async function annex2Data(
  tx: Executor,
  storage: FileStorage,
  row: ApplicationRow,
  options: {
    sealer: Acting['sealer'];
    verificationBase: string;
    generatedAt: Date;
    /** `masked`: the copy for those who review but do not hand in the paper (policies/application.ts). */
    disclosure: Annex2Disclosure;
  },
): Promise<Annex2Data> {
  const [award] = await tx.select({ code: awards.code }).from(awards).where(eq(awards.id, row.awardId));
  const [edition] = await tx
    .select({ referenceDate: editions.referenceDate })
    .from(editions)
    .where(eq(editions.id, row.editionId));
  const [employer] = await tx
    .select({ nameZh: organisations.nameZh })
    .from(organisations)
    .where(eq(organisations.id, row.employerId));
  const masked = options.disclosure === 'masked';
  if (!award) throw new Error('application without its award');
  const draft = storageToDraft(row, await entriesOf(tx, row.id), award.code, {
    sealer: options.sealer,
    reveal: !masked,
  });
  const [photo] = await tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.applicationId, row.id), eq(attachments.kind, 'photo')))
    .orderBy(desc(attachments.createdAt))
    .limit(1);
  return annex2DataFromDraft(draft, {
    ...(masked ? { masked: { birthYear: birthYearOf(row.birthDate) } } : {}),
    employerName: employer?.nameZh,
    unitOpinion: row.unitOpinion,
    photo: photo
      ? { bytes: await storage.get(photo.storageKey), mimeType: photo.mimeType as 'image/jpeg' | 'image/png' }
      : undefined,
    referenceDate: edition?.referenceDate ?? shanghaiDate(options.generatedAt),
    verificationUrl: options.verificationBase,
    generatedAt: options.generatedAt,
  });
}

export type Annex2Disclosure = 'full' | 'masked';

/** The register's kind of each copy, so that verification recomputes the same one. */
const annex2Kinds = { full: 'annex2', masked: 'annex2_masked' } as const satisfies Record<
  Annex2Disclosure,
  IssuedDocumentKind
>;

/** What the paper is, not whose: the register of issued documents keeps this, the download adds the name. */
export function annex2Title(award: AwardCode): string {
  return `${awardLabels[award].zh}候选人推荐表`;
}

/**
 * The title the public verification page shows. The register used to keep an Annex 2 under
 * `…候选人推荐表（name）`, and a name may itself hold `）` (cutting the last bracketed part off then showed
 * it whole), so the page never derives the title from the registered one: it shows the known title
 * the registered one starts with.
 */
function publicTitle(document: { kind: string; title: string }): string {
  if (document.kind !== annex2Kinds.full && document.kind !== annex2Kinds.masked) return document.title;
  return awardCodes.map(annex2Title).find((title) => document.title.startsWith(title)) ?? '候选人推荐表';
}

/**
 * The recommendation form as PDF or DOCX. The official paper carries the personal data in clear for
 * those who hand it in; the talent office and experts get the masked copy. Every generation is audited,
 * and registered by its content hash for the QR verification page.
 */
export async function generateAnnex2(
  db: Db,
  storage: FileStorage,
  acting: Acting,
  applicationId: string,
  format: 'pdf' | 'docx',
  verificationBase: string,
) {
  return db.transaction(async (tx) => {
    const { row, data, disclosure } = await printableAnnex2(
      tx,
      storage,
      acting,
      applicationId,
      verificationBase,
    );
    const rendered = format === 'pdf' ? await renderAnnex2Pdf(data) : await renderAnnex2Docx(data);
    const title = annex2Title(data.award);
    await registerAnnex2(tx, acting, row, data.award, { contentHash: rendered.sha256, disclosure, format });
    return {
      bytes: rendered.bytes,
      fileName: `${title}（${row.name}）.${format}`,
      contentHash: rendered.sha256,
    };
  });
}

/**
 * The application (locked, in the caller's scope) and its Annex 2 as the caller may print it: in clear for
 * those who hand the paper in, masked for the others.
 */
export async function printableAnnex2(
  tx: Executor,
  storage: FileStorage,
  acting: Acting,
  applicationId: string,
  verificationBase: string,
) {
  const row = await lockScopedApplication(tx, acting.actor, applicationId);
  // the form names the candidate and their unit on every page: a blind review's expert reads the dossier
  if (await readsBlind(tx, acting, row.awardId))
    refuse(
      'review.blind_form',
      '本奖项为盲评，不提供推荐表原件，请在评分页面查阅隐去身份信息的申报材料',
      'This award is reviewed blind: the form is not printed for experts; read the dossier without identities on the scoring page',
    );
  const disclosure: Annex2Disclosure = can(acting.actor, 'printPersonal', row) ? 'full' : 'masked';
  const data = await annex2Data(tx, storage, row, {
    sealer: acting.sealer,
    verificationBase,
    generatedAt: acting.now,
    disclosure,
  });
  return { row, data, disclosure };
}

/** Registers a generated paper by its content hash (once) and audits its production. */
export async function registerPaper(
  tx: Executor,
  acting: Acting,
  paper: {
    kind: IssuedDocumentKind;
    contentHash: string;
    title: string;
    applicationId?: string;
    noticeId?: string;
    organisationId?: string;
    audit: { action: string; objectType: string; objectId: string; detail: Record<string, unknown> };
  },
) {
  const [known] = await tx
    .select({ id: issuedDocuments.id })
    .from(issuedDocuments)
    .where(
      and(
        eq(issuedDocuments.contentHash, paper.contentHash),
        eq(issuedDocuments.kind, paper.kind),
        paper.applicationId ? eq(issuedDocuments.applicationId, paper.applicationId) : undefined,
      ),
    );
  if (!known) {
    await tx.insert(issuedDocuments).values({
      contentHash: paper.contentHash,
      kind: paper.kind,
      applicationId: paper.applicationId ?? null,
      noticeId: paper.noticeId ?? null,
      organisationId: paper.organisationId ?? null,
      title: paper.title,
      issuedBy: acting.actor.userId,
      issuedAt: acting.now,
    });
  }
  await appendAudit(tx, acting.audit, paper.audit, acting.now);
}

/** Registers an Annex 2 by its content hash (for its QR code's verification page) and audits its production. */
export async function registerAnnex2(
  tx: Executor,
  acting: Acting,
  row: ApplicationRow,
  award: AwardCode,
  paper: { contentHash: string; disclosure: Annex2Disclosure; format: 'pdf' | 'docx' },
) {
  const { contentHash, disclosure, format } = paper;
  await registerPaper(tx, acting, {
    kind: annex2Kinds[disclosure],
    contentHash,
    title: annex2Title(award),
    applicationId: row.id,
    audit: {
      action: 'document.annex2',
      objectType: 'application',
      objectId: row.id,
      detail: { format, contentHash, disclosure },
    },
  });
}

const genderOf = (value: string | null): Gender | undefined =>
  value === 'male' || value === 'female' ? value : undefined;

/** The notice (公示) as printed: candidates' names, units, occupations — never ID numbers or phones. */
export async function noticeDocumentOf(
  tx: Executor,
  acting: Acting,
  noticeId: string,
): Promise<NoticeDocument> {
  const notice = await noticeView(tx, acting, noticeId);
  const [organisation] = await tx
    .select({ nameZh: organisations.nameZh })
    .from(notices)
    .innerJoin(organisations, eq(organisations.id, notices.organisationId))
    .where(eq(notices.id, noticeId));
  return {
    title: notice.title,
    body: notice.body,
    organisationName: organisation?.nameZh ?? '',
    startDate: notice.startDate,
    endDate: notice.endDate,
    workingDays: notice.workingDays,
    items: notice.items.map((item) => ({
      name: item.name,
      gender: genderOf(item.gender),
      employerName: item.employerName ?? organisation?.nameZh ?? '',
      occupation: item.occupation ?? undefined,
      skillLevel: item.skillLevel ?? undefined,
      award: item.award,
      achievementsSummary: item.achievementsSummary || undefined,
    })),
    // where objections go, as posted when the notice started
    contact: notice.contact,
    issuedOn: notice.startDate,
  };
}

/** The printable notice, registered for verification and audited. */
export async function generateNoticePdf(db: Db, acting: Acting, noticeId: string) {
  return db.transaction(async (tx) => {
    const document = await noticeDocumentOf(tx, acting, noticeId);
    const rendered = await renderNoticePdf(document);
    await registerPaper(tx, acting, {
      kind: 'unit_notice',
      contentHash: rendered.sha256,
      title: document.title,
      noticeId,
      audit: {
        action: 'document.notice',
        objectType: 'notice',
        objectId: noticeId,
        detail: { sha256: rendered.sha256 },
      },
    });
    return { bytes: rendered.bytes, fileName: `${document.title}.pdf` };
  });
}

/** What the public verification page says about a hash: what paper it is and whether it is still current. */
export async function verifyDocument(
  db: Db,
  storage: FileStorage,
  sealer: Acting['sealer'],
  hash: string,
  now: Date,
) {
  const [document] = await db
    .select()
    .from(issuedDocuments)
    .where(eq(issuedDocuments.contentHash, hash))
    .orderBy(desc(issuedDocuments.issuedAt))
    .limit(1);
  if (!document) return null;
  let current: boolean | null = null;
  let subject: { name: string; award: string; employer: string; status: ApplicationStatus } | null = null;
  if (document.kind === 'certificate' && document.applicationId) {
    // a certificate holds while the title does: the record gives the same certificate, not revoked
    const certificate = await certificateOfRecord(db, document.applicationId);
    const row = certificate?.application;
    if (row) {
      current = certificate.code === hash && (row.status === 'awarded' || row.status === 'prize_paid');
      subject = {
        name: maskName(row.name),
        award: awardLabels[certificate.award].zh,
        employer: row.employerName ?? '',
        status: row.status,
      };
    } else current = false;
  } else if (document.applicationId) {
    const [row] = await db.select().from(applications).where(eq(applications.id, document.applicationId));
    if (row) {
      const disclosure: Annex2Disclosure = document.kind === annex2Kinds.masked ? 'masked' : 'full';
      const data = await annex2Data(db, storage, row, {
        sealer,
        verificationBase: '',
        generatedAt: now,
        disclosure,
      });
      current = annex2ContentHash(data) === hash;
      const [employer] = await db
        .select({ nameZh: organisations.nameZh })
        .from(organisations)
        .where(eq(organisations.id, row.employerId));
      subject = {
        name: maskName(row.name),
        award: awardLabels[data.award].zh,
        employer: employer?.nameZh ?? '',
        status: row.status,
      };
    }
  }
  return {
    kind: document.kind,
    title: publicTitle(document),
    issuedAt: document.issuedAt,
    current,
    subject,
  };
}

/** 周铁军 → 周*军, 李明 → 李*: enough to match a paper in hand, not to identify a stranger. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
