import { beforeAll, describe, expect, it } from 'vitest';
import { type DecisionDocument, renderDecisionDocx, renderDecisionPdf } from './award-decision';
import { unzip } from './files.testing';
import { compact, pdfFonts, pdfPageCount, pdfRawText, pdfText, pdfWords } from './poppler.testing';
import { docxToPdf } from './soffice.testing';

const ID_NUMBER = '22010219800101123X';

/** The decision of the third edition: 2 grand-award winners and 10 technical experts. */
function makeDecision(overrides: Partial<DecisionDocument> = {}): DecisionDocument {
  const experts = [
    '李春燕',
    '王海涛',
    '刘佳琪',
    '赵永刚',
    '孙丽娜',
    '周晓明',
    '吴桂芝',
    '郑国强',
    '钱玉兰',
    '阿依古丽·买买提',
  ];
  return {
    documentNo: '长人社发〔2026〕45号',
    title: '关于授予张三等12名同志“长春技能大奖”“长春技术能手”称号的决定',
    decidedOn: '2026-12-06',
    issuer: '长春市人力资源和社会保障局',
    edition: { number: 3, year: 2026 },
    awards: [
      {
        code: 'grand_award',
        name: '长春技能大奖',
        prizeYuan: 10000,
        winners: [
          {
            name: '张三',
            employer: '中国第一汽车集团有限公司',
            occupation: '汽车装调工',
            certificateNo: 'CCJNDJ-2026-001',
          },
          {
            name: '周铁军',
            employer: '长春精工数控机床有限公司',
            occupation: '数控车工',
            certificateNo: 'CCJNDJ-2026-002',
          },
        ],
      },
      {
        code: 'technical_expert',
        name: '长春技术能手',
        prizeYuan: 5000,
        winners: experts.map((name, i) => ({
          name,
          employer: i === 9 ? '长春市第一中等职业学校' : '长春轨道客车股份有限公司',
          occupation: i === 4 ? null : '电焊工',
          certificateNo: `CCJSNS-2026-${String(i + 1).padStart(3, '0')}`,
        })),
      },
    ],
    ...overrides,
  };
}

/** Every text the decision prints, in order. */
const expectedTexts = [
  '长春市人力资源和社会保障局文件',
  '长人社发〔2026〕45号',
  '关于授予张三等12名同志“长春技能大奖”“长春技术能手”称号的决定',
  '根据《第三届长春技能大奖和长春技术能手评选工作方案》，经单位推荐、专家评审、社会公示和市委组织部人才办审定，决定授予张三等2名同志“长春技能大奖”称号，授予李春燕等10名同志“长春技术能手”称号，颁发证书和奖金（长春技能大奖每人10,000元，长春技术能手每人5,000元）。',
  '一、长春技能大奖（2名）',
  '序号姓名工作单位职业（工种）',
  '1张三中国第一汽车集团有限公司汽车装调工',
  '2周铁军长春精工数控机床有限公司数控车工',
  '二、长春技术能手（10名）',
  '1李春燕长春轨道客车股份有限公司电焊工',
  '5孙丽娜长春轨道客车股份有限公司6周晓明',
  '希望受到表彰的同志珍惜荣誉',
  '长春市人力资源和社会保障局2026年12月6日',
];

function expectInOrder(text: string) {
  let at = -1;
  for (const expected of expectedTexts) {
    const found = text.indexOf(expected);
    expect(found, expected).toBeGreaterThan(at);
    at = found;
  }
}

describe('renderDecisionPdf', () => {
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    ({ bytes } = await renderDecisionPdf(makeDecision()));
    text = compact(pdfText(bytes)).replace(/—\d+—/g, '');
  });

  it('prints the mast, the number, the title, the body, the winners by award and the signature in order', () => {
    expectInOrder(text);
    expect(compact(pdfRawText(bytes))).toContain('阿依古丽·买买提');
  });

  it('centres the number under the mast and sets the date at the right, under the issuer', () => {
    const words = pdfWords(bytes);
    const number = words.find((word) => word.text === '长人社发〔2026〕45号');
    const mast = words.find((word) => word.text === '长春市人力资源和社会保障局文件');
    if (!number || !mast) throw new Error('mast not found');
    const middle = (word: { xMin: number; xMax: number }) => (word.xMin + word.xMax) / 2;
    expect(Math.abs(middle(number) - middle(mast))).toBeLessThan(1);
    expect(number.yMin).toBeGreaterThan(mast.yMax);
    const date = words.findLast((word) => word.text === '2026年12月6日');
    const issuer = words.findLast((word) => word.text === '长春市人力资源和社会保障局');
    if (!date || !issuer) throw new Error('signature not found');
    expect(Math.abs(middle(date) - middle(issuer))).toBeLessThan(1);
    expect(issuer.xMax).toBeGreaterThan(date.pageWidth / 2 + 100);
    expect(date.yMin).toBeGreaterThan(issuer.yMax - 1);
  });

  it('never prints an ID number or a certificate number, even one slipped into a unit name', async () => {
    const decision = makeDecision();
    const [grand] = decision.awards;
    if (!grand) throw new Error('factory has awards');
    const slipped = { ...grand.winners[0], employer: `中国第一汽车集团有限公司${ID_NUMBER}` };
    const careless = {
      ...grand,
      winners: [slipped as (typeof grand.winners)[number], ...grand.winners.slice(1)],
    };
    const rendered = compact(pdfText((await renderDecisionPdf({ ...decision, awards: [careless] })).bytes));
    expect(rendered).not.toContain(ID_NUMBER);
    expect(rendered).not.toMatch(/\d{17}[\dX]/);
    expect(text).not.toContain('CCJNDJ');
  });

  it('names a single winner without 等, and leaves out an award without winners', async () => {
    const decision = makeDecision();
    const [grand, expert] = decision.awards;
    if (!grand || !expert) throw new Error('factory has awards');
    const one = { ...grand, winners: grand.winners.slice(0, 1) };
    const single = compact(
      pdfText((await renderDecisionPdf({ ...decision, awards: [one, { ...expert, winners: [] }] })).bytes),
    );
    expect(single).toContain(
      '决定授予张三同志“长春技能大奖”称号，颁发证书和奖金（长春技能大奖每人10,000元）。',
    );
    expect(single).not.toContain('长春技术能手（');
  });

  it('continues a long list on further pages, numbered, headings repeated', async () => {
    const decision = makeDecision();
    const [grand, expert] = decision.awards;
    if (!grand || !expert) throw new Error('factory has awards');
    const winners = Array.from({ length: 40 }, (_, i) => ({
      ...expert.winners[0],
      name: `获评人${i + 1}号`,
    }));
    const long = await renderDecisionPdf({
      ...decision,
      awards: [grand, { ...expert, winners: winners as typeof expert.winners }],
    });
    const pages = pdfText(long.bytes).split('\f').map(compact).filter(Boolean);
    expect(pdfPageCount(long.bytes)).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toMatch(new RegExp(`—${index + 1}—$`));
    });
    const all = pages.join('');
    for (let i = 1; i <= 40; i += 1) expect(all).toContain(`获评人${i}号`);
    for (const page of pages.filter((p) => /获评人\d+号/.test(p))) expect(page).toContain('序号姓名工作单位');
  });

  it('keeps to the text column, embeds the font and renders the same bytes twice', async () => {
    for (const word of pdfWords(bytes).filter((w) => !/^(—|\d+)$/.test(w.text))) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(79);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 73.5);
      expect(word.yMax, word.text).toBeLessThanOrEqual(word.pageHeight - 99);
    }
    expect(pdfFonts(bytes).every((font) => font.embedded && font.subset)).toBe(true);
    expect((await renderDecisionPdf(makeDecision())).sha256).toBe(
      (await renderDecisionPdf(makeDecision())).sha256,
    );
  });
});

describe('renderDecisionDocx', () => {
  let bytes: Buffer;
  let converted: Buffer;

  beforeAll(async () => {
    bytes = await renderDecisionDocx(makeDecision());
    converted = docxToPdf(bytes);
  }, 120_000);

  it('is an A4 Word document with the margins of an official document, the mast in red', () => {
    expect(bytes.subarray(0, 2).toString('ascii')).toBe('PK');
    const xml = unzip(bytes).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
    expect(xml).toContain('<w:color w:val="C8161D"/>');
    expect(xml).toMatch(/<w:bottom w:val="single" w:color="C8161D"/);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
  });

  it('lays out in LibreOffice with the same texts in the same order', () => {
    const text = compact(pdfText(converted)).replace(/—\d+—/g, '');
    expectInOrder(text);
    expect(text).not.toContain('CCJNDJ');
  });
});
