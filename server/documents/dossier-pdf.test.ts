import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorStatus } from '../../contract/errors';
import { DomainError } from '../../domain/errors';
import { realJpeg, realPng } from '../images/sample-images.testing';
import {
  brokenPdf,
  colouredBox,
  encryptedPdf,
  jpegPart,
  jpegWithOrientation,
  makeDossierInput,
  pageTexts,
  partTitles,
  pdfPart,
  pngPart,
  renderPage,
  withRotatedFirstPage,
} from './dossier.testing';
import {
  type DossierInput,
  type DossierPart,
  type DossierPdf,
  dossierTexts,
  exifTurn,
  renderDossierPdf,
} from './dossier-pdf';
import { compact, pdfWords } from './poppler.testing';

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function pagesOf(bytes: Uint8Array) {
  return (await PDFDocument.load(bytes)).getPages().map((page) => page.getSize());
}

/** The size of each page as it is seen: turned by its /Rotate (pdftotext -bbox gives seen positions). */
async function seenSizes(bytes: Uint8Array) {
  return (await PDFDocument.load(bytes)).getPages().map((page) => {
    const { width, height } = page.getSize();
    return page.getRotation().angle % 180 === 0 ? { width, height } : { width: height, height: width };
  });
}

/** Every page's number is stamped alone at the foot, centred, in the — n — style. */
async function expectStamps(bytes: Buffer, pageCount: number) {
  const texts = pageTexts(bytes, pageCount);
  texts.forEach((text, index) => {
    // A line of its own (where: see below); pdftotext -layout closes up the spaces of "— 3 —".
    const lines = text.split('\n').map(compact);
    expect(lines, `page ${index + 1}`).toContain(compact(dossierTexts.pageNumber(index + 1)));
  });
  const sizes = await seenSizes(bytes);
  const numbers = pdfWords(bytes).filter((word) => word.text === String(word.page));
  for (let page = 1; page <= pageCount; page += 1) {
    const { width = 0, height = 0 } = sizes[page - 1] ?? {};
    const stamp = numbers.find((word) => word.page === page && word.yMin > height - 40);
    expect(stamp, `stamp of page ${page}`).toBeDefined();
    if (!stamp) continue;
    expect(Math.abs((stamp.xMin + stamp.xMax) / 2 - width / 2), `page ${page}`).toBeLessThan(4);
  }
  return texts;
}

describe('renderDossierPdf', () => {
  let input: DossierInput;
  let result: DossierPdf;
  let texts: string[];

  beforeAll(async () => {
    input = await makeDossierInput();
    result = await renderDossierPdf(input);
    texts = pageTexts(result.bytes, result.pageCount);
  });

  it('holds the contents page and then every page of every part', async () => {
    const annex2Pages = (await PDFDocument.load(input.parts[0]?.bytes ?? new Uint8Array())).getPageCount();
    const expected = 1 + annex2Pages + 1 + 1 + 3;
    expect((await PDFDocument.load(result.bytes)).getPageCount()).toBe(expected);
    expect(result.pageCount).toBe(expected);
    expect(result.contents).toEqual([
      { title: partTitles.annex2, firstPage: 2, pages: annex2Pages },
      { title: partTitles.idCard, firstPage: 2 + annex2Pages, pages: 1 },
      { title: partTitles.certificate, firstPage: 3 + annex2Pages, pages: 1 },
      { title: partTitles.achievements, firstPage: 4 + annex2Pages, pages: 3 },
    ]);
  });

  it('lists every part on page 1 with the number stamped on its first page', () => {
    const [contents = ''] = texts;
    expect(compact(contents)).toContain(
      `${dossierTexts.contentsTitle}${dossierTexts.heading('grand_award')}`,
    );
    expect(compact(contents)).toContain('申报人：周铁军推荐单位：长春市朝阳区人力资源和社会保障局');
    expect(contents).toMatch(/序号\s+材料名称\s+页码/);
    result.contents.forEach((entry, index) => {
      expect(contents).toMatch(
        new RegExp(`^\\s*${index + 1}\\s+${literal(entry.title)}\\s+${entry.firstPage}\\s*$`, 'm'),
      );
    });
  });

  it('prints the verification code small in the top corner of the contents page', () => {
    const words = pdfWords(result.bytes).filter((word) => word.page === 1);
    const code = words.find((word) => word.text.includes('9F2C-41D0'));
    expect(code?.text).toBe('核验码：9F2C-41D0');
    expect(code?.yMax).toBeLessThan(40);
    expect(code?.xMin).toBeGreaterThan((code?.pageWidth ?? 0) / 2);
    expect(compact(texts[0] ?? '')).toContain('http://localhost:3000/verify/dossier/9f2c41d07ab3');
  });

  it('puts each part at the page the contents give, in order, with all its pages', () => {
    const [annex2, , , achievements] = result.contents;
    expect(compact(texts[(annex2?.firstPage ?? 0) - 1] ?? '')).toContain('候选人推荐表');
    for (let page = 1; page <= 3; page += 1) {
      const text = compact(texts[(achievements?.firstPage ?? 0) + page - 2] ?? '');
      expect(text).toContain(`${partTitles.achievements}第${page}页`);
    }
  });

  it('stamps — n — at the foot of every page, centred, including the landscape one', async () => {
    await expectStamps(result.bytes, result.pageCount);
  });

  it('places an image on an A4 page of its orientation, within the margins, fitted and unstretched', async () => {
    const sizes = await pagesOf(result.bytes);
    const cases = [
      { entry: result.contents[1], aspect: 600 / 800, landscape: false },
      { entry: result.contents[2], aspect: 800 / 500, landscape: true },
    ];
    for (const { entry, aspect, landscape } of cases) {
      const page = entry?.firstPage ?? 0;
      const size = sizes[page - 1];
      expect(size && Math.round(size.width)).toBe(landscape ? 842 : 595);
      expect(size && Math.round(size.height)).toBe(landscape ? 595 : 842);
      const png = renderPage(result.bytes, page, 36); // 1 px = 2 pt
      const box = colouredBox(png);
      expect(box, `image on page ${page}`).toBeDefined();
      if (!box) continue;
      const [width, height] = [box.right - box.left, box.bottom - box.top];
      expect(box.left).toBeGreaterThanOrEqual(20); // 40 pt margins
      expect(box.top).toBeGreaterThanOrEqual(20);
      expect(png.width - box.right).toBeGreaterThanOrEqual(20);
      expect(png.height - box.bottom).toBeGreaterThanOrEqual(29); // the stamp's room at the foot
      expect(width / height).toBeCloseTo(aspect, 1);
      // Fitted: it fills the frame (84 pt across, 102 pt down are margins) in one direction at least.
      const frame = { width: png.width - 42, height: png.height - 51 };
      expect(Math.max(width / frame.width, height / frame.height)).toBeGreaterThan(0.97);
    }
  });

  it('turns a sideways phone photo the way its EXIF orientation says', async () => {
    const stored = realJpeg(800, 600); // landscape pixels of a portrait photo, turned by the camera
    const photo = jpegWithOrientation(stored, 6);
    expect(exifTurn(photo)).toBe(90);
    expect(exifTurn(stored)).toBe(0);
    expect(exifTurn(jpegWithOrientation(stored, 6).subarray(0, 20))).toBe(0); // cut inside the segment
    const dossier = await renderDossierPdf(
      await makeDossierInput({ parts: [jpegPart('身份证复印件', photo)] }),
    );
    const [, size] = await pagesOf(dossier.bytes);
    expect(size && Math.round(size.width)).toBe(595);
    const png = renderPage(dossier.bytes, 2, 36);
    const box = colouredBox(png);
    expect(box).toBeDefined();
    if (!box) return;
    expect((box.right - box.left) / (box.bottom - box.top)).toBeCloseTo(600 / 800, 1);
    // Turned clockwise, the stored bottom left (green, no red) is now the top left.
    const at = ((box.top + 2) * png.width + box.left + 2) * 4;
    const [red = 0, green = 0] = png.data.subarray(at, at + 2);
    expect(green).toBeGreaterThan(200);
    expect(red).toBeLessThan(60);
  });

  it('binds a dossier of 20+ attachment pages, numbering them all', async () => {
    const parts = [
      ...(await makeDossierInput()).parts.slice(0, 1),
      await pdfPart('所获荣誉证书复印件', 22),
      jpegPart('毕业证书复印件'),
      pngPart('竞赛获奖证书复印件'),
      await pdfPart('廉洁自律情况证明', 1),
    ];
    const dossier = await renderDossierPdf(await makeDossierInput({ parts }));
    const annex2Pages = result.contents[0]?.pages ?? 0;
    expect(dossier.pageCount).toBe(1 + annex2Pages + 22 + 1 + 1 + 1);
    expect((await PDFDocument.load(dossier.bytes)).getPageCount()).toBe(dossier.pageCount);
    expect(dossier.contents.map((entry) => entry.firstPage)).toEqual([
      2,
      2 + annex2Pages,
      24 + annex2Pages,
      25 + annex2Pages,
      26 + annex2Pages,
    ]);
    const pages = await expectStamps(dossier.bytes, dossier.pageCount);
    expect(compact(pages[2 + annex2Pages + 20] ?? '')).toContain('所获荣誉证书复印件第22页');
    expect(compact(pages.at(-1) ?? '')).toContain('廉洁自律情况证明第1页');
  });

  it('numbers from the page after the contents when the contents take two pages', async () => {
    const parts = Array.from({ length: 30 }, (_, index) =>
      pngPart(`第${index + 1}项业绩证明材料`, realPng(40, 30)),
    );
    const dossier = await renderDossierPdf(await makeDossierInput({ parts }));
    expect(dossier.pageCount).toBe(2 + 30);
    expect(dossier.contents[0]?.firstPage).toBe(3);
    expect(dossier.contents.at(-1)?.firstPage).toBe(32);
    const pages = await expectStamps(dossier.bytes, dossier.pageCount);
    // The second contents page repeats the column headings and carries on the list.
    expect(pages[1]).toMatch(/序号\s+材料名称\s+页码/);
    expect(pages[1]).toMatch(/^\s*30\s+第30项业绩证明材料\s+32\s*$/m);
  });

  it('stamps a turned scanner page at the foot as it is seen, upright', async () => {
    const parts: DossierPart[] = [];
    for (const angle of [90, 180, 270] as const) {
      const bytes = await withRotatedFirstPage((await pdfPart(`扫描件${angle}`, 1)).bytes, angle);
      parts.push({ title: `扫描件${angle}`, kind: 'pdf', mimeType: 'application/pdf', bytes });
    }
    const dossier = await renderDossierPdf(await makeDossierInput({ parts }));
    await expectStamps(dossier.bytes, 4);
    // Upright: the dashes sit left and right of the number, on its line, as on a page that is not turned.
    const sizes = await seenSizes(dossier.bytes);
    const words = pdfWords(dossier.bytes).filter(
      (word) => word.yMin > (sizes[word.page - 1]?.height ?? 0) - 40,
    );
    for (const page of [2, 3, 4]) {
      const [left, number, right] = words
        .filter((word) => word.page === page)
        .sort((a, b) => a.xMin - b.xMin);
      expect([left?.text, number?.text, right?.text]).toEqual(['—', String(page), '—']);
      expect(Math.abs((left?.yMin ?? 0) - (number?.yMin ?? 0))).toBeLessThan(1);
    }
  });

  it('renders the same input to the same bytes', async () => {
    const again = await renderDossierPdf(input);
    expect(again.sha256).toBe(result.sha256);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['encrypted', () => encryptedPdf()],
    ['broken', async () => brokenPdf()],
  ])('refuses a PDF part that is %s, naming it', async (reason, bytes) => {
    const bad = {
      title: '职称证书复印件',
      kind: 'pdf' as const,
      mimeType: 'application/pdf',
      bytes: await bytes(),
    };
    const parts = [...input.parts.slice(0, 2), bad];
    const error = await renderDossierPdf({ ...input, parts }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.code).toBe('dossier.part_unreadable');
    expect(domain.params).toEqual({ title: '职称证书复印件', reason });
    expect(domain.userMessage.zh).toContain('“职称证书复印件”');
    expect(domain.userMessage.en).toContain('"职称证书复印件"');
    expect(errorStatus(domain.code)).toBe(422);
  });

  it('refuses an image part whose type it cannot place', async () => {
    const gif = {
      title: '动图',
      kind: 'image' as const,
      mimeType: 'image/gif',
      bytes: Buffer.from('GIF89a'),
    };
    await expect(renderDossierPdf({ ...input, parts: [gif] })).rejects.toMatchObject({
      code: 'dossier.part_unreadable',
      params: { title: '动图', reason: 'unsupported' },
    });
  });
});
