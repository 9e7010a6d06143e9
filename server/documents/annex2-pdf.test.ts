import { beforeAll, describe, expect, it } from 'vitest';
import { annex2FieldLabels, applicationFields } from '../../domain/application';
import { makeApplication } from '../../domain/application/application.testing';
import type { Annex2Data } from './annex2-data';
import { makeAnnex2Data, withManyHonours } from './annex2-data.testing';
import { formLabels, notOnTheForm, printedFields } from './annex2-form.testing';
import { annex2ContentHash, shortHash } from './annex2-hash';
import { renderAnnex2Pdf } from './annex2-pdf';
import { annex2FormTexts } from './annex2-view';
import { compact, pdfFonts, pdfImages, pdfPageCount, pdfRawText, pdfText, pdfWords } from './poppler.testing';
import { expectedModules, modulesOfPng } from './qr.testing';

describe('renderAnnex2Pdf', () => {
  let data: Annex2Data;
  let result: { bytes: Buffer; sha256: string };
  let text: string;

  beforeAll(async () => {
    data = makeAnnex2Data();
    result = await renderAnnex2Pdf(data);
    text = compact(pdfText(result.bytes));
  });

  it('accounts for every field of the application: printed, or deliberately not on the paper form', () => {
    expect([...printedFields, ...notOnTheForm].sort()).toEqual([...applicationFields].sort());
  });

  it('prints every label of Annex 2, the notes verbatim and the issuer', () => {
    for (const label of formLabels) expect(text, label).toContain(compact(label));
    expect(text).toContain('3.如填写内容较多，可另加附页4.');
    // As on the seed: the form's year, and the date left blank to be written in by hand.
    expect(text).toContain('长春市人力资源和社会保障局2022年制年月日注意事项');
    expect(text).not.toContain('2025年10月20日');
  });

  it("prints the candidate's data with codes resolved to their names", () => {
    const expected = [
      '周铁军',
      data.idNumber ?? '',
      data.bankAccount ?? '',
      '数控车工',
      '长春精工数控机床有限公司',
      '1978年03月12日',
      '男',
      '汉族',
      '中共党员',
      '大学专科',
      '高级技师（一级）',
      '1997年07月',
      '28年',
      '130000',
      '长春市朝阳区西民主大街809号',
      '0431-85551234',
      '13804310123',
      'zhoutiejun@example.com',
      '2011.01—至今',
      '长春精工数控机床有限公司，数控车间班组长',
      '人力资源部王丽',
      '2018.03—2019.11主持数控车床液压卡盘改造，年节约加工成本约46万元',
      '技术中心主任赵明',
      '2021.12长春市科学技术进步奖三等奖（薄壁件高效车削工艺）',
      '第二届长春技术能手',
      '长春市五一劳动奖章',
      compact(data.unitOpinion ?? ''),
    ];
    // A value wrapped in its cell interleaves with its neighbours in the layout text: read the drawing order.
    const raw = compact(pdfRawText(result.bytes));
    for (const value of expected) expect(raw, value).toContain(compact(value));
    for (const value of ['周铁军', data.idNumber ?? '', '1978年03月12日', '28年', '13804310123']) {
      expect(text, value).toContain(value);
    }
  });

  it('leaves out what Annex 2 does not have: the achievements summary and the conditions', () => {
    const summary = makeApplication().achievementsSummary ?? '';
    expect(summary.length).toBeGreaterThan(10);
    expect(text).not.toContain(compact(summary).slice(0, 12));
    expect(text).not.toContain(annex2FieldLabels.achievementsSummary.zh);
  });

  it('ticks the chosen award category in the text layer', async () => {
    expect(text).toContain('✓长春技能大奖长春技术能手');
    const expert = await renderAnnex2Pdf(makeAnnex2Data({ award: 'technical_expert' }));
    expect(compact(pdfText(expert.bytes))).toContain('长春技能大奖✓长春技术能手');
  });

  it('has a title page, a notes page and the tables on two pages', () => {
    expect(pdfPageCount(result.bytes)).toBe(4);
  });

  it('embeds subsets of Noto Sans SC and stays small', () => {
    const fonts = pdfFonts(result.bytes);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
    ]);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    // The two font files are 10 MB each: only a subset can give a form this small.
    expect(result.bytes.length).toBeLessThan(150_000);
  });

  it('returns the content hash and prints it with the verification link', () => {
    expect(result.sha256).toBe(annex2ContentHash(data));
    expect(text).toContain(`http://localhost:3000/verify/${result.sha256}`);
    expect(text).toContain(compact(shortHash(result.sha256)));
  });

  it('carries QR codes of the verification link on the title page and the last page', () => {
    const link = `${data.verificationUrl}${result.sha256}`;
    const expected = expectedModules(link);
    const size = (expected.length + 4) * 8;
    const codes = pdfImages(result.bytes).filter((png) => png.readUInt32BE(16) === size);
    const matching = codes.filter(
      (png) => JSON.stringify(modulesOfPng(png, expected.length)) === JSON.stringify(expected),
    );
    // pdfimages lists an image once per page it is placed on.
    expect(matching).toHaveLength(2);
  });

  it('embeds the photo, or prints the 照片 box without one', async () => {
    const photoSize = pdfImages(result.bytes).filter((png) => png.readUInt32BE(16) === 150);
    expect(photoSize).toHaveLength(1);
    expect(text).not.toContain(annex2FormTexts.photo);
    const { photo: _photo, ...withoutPhoto } = data;
    const blank = await renderAnnex2Pdf(withoutPhoto);
    expect(compact(pdfText(blank.bytes))).toContain(annex2FormTexts.photo);
  });

  it('prints a draft with blank cells and the empty opinion boxes', async () => {
    const draft = await renderAnnex2Pdf({
      award: 'technical_expert',
      name: '李春燕',
      sections: makeAnnex2Data({ unitOpinion: undefined }).sections,
      referenceDate: '2025-10-24',
      verificationUrl: 'https://jiangxuan.example/verify/',
      generatedAt: new Date('2025-10-21T08:00:00+08:00'),
    });
    const draftText = compact(pdfText(draft.bytes));
    for (const label of formLabels) expect(draftText, label).toContain(compact(label));
    expect(draftText).toContain('李春燕');
    expect(pdfPageCount(draft.bytes)).toBeGreaterThanOrEqual(4);
  });
});

describe('renderAnnex2Pdf title page', () => {
  it('fits the longest unit name the schema allows above the issuer line', async () => {
    const employerName = '长春市某某区某某街道某某社区某某合作社联合会所属现代农业机械装备制造与维修服务中心'
      .repeat(3)
      .slice(0, 100);
    const { bytes } = await renderAnnex2Pdf(makeAnnex2Data({ employerName }));
    const titleWords = pdfWords(bytes).filter((word) => word.page === 1);
    const issuer = titleWords.find((word) => word.text.includes('社会保障局'));
    if (!issuer) throw new Error('issuer line missing');
    const above = titleWords.filter((word) => word.yMax <= issuer.yMin);
    expect(compact(above.map((word) => word.text).join(''))).toContain(employerName);
  });
});

describe('renderAnnex2Pdf periods and groups', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    ({ bytes } = await renderAnnex2Pdf(withManyHonours()));
  });

  it('prints the periods of every section with their end, open-ended as 至今', () => {
    const raw = compact(pdfRawText(bytes));
    expect(raw).toContain('2018.04—2020.12吉林省技术能手（任期内）');
    expect(raw).toContain('2021.01—至今长春市首席技师（现任）');
    expect(raw).toContain('2015.05长春市劳动模范');
  });

  it('keeps the merged 曾获得的荣誉称号 group on one page with its label', () => {
    const pages = pdfText(bytes).split('\f').map(compact);
    const page = pages.findIndex((text) => text.includes('曾获得的荣誉称号'));
    expect(page).toBeGreaterThan(0);
    for (const entry of ['第二届长春技术能手', '长春市劳动模范', '吉林省技术能手', '长春市首席技师']) {
      expect(pages[page], entry).toContain(entry);
    }
  });
});

describe('renderAnnex2Pdf with long contents', () => {
  const sentence = (n: number) =>
    `第${n}条：总结出一次装夹、分层切削、对称去应力操作法，解决了薄壁件变形超差难题。`;
  const opinion = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join('');
  const history = Array.from({ length: 16 }, (_, i) => ({
    from: `${1990 + 2 * i}-03`,
    to: `${1991 + 2 * i}-12`,
    place: '长春精工数控机床有限公司',
    content: `第${i + 1}车间数控车工`,
    witness: '人力资源部 王丽',
  }));
  let bytes: Buffer;

  beforeAll(async () => {
    const base = makeAnnex2Data();
    ({ bytes } = await renderAnnex2Pdf({
      ...base,
      employerName: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司冲压件制造分公司第三冲压车间',
      sections: {
        ...base.sections,
        workHistory: history,
        patents: Array.from({ length: 8 }, (_, i) => ({
          from: `${2010 + i}-05`,
          content: sentence(100 + i).repeat(5),
        })),
      },
      unitOpinion: opinion,
    }));
  });

  it('continues the tables over more pages and loses nothing', () => {
    const raw = compact(pdfRawText(bytes));
    for (const row of history) expect(raw).toContain(compact(`${row.place}，${row.content}`));
    for (let i = 100; i < 108; i += 1) expect(raw).toContain(compact(sentence(i).repeat(5)));
    expect(raw).toContain('获得国家专利情况（续）');
    // An opinion longer than a page is split between lines, its label repeated on the next page.
    const continued = `${annex2FormTexts.unitOpinion}（续）`;
    expect(raw).toContain(continued);
    expect(raw.replaceAll(continued, '')).toContain(compact(opinion));
    expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(7);
  });

  it('never writes outside the margins', () => {
    const words = pdfWords(bytes);
    expect(words.length).toBeGreaterThan(300);
    for (const word of words) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(55.5);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 55.5);
      expect(word.yMin, word.text).toBeGreaterThanOrEqual(word.page === 1 ? 36 : 55.5);
      expect(word.yMax, word.text).toBeLessThanOrEqual(word.pageHeight - 55.5);
    }
  });
});
