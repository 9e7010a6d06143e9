/**
 * Test factory for the paper a candidate sends: the envelope cover (Annex 4) and the bound dossier — realistic parts (the Annex 2 PDF, a scanned-looking 3-page PDF,
 * a portrait JPEG and a landscape PNG), broken and encrypted PDFs, and readers of the rendered pages
 * (pdftotext per page, pdftoppm to PNG). Test-only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { PNG } from 'pngjs';
import { realJpeg, realPng } from '../images/sample-images.testing';
import { makeAnnex2Data } from './annex2-data.testing';
import { renderAnnex2Pdf } from './annex2-pdf';
import type { EnvelopeCover } from './cover-pdf';
import type { DossierInput, DossierPart } from './dossier-pdf';
import { createPdf, drawLines } from './pdf-layout';
import { withPdf } from './poppler.testing';

/** The envelope cover of the grand-award candidate of the Annex 2 factory. */
export function makeEnvelopeCover(overrides: Partial<EnvelopeCover> = {}): EnvelopeCover {
  return {
    editionTitle: '第三届长春技能大奖和长春技术能手申报材料档案袋封面',
    award: 'grand_award',
    recommenderName: '长春市朝阳区人力资源和社会保障局',
    recommenderContact: '王丽',
    recommenderPhone: '0431-85551234',
    candidateName: '周铁军',
    candidatePhone: '138****0123',
    candidateEmployer: '长春精工数控机床有限公司',
    intakeCode: '7K3Q-9XPA',
    intakeUrl: 'https://jiangxuan.example.gov.cn/intake/7K3Q9XPA',
    generatedAt: new Date('2025-10-20T09:30:00+08:00'),
    ...overrides,
  };
}

/** A PDF of `pages` A4 pages, each saying its title and its page within the part ("…第2页"). */
export async function pdfOfPages(title: string, pages: number): Promise<Buffer> {
  const { doc, finish } = createPdf({ Title: title, CreationDate: new Date('2025-10-20T09:30:00+08:00') });
  for (let page = 1; page <= pages; page += 1) {
    if (page > 1) doc.addPage();
    drawLines(doc, [`${title}第${page}页`], 56, 80, doc.page.width - 112, { size: 16, align: 'center' });
    doc.rect(56, 120, doc.page.width - 112, doc.page.height - 200).stroke();
  }
  return finish();
}

export const pdfPart = async (title: string, pages: number): Promise<DossierPart> => ({
  title,
  kind: 'pdf',
  mimeType: 'application/pdf',
  bytes: await pdfOfPages(title, pages),
});

export const jpegPart = (title: string, bytes = realJpeg(600, 800)): DossierPart => ({
  title,
  kind: 'image',
  mimeType: 'image/jpeg',
  bytes,
});

export const pngPart = (title: string, bytes = realPng(800, 500)): DossierPart => ({
  title,
  kind: 'image',
  mimeType: 'image/png',
  bytes,
});

export const partTitles = {
  annex2: '长春技能大奖候选人推荐表（附件2）',
  idCard: '身份证复印件',
  certificate: '职业技能等级证书复印件',
  achievements: '有代表性的技术技能成果支撑材料',
} as const;

let annex2Pdf: ReturnType<typeof renderAnnex2Pdf> | undefined;

/**
 * A grand-award dossier: Annex 2 (rendered by renderAnnex2Pdf), the ID card as a portrait JPEG, the
 * certificate as a landscape PNG and a 3-page PDF of achievements.
 */
export async function makeDossierInput(overrides: Partial<DossierInput> = {}): Promise<DossierInput> {
  // Rendered once per test file: Annex 2 takes about a second.
  annex2Pdf ??= renderAnnex2Pdf(makeAnnex2Data());
  const annex2 = await annex2Pdf;
  return {
    candidateName: '周铁军',
    award: 'grand_award',
    recommenderName: '长春市朝阳区人力资源和社会保障局',
    parts: [
      { title: partTitles.annex2, kind: 'pdf', mimeType: 'application/pdf', bytes: annex2.bytes },
      jpegPart(partTitles.idCard),
      pngPart(partTitles.certificate),
      await pdfPart(partTitles.achievements, 3),
    ],
    verification: { url: 'http://localhost:3000/verify/dossier/9f2c41d07ab3', code: '9F2C-41D0' },
    ...overrides,
  };
}

/** A PDF with a user password: pdf-lib cannot read it, and copying its encrypted streams would be junk. */
export function encryptedPdf(): Promise<Buffer> {
  const doc = new PDFKit({ size: 'A4', userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Confidential', 72, 72);
  doc.end();
  return done;
}

/** Starts like a PDF, then junk: what a failed upload or a renamed file looks like. */
export function brokenPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), Buffer.alloc(2048, 0x5a)]);
}

/** `pdf` with its first page turned by /Rotate (as a scanner's landscape page is). */
export async function withRotatedFirstPage(pdf: Uint8Array, angle: 90 | 180 | 270): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  doc.getPage(0).setRotation(degrees(angle));
  return Buffer.from(await doc.save());
}

/** A JPEG with an EXIF APP1 segment holding only the orientation tag (big-endian TIFF). */
export function jpegWithOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'ascii');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

/** The text of each page, read with `pdftotext -layout -f N -l N`. */
export function pageTexts(bytes: Uint8Array, pages: number): string[] {
  return withPdf(bytes, (file) =>
    Array.from({ length: pages }, (_, index) => {
      const page = String(index + 1);
      const args = ['-layout', '-enc', 'UTF-8', '-f', page, '-l', page, file, '-'];
      return execFileSync('pdftotext', args, { encoding: 'utf8' });
    }),
  );
}

/** One page rendered by pdftoppm, as RGBA pixels. */
export function renderPage(bytes: Uint8Array, page: number, dpi: number): PNG {
  return withPdf(bytes, (file, dir) => {
    const n = String(page);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      n,
      '-l',
      n,
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    return PNG.sync.read(readFileSync(join(dir, 'page.png')));
  });
}

export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of the coloured pixels (the sample images' gradient; text and rules are grey or black). */
export function colouredBox(png: PNG): PixelBox | undefined {
  let box: PixelBox | undefined;
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const at = (y * png.width + x) * 4;
      const [r = 0, g = 0, b = 0] = png.data.subarray(at, at + 3);
      if (Math.max(r, g, b) - Math.min(r, g, b) < 40) continue;
      box = box
        ? {
            left: Math.min(box.left, x),
            top: Math.min(box.top, y),
            right: Math.max(box.right, x + 1),
            bottom: Math.max(box.bottom, y + 1),
          }
        : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return box;
}
