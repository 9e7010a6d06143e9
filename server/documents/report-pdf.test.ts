import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { compact, pdfFonts, pdfImages, pdfPageCount, pdfRawText, pdfText, pdfWords } from './poppler.testing';
import { expectedModules, modulesOfPng } from './qr.testing';
import {
  candidateRows,
  expectedReportTexts,
  makeReport,
  noticePdf,
  opinionPdf,
  textWithoutPageNumbers,
  withObjection,
} from './report-data.testing';
import { renderRecommendationReportPdf } from './report-pdf';

describe('renderRecommendationReportPdf', () => {
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    ({ bytes } = await renderRecommendationReportPdf(makeReport()));
    text = textWithoutPageNumbers(bytes);
  });

  it('prints the title, every section and the sentences built from the data, in order', () => {
    let at = -1;
    for (const expected of expectedReportTexts) {
      const found = text.indexOf(expected);
      expect(found, expected).toBeGreaterThan(at);
      at = found;
    }
  });

  it('lists the candidates by award in rank order, each award label beside its rows', () => {
    const { rows, labelAt } = candidateRows(pdfWords(bytes));
    const raw = compact(pdfRawText(bytes));
    expect(rows.map((row) => row.cells.slice(0, 3).join(' '))).toEqual([
      '1 周铁军 男',
      '2 孙立伟 男',
      '1 李春燕 女',
      '2 王海涛 男',
      '3 刘佳琪 女',
    ]);
    expect(rows[0]?.cells).toContain('高级技师（一级）');
    const y = rows.map((row) => row.y);
    const grand = labelAt('长春技能');
    const expert = labelAt('长春技术');
    expect(grand?.y).toBeGreaterThan(y[0] ?? 0);
    expect(grand?.y).toBeLessThan(y[2] ?? 0);
    expect(expert?.y).toBeGreaterThan(y[2] ?? 0);
    expect(expert?.y).toBeLessThan((y[4] ?? 0) + 10);
    for (const heading of [
      '推荐类别',
      '排序',
      '姓名',
      '性别',
      '工作单位',
      '职业（工种）',
      '技能等级或专业技术职务',
    ]) {
      expect(raw, heading).toContain(heading);
    }
  });

  it('reports an objection and how it was settled', async () => {
    const objected = compact(pdfText((await renderRecommendationReportPdf(withObjection())).bytes));
    expect(objected).toContain(
      '公示期5个工作日。公示期间收到异议1件，经核查，所反映问题与事实不符，不影响其推荐资格。公示截图及公示文件见附件2。',
    );
    expect(objected).not.toContain('未收到异议');
  });

  it('sets the signature block at the right and keeps the text inside the margins', () => {
    const words = pdfWords(bytes);
    const date = words.find((word) => word.text === '2027年10月19日');
    const recommender = words.find((word) => word.text === '长春市朝阳区人力资源和社会保障局');
    if (!date || !recommender) throw new Error('signature not found');
    const middle = (word: { xMin: number; xMax: number }) => (word.xMin + word.xMax) / 2;
    expect(Math.abs(middle(date) - middle(recommender))).toBeLessThan(1);
    expect(recommender.xMax).toBeGreaterThan(date.pageWidth - 74 - 32 - 4);
    expect(recommender.xMax).toBeLessThanOrEqual(date.pageWidth - 74 - 32 + 1);
    expect(recommender.yMin).toBeGreaterThan(date.yMin - 30);
    const body = words.filter((word) => !/^(—|\d|核验码|R7K2-9QXD)$/.test(word.text));
    for (const word of body) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(79);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 73.5);
      expect(word.yMax, word.text).toBeLessThanOrEqual(word.pageHeight - 99);
    }
  });

  it('keeps a long recommender name and a long opinion inside the margins', async () => {
    const report = makeReport({
      recommenderName: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司',
    });
    const opinion = Array.from({ length: 6 }, () => report.review.opinion).join('\n');
    const long = await renderRecommendationReportPdf({ ...report, review: { ...report.review, opinion } });
    const words = pdfWords(long.bytes);
    expect(pdfPageCount(long.bytes)).toBeGreaterThan(3);
    for (const word of words) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(79);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 73.5);
    }
    // The seal's page has text of the body on it, not the signature alone.
    const last =
      pdfText(long.bytes)
        .split('\f')
        .filter((page) => page.trim())
        .at(-1) ?? '';
    expect(compact(last)).toMatch(/^特此报告。附件：/);
  });

  it('numbers the pages 「— n —」 and uses the body size of 三号', () => {
    const pages = pdfText(bytes)
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBe(pdfPageCount(bytes));
    pages.forEach((page, index) => {
      expect(compact(page)).toMatch(new RegExp(`—${index + 1}—$`));
    });
    const line = pdfWords(bytes).find((word) => word.text.startsWith('根据《'));
    expect((line?.yMax ?? 0) - (line?.yMin ?? 0)).toBeCloseTo(16 * 1.448, 0);
  });

  it('prints the QR code of the verification link in the corner, and none without one', async () => {
    const [qr] = pdfImages(bytes);
    const url = makeReport().verification?.url ?? '';
    const expected = expectedModules(url);
    expect(modulesOfPng(qr ?? Buffer.alloc(0), expected.length)).toEqual(expected);
    const words = pdfWords(bytes);
    const code = words.find((word) => word.text === 'R7K2-9QXD');
    expect(code?.page).toBe(1);
    expect(code?.yMax).toBeLessThan(105);
    const { verification: _, ...plain } = makeReport();
    const without = await renderRecommendationReportPdf(plain);
    expect(pdfImages(without.bytes)).toHaveLength(0);
    expect(compact(pdfText(without.bytes))).not.toContain('核验码');
  });

  it('embeds the Chinese font and gives the same bytes for the same report', async () => {
    expect(pdfFonts(bytes).every((font) => font.embedded && font.subset)).toBe(true);
    const again = await renderRecommendationReportPdf(makeReport());
    expect(again.bytes.equals(bytes)).toBe(true);
  });
});

describe('renderRecommendationReportPdf with attachments', () => {
  let report: Buffer;
  let opinion: Uint8Array;
  let notice: Uint8Array;
  let merged: { bytes: Buffer; sha256: string };

  beforeAll(async () => {
    ({ bytes: report } = await renderRecommendationReportPdf(makeReport()));
    opinion = await opinionPdf();
    notice = await noticePdf();
    merged = await renderRecommendationReportPdf(makeReport(), [
      { title: '附件1 专家评审意见书', pdf: opinion },
      { title: '附件2 公示文件', pdf: notice },
    ]);
  });

  const pages = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

  it('appends every page of the attachments after the report', async () => {
    const reportPages = await pages(report);
    expect(await pages(merged.bytes)).toBe(reportPages + (await pages(opinion)) + (await pages(notice)));
    const texts = pdfText(merged.bytes).split('\f').map(compact);
    expect(texts[0]).toContain('关于推荐第三届长春技能大奖和长春技术能手候选人的报告');
    expect(texts[reportPages]).toMatch(/^专家评审意见书专家组审阅了5名候选人的申报材料/);
    expect(texts[reportPages]).toContain('评审专家（签字）：王建国刘淑华陈志远');
    expect(texts[reportPages + 1]).toContain(
      '长春市朝阳区人力资源和社会保障局关于第三届长春技能大奖和长春技术能手推荐人选的公示',
    );
    expect(texts[reportPages + 1]).not.toMatch(/—\d+—$/);
  });

  it('bookmarks the report and each attachment', async () => {
    const doc = await PDFDocument.load(merged.bytes);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict);
    while (item) {
      titles.push(item.lookup(PDFName.of('Title'), PDFHexString).decodeText());
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
    expect(titles).toEqual([
      '关于推荐第三届长春技能大奖和长春技术能手候选人的报告',
      '附件1 专家评审意见书',
      '附件2 公示文件',
    ]);
  });

  it('hashes the merged bytes and merges the same way twice', async () => {
    const again = await renderRecommendationReportPdf(makeReport(), [
      { title: '附件1 专家评审意见书', pdf: opinion },
      { title: '附件2 公示文件', pdf: notice },
    ]);
    expect(again.sha256).toBe(merged.sha256);
    expect(merged.sha256).not.toBe((await renderRecommendationReportPdf(makeReport())).sha256);
  });

  it('refuses an attachment that is not a PDF, naming it', async () => {
    const broken = [{ title: '附件2 公示截图', pdf: new TextEncoder().encode('not a pdf') }];
    await expect(renderRecommendationReportPdf(makeReport(), broken)).rejects.toThrow(/附件2 公示截图/);
  });
});
