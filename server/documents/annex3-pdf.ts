import { sha256Hex } from './annex2-hash';
import {
  annex3Texts,
  type SummaryColumnKey,
  type SummaryTable,
  summaryCellText,
  summaryDate,
  summaryFooterParts,
  summaryGroups,
  summaryTitle,
} from './annex3-data';
import { createPdf, drawLines, flowParagraph, lineHeight, PageFlow, type Pdf, wrapText } from './pdf-layout';
import { PdfTable, type TableCell } from './pdf-table';
import { qrFor } from './qr';

/**
 * The summary table (Annex 3) as a landscape A4 PDF laid out like the annex: title, 推荐单位, the
 * bordered table with the 项目 cell spanning each award's rows (continued with 「（续）」 and the column
 * headings repeated when it crosses a page), then the line of who filled it in and the note. With a
 * verification link, a small QR code and its code sit in the top right corner of the first page.
 */
export async function renderSummaryTablePdf(table: SummaryTable): Promise<{ bytes: Buffer; sha256: string }> {
  const title = summaryTitle(table);
  const { doc, finish } = createPdf(
    {
      Title: `${title}（${table.recommenderName}）`,
      Subject: annex3Texts.subject,
      Author: table.recommenderName,
      CreationDate: summaryDate(table),
    },
    'landscape',
  );
  const flow = new PageFlow(doc, { left: MARGIN, right: MARGIN, top: 32, bottom: MARGIN });
  const reserved = table.verification ? await drawVerification(doc, table.verification) : 0;
  for (const line of wrapText(doc, title, flow.width - 2 * reserved, TITLE)) {
    drawLines(doc, [line], flow.left, flow.y, flow.width, { ...TITLE, align: 'center' });
    flow.y += lineHeight(TITLE.size);
  }
  flow.y += 6;
  // The recommender's line and the table stay clear of the QR block in the corner.
  const recommender = `${annex3Texts.recommender}${table.recommenderName}`;
  for (const line of wrapText(doc, recommender, flow.width - reserved, RECOMMENDER)) {
    drawLines(doc, [line], flow.left, flow.y, flow.width - reserved, RECOMMENDER);
    flow.y += lineHeight(RECOMMENDER.size);
  }
  flow.y = Math.max(flow.y + 6, reserved > 0 ? QR_TOP + QR_SIZE + 1 + lineHeight(CAPTION_SIZE) + 4 : 0);
  drawRows(flow, table);
  drawFooter(flow, table);
  const bytes = await finish();
  return { bytes, sha256: sha256Hex(bytes) };
}

const MARGIN = 24;
const TITLE = { font: 'bold', size: 18 } as const;
const RECOMMENDER = { size: 12 } as const;
const SIZE = 9;
const ROW_HEIGHT = 28;

/**
 * Points per column at 9 pt: an 18-digit ID number, a 19-digit account and a landline with its area
 * code on one line, 大学本科 unbroken; 主要业绩成果 takes what is left (about 14 characters a line).
 */
const WIDTHS: Record<Exclude<SummaryColumnKey, 'achievements'>, number> = {
  award: 36,
  rank: 34,
  name: 44,
  gender: 26,
  employer: 84,
  idNumber: 97,
  occupation: 56,
  skillLevelOrTitle: 60,
  education: 42,
  bankAccount: 102,
  phone: 74,
};

function columnWidths(total: number): number[] {
  const fixed = Object.values(WIDTHS).reduce((sum, width) => sum + width, 0);
  return annex3Texts.columns.map((column) =>
    column.key === 'achievements' ? total - fixed : WIDTHS[column.key],
  );
}

function drawRows(flow: PageFlow, table: SummaryTable) {
  const header: TableCell[] = annex3Texts.columns.map((column) => ({ text: column.label, font: 'bold' }));
  const pdfTable = new PdfTable(flow, columnWidths(flow.width), {
    padding: 3,
    style: { size: SIZE, align: 'center' },
    header: [header],
  });
  const valueColumns = annex3Texts.columns.slice(1);
  pdfTable.start(ROW_HEIGHT);
  for (const group of summaryGroups(table)) {
    // An award without candidates keeps one empty row, as on the blank annex.
    const rows: TableCell[][] =
      group.rows.length > 0
        ? group.rows.map((row) =>
            valueColumns.map((column) => ({
              text: summaryCellText(row, column.key),
              align: column.key === 'achievements' ? 'left' : 'center',
            })),
          )
        : [valueColumns.map(() => ({ text: '' }))];
    pdfTable.group({ text: group.label }, rows, { minRowHeight: ROW_HEIGHT });
  }
  pdfTable.end();
}

const FOOTER_SIZE = 11;

/** 填表人, 填表日期 and 联系电话 spread over the width as on the annex, the note under them. */
function drawFooter(flow: PageFlow, table: SummaryTable) {
  const doc = flow.doc;
  const style = { size: FOOTER_SIZE };
  const slots = [0, 0.36, 0.68].map((start, index, starts) => ({
    x: flow.left + start * flow.width,
    width: ((starts[index + 1] ?? 1) - start) * flow.width - 8,
  }));
  const parts = summaryFooterParts(table).map((text, index) =>
    wrapText(doc, text, slots[index]?.width ?? flow.width, style),
  );
  const footerHeight = Math.max(...parts.map((lines) => lines.length)) * lineHeight(FOOTER_SIZE);
  const noteHeight = wrapText(doc, annex3Texts.note, flow.width, style).length * lineHeight(FOOTER_SIZE);
  flow.y += 10;
  // The footer and the note stay together, on the table's last page when they fit there.
  flow.ensure(footerHeight + 4 + noteHeight);
  parts.forEach((lines, index) => {
    const slot = slots[index];
    if (slot) drawLines(doc, lines, slot.x, flow.y, slot.width, style);
  });
  flow.y += footerHeight + 4;
  flowParagraph(flow, annex3Texts.note, style);
}

const QR_SIZE = 54;
const QR_TOP = 18;
const CAPTION_SIZE = 7;

/** The QR code of the verification link in the top right corner, its code under it; returns its width. */
async function drawVerification(doc: Pdf, verification: { url: string; code: string }): Promise<number> {
  const qr = await qrFor(verification.url);
  const right = doc.page.width - MARGIN;
  const x = right - QR_SIZE;
  doc.image(qr, x, QR_TOP, { width: QR_SIZE, height: QR_SIZE });
  doc.link(x, QR_TOP, QR_SIZE, QR_SIZE, verification.url);
  const caption = `${annex3Texts.verificationCode}${verification.code}`;
  const captionWidth = 140;
  drawLines(doc, [caption], right - captionWidth, QR_TOP + QR_SIZE + 1, captionWidth, {
    size: CAPTION_SIZE,
    align: 'right',
  });
  return QR_SIZE + 12;
}
