import { degrees, PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { awardLabels } from '../../domain/application';
import { DomainError } from '../../domain/errors';
import type { AwardCode } from '../../domain/roles';
import { sha256Hex } from './annex2-hash';
import { createPdf, drawLines, lineHeight, PageFlow, wrapText } from './pdf-layout';
import { PdfTable, type TableCell } from './pdf-table';

/**
 * The bound dossier (申报材料册) of one candidate as one PDF: the contents (目录) on the first page(s),
 * then each part in the order of the contents — PDF parts page by page, images each on an A4 page — and
 * a page number in the official style (— 3 —) at the foot of every page. The numbers in the contents
 * are those stamped on the pages, the contents pages counting as pages 1..k.
 */
export interface DossierPart {
  title: string;
  kind: 'pdf' | 'image';
  /** application/pdf, image/jpeg or image/png (already validated by the caller). */
  mimeType: string;
  bytes: Uint8Array;
}

export interface DossierInput {
  candidateName: string;
  award: AwardCode;
  recommenderName: string;
  /** In the order of the dossier: Annex 2 first, then the attachments. */
  parts: readonly DossierPart[];
  /** Printed small in a corner of the contents page. */
  verification?: { url: string; code: string };
}

export interface DossierContentsEntry {
  title: string;
  /** The number stamped on the part's first page. */
  firstPage: number;
  pages: number;
}

export interface DossierPdf {
  bytes: Buffer;
  sha256: string;
  pageCount: number;
  contents: DossierContentsEntry[];
}

export const dossierTexts = {
  contentsTitle: '目录',
  columns: ['序号', '材料名称', '页码'],
  heading: (award: AwardCode) => `${awardLabels[award].zh}申报材料册`,
  candidate: '申报人',
  recommender: '推荐单位',
  verification: '核验码',
  /** The stamp at the foot of a page: digits between dashes, as on official papers. */
  pageNumber: (page: number) => `\u2014 ${page} \u2014`,
} as const;

/** A4 in points. */
const A4 = { width: 595.28, height: 841.89 };
/** Around an image; the foot keeps room for the page number. */
const IMAGE_MARGIN = { side: 42, top: 42, bottom: 60 };
const STAMP_SIZE = 12;
/** From the foot of the page to the stamp's baseline. */
const STAMP_BASELINE = 26;

export async function renderDossierPdf(input: DossierInput): Promise<DossierPdf> {
  const out = await PDFDocument.create({ updateMetadata: false });
  out.setTitle(`${input.candidateName} ${dossierTexts.heading(input.award)}`);
  out.setCreator('Jiangxuan');
  out.setProducer('Jiangxuan');
  // The parts first, one at a time (each source is parsed, copied and dropped); the contents go in front.
  const counts: number[] = [];
  for (const part of input.parts) counts.push(await appendPart(out, part));
  const contents = await contentsPdf(input, counts);
  const contentsPages = await out.copyPages(contents, contents.getPageIndices());
  contentsPages.forEach((page, index) => {
    out.insertPage(index, page);
  });
  const font = await out.embedFont(StandardFonts.Helvetica);
  out.getPages().forEach((page, index) => {
    stampPageNumber(page, font, index + 1);
  });
  const bytes = Buffer.from(await out.save());
  return {
    bytes,
    sha256: sha256Hex(bytes),
    pageCount: out.getPageCount(),
    contents: entries(input.parts, counts, contentsPages.length),
  };
}

function entries(parts: readonly DossierPart[], counts: readonly number[], first: number) {
  let next = first + 1;
  return parts.map((part, index) => {
    const pages = counts[index] ?? 0;
    const entry = { title: part.title, firstPage: next, pages };
    next += pages;
    return entry;
  });
}

/** One part on its own as a PDF (an uploaded scan attached to a report): a PDF as it is, an image on A4. */
export async function partAsPdf(part: DossierPart): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  await appendPart(out, part);
  return out.save();
}

/** Appends the pages of one part; returns how many. */
async function appendPart(out: PDFDocument, part: DossierPart): Promise<number> {
  if (part.kind === 'pdf' && part.mimeType === 'application/pdf') return appendPdf(out, part);
  if (part.kind === 'image' && (part.mimeType === 'image/jpeg' || part.mimeType === 'image/png')) {
    await appendImage(out, part);
    return 1;
  }
  throw unreadable(part, 'unsupported');
}

async function appendPdf(out: PDFDocument, part: DossierPart): Promise<number> {
  try {
    // Loaded even when encrypted, to say so: pdf-lib's own EncryptedPDFError is not an `instanceof`.
    const source = await PDFDocument.load(part.bytes, { ignoreEncryption: true, updateMetadata: false });
    // Its streams stay encrypted: copied as they are, they would print as junk.
    if (source.isEncrypted) throw unreadable(part, 'encrypted');
    const count = source.getPageCount();
    if (count === 0) throw unreadable(part, 'broken');
    for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
    return count;
  } catch (error) {
    throw error instanceof DomainError ? error : unreadable(part, 'broken');
  }
}

async function appendImage(out: PDFDocument, part: DossierPart) {
  let image: Awaited<ReturnType<PDFDocument['embedPng']>>;
  try {
    image = part.mimeType === 'image/png' ? await out.embedPng(part.bytes) : await out.embedJpg(part.bytes);
  } catch {
    throw unreadable(part, 'broken');
  }
  // A phone photo is often stored sideways with an EXIF orientation; it is placed the way it is seen.
  const turn = part.mimeType === 'image/jpeg' ? exifTurn(part.bytes) : 0;
  const sideways = turn === 90 || turn === 270;
  const seen = sideways ? { width: image.height, height: image.width } : image.size();
  const page = out.addPage(seen.width > seen.height ? [A4.height, A4.width] : [A4.width, A4.height]);
  const frame = {
    width: page.getWidth() - 2 * IMAGE_MARGIN.side,
    height: page.getHeight() - IMAGE_MARGIN.top - IMAGE_MARGIN.bottom,
  };
  const scale = Math.min(frame.width / seen.width, frame.height / seen.height);
  const width = seen.width * scale;
  const height = seen.height * scale;
  const x = IMAGE_MARGIN.side + (frame.width - width) / 2;
  const y = IMAGE_MARGIN.bottom + (frame.height - height) / 2;
  // pdf-lib turns an image about its lower left corner (counter-clockwise), so that corner moves.
  const drawn = sideways ? { width: height, height: width } : { width, height };
  const origin = {
    0: { x, y },
    90: { x, y: y + height },
    180: { x: x + width, y: y + height },
    270: { x: x + width, y },
  }[turn];
  page.drawImage(image, { ...origin, ...drawn, rotate: degrees(turn === 0 ? 0 : 360 - turn) });
}

type Turn = 0 | 90 | 180 | 270;

/**
 * The clockwise turn an EXIF orientation asks for (1, 3, 6, 8; the mirrored 2, 4, 5, 7 are shown with
 * their turn only). Read from the APP1 segment before the image data; 0 when there is none.
 */
export function exifTurn(bytes: Uint8Array): Turn {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    let at = 2;
    while (at + 4 <= bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1] ?? 0;
      if (marker === 0xda || marker === 0xd9) return 0;
      const length = view.getUint16(at + 2);
      const exif = at + 4;
      if (marker === 0xe1 && view.getUint32(exif) === 0x45786966) {
        return turnOf(orientation(view, exif + 6, Math.min(bytes.length, at + 2 + length)));
      }
      at += 2 + length;
    }
  } catch {
    // A truncated segment (a RangeError of the DataView): the image is shown as stored.
  }
  return 0;
}

function orientation(view: DataView, tiff: number, end: number): number {
  const little = view.getUint16(tiff) === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const count = view.getUint16(ifd, little);
  for (let index = 0; index < count; index += 1) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
  }
  return 1;
}

function turnOf(orientation: number): Turn {
  if (orientation === 3 || orientation === 4) return 180;
  if (orientation === 6 || orientation === 7) return 90;
  if (orientation === 5 || orientation === 8) return 270;
  return 0;
}

/**
 * The contents, numbered as they will be stamped. Its own length moves every number, so it is laid out
 * again until the page count it assumed is the one it takes (once, or twice for a very long list).
 */
async function contentsPdf(input: DossierInput, counts: readonly number[]): Promise<PDFDocument> {
  let assumed = 1;
  for (;;) {
    const contents = await PDFDocument.load(
      await renderContents(input, entries(input.parts, counts, assumed)),
    );
    if (contents.getPageCount() === assumed || assumed > input.parts.length + 1) return contents;
    assumed = contents.getPageCount();
  }
}

async function renderContents(input: DossierInput, list: readonly DossierContentsEntry[]): Promise<Buffer> {
  const { doc, finish } = createPdf({
    Title: dossierTexts.contentsTitle,
    // Fixed: the contents' own dates are not copied, and fixed bytes keep the dossier reproducible.
    CreationDate: new Date(0),
  });
  const flow = new PageFlow(doc, { left: 64, right: 64, top: 64, bottom: 60 });
  if (input.verification) {
    const { code, url } = input.verification;
    const lines = [`${dossierTexts.verification}：${code}`, ...wrapText(doc, url, 200, { size: 6.5 })];
    drawLines(doc, lines, doc.page.width - 24 - 200, 18, 200, { size: 6.5, align: 'right' });
  }
  const title = { font: 'bold' as const, size: 22, align: 'center' as const };
  drawLines(doc, [dossierTexts.contentsTitle], flow.left, flow.y, flow.width, title);
  flow.y += lineHeight(22) + 10;
  const subtitle = { size: 12, align: 'center' as const };
  const about = [
    dossierTexts.heading(input.award),
    `${dossierTexts.candidate}：${input.candidateName}\u3000${dossierTexts.recommender}：${input.recommenderName}`,
  ];
  for (const line of about.flatMap((text) => wrapText(doc, text, flow.width, subtitle))) {
    drawLines(doc, [line], flow.left, flow.y, flow.width, subtitle);
    flow.y += lineHeight(12);
  }
  flow.y += 16;
  const widths = [48, flow.width - 48 - 72, 72];
  const header: TableCell[] = dossierTexts.columns.map((text) => ({ text, font: 'bold' }));
  const table = new PdfTable(flow, widths, {
    padding: 6,
    style: { size: 12, align: 'center' },
    header: [header],
  });
  table.start(32);
  list.forEach((entry, index) => {
    const cells: TableCell[] = [
      { text: String(index + 1) },
      { text: entry.title, align: 'left' },
      { text: String(entry.firstPage) },
    ];
    table.row(cells, { minHeight: 32 });
  });
  table.end();
  return finish();
}

/** — n — centred at the foot of the page as it is seen, whatever the page's /Rotate. */
function stampPageNumber(page: PDFPage, font: PDFFont, number: number) {
  const text = dossierTexts.pageNumber(number);
  const width = font.widthOfTextAtSize(text, STAMP_SIZE);
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const seenWidth = rotation === 90 || rotation === 270 ? box.height : box.width;
  const along = (seenWidth - width) / 2;
  const positions: Record<number, { x: number; y: number }> = {
    0: { x: box.x + along, y: box.y + STAMP_BASELINE },
    90: { x: box.x + box.width - STAMP_BASELINE, y: box.y + along },
    180: { x: box.x + box.width - along, y: box.y + box.height - STAMP_BASELINE },
    270: { x: box.x + STAMP_BASELINE, y: box.y + box.height - along },
  };
  const at = positions[rotation] ?? positions[0];
  page.drawText(text, { ...at, size: STAMP_SIZE, font, rotate: degrees(rotation) });
}

function unreadable(part: DossierPart, reason: 'encrypted' | 'broken' | 'unsupported'): DomainError {
  const why = {
    encrypted: {
      zh: '文件已加密（设有密码或权限保护）',
      en: 'the file is encrypted (password or permissions)',
    },
    broken: { zh: '文件已损坏或不是有效的文件', en: 'the file is damaged or not a valid file' },
    unsupported: { zh: '文件类型不是 PDF、JPEG 或 PNG', en: 'the file is not a PDF, JPEG or PNG' },
  }[reason];
  return new DomainError(
    'dossier.part_unreadable',
    {
      zh: `材料“${part.title}”无法读取：${why.zh}。请重新上传未加密、可正常打开的文件。`,
      en: `The material "${part.title}" cannot be read: ${why.en}. Upload it again, unencrypted and readable.`,
    },
    { params: { title: part.title, reason } },
  );
}
