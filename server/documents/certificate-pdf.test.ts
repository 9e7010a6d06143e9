import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CertificateDocument, renderCertificatePdf } from './certificate-pdf';
import { renderPage } from './dossier.testing';
import {
  compact,
  type PdfWord,
  pdfFonts,
  pdfImages,
  pdfPageCount,
  pdfText,
  pdfWords,
} from './poppler.testing';
import { expectedModules, modulesOfPng } from './qr.testing';

function makeCertificate(overrides: Partial<CertificateDocument> = {}): CertificateDocument {
  return {
    certificateNo: 'CCJNDJ-2026-001',
    name: '周铁军',
    awardName: '长春技能大奖',
    edition: { number: 3, year: 2026 },
    issuedOn: '2026-12-06',
    issuer: '长春市人力资源和社会保障局',
    verifyUrl: 'https://jiangxuan.example.gov.cn/verify/7f3k92qd4m8x2c6v',
    ...overrides,
  };
}

const DPI = 100;

function decodeQr(bytes: Buffer, dpi = DPI) {
  const png = renderPage(bytes, 1, dpi);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
}

/** The words of one printed line: those whose vertical middle lies within `word`'s box. */
function sameLine(words: readonly PdfWord[], word: PdfWord): PdfWord[] {
  return words.filter((other) => {
    const middle = (other.yMin + other.yMax) / 2;
    return middle > word.yMin && middle < word.yMax;
  });
}

describe('renderCertificatePdf', () => {
  const certificate = makeCertificate();
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    ({ bytes } = await renderCertificatePdf(certificate));
    text = compact(pdfText(bytes));
  });

  it('is exactly one landscape A4 page', () => {
    expect(pdfPageCount(bytes)).toBe(1);
    const [word] = pdfWords(bytes);
    expect([word?.pageWidth ?? 0, word?.pageHeight ?? 0].map(Math.round)).toEqual([842, 595]);
  });

  it('grants the honour to the winner by name, with the number, the issuer and the date', () => {
    expect(text).toMatch(/^荣誉证书/);
    expect(text).toContain('授予周铁军同志');
    expect(text).toContain('第三届“长春技能大奖”荣誉称号。');
    expect(text).toContain('特发此证，以资鼓励。');
    expect(text).toContain('证书编号：CCJNDJ-2026-001');
    expect(text).toContain('长春市人力资源和社会保障局');
    expect(text).toContain('2026年12月6日');
    expect(text).toContain('扫码验证');
  });

  it('prints the name larger than the words around it', () => {
    const words = pdfWords(bytes);
    const name = words.find((word) => word.text === '周铁军');
    const grant = words.find((word) => word.text === '授予');
    if (!name || !grant) throw new Error('grant line not found');
    expect(name.yMax - name.yMin).toBeGreaterThan(1.5 * (grant.yMax - grant.yMin));
    // The heading is centred on the page.
    const heading = words.find((word) => word.text.startsWith('荣'));
    const line = sameLine(words, heading as PdfWord);
    const left = Math.min(...line.map((w) => w.xMin));
    const right = Math.max(...line.map((w) => w.xMax));
    expect(Math.abs((left + right) / 2 - name.pageWidth / 2)).toBeLessThan(3);
  });

  it('carries a QR code of the verification link that a reader decodes, under it 扫码验证', () => {
    const expected = expectedModules(certificate.verifyUrl);
    const matching = pdfImages(bytes).filter(
      (png) => JSON.stringify(modulesOfPng(png, expected.length)) === JSON.stringify(expected),
    );
    expect(matching).toHaveLength(1);
    const code = decodeQr(bytes);
    expect(code?.data).toBe(certificate.verifyUrl);
    expect(decodeQr(bytes, 60)?.data).toBe(certificate.verifyUrl);
    const caption = pdfWords(bytes).find((word) => word.text === '扫码验证');
    const bottom = ((code?.location.bottomLeftCorner.y ?? Number.POSITIVE_INFINITY) / DPI) * 72;
    expect(caption?.yMin).toBeGreaterThan(bottom);
  });

  it.each([
    ['张三', 2],
    ['欧阳晓明', 4],
    ['阿卜杜热合曼·买买提艾力·阿不都热西', 18],
    ['阿卜杜热合曼·买买提艾力·阿不都热西提江', 20],
  ])('keeps the name %s (%i characters) on the grant line, inside the frame', async (name, length) => {
    expect([...name]).toHaveLength(length);
    const rendered = (await renderCertificatePdf(makeCertificate({ name }))).bytes;
    expect(pdfPageCount(rendered)).toBe(1);
    const words = pdfWords(rendered);
    const word = words.find((w) => w.text === name);
    if (!word) throw new Error(`${name} not on one line: ${words.map((w) => w.text).join(' ')}`);
    const line = sameLine(words, word).map((w) => w.text);
    expect(line).toEqual(['授予', name, '同志']);
    for (const w of words) {
      expect(w.xMin, w.text).toBeGreaterThan(36);
      expect(w.xMax, w.text).toBeLessThan(w.pageWidth - 36);
      expect(w.yMax, w.text).toBeLessThan(w.pageHeight - 36);
    }
    expect(compact(pdfText(rendered))).toContain(`授予${name}同志`);
  });

  it('prints the technical expert award and another edition', async () => {
    const other = await renderCertificatePdf(
      makeCertificate({
        awardName: '长春技术能手',
        certificateNo: 'CCJSNS-2027-012',
        edition: { number: 4, year: 2027 },
      }),
    );
    const otherText = compact(pdfText(other.bytes));
    expect(otherText).toContain('第四届“长春技术能手”荣誉称号。');
    expect(otherText).toContain('证书编号：CCJSNS-2027-012');
  });

  it('embeds the Chinese font and renders the same bytes twice', async () => {
    expect(pdfFonts(bytes).every((font) => font.embedded && font.subset)).toBe(true);
    expect((await renderCertificatePdf(certificate)).bytes.equals(bytes)).toBe(true);
  });
});
