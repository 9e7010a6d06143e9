import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COVER_QR_SIZE,
  type EnvelopeCover,
  envelopeCoverTexts,
  renderEnvelopeCoverPdf,
  titleLines,
} from './cover-pdf';
import { makeEnvelopeCover, renderPage } from './dossier.testing';
import { compact, pdfFonts, pdfPageCount, pdfRawText, pdfText, pdfWords } from './poppler.testing';

const seedTitle = '第三届长春技能大奖和长春技术能手申报材料档案袋封面';

const DPI = 100;

function decodeQr(bytes: Buffer, dpi = DPI) {
  const png = renderPage(bytes, 1, dpi);
  return { png, code: jsQR(new Uint8ClampedArray(png.data), png.width, png.height) };
}

describe('renderEnvelopeCoverPdf', () => {
  let cover: EnvelopeCover;
  let result: { bytes: Buffer; sha256: string };
  let layout: string;
  let text: string;

  beforeAll(async () => {
    cover = makeEnvelopeCover();
    result = await renderEnvelopeCoverPdf(cover);
    layout = pdfText(result.bytes);
    text = compact(layout);
  });

  it('is one A4 page', () => {
    expect(pdfPageCount(result.bytes)).toBe(1);
    const [word] = pdfWords(result.bytes);
    expect([word?.pageWidth ?? 0, word?.pageHeight ?? 0].map(Math.round)).toEqual([595, 842]);
  });

  it('prints the title on two lines as the annex does', () => {
    expect(titleLines(seedTitle)).toEqual(['第三届长春技能大奖和长春', '技术能手申报材料档案袋封面']);
    const lines = layout.split('\n').map((line) => line.trim());
    expect(lines).toContain('第三届长春技能大奖和长春');
    expect(lines).toContain('技术能手申报材料档案袋封面');
  });

  it('prints every label of Annex 4 and the contents of the envelope with their copies', () => {
    const { contents, intakeHint, ...labels } = envelopeCoverTexts;
    for (const label of Object.values(labels)) expect(text, label).toContain(label);
    for (const { item, copies } of contents) expect(text).toContain(`${item}${copies}`);
    expect(text).toContain('1.推荐函纸质版1份');
    expect(text).toContain('2.汇总表纸质版2份、电子版1份');
    expect(text).toContain('3.申报材料册（装订成册）纸质版1份');
    expect(text).toContain(intakeHint);
  });

  it('prints the candidate and the recommender beside their labels', () => {
    expect(text).toContain('推荐单位长春市朝阳区人力资源和社会保障局');
    expect(text).toContain('推荐单位联系人王丽联系电话0431-85551234');
    expect(text).toContain('申报人姓名周铁军联系电话138****0123');
    expect(text).toContain('申报人所在单位长春精工数控机床有限公司');
  });

  it('ticks the chosen award and leaves the other box empty', async () => {
    expect(text).toContain('推荐类别✓长春技能大奖长春技术能手');
    const expert = compact(
      pdfText((await renderEnvelopeCoverPdf(makeEnvelopeCover({ award: 'technical_expert' }))).bytes),
    );
    expect(expert).toContain('推荐类别长春技能大奖✓长春技术能手');
    expect(expert.match(/✓/g)).toHaveLength(1);
  });

  it('prints a QR code of the intake link, at least 40 mm wide, under the table', () => {
    const { code } = decodeQr(result.bytes);
    expect(code?.data).toBe(cover.intakeUrl);
    const { topLeftCorner, topRightCorner } = code?.location ?? {};
    const across = Math.hypot(
      (topRightCorner?.x ?? 0) - (topLeftCorner?.x ?? 0),
      (topRightCorner?.y ?? 0) - (topLeftCorner?.y ?? 0),
    );
    expect((across / DPI) * 25.4).toBeGreaterThanOrEqual(40);
    const materialsBottom = Math.max(
      ...pdfWords(result.bytes)
        .filter((word) => word.text.includes('纸质版1份'))
        .map((word) => word.yMax),
    );
    expect(((topLeftCorner?.y ?? 0) / DPI) * 72).toBeGreaterThan(materialsBottom);
    expect(COVER_QR_SIZE).toBeGreaterThanOrEqual((40 * 72) / 25.4);
  });

  it('still reads at a webcam-like 50 dpi', () => {
    expect(decodeQr(result.bytes, 50).code?.data).toBe(cover.intakeUrl);
  });

  it('prints the intake code large in a typewriter face under the QR code, then the hint', () => {
    const words = pdfWords(result.bytes);
    const code = words.find((word) => word.text === cover.intakeCode);
    const hint = words.find((word) => word.text === envelopeCoverTexts.intakeHint);
    expect(code).toBeDefined();
    expect((code?.yMax ?? 0) - (code?.yMin ?? 0)).toBeGreaterThan(18);
    expect(hint?.yMin).toBeGreaterThan(code?.yMax ?? Number.POSITIVE_INFINITY);
    expect(pdfFonts(result.bytes).map((font) => font.name)).toContain('Courier-Bold');
    const { code: qr } = decodeQr(result.bytes);
    const qrBottom = ((qr?.location.bottomLeftCorner.y ?? Number.POSITIVE_INFINITY) / DPI) * 72;
    expect(code?.yMin).toBeGreaterThan(qrBottom);
  });

  it('keeps long names on the one page, wrapped in their cells', async () => {
    const long = makeEnvelopeCover({
      recommenderName: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司冲压件制造分公司人力资源部',
      candidateEmployer:
        '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司冲压件制造分公司第三冲压车间',
      intakeCode: 'JX-2025-000123',
    });
    const bytes = (await renderEnvelopeCoverPdf(long)).bytes;
    expect(pdfPageCount(bytes)).toBe(1);
    const longText = compact(pdfRawText(bytes)); // a wrapped cell's lines stay together
    expect(longText).toContain(long.recommenderName);
    expect(longText).toContain(long.candidateEmployer);
    expect(decodeQr(bytes).code?.data).toBe(long.intakeUrl);
  });

  it('renders the same cover and date to the same bytes', async () => {
    expect((await renderEnvelopeCoverPdf(cover)).sha256).toBe(result.sha256);
  });
});
