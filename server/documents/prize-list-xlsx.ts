import ExcelJS from 'exceljs';

/**
 * 奖金发放名单: the finance office's list of the winners' prizes, as one Excel sheet to check and pay from —
 * the title, a frozen header row, a row per winner, the 合计 row (a SUM formula with its value cached, so a
 * viewer that does not recalculate still shows it) and the time the list was made. It carries the ID and
 * account numbers in clear for the bank: they are text cells, as numbers an 18-digit ID would print as
 * 2.20102E+17 and lose its last digits and its X, and an account its leading zeros. Printed on landscape
 * A4, one page wide, the header repeated.
 */
export interface PrizeListRow {
  certificateNo: string | null;
  name: string;
  awardName: string;
  employer: string;
  idNumber: string;
  idNumberMasked: string;
  bank: string;
  accountNo: string;
  amountYuan: number;
  status: 'pending' | 'paid';
  /** `YYYY-MM-DD` */
  paidOn: string | null;
  bankReference: string | null;
}

export interface PrizeList {
  title: string;
  generatedAt: Date;
  rows: readonly PrizeListRow[];
}

type ColumnKey = 'index' | keyof PrizeListRow;

export const prizeListTexts = {
  sheetName: '奖金发放名单',
  columns: [
    { key: 'index', label: '序号', width: 6 },
    { key: 'certificateNo', label: '证书编号', width: 17 },
    { key: 'name', label: '姓名', width: 16 },
    { key: 'awardName', label: '奖项', width: 14 },
    { key: 'employer', label: '工作单位', width: 28 },
    { key: 'idNumberMasked', label: '身份证号（脱敏）', width: 21 },
    { key: 'idNumber', label: '身份证号', width: 21 },
    { key: 'bank', label: '开户银行', width: 12 },
    { key: 'accountNo', label: '银行账号', width: 23 },
    { key: 'amountYuan', label: '金额（元）', width: 13 },
    { key: 'status', label: '发放状态', width: 10 },
    { key: 'paidOn', label: '发放日期', width: 12 },
    { key: 'bankReference', label: '银行流水号', width: 22 },
  ] as const satisfies readonly { key: ColumnKey; label: string; width: number }[],
  status: { pending: '待发放', paid: '已发放' },
  total: '合计',
  generatedAt: (at: string) => `生成时间：${at}（北京时间）`,
} as const;

/** Kept as text: numbers and codes that must print as written. */
const TEXT_COLUMNS: ReadonlySet<ColumnKey> = new Set([
  'certificateNo',
  'idNumber',
  'idNumberMasked',
  'accountNo',
  'paidOn',
  'bankReference',
]);

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const FIRST_ROW = HEADER_ROW + 1;
const COLUMNS = prizeListTexts.columns;
const LAST_COLUMN = String.fromCharCode(64 + COLUMNS.length);
const AMOUNT_COLUMN = String.fromCharCode(65 + COLUMNS.findIndex((column) => column.key === 'amountYuan'));
const FONT = '宋体';
const SIZE = 10;
const MONEY = '#,##0.00';
const thin = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const CENTERED: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

export async function renderPrizeListXlsx(list: PrizeList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  Object.assign(workbook, {
    creator: 'Jiangxuan',
    created: list.generatedAt,
    modified: list.generatedAt,
    title: list.title,
  });
  const sheet = workbook.addWorksheet(prizeListTexts.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.columns = COLUMNS.map((column) => ({
    key: column.key,
    width: column.width,
    style: { font: { name: FONT, size: SIZE } },
  }));
  writeHeading(sheet, list.title);
  list.rows.forEach((row, index) => {
    writeRow(sheet, FIRST_ROW + index, index + 1, row);
  });
  const totalRow = writeTotal(sheet, list.rows);
  const generated = prizeListTexts.generatedAt(shanghaiMinute(list.generatedAt));
  const footer = sheet.getCell(totalRow + 1, 1);
  footer.value = generated;
  footer.font = { name: FONT, size: SIZE };
  footer.alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.mergeCells(totalRow + 1, 1, totalRow + 1, COLUMNS.length);
  sheet.getRow(totalRow + 1).height = 22;
  sheet.pageSetup.printArea = `A1:${LAST_COLUMN}${totalRow + 1}`;
  sheet.headerFooter.oddFooter = `&L${generated}&R第 &P 页，共 &N 页`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeHeading(sheet: ExcelJS.Worksheet, title: string) {
  const cell = sheet.getCell(TITLE_ROW, 1);
  cell.value = title;
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, COLUMNS.length);
  sheet.getRow(TITLE_ROW).height = 34;
  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((column, index) => {
    const heading = header.getCell(index + 1);
    heading.value = column.label;
    heading.font = { name: FONT, size: SIZE, bold: true };
    heading.alignment = CENTERED;
    heading.border = BORDER;
    heading.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  header.height = 30;
}

/** What a cell holds: nothing for a number or date not yet known (an unpaid prize). */
function cellValue(row: PrizeListRow, index: number, key: ColumnKey): string | number | null {
  if (key === 'index') return index;
  if (key === 'status') return prizeListTexts.status[row.status];
  return row[key] ?? null;
}

function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, index: number, row: PrizeListRow) {
  const sheetRow = sheet.getRow(rowNumber);
  COLUMNS.forEach((column, position) => {
    const cell = sheetRow.getCell(position + 1);
    cell.value = cellValue(row, index, column.key);
    cell.font = { name: FONT, size: SIZE };
    cell.border = BORDER;
    cell.alignment = column.key === 'employer' ? { ...CENTERED, horizontal: 'left' } : CENTERED;
    if (TEXT_COLUMNS.has(column.key)) cell.numFmt = '@';
    if (column.key === 'amountYuan') {
      cell.numFmt = MONEY;
      cell.alignment = { ...CENTERED, horizontal: 'right' };
    }
  });
  // A unit name longer than its column wraps onto a second line: Excel does not grow the row by itself.
  sheetRow.height = [...row.employer].length > 13 ? 32 : 20;
}

/** 合计 over the columns before the amount, the SUM with its value, borders to the last column. */
function writeTotal(sheet: ExcelJS.Worksheet, rows: readonly PrizeListRow[]): number {
  const rowNumber = FIRST_ROW + rows.length;
  const amountIndex = COLUMNS.findIndex((column) => column.key === 'amountYuan') + 1;
  const sheetRow = sheet.getRow(rowNumber);
  for (let index = 1; index <= COLUMNS.length; index += 1) {
    const cell = sheetRow.getCell(index);
    cell.font = { name: FONT, size: SIZE, bold: true };
    cell.border = BORDER;
    cell.alignment = CENTERED;
  }
  sheetRow.getCell(1).value = `${prizeListTexts.total}（${rows.length}人）`;
  sheet.mergeCells(rowNumber, 1, rowNumber, amountIndex - 1);
  const total = sheetRow.getCell(amountIndex);
  const sum = rows.reduce((acc, row) => acc + Math.round(row.amountYuan * 100), 0) / 100;
  total.value =
    rows.length > 0
      ? { formula: `SUM(${AMOUNT_COLUMN}${FIRST_ROW}:${AMOUNT_COLUMN}${rowNumber - 1})`, result: sum }
      : 0;
  total.numFmt = MONEY;
  total.alignment = { ...CENTERED, horizontal: 'right' };
  sheetRow.height = 24;
  return rowNumber;
}

/** 2026年12月6日 10:30 in Shanghai time (UTC+8 all year, as domain/time.ts reckons it). */
function shanghaiMinute(at: Date): string {
  const local = new Date(at.getTime() + 8 * 60 * 60 * 1000);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
