import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import { sha256Hex } from './annex2-hash';
import {
  OFFICIAL_BODY as BODY,
  drawOfficialPageNumber as drawPageNumber,
  drawOfficialSignature as drawSignature,
  OFFICIAL_EM as EM,
  OFFICIAL_FRAME as FRAME,
  SEAL_LINES,
  OFFICIAL_STEP as STEP,
} from './official-layout';
import { createPdf, drawLines, lineHeight, PageFlow, type Pdf, type TextStyle, wrapText } from './pdf-layout';
import { PdfTable, type TableCell } from './pdf-table';
import { qrFor } from './qr';
import {
  CANDIDATE_TABLE_SIZE,
  type CandidateGroup,
  candidateColumnWidths,
  type RecommendationReport,
  type ReportView,
  reportTexts,
  reportView,
} from './report-data';

/**
 * The recommendation report as a PDF laid out as an official letter (GB/T 9704 proportions): A4 with a
 * 156 mm text column, the title in 二号 bold, the body in 三号 on 28 pt lines with two characters of
 * first-line indent, page numbers 「— 1 —」 at the foot. The attachments (the experts' opinion, the
 * notice), when given, follow as their own pages, each with a bookmark.
 */
export interface ReportAttachment {
  /** The bookmark of its first page: 附件1 专家评审意见书. */
  title: string;
  pdf: Uint8Array;
}

const _mm = (value: number) => (value * 72) / 25.4;
const TITLE = { font: 'bold', size: 22, align: 'center' } as const;
const QR_SIZE = 56;

export async function renderRecommendationReportPdf(
  report: RecommendationReport,
  attachments: readonly ReportAttachment[] = [],
): Promise<{ bytes: Buffer; sha256: string }> {
  const view = reportView(report);
  const { doc, finish } = createPdf({
    Title: view.title,
    Subject: '推荐报告',
    Author: report.recommenderName,
    ...(view.verification ? { Keywords: `${reportTexts.verifyCaption}:${view.verification.code}` } : {}),
    CreationDate: new Date(`${report.date}T12:00:00+08:00`),
  });
  const flow = new PageFlow(doc, FRAME);
  let page = 1;
  drawPageNumber(doc, page);
  flow.onNewPage(() => {
    page += 1;
    drawPageNumber(doc, page);
  });
  if (view.verification) await drawVerification(doc, view.verification);
  drawBody(flow, view);
  const own = await finish();
  const bytes = attachments.length > 0 ? await appendAttachments(own, view.title, attachments) : own;
  return { bytes, sha256: sha256Hex(bytes) };
}

function drawBody(flow: PageFlow, view: ReportView) {
  for (const line of view.titleLines) {
    drawLines(flow.doc, [line], flow.left, flow.y, flow.width, TITLE);
    flow.y += lineHeight(TITLE.size);
  }
  flow.y += STEP;
  paragraph(flow, view.addresseeLine, 0);
  paragraph(flow, view.opening);
  for (const section of view.sections) {
    // A heading never stays at the foot of a page without (up to) two lines of its text.
    const first = section.paragraphs[0] ?? '';
    flow.ensure((1 + Math.min(2, wrapBody(flow, first, 2).length)) * STEP);
    paragraph(flow, section.heading, 2, { font: 'bold' });
    for (const text of section.paragraphs) paragraph(flow, text);
    if (section.table) drawCandidates(flow, section.table);
  }
  // 特此报告, the attachments and the signature share a page: a seal never stands on a page without text.
  const attachmentLines = view.attachments.flatMap((item) => wrapBody(flow, item, 5)).length;
  const closingLines = wrapBody(flow, view.closing, 2).length;
  flow.ensure((closingLines + 1 + attachmentLines + SEAL_LINES + view.signature.length) * STEP);
  paragraph(flow, view.closing);
  flow.y += STEP;
  drawAttachments(flow, view.attachments);
  drawSignature(flow, view.signature);
}

function wrapBody(flow: PageFlow, text: string, indent: number, style: TextStyle = BODY): string[] {
  return wrapText(flow.doc, `${'\u3000'.repeat(indent)}${text}`, flow.width, style);
}

/** A paragraph on the 28 pt grid, indented `indent` characters on its first line. */
function paragraph(flow: PageFlow, text: string, indent = 2, style: TextStyle = {}) {
  const full = { ...BODY, ...style };
  const lines = wrapBody(flow, text, indent, full);
  const inset = (STEP - lineHeight(16)) / 2;
  // No paragraph begins with a single line at the foot of a page.
  flow.ensure(Math.min(lines.length, 2) * STEP);
  for (const line of lines) {
    flow.ensure(STEP);
    drawLines(flow.doc, [line], flow.left, flow.y + inset, flow.width, full);
    flow.y += STEP;
  }
}

function drawCandidates(flow: PageFlow, groups: readonly CandidateGroup[]) {
  flow.y += 6;
  const header: TableCell[] = reportTexts.columns.map((text) => ({ text, font: 'bold' }));
  const table = new PdfTable(flow, candidateColumnWidths(flow.width), {
    padding: 4,
    style: { size: CANDIDATE_TABLE_SIZE, align: 'center' },
    header: [header],
  });
  table.start(28);
  for (const group of groups) {
    const rows: TableCell[][] = group.rows.map((row) => [
      { text: row.rank },
      { text: row.name },
      { text: row.gender },
      { text: row.employer },
      { text: row.occupation },
      { text: row.skill },
    ]);
    table.group({ text: group.label }, rows, { minRowHeight: 28 });
  }
  table.end();
  flow.y += 10;
}

/** 附件：1.… with the later items under the first one's number. */
function drawAttachments(flow: PageFlow, items: readonly string[]) {
  const doc = flow.doc;
  doc.font('regular').fontSize(16);
  const labelX = flow.left + 2 * EM;
  const itemX = labelX + doc.widthOfString(reportTexts.attachmentsLabel);
  const width = flow.left + flow.width - itemX;
  const wrapped = items.map((item) => wrapText(doc, item, width, BODY));
  flow.ensure(wrapped.flat().length * STEP);
  const inset = (STEP - lineHeight(16)) / 2;
  drawLines(doc, [reportTexts.attachmentsLabel], labelX, flow.y + inset, width, BODY);
  for (const lines of wrapped) {
    for (const line of lines) {
      drawLines(doc, [line], itemX, flow.y + inset, width, BODY);
      flow.y += STEP;
    }
  }
}

/** The QR code in the top right corner of the first page, above the title, with the code under it. */
async function drawVerification(doc: Pdf, verification: { url: string; code: string }) {
  const qr = await qrFor(verification.url);
  const right = doc.page.width - FRAME.right;
  const top = 26;
  doc.image(qr, right - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE });
  doc.link(right - QR_SIZE, top, QR_SIZE, QR_SIZE, verification.url);
  const caption = `${reportTexts.verifyCaption} ${verification.code}`;
  drawLines(doc, [caption], right - 160, top + QR_SIZE + 1, 160, { size: 7, align: 'right' });
}

/**
 * The attachments' pages after the report's, copied with pdf-lib, and an outline (bookmarks) to the
 * first page of each. The metadata is left as pdfkit wrote it, so the same input gives the same bytes.
 */
async function appendAttachments(
  report: Buffer,
  title: string,
  attachments: readonly ReportAttachment[],
): Promise<Buffer> {
  const merged = await PDFDocument.load(report, { updateMetadata: false });
  const marks = [{ title, page: 0 }];
  for (const attachment of attachments) {
    const source = await loadAttachment(attachment);
    marks.push({ title: attachment.title, page: merged.getPageCount() });
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
  }
  addOutline(merged, marks);
  return Buffer.from(await merged.save());
}

async function loadAttachment(attachment: ReportAttachment): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(attachment.pdf, { updateMetadata: false });
  } catch (error) {
    throw new TypeError(`The attachment ${attachment.title} is not a readable PDF`, { cause: error });
  }
}

function addOutline(doc: PDFDocument, marks: readonly { title: string; page: number }[]) {
  const context = doc.context;
  const root = context.nextRef();
  const refs: PDFRef[] = marks.map(() => context.nextRef());
  marks.forEach((mark, index) => {
    const item = context.obj({
      Title: PDFHexString.fromText(mark.title),
      Parent: root,
      Dest: [doc.getPage(mark.page).ref, 'Fit'],
    });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous) item.set(PDFName.of('Prev'), previous);
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(refs[index] as PDFRef, item);
  });
  const first = refs[0];
  const last = refs[refs.length - 1];
  if (!first || !last) return;
  context.assign(root, context.obj({ Type: 'Outlines', First: first, Last: last, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
