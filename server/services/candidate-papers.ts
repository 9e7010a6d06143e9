import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { attachmentKindLabels, attachmentKinds, awardLabels } from '../../domain/application';
import { DomainError } from '../../domain/errors';
import { formatIntakeCode } from '../../domain/intake/intake-code';
import { summaryTableStatuses } from '../../domain/quotas';
import type { AwardCode } from '../../domain/roles';
import type { ApplicationStatus } from '../../domain/workflow';
import type { Db } from '../db/database';
import { attachments, awards, organisations } from '../db/schema';
import { type DossierPart, renderAnnex2Pdf, renderDossierPdf, renderEnvelopeCoverPdf } from '../documents';
import { canonicalJson, sha256Hex } from '../documents/annex2-hash';
import type { Actor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import { can } from '../policies/application';
import type { FileStorage } from '../storage/storage';
import { storageToDraft } from './application-draft';
import { annex2Title, printableAnnex2, registerAnnex2, registerPaper } from './documents';
import { coverTitleOf, intakeCodeOf } from './recommender-papers';
import { type Acting, lockScopedApplication } from './workflow';

type Row = Awaited<ReturnType<typeof lockScopedApplication>>;

/** Those who hand the envelope in: the recommender's officers (an SOE's or school's for its own staff), the bureau. */
function handsInEnvelope(actor: Actor, row: Row): boolean {
  switch (actor.role) {
    case 'recommender_officer':
      return actor.organisationId === row.recommenderId;
    case 'employer_officer':
      return actor.organisationId === row.recommenderId && row.employerId === row.recommenderId;
    case 'bureau_admin':
    case 'bureau_staff':
      return true;
    default:
      return false;
  }
}

function assertRecommended(row: Row) {
  if ((summaryTableStatuses as readonly ApplicationStatus[]).includes(row.status)) return;
  throw new DomainError('papers.not_recommended', {
    zh: '推荐单位公示并排序后，才能打印档案袋封面',
    en: 'The envelope cover is printed once the recommender has put the candidate on notice and ranked them',
  });
}

/**
 * Annex 4, the envelope cover of one candidate, with the QR code and intake code the bureau's desk scans
 * or types. The candidate's phone is printed in clear for those who print personal data (the annex asks for
 * it); the production is audited.
 */
export async function generateCover(db: Db, acting: Acting, applicationId: string, intakeBase: string) {
  return db.transaction(async (tx) => {
    const row = await lockScopedApplication(tx, acting.actor, applicationId);
    if (!handsInEnvelope(acting.actor, row)) throw notFound();
    assertRecommended(row);
    const code = await intakeCodeOf(tx, row);
    const [award] = await tx.select({ code: awards.code }).from(awards).where(eq(awards.id, row.awardId));
    const orgs = await tx
      .select()
      .from(organisations)
      .where(inArray(organisations.id, [row.recommenderId, row.employerId]));
    const recommender = orgs.find((o) => o.id === row.recommenderId);
    const employer = orgs.find((o) => o.id === row.employerId);
    const draft = storageToDraft(row, [], award?.code as AwardCode, {
      sealer: acting.sealer,
      reveal: can(acting.actor, 'printPersonal', row),
    });
    const cover = {
      editionTitle: await coverTitleOf(tx, row.editionId),
      award: award?.code as AwardCode,
      recommenderName: recommender?.nameZh ?? '',
      recommenderContact: recommender?.contactName ?? '',
      recommenderPhone: recommender?.contactPhone ?? '',
      candidateName: row.name,
      candidatePhone: draft.mobile ?? draft.landline ?? row.mobileMasked ?? '',
      candidateEmployer: row.employerName || employer?.nameZh || '',
      intakeCode: formatIntakeCode(code),
      intakeUrl: `${intakeBase}${formatIntakeCode(code)}`,
      generatedAt: acting.now,
    };
    const rendered = await renderEnvelopeCoverPdf(cover);
    const { generatedAt: _at, ...printed } = cover;
    const contentHash = sha256Hex(Buffer.from(canonicalJson({ schema: 'jiangxuan.cover/1', ...printed })));
    await registerPaper(tx, acting, {
      kind: 'cover',
      contentHash,
      title: `${awardLabels[cover.award].zh}申报材料档案袋封面`,
      applicationId: row.id,
      audit: {
        action: 'document.cover',
        objectType: 'application',
        objectId: row.id,
        detail: { contentHash, intakeCode: code, personal: can(acting.actor, 'printPersonal', row) },
      },
    });
    return { bytes: rendered.bytes, fileName: `档案袋封面（${row.name}）.pdf` };
  });
}

/** Not part of the bound dossier: the photo is printed on Annex 2; the unit's minutes go with the report. */
const outsideDossier = ['photo', 'decision_minutes', 'review_opinion'] as const;

/**
 * The bound dossier (申报材料册) of one candidate: the contents on page 1, Annex 2 (in clear for those who
 * print personal data, masked for the others) and every attachment in the order of the work plan (§四(三)).
 */
export async function generateDossier(
  db: Db,
  storage: FileStorage,
  acting: Acting,
  applicationId: string,
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
    const annex2 = await renderAnnex2Pdf(data);
    await registerAnnex2(tx, acting, row, data.award, {
      contentHash: annex2.sha256,
      disclosure,
      format: 'pdf',
    });
    const files = await tx
      .select()
      .from(attachments)
      .where(and(eq(attachments.applicationId, row.id), notInArray(attachments.kind, [...outsideDossier])))
      .orderBy(asc(attachments.createdAt));
    files.sort((a, b) => attachmentKinds.indexOf(a.kind) - attachmentKinds.indexOf(b.kind));
    const parts: DossierPart[] = [
      { title: annex2Title(data.award), kind: 'pdf', mimeType: 'application/pdf', bytes: annex2.bytes },
    ];
    for (const file of files) {
      parts.push({
        title: attachmentKindLabels[file.kind].zh,
        kind: file.mimeType === 'application/pdf' ? 'pdf' : 'image',
        mimeType: file.mimeType,
        bytes: await storage.get(file.storageKey),
      });
    }
    const [recommender] = await tx
      .select({ nameZh: organisations.nameZh })
      .from(organisations)
      .where(eq(organisations.id, row.recommenderId));
    const contentHash = sha256Hex(
      Buffer.from(
        canonicalJson({
          schema: 'jiangxuan.dossier/1',
          application: row.id,
          annex2: annex2.sha256,
          parts: files.map((f) => [f.kind, f.sha256]),
        }),
      ),
    );
    const dossier = await renderDossierPdf({
      candidateName: row.name,
      award: data.award,
      recommenderName: recommender?.nameZh ?? '',
      parts,
      verification: { url: `${verificationBase}${contentHash}`, code: contentHash.slice(0, 12) },
    });
    await registerPaper(tx, acting, {
      kind: 'dossier',
      contentHash,
      title: `${awardLabels[data.award].zh}申报材料册`,
      applicationId: row.id,
      audit: {
        action: 'document.dossier',
        objectType: 'application',
        objectId: row.id,
        detail: { contentHash, pages: dossier.pageCount, parts: parts.length, disclosure },
      },
    });
    return {
      bytes: dossier.bytes,
      pageCount: dossier.pageCount,
      contents: dossier.contents,
      fileName: `申报材料册（${row.name}）.pdf`,
    };
  });
}
