// The recommender's stage, each figure beside the plain library call or bare query it wraps, measured in
// the same run: the bound dossier against a pdf-lib merge of the same files, Annex 3 against exceljs
// writing the same rows, 200 concurrent reports against 200 bare locking transactions.
import { and, count, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { makeApplication } from '../domain/application/application.testing';
import { applications, quotaPlaces } from '../server/db/schema';
import {
  type DossierPart,
  renderAnnex2Pdf,
  renderDossierPdf,
  renderSummaryTableXlsx,
  type SummaryTableRow,
} from '../server/documents';
import { makeAnnex2Data } from '../server/documents/annex2-data.testing';
import { jpegPart, pdfOfPages } from '../server/documents/dossier.testing';
import { createTestApp } from '../server/testing/harness';
import { readyToReport } from '../server/testing/ready-to-report';
import { time } from './timing';

export interface Anchored {
  what: string;
  median: number;
  anchor: string;
  anchorMedian: number;
}

const median = async (runs: number, fn: () => Promise<unknown>) => (await time('', runs, fn)).median;

/** A dossier of Annex 2 and 20 attachment pages: 12 one-page PDFs, a 4-page PDF, 4 scans. */
async function dossierBench(): Promise<Anchored> {
  const annex2 = (await renderAnnex2Pdf(makeAnnex2Data())).bytes;
  const parts: DossierPart[] = [{ title: '推荐表', kind: 'pdf', mimeType: 'application/pdf', bytes: annex2 }];
  for (let i = 0; i < 12; i++)
    parts.push({
      title: `证书${i + 1}`,
      kind: 'pdf',
      mimeType: 'application/pdf',
      bytes: await pdfOfPages(`p${i}`, 1),
    });
  parts.push({
    title: '成果材料',
    kind: 'pdf',
    mimeType: 'application/pdf',
    bytes: await pdfOfPages('four', 4),
  });
  for (let i = 0; i < 4; i++) parts.push(jpegPart(`扫描件${i + 1}`));
  const input = {
    candidateName: '周铁军',
    award: 'grand_award' as const,
    recommenderName: '朝阳区人社局',
    parts,
  };
  const ours = await median(10, () => renderDossierPdf(input));
  // the plain call: pdf-lib copies the same PDFs and places the same images, nothing else
  const plain = await median(10, async () => {
    const out = await PDFDocument.create();
    for (const part of parts) {
      if (part.kind === 'pdf') {
        const source = await PDFDocument.load(part.bytes);
        for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
      } else {
        const image = await out.embedJpg(part.bytes);
        out.addPage([595.28, 841.89]).drawImage(image, { x: 40, y: 40, width: 515, height: 687 });
      }
    }
    return out.save();
  });
  return {
    what: 'bound dossier: contents page, Annex 2 + 20 attachment pages, numbered',
    median: ours,
    anchor: 'pdf-lib merge of the same files',
    anchorMedian: plain,
  };
}

/** Annex 3 of 1,000 candidates against exceljs writing the same 1,000 rows of 12 columns. */
async function summaryBench(): Promise<Anchored> {
  const draft = makeApplication({ award: 'technical_expert' });
  const rows: SummaryTableRow[] = Array.from({ length: 1000 }, (_, i) => ({
    award: i < 500 ? 'grand_award' : 'technical_expert',
    rank: (i % 500) + 1,
    name: `候选人${i + 1}`,
    gender: '男',
    employer: '长春精工数控机床有限公司',
    idNumber: '220104197803120318',
    occupation: '数控车工',
    skillLevelOrTitle: '高级技师（一级）',
    education: '大学专科',
    achievements: draft.achievementsSummary ?? '从事数控车削加工二十余年。',
    bankAccount: '6217000010001234569',
    phone: '13804310123',
  }));
  const table = {
    recommenderName: '长春市朝阳区人力资源和社会保障局',
    rows,
    filledBy: '刘晓梅',
    filledOn: '2026-10-24',
    contactPhone: '0431-85678123',
  };
  const ours = await median(5, () => renderSummaryTableXlsx(table));
  const plain = await median(5, async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('汇总表');
    for (const row of rows) sheet.addRow(Object.values(row));
    return book.xlsx.writeBuffer();
  });
  return {
    what: 'Annex 3 XLSX, 1,000 rows',
    median: ours,
    anchor: 'exceljs writing the same 1,000 rows',
    anchorMedian: plain,
  };
}

/** 200 concurrent reportToBureau through the API (PGlite) against 200 bare transactions taking the same lock. */
async function quotaBench(): Promise<Anchored> {
  const t = await createTestApp('pglite', { now: '2026-10-24T02:00:00Z' });
  try {
    const race = async () => {
      const { ids, officer } = await readyToReport(t, 200);
      const cookie = await t.login(officer.username);
      const start = performance.now();
      await Promise.all(
        ids.map((id) =>
          t.request({
            method: 'POST',
            url: `/api/applications/${id}/transitions/reportToBureau`,
            cookie,
            payload: { opinion: '同意推荐' },
          }),
        ),
      );
      return performance.now() - start;
    };
    const bare = async () => {
      const { ids, district, award } = await readyToReport(t, 200);
      const db = t.database.db;
      const key = { editionId: '', recommenderId: district.id, awardId: award.id };
      const [row] = await db
        .select({ editionId: applications.editionId })
        .from(applications)
        .where(eq(applications.id, ids[0] ?? ''));
      key.editionId = row?.editionId ?? '';
      const start = performance.now();
      await Promise.all(
        ids.map((id) =>
          db.transaction(async (tx) => {
            await tx.insert(quotaPlaces).values(key).onConflictDoNothing();
            await tx
              .select()
              .from(quotaPlaces)
              .where(
                and(eq(quotaPlaces.recommenderId, key.recommenderId), eq(quotaPlaces.awardId, key.awardId)),
              )
              .for('update');
            const [used] = await tx
              .select({ n: count() })
              .from(applications)
              .where(and(inArray(applications.id, ids), eq(applications.status, 'at_bureau')));
            if (Number(used?.n) < 3)
              await tx.update(applications).set({ status: 'at_bureau' }).where(eq(applications.id, id));
          }),
        ),
      );
      return performance.now() - start;
    };
    const timesOf = async (fn: () => Promise<number>) => {
      const all = [await fn(), await fn(), await fn()];
      return all.sort((a, b) => a - b)[1] ?? 0;
    };
    return {
      what: '200 concurrent reportToBureau, 3 places (PGlite, through the API)',
      median: await timesOf(race),
      anchor: '200 bare transactions: lock, count, update',
      anchorMedian: await timesOf(bare),
    };
  } finally {
    await t.close();
  }
}

export async function recommenderBenches(): Promise<Anchored[]> {
  return [await dossierBench(), await summaryBench(), await quotaBench()];
}
