import { beforeAll, describe, expect, it } from 'vitest';
import type { Annex2Data } from './annex2-data';
import { makeAnnex2Data, portraitPng, withManyHonours } from './annex2-data.testing';
import { renderAnnex2Docx } from './annex2-docx';
import { formLabels } from './annex2-form.testing';
import { annex2ContentHash, shortHash } from './annex2-hash';
import { renderAnnex2Pdf } from './annex2-pdf';
import { unzip } from './files.testing';
import { compact, pdfText } from './poppler.testing';
import { qrFor } from './qr';
import { docxToPdf } from './soffice.testing';

/** The visible text of document.xml, runs joined, ideographic spaces dropped. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/\s/gu, '')
    .replace(/&amp;/g, '&');
}

describe('renderAnnex2Docx', () => {
  let data: Annex2Data;
  let result: { bytes: Buffer; sha256: string };
  let entries: Map<string, Buffer>;
  let xml: string;
  let text: string;

  beforeAll(async () => {
    data = makeAnnex2Data();
    result = await renderAnnex2Docx(data);
    entries = unzip(result.bytes);
    xml = entries.get('word/document.xml')?.toString('utf8') ?? '';
    text = textOf(xml);
  });

  it('is a Word document', () => {
    expect(result.bytes.subarray(0, 2).toString('ascii')).toBe('PK');
    expect(entries.has('[Content_Types].xml')).toBe(true);
    expect(xml).toContain('<w:tbl>');
  });

  it('has every label of Annex 2 and the data of the candidate', () => {
    for (const label of formLabels) expect(text, label).toContain(label.replace(/\s/gu, ''));
    for (const value of [
      '周铁军',
      data.idNumber ?? '',
      '6217000010001234569',
      '数控车工',
      '高级技师（一级）',
      '28年',
      '1997年07月',
      '长春精工数控机床有限公司，数控车间班组长',
      '2022.09吉林省职工职业技能大赛数控车工项目第二名',
      (data.unitOpinion ?? '').replace(/\s/gu, ''),
    ]) {
      expect(text, value).toContain(value);
    }
    expect(text).toContain('☑长春技能大奖☐长春技术能手');
  });

  it('uses Word tables with merged cells and repeated headings', () => {
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(5); // title fields + four form tables
    expect(xml).toContain('<w:vMerge w:val="restart"/>'); // the photo cell and the 项目 labels
    expect(xml).toContain('<w:gridSpan w:val="5"/>');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('names 宋体 and 仿宋 as East Asian fonts', () => {
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(entries.get('word/styles.xml')?.toString('utf8')).toContain('w:eastAsia="宋体"');
  });

  it('has the same content hash as the PDF, printed with the verification link', async () => {
    const pdf = await renderAnnex2Pdf(data);
    expect(result.sha256).toBe(pdf.sha256);
    expect(result.sha256).toBe(annex2ContentHash(data));
    expect(text).toContain(`${data.verificationUrl}${result.sha256}`);
    expect(text).toContain(shortHash(result.sha256).replace(/\s/g, ''));
  });

  it('embeds the QR code of the verification link and the photo', async () => {
    const media = [...entries].filter(([name]) => name.startsWith('word/media/')).map(([, bytes]) => bytes);
    const qr = await qrFor(`${data.verificationUrl}${result.sha256}`);
    expect(media.some((bytes) => bytes.equals(qr))).toBe(true);
    expect(media.some((bytes) => bytes.equals(portraitPng()))).toBe(true);
  });

  it('prints a 照片 box and blank rows for a draft', async () => {
    const { photo: _photo, ...withoutPhoto } = data;
    const draft = await renderAnnex2Docx({
      ...withoutPhoto,
      sections: { ...data.sections, workHistory: [] },
    });
    const draftText = textOf(unzip(draft.bytes).get('word/document.xml')?.toString('utf8') ?? '');
    expect(draftText).toContain('照片');
    expect(draftText).not.toContain('数控车间班组长');
  });
});

describe('renderAnnex2Docx as the seed prints it', () => {
  let xml: string;
  let bytes: Buffer;

  beforeAll(async () => {
    ({ bytes } = await renderAnnex2Docx(withManyHonours()));
    xml = unzip(bytes).get('word/document.xml')?.toString('utf8') ?? '';
  });

  it('names the form’s issuer and year, and leaves the title page’s date blank', () => {
    const text = textOf(xml);
    expect(text).toContain('长春市人力资源和社会保障局2022年制年月日注意事项');
    expect(text).not.toContain('2025年10月20日');
  });

  it('prints the periods of every section with their end, open-ended as 至今', () => {
    const text = textOf(xml);
    expect(text).toContain('2018.04—2020.12吉林省技术能手（任期内）');
    expect(text).toContain('2021.01—至今长春市首席技师（现任）');
    expect(text).toContain('2015.05长春市劳动模范');
  });

  it('never splits a row, and keeps the rows of a merged 项目 group together', () => {
    const rows = xml.split(/<w:tr[ >]/).slice(1);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    const first = rows.findIndex((row) => textOf(row).includes('曾获得的荣誉称号'));
    const group = rows.slice(first, first + 4);
    expect(textOf(group.at(-1) ?? '')).toContain('长春市首席技师');
    const paragraphs = (row: string) => row.match(/<w:p[ >]/g)?.length ?? 0;
    const kept = (row: string) => row.match(/<w:keepNext\/>/g)?.length ?? 0;
    for (const row of group.slice(0, -1)) expect(kept(row)).toBe(paragraphs(row));
    expect(kept(group.at(-1) ?? '')).toBe(0);
  });

  it('lays the merged group out on one page with its label (LibreOffice)', () => {
    const pages = pdfText(docxToPdf(bytes)).split('\f').map(compact);
    const page = pages.findIndex((text) => text.includes('曾获得的荣誉称号'));
    expect(page).toBeGreaterThan(0);
    for (const entry of ['第二届长春技术能手', '长春市劳动模范', '吉林省技术能手', '长春市首席技师']) {
      expect(pages[page], entry).toContain(entry);
    }
  });
});
