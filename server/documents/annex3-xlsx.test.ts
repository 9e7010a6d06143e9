import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from './annex2-hash';
import { annex3Texts, orderSummaryRows, type SummaryTableRow } from './annex3-data';
import { makeLongSummaryTable, makeSummaryTable, summaryRows } from './annex3-data.testing';
import { renderSummaryTableXlsx } from './annex3-xlsx';
import { compact, pdfPageCount, pdfRawText, pdfText } from './poppler.testing';

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const column = (key: keyof SummaryTableRow) => annex3Texts.columns.findIndex((c) => c.key === key) + 1;

async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

/**
 * The workbook printed to PDF by LibreOffice Calc (`libreoffice-calc-nogui`), as soffice.testing.ts
 * does for a DOCX: a profile of its own per run, so that parallel tests do not collide.
 */
function xlsxToPdf(bytes: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxuan-xlsx-'));
  try {
    const file = join(dir, 'summary.xlsx');
    writeFileSync(file, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'summary.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('renderSummaryTableXlsx', () => {
  const table = makeSummaryTable();
  const ordered = orderSummaryRows(table.rows);
  let result: { bytes: Buffer; sha256: string };
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    result = await renderSummaryTableXlsx(table);
    sheet = await readBack(result.bytes);
  });

  it('is a workbook whose hash is that of its bytes', () => {
    expect(result.bytes.subarray(0, 2).toString('ascii')).toBe('PK');
    expect(result.sha256).toBe(sha256Hex(result.bytes));
  });

  it('has the merged bold title, the recommender line and every column heading of Annex 3', () => {
    const title = sheet.getCell('A1');
    expect(title.value).toBe(annex3Texts.title);
    expect(title.font?.bold).toBe(true);
    expect(sheet.getCell('L1').master.address).toBe('A1');
    expect(sheet.getCell('A2').value).toBe('推荐单位：长春市朝阳区人力资源和社会保障局');
    const headings = annex3Texts.columns.map((_, index) => sheet.getRow(HEADER_ROW).getCell(index + 1).value);
    expect(headings).toEqual([
      '项目',
      '排序号',
      '姓名',
      '性别',
      '工作单位',
      '身份证号码',
      '职业（工种）',
      '技能等级或专业技术职务',
      '文化程度',
      '主要业绩成果（不超过300字）',
      '申报人吉林银行一类账户账号',
      '联系电话',
    ]);
  });

  it('lists the rows grouped by award in rank order, the 项目 cell merged over each group', () => {
    const names = ordered.map((_, index) => sheet.getCell(FIRST_ROW + index, column('name')).value);
    expect(names).toEqual(['周铁军', '王淑华', '孙丽娜', '李春燕', '赵永刚']);
    const ranks = ordered.map((_, index) => sheet.getCell(FIRST_ROW + index, column('rank')).value);
    expect(ranks).toEqual([1, 2, 1, 2, 3]);
    expect(sheet.getCell(FIRST_ROW, 1).value).toBe(annex3Texts.awardRows.grand_award);
    expect(sheet.getCell(FIRST_ROW + 1, 1).master.address).toBe(`A${FIRST_ROW}`);
    expect(sheet.getCell(FIRST_ROW + 2, 1).value).toBe(annex3Texts.awardRows.technical_expert);
    expect(sheet.getCell(FIRST_ROW + 4, 1).master.address).toBe(`A${FIRST_ROW + 2}`);
    expect(sheet.getCell(FIRST_ROW + 1, 1).master.address).not.toBe(`A${FIRST_ROW + 2}`);
    const values = ordered.map((_, index) =>
      annex3Texts.columns.slice(2).map((c) => sheet.getCell(FIRST_ROW + index, column(c.key)).value),
    );
    expect(values).toEqual(ordered.map((row) => annex3Texts.columns.slice(2).map((c) => row[c.key])));
  });

  it('stores ID numbers, accounts and phones as text cells equal to the input', () => {
    ordered.forEach((row, index) => {
      for (const key of ['idNumber', 'bankAccount', 'phone'] as const) {
        const cell = sheet.getCell(FIRST_ROW + index, column(key));
        expect(cell.type, `${row.name} ${key}`).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(row[key]);
        expect(cell.numFmt).toBe('@');
      }
    });
    expect(ordered.map((row) => row.bankAccount.length).sort()).toEqual([16, 16, 17, 18, 19]);
  });

  it('wraps and borders the cells and gives rows room for their achievements', () => {
    const cell = sheet.getCell(FIRST_ROW + 1, column('achievements'));
    expect(cell.alignment?.wrapText).toBe(true);
    expect(cell.border?.left?.style).toBe('thin');
    const short = sheet.getRow(FIRST_ROW + 2).height ?? 0;
    const long = sheet.getRow(FIRST_ROW + 1).height ?? 0;
    expect(long).toBeGreaterThan(2 * short);
    expect(sheet.getColumn(column('achievements')).width).toBeGreaterThan(
      sheet.getColumn(column('idNumber')).width ?? 0,
    );
  });

  it('prints on landscape A4, one page wide, with the headings repeated', () => {
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?3:\$?3$/);
  });

  it('ends with the filler, the date, the phone, the note and the verification code', () => {
    const texts = sheet
      .getSheetValues()
      .flat()
      .filter((value): value is string => typeof value === 'string');
    expect(texts).toContain('填表人：刘晓梅');
    expect(texts).toContain('填表日期：2025年10月24日');
    expect(texts).toContain('联系电话：0431-85678123');
    expect(texts).toContain(annex3Texts.note);
    expect(texts.some((text) => text.includes('核验码：7F3K-92QD'))).toBe(true);
  });

  it('keeps one empty row under an award without candidates', async () => {
    const grandOnly = summaryRows.filter((row) => row.award === 'grand_award');
    const empty = await readBack((await renderSummaryTableXlsx(makeSummaryTable({ rows: grandOnly }))).bytes);
    expect(empty.getCell(FIRST_ROW + 2, 1).value).toBe(annex3Texts.awardRows.technical_expert);
    for (let index = 2; index <= annex3Texts.columns.length; index += 1) {
      expect(empty.getCell(FIRST_ROW + 2, index).value).toBeNull();
    }
    expect(empty.getCell(FIRST_ROW + 3, 1).value).not.toBe(annex3Texts.awardRows.technical_expert);
  });
});

describe('renderSummaryTableXlsx printed by LibreOffice', () => {
  let pdf: Buffer;
  let long: Buffer;

  beforeAll(async () => {
    pdf = xlsxToPdf((await renderSummaryTableXlsx(makeSummaryTable())).bytes);
    long = xlsxToPdf((await renderSummaryTableXlsx(makeLongSummaryTable(38))).bytes);
  }, 240_000);

  it('prints the labels and the names in full, the ID numbers as written', () => {
    const text = compact(pdfText(pdf));
    const raw = compact(pdfRawText(pdf));
    for (const label of [annex3Texts.title, ...annex3Texts.columns.map((c) => c.label), annex3Texts.note]) {
      expect(raw, label).toContain(compact(label));
    }
    for (const label of Object.values(annex3Texts.awardRows)) expect(raw, label).toContain(label);
    for (const row of summaryRows) {
      expect(text, row.name).toContain(row.name);
      expect(text, row.idNumber).toContain(row.idNumber);
      expect(text, row.bankAccount).toContain(row.bankAccount);
    }
    expect(text).not.toMatch(/E\+1\d/);
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('repeats the column headings on every printed page of a long table', () => {
    const pages = pdfRawText(long).split('\f').map(compact).filter(Boolean);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain('身份证号码');
    for (const page of pages) expect(page).toContain('申报人吉林银行一类账户账号');
    expect(pages.join('')).toContain('候选人38号');
  });
});
