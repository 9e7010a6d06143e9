/**
 * Renders sample documents to `server/documents/__preview__/` (PDF, DOCX, XLSX with LibreOffice's print of
 * it, and PNG pages via pdftoppm) and prints their sizes and render times:
 * `node --import tsx server/documents/preview.ts`. For looking at the layout after a change; the
 * directory is git-ignored.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeAnnex2Data } from './annex2-data.testing';
import { renderAnnex2Docx } from './annex2-docx';
import { renderAnnex2Pdf } from './annex2-pdf';
import { makeLongSummaryTable, makeSummaryTable } from './annex3-data.testing';
import { renderSummaryTablePdf } from './annex3-pdf';
import { renderSummaryTableXlsx } from './annex3-xlsx';
import { renderEnvelopeCoverPdf } from './cover-pdf';
import { makeDossierInput, makeEnvelopeCover, pdfPart } from './dossier.testing';
import { renderDossierPdf } from './dossier-pdf';
import { makeNotice } from './notice.testing';
import { renderNoticePdf } from './notice-pdf';
import { makeReport, noticePdf, opinionPdf, withObjection } from './report-data.testing';
import { renderRecommendationReportDocx } from './report-docx';
import { renderRecommendationReportPdf } from './report-pdf';
import { docxToPdf } from './soffice.testing';

const out = join(import.meta.dirname, '__preview__');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

async function timed(name: string, render: () => Promise<{ bytes: Buffer }>) {
  const started = performance.now();
  const { bytes } = await render();
  const ms = performance.now() - started;
  const file = join(out, name);
  writeFileSync(file, bytes);
  console.log(`${name}: ${(bytes.length / 1024).toFixed(1)} KiB in ${ms.toFixed(0)} ms`);
  if (name.endsWith('.pdf')) execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
  // A workbook is looked at as LibreOffice prints it: name.xlsx → name.xlsx.pdf → name.xlsx-1.png …
  if (name.endsWith('.xlsx')) {
    const work = join(out, '.soffice');
    const profile = pathToFileURL(join(work, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work];
    execFileSync('soffice', [...args, file], { stdio: 'ignore', timeout: 120_000 });
    renameSync(join(work, name.replace(/\.xlsx$/, '.pdf')), `${file}.pdf`);
    execFileSync('pdftoppm', ['-png', '-r', '60', `${file}.pdf`, file]);
  }
}

await timed('annex2.pdf', () => renderAnnex2Pdf(makeAnnex2Data()));
await timed('annex2-again.pdf', () => renderAnnex2Pdf(makeAnnex2Data()));
await timed('annex2.docx', () => renderAnnex2Docx(makeAnnex2Data()));
await timed('annex2-draft.pdf', () =>
  renderAnnex2Pdf({
    award: 'technical_expert',
    name: '李春燕',
    sections: {
      workHistory: [],
      patents: [],
      sciTechAwards: [],
      innovations: [],
      uniqueSkills: [],
      competitionPrizes: [],
      honours: [],
      otherAwards: [],
    },
    referenceDate: '2025-10-24',
    verificationUrl: 'http://localhost:3000/verify/',
    generatedAt: new Date(),
  }),
);
await timed('notice.pdf', () => renderNoticePdf(makeNotice()));
await timed('notice-portrait.pdf', () =>
  renderNoticePdf(
    makeNotice({ items: makeNotice().items.map(({ achievementsSummary: _, ...item }) => item) }),
  ),
);
// Long texts: rows that cross pages, a label group continued, an opinion longer than a page.
const long =
  '在数控车削薄壁套类零件加工中总结出“一次装夹、分层切削、对称去应力”操作法，解决了变形超差难题。'.repeat(5);
await timed('annex2-long.pdf', () =>
  renderAnnex2Pdf(
    makeAnnex2Data({
      employerName: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司冲压件制造分公司第三冲压车间',
      sections: {
        ...makeAnnex2Data().sections,
        workHistory: Array.from({ length: 14 }, (_, i) => ({
          from: `${1995 + 2 * i}-03`,
          to: `${1996 + 2 * i}-12`,
          place: '长春精工数控机床有限公司',
          content: `第${i + 1}车间数控车工`,
          witness: '人力资源部 王丽',
        })),
        patents: Array.from({ length: 9 }, (_, i) => ({
          from: `${2010 + i}-05`,
          content: `${i + 1}. ${long}`,
          witness: '专利证书复印件',
        })),
      },
      unitOpinion: long.repeat(9),
    }),
  ),
);
await timed('annex3.pdf', () => renderSummaryTablePdf(makeSummaryTable()));
await timed('annex3-long.pdf', () => renderSummaryTablePdf(makeLongSummaryTable(38)));
await timed('annex3-blank.pdf', () =>
  renderSummaryTablePdf(
    makeSummaryTable({ rows: [], filledBy: '', filledOn: '', contactPhone: '', verification: undefined }),
  ),
);
await timed('annex3.xlsx', () => renderSummaryTableXlsx(makeSummaryTable()));
await timed('annex3-long.xlsx', () => renderSummaryTableXlsx(makeLongSummaryTable(38)));
await timed('annex3-blank.xlsx', () =>
  renderSummaryTableXlsx(
    makeSummaryTable({ rows: [], filledBy: '', filledOn: '', contactPhone: '', verification: undefined }),
  ),
);
await timed('cover.pdf', () => renderEnvelopeCoverPdf(makeEnvelopeCover()));
await timed('cover-long.pdf', () =>
  renderEnvelopeCoverPdf(
    makeEnvelopeCover({
      award: 'technical_expert',
      recommenderName: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司冲压件制造分公司人力资源部',
      candidateEmployer:
        '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司冲压件制造分公司第三冲压车间',
      intakeCode: 'JX-2025-000123',
    }),
  ),
);
await timed('dossier.pdf', async () => renderDossierPdf(await makeDossierInput()));
await timed('dossier-long.pdf', async () => {
  const { parts } = await makeDossierInput();
  return renderDossierPdf(
    await makeDossierInput({
      parts: [
        ...parts,
        await pdfPart('所获荣誉、竞赛成果等重要奖项证书复印件或旁证材料', 22),
        ...parts
          .slice(1, 3)
          .map((part, index) => ({ ...part, title: `其他业绩贡献证明材料（${index + 1}）` })),
      ],
    }),
  );
});

// The recommendation report: alone, with its attachments after an objection, as DOCX and as LibreOffice
// lays the DOCX out; then with long texts (an opinion over a page, a long name, no QR code).
await timed('report.pdf', () => renderRecommendationReportPdf(makeReport()));
await timed('report-attachments.pdf', async () =>
  renderRecommendationReportPdf(withObjection(), [
    { title: '附件1 专家评审意见书', pdf: await opinionPdf() },
    { title: '附件2 公示文件', pdf: await noticePdf() },
  ]),
);
await timed('report.docx', () => renderRecommendationReportDocx(makeReport()));
await timed('report-docx.pdf', async () => ({
  bytes: docxToPdf((await renderRecommendationReportDocx(makeReport())).bytes),
}));
const { verification: _, ...unverified } = makeReport();
const longReport = {
  ...unverified,
  recommenderName: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司',
  review: {
    ...unverified.review,
    opinion: Array.from({ length: 6 }, () => unverified.review.opinion).join('\n'),
    uploaded: { fileName: '第三届长春技能大奖和长春技术能手专家评审意见书（签字扫描件）.pdf' },
  },
};
await timed('report-long.pdf', () => renderRecommendationReportPdf(longReport));
await timed('report-long-docx.pdf', async () => ({
  bytes: docxToPdf((await renderRecommendationReportDocx(longReport)).bytes),
}));
