import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from './annex2-hash';
import { annex3Texts, orderSummaryRows, type SummaryTable } from './annex3-data';
import { makeLongSummaryTable, makeSummaryTable, summaryRows } from './annex3-data.testing';
import { renderSummaryTablePdf } from './annex3-pdf';
import { compact, pdfFonts, pdfImages, pdfPageCount, pdfRawText, pdfText, pdfWords } from './poppler.testing';
import { expectedModules, modulesOfPng } from './qr.testing';

/** The column headings as the raw text reads them: each heading's lines together, left to right. */
const headerRow = annex3Texts.columns.map((column) => column.label).join('');

describe('renderSummaryTablePdf', () => {
  let table: SummaryTable;
  let result: { bytes: Buffer; sha256: string };
  let text: string;
  let raw: string;

  beforeAll(async () => {
    table = makeSummaryTable();
    result = await renderSummaryTablePdf(table);
    text = compact(pdfText(result.bytes));
    raw = compact(pdfRawText(result.bytes));
  });

  it('prints the title, the recommender and every column heading of Annex 3', () => {
    expect(text).toContain(annex3Texts.title);
    expect(text).toContain('推荐单位：长春市朝阳区人力资源和社会保障局');
    expect(headerRow).toContain('职业（工种）技能等级或专业技术职务文化程度主要业绩成果（不超过300字）');
    expect(raw).toContain(headerRow);
  });

  it('lists the grand-award candidates, then the technical experts, each in rank order', () => {
    expect(raw).toContain(annex3Texts.awardRows.grand_award);
    expect(raw).toContain(annex3Texts.awardRows.technical_expert);
    const names = ['周铁军', '王淑华', '孙丽娜', '李春燕', '赵永刚'];
    const positions = names.map((name) => raw.indexOf(name));
    for (const position of positions) expect(position).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The rank, name and gender cells of a row are drawn one after the other.
    expect(raw).toContain('1周铁军男');
    expect(raw).toContain('3赵永刚男');
  });

  it('prints every value of every row, long achievements wrapped inside their cell', () => {
    for (const row of summaryRows) {
      for (const value of [
        row.name,
        row.idNumber,
        row.bankAccount,
        row.phone,
        row.occupation,
        row.skillLevelOrTitle,
        row.education,
        row.achievements,
        row.employer,
      ]) {
        expect(raw, value).toContain(compact(value));
      }
    }
    // The longest achievement (96 characters) takes seven lines of its cell, each within the column.
    const lines = pdfRawText(result.bytes).split('\n');
    const first = lines.findIndex((line) => line.startsWith('从事汽车白车身焊接工作'));
    const last = lines.findIndex((line) => line.endsWith('技师、高级技师。'));
    expect(last - first).toBe(6);
    const words = pdfWords(result.bytes);
    const left = words.find((word) => word.text === '文化程度')?.xMax ?? 0;
    const right = words.find((word) => word.text.startsWith('申报人'))?.xMin ?? 0;
    const achievement = summaryRows.find((row) => row.name === '王淑华')?.achievements ?? '';
    const pieces = words.filter((word) => word.text.length >= 6 && achievement.includes(word.text));
    expect(pieces.length).toBeGreaterThanOrEqual(7);
    for (const word of pieces) {
      expect(word.xMin, word.text).toBeGreaterThan(left);
      expect(word.xMax, word.text).toBeLessThan(right);
    }
  });

  it('ends with the filler, the date, the phone and the note', () => {
    expect(text).toContain('填表人：刘晓梅填表日期：2025年10月24日联系电话：0431-85678123');
    expect(text).toMatch(new RegExp(`${compact(annex3Texts.note)}$`));
  });

  it('keeps every word inside the page margins and the table on one landscape page', () => {
    expect(pdfPageCount(result.bytes)).toBe(1);
    const words = pdfWords(result.bytes);
    for (const word of words) {
      expect(word.pageWidth).toBeGreaterThan(word.pageHeight);
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(23.5);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 23.5);
      expect(word.yMax, word.text).toBeLessThanOrEqual(word.pageHeight - 23.5);
    }
  });

  it('prints an 18-digit ID number and a 19-digit account on one line of their cells', () => {
    const words = pdfWords(result.bytes).map((word) => word.text);
    const longest = summaryRows.find((row) => row.bankAccount.length === 19);
    expect(longest).toBeDefined();
    for (const row of summaryRows) expect(words).toContain(row.idNumber);
    expect(words).toContain(longest?.bankAccount);
  });

  it('embeds the Noto Sans SC subsets and returns the hash of its bytes, the same each time', async () => {
    const fonts = pdfFonts(result.bytes).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    expect(result.sha256).toBe(sha256Hex(result.bytes));
    const again = await renderSummaryTablePdf(makeSummaryTable());
    expect(again.sha256).toBe(result.sha256);
  });

  it('carries a QR code of the verification link and its code in the corner', () => {
    const url = table.verification?.url ?? '';
    const expected = expectedModules(url);
    const codes = pdfImages(result.bytes).filter(
      (png) => JSON.stringify(modulesOfPng(png, expected.length)) === JSON.stringify(expected),
    );
    expect(codes).toHaveLength(1);
    const caption = pdfWords(result.bytes).find((word) => word.text.includes('7F3K-92QD'));
    expect(caption?.text).toBe(`${annex3Texts.verificationCode}7F3K-92QD`);
    expect(caption?.xMin).toBeGreaterThan((caption?.pageWidth ?? 0) * 0.8);
    expect(caption?.yMax).toBeLessThan(100);
  });
});

describe('renderSummaryTablePdf variants', () => {
  it('keeps an empty row under an award without candidates, and prints no QR without a link', async () => {
    const grandOnly = summaryRows.filter((row) => row.award === 'grand_award');
    const { bytes } = await renderSummaryTablePdf(
      makeSummaryTable({ rows: grandOnly, verification: undefined }),
    );
    const raw = compact(pdfRawText(bytes));
    expect(raw).toContain(annex3Texts.awardRows.technical_expert);
    expect(raw).not.toContain('李春燕');
    expect(pdfImages(bytes)).toHaveLength(0);
    expect(raw).not.toContain(annex3Texts.verificationCode);
    // The empty row is as tall as the label it sits beside: the label's lines are all on the page.
    const words = pdfWords(bytes);
    const label = words.filter((word) => word.xMax < 70 && word.yMin > 100).map((word) => word.text);
    expect(compact(label.join(''))).toBe(
      `${annex3Texts.awardRows.grand_award}${annex3Texts.awardRows.technical_expert}`,
    );
  });

  it('prints a name with a CJK Extension A character (䶮) from the embedded font', async () => {
    const rows = orderSummaryRows(summaryRows).map((row, index) =>
      index === 0 ? { ...row, name: '刘䶮' } : row,
    );
    const { bytes } = await renderSummaryTablePdf(makeSummaryTable({ rows }));
    expect(compact(pdfRawText(bytes))).toContain('1刘䶮男');
  });
});

describe('renderSummaryTablePdf over several pages', () => {
  const table = makeLongSummaryTable(38);
  let bytes: Buffer;
  let pages: string[];

  beforeAll(async () => {
    ({ bytes } = await renderSummaryTablePdf(table));
    pages = pdfRawText(bytes).split('\f').map(compact).filter(Boolean);
  });

  it('has 40 rows and breaks over pages, repeating the column headings on each', () => {
    expect(table.rows).toHaveLength(40);
    expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(3);
    expect(pages).toHaveLength(pdfPageCount(bytes));
    for (const page of pages) expect(page).toContain(headerRow);
    expect(pages[0]).toContain(annex3Texts.title);
    expect(pages[1]).not.toContain(annex3Texts.title);
  });

  it('loses no row, keeps them in rank order and continues the 项目 label with （续）', () => {
    const all = pages.join('');
    const names = orderSummaryRows(table.rows).map((row) => row.name);
    const positions = names.map((name) => all.indexOf(name));
    for (const [index, position] of positions.entries()) expect(position, names[index]).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(pages[1]).toContain(`${annex3Texts.awardRows.technical_expert}（续）`);
    expect(pages.at(-1)).toContain(compact(annex3Texts.note));
  });

  it('never writes past the margins on any page', () => {
    for (const word of pdfWords(bytes)) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(23.5);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 23.5);
      expect(word.yMin, word.text).toBeGreaterThanOrEqual(17.5);
      expect(word.yMax, word.text).toBeLessThanOrEqual(word.pageHeight - 23.5);
    }
  });
});
