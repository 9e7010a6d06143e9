import ExcelJS from 'exceljs';
import { sha256Hex } from './annex2-hash';
import {
  annex3Texts,
  type SummaryColumnKey,
  type SummaryTable,
  summaryDate,
  summaryFooterParts,
  summaryGroups,
  summaryTitle,
} from './annex3-data';

/**
 * The summary table (Annex 3) as an Excel workbook, for the recommender to sort, check and print: one
 * sheet laid out like the annex (title, 推荐单位, the table with the 项目 cell merged over each award's
 * rows, the line of who filled it in and the note), printed on landscape A4 one page wide with the
 * column headings repeated. ID numbers, accounts and phones are text cells: as numbers, an 18-digit ID
 * would print as 2.20104E+17 and lose its last digits. The `sha256` is that of the returned bytes (the
 * zip's entry times make each rendering's bytes differ).
 */
export async function renderSummaryTableXlsx(
  table: SummaryTable,
): Promise<{ bytes: Buffer; sha256: string }> {
  const workbook = new ExcelJS.Workbook();
  const created = summaryDate(table);
  Object.assign(workbook, { creator: 'Jiangxuan', created, modified: created, title: summaryTitle(table) });
  const sheet = workbook.addWorksheet(annex3Texts.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  // With a style of its own, a column of the default width (9) still gets its <col> entry.
  sheet.columns = annex3Texts.columns.map((column) => ({
    key: column.key,
    width: WIDTHS[column.key],
    style: { font: { name: FONT, size: SIZE } },
  }));
  writeHeading(sheet, table);
  const last = writeRows(sheet, table);
  const end = writeFooter(sheet, table, last + 1);
  sheet.pageSetup.printArea = `A1:${LAST_COLUMN}${end}`;
  sheet.headerFooter.oddFooter = annex3Texts.pageFooter;
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { bytes, sha256: sha256Hex(bytes) };
}

const HEADER_ROW = 3;
const COLUMN_COUNT = annex3Texts.columns.length;
const LAST_COLUMN = String.fromCharCode(64 + COLUMN_COUNT);
const FONT = '宋体';
const SIZE = 10;

/** Column widths in characters of the default font: a Chinese character takes about two. */
const WIDTHS: Record<SummaryColumnKey, number> = {
  award: 8,
  rank: 7,
  name: 9,
  gender: 5,
  employer: 18,
  idNumber: 20,
  occupation: 10,
  skillLevelOrTitle: 12,
  education: 9,
  achievements: 34,
  bankAccount: 21,
  phone: 14,
};

/** Kept as text: digits that must print as written, with their leading zeros. */
const TEXT_COLUMNS: ReadonlySet<SummaryColumnKey> = new Set(['idNumber', 'bankAccount', 'phone']);

const thin = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const CENTERED: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

function writeHeading(sheet: ExcelJS.Worksheet, table: SummaryTable) {
  const title = sheet.getCell('A1');
  title.value = summaryTitle(table);
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(`A1:${LAST_COLUMN}1`);
  sheet.getRow(1).height = 32;
  const recommender = sheet.getCell('A2');
  recommender.value = `${annex3Texts.recommender}${table.recommenderName}`;
  recommender.font = { name: FONT, size: 12 };
  recommender.alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.mergeCells(`A2:${LAST_COLUMN}2`);
  sheet.getRow(2).height = 24;
  const header = sheet.getRow(HEADER_ROW);
  annex3Texts.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.label;
    cell.font = { name: FONT, size: SIZE, bold: true };
    cell.alignment = CENTERED;
    cell.border = BORDER;
  });
  header.height = rowHeight(annex3Texts.columns.map((column) => [column.key, column.label]));
}

/** The groups under the header; returns the number of the last table row. */
function writeRows(sheet: ExcelJS.Worksheet, table: SummaryTable): number {
  let rowNumber = HEADER_ROW;
  for (const group of summaryGroups(table)) {
    const first = rowNumber + 1;
    // An award without candidates keeps one empty row, as on the blank annex.
    const rows = group.rows.length > 0 ? group.rows : [undefined];
    for (const row of rows) {
      rowNumber += 1;
      const sheetRow = sheet.getRow(rowNumber);
      const texts: [SummaryColumnKey, string][] = [];
      annex3Texts.columns.forEach((column, index) => {
        const cell = sheetRow.getCell(index + 1);
        cell.font = { name: FONT, size: SIZE };
        cell.border = BORDER;
        cell.alignment = column.key === 'achievements' ? { ...CENTERED, horizontal: 'left' } : CENTERED;
        if (!row || column.key === 'award') return;
        if (column.key === 'rank') {
          cell.value = row.rank;
          return;
        }
        cell.value = row[column.key];
        if (TEXT_COLUMNS.has(column.key)) cell.numFmt = '@';
        texts.push([column.key, row[column.key]]);
      });
      sheetRow.height = rowHeight(texts);
    }
    const label = sheet.getCell(first, 1);
    label.value = group.label;
    // A merged cell prints its text once: a group longer than a page shows it on its first page.
    const vertical = rows.length > LONG_GROUP ? 'top' : 'middle';
    label.alignment = { ...CENTERED, vertical };
    if (rowNumber > first) sheet.mergeCells(first, 1, rowNumber, 1);
    // The merged label is not measured by Excel: the group's last row makes room for it.
    const groupHeight = sumHeights(sheet, first, rowNumber);
    const labelHeight = rowHeight([['award', group.label]]);
    const lastRow = sheet.getRow(rowNumber);
    if (labelHeight > groupHeight) lastRow.height = (lastRow.height ?? MIN_ROW) + labelHeight - groupHeight;
  }
  return rowNumber;
}

function sumHeights(sheet: ExcelJS.Worksheet, first: number, last: number): number {
  let sum = 0;
  for (let row = first; row <= last; row += 1) sum += sheet.getRow(row).height ?? MIN_ROW;
  return sum;
}

/** 填表人 / 填表日期 / 联系电话 under the table, spread as on the annex, then the note. */
function writeFooter(sheet: ExcelJS.Worksheet, table: SummaryTable, after: number): number {
  const footerRow = after + 1;
  // Column ranges: under 项目…工作单位, 身份证号码…文化程度, and the rest.
  const ranges: [number, number][] = [
    [1, 5],
    [6, 9],
    [10, COLUMN_COUNT],
  ];
  const parts = summaryFooterParts(table);
  ranges.forEach(([from, to], index) => {
    const cell = sheet.getCell(footerRow, from);
    cell.value = parts[index] ?? '';
    cell.font = { name: FONT, size: 11 };
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
    sheet.mergeCells(footerRow, from, footerRow, to);
  });
  sheet.getRow(footerRow).height = 24;
  const lines: string[] = [annex3Texts.note];
  const { verification } = table;
  if (verification) {
    lines.push(
      `${annex3Texts.verificationCode}${verification.code}\u3000${annex3Texts.verificationUrl}${verification.url}`,
    );
  }
  lines.forEach((text, index) => {
    const row = footerRow + 1 + index;
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size: index === 0 ? 11 : 9 };
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
    sheet.mergeCells(row, 1, row, COLUMN_COUNT);
    sheet.getRow(row).height = 20;
  });
  return footerRow + lines.length;
}

const MIN_ROW = 30;
const LONG_GROUP = 6;
/**
 * Points per line of 10 pt text. Excel with 宋体 needs 13.5; LibreOffice, falling back to Noto Sans CJK
 * for the Chinese and DejaVu Sans for the rest, about 17: the larger, so that neither clips a line.
 */
const LINE = 18;

/**
 * The height a row needs for its wrapped texts. Excel does not grow a row on opening a file, and
 * LibreOffice does not for rows of a given height: so the height is estimated from the text's width in
 * characters (two for a Chinese character) against the column's, with some slack.
 */
function rowHeight(texts: readonly (readonly [SummaryColumnKey, string])[]): number {
  const lines = texts.map(([key, text]) => linesIn(text, WIDTHS[key] - 1.5));
  return Math.max(MIN_ROW, Math.ceil(Math.max(1, ...lines) * LINE + 8));
}

function linesIn(text: string, width: number): number {
  return text.split('\n').reduce((sum, paragraph) => {
    let units = 0;
    for (const char of paragraph) units += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1.1;
    return sum + Math.max(1, Math.ceil(units / width));
  }, 0);
}
