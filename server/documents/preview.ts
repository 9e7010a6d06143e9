/**
 * Renders sample documents to `server/documents/__preview__/` (PDF, DOCX and PNG pages via pdftoppm) and
 * prints their sizes and render times: `node --import tsx server/documents/preview.ts`. For looking at
 * the layout after a change; the directory is git-ignored.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeAnnex2Data } from './annex2-data.testing';
import { renderAnnex2Docx } from './annex2-docx';
import { renderAnnex2Pdf } from './annex2-pdf';
import { makeNotice } from './notice.testing';
import { renderNoticePdf } from './notice-pdf';

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
