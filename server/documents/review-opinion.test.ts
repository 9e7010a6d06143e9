import { beforeAll, describe, expect, it } from 'vitest';
import { unzip } from './files.testing';
import { compact, pdfFonts, pdfPageCount, pdfRawText, pdfText, pdfWords } from './poppler.testing';
import {
  editionOrdinal,
  type ReviewOpinionDocument,
  type ReviewResultRow,
  renderReviewOpinionDocx,
  renderReviewOpinionPdf,
} from './review-opinion';
import { docxToPdf } from './soffice.testing';

/** The technical-expert panel after its review: 12 candidates for 10 places, a tie at the cut voted on. */
function makeReviewOpinion(overrides: Partial<ReviewOpinionDocument> = {}): ReviewOpinionDocument {
  const employers = ['中国第一汽车集团有限公司', '长春轨道客车股份有限公司', '长春精工数控机床有限公司'];
  const names = [
    '李春燕',
    '王海涛',
    '刘佳琪',
    '赵永刚',
    '孙丽娜',
    '周晓明',
    '吴桂芝',
    '郑国强',
    '钱玉兰',
    '冯建华',
  ];
  const results: ReviewResultRow[] = names.map((name, i) => ({
    rank: i + 1,
    name,
    employer: employers[i % 3] ?? '',
    score: 95.456 - i * 1.5,
    scores: 7,
    tie: false,
    outcome: 'proposed',
  }));
  results[9] = { ...results[9], rank: 10, score: 81.5, tie: true } as ReviewResultRow;
  results.push(
    {
      rank: 10,
      name: '阿依古丽·买买提',
      employer: '长春市第一中等职业学校',
      score: 81.5,
      scores: 7,
      tie: true,
      outcome: 'not_proposed',
    },
    {
      rank: 12,
      name: '陈志远',
      employer: '吉林省长春市汽车经济技术开发区某零部件有限公司',
      score: 79,
      scores: 6,
      tie: false,
      outcome: 'not_proposed',
    },
  );
  return {
    edition: { number: 3, year: 2026 },
    award: { code: 'technical_expert', name: '长春技术能手', places: 10 },
    panel: {
      name: '第三届长春技术能手评审专家组',
      members: [
        { name: '王建国', workplace: '长春工业大学', title: '教授', role: 'chair' },
        { name: '刘淑华', workplace: '中国第一汽车集团有限公司', title: '高级技师', role: 'member' },
        { name: '陈志强', workplace: '长春职业技术学院', title: null, role: 'member' },
      ],
    },
    method: {
      criteria: [
        { name: '技能水平', maxScore: 40 },
        { name: '业绩贡献', maxScore: 30 },
        { name: '传技带徒', maxScore: 20 },
        { name: '示范引领', maxScore: 10 },
      ],
      aggregation: 'trimmed_mean',
      blind: true,
    },
    results,
    vote: {
      heldOn: '2026-12-08',
      voters: 9,
      votes: [
        { name: '冯建华', votes: 6 },
        { name: '阿依古丽·买买提', votes: 3 },
      ],
      minutes: '经评选领导小组会议民主择优投票，冯建华得票较多，确定为拟评选对象。',
    },
    reviewedOn: '2026-12-06',
    issuer: '长春市人力资源和社会保障局',
    ...overrides,
  };
}

function sixtyCandidates(): ReviewOpinionDocument {
  const results: ReviewResultRow[] = Array.from({ length: 60 }, (_, i) => ({
    rank: i + 1,
    name: `候选人${i + 1}号`,
    employer: '长春轨道客车股份有限公司转向架制造中心',
    score: 99 - i * 0.25,
    scores: 7,
    tie: false,
    outcome: i < 10 ? 'proposed' : 'not_proposed',
  }));
  return makeReviewOpinion({ results, vote: null });
}

describe('editionOrdinal', () => {
  it('writes the edition in Chinese numerals', () => {
    expect([1, 3, 10, 11, 20, 23].map(editionOrdinal)).toEqual([
      '第一届',
      '第三届',
      '第十届',
      '第十一届',
      '第二十届',
      '第二十三届',
    ]);
  });
});

describe('renderReviewOpinionPdf', () => {
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    ({ bytes } = await renderReviewOpinionPdf(makeReviewOpinion()));
    text = compact(pdfText(bytes));
  });

  it('titles the paper by edition and award and says who reviewed how many', () => {
    expect(text).toMatch(/^第三届长春技术能手专家评审意见书/);
    expect(text).toContain(
      '受长春市人力资源和社会保障局委托，第三届长春技术能手评审专家组于2026年12月6日对第三届长春技术能手的12名候选人进行了综合评审。',
    );
  });

  it('lists the panel with its chair', () => {
    expect(text).toContain('序号姓名工作单位职称（职务）组内分工');
    expect(text).toContain('1王建国长春工业大学教授组长');
    expect(text).toContain('2刘淑华中国第一汽车集团有限公司高级技师成员');
    expect(text).toContain('评审专家组由3名专家组成，王建国任组长。');
  });

  it('states the rubric, its total, the aggregation and the blind review', async () => {
    expect(text).toContain('评分细则为：技能水平40分、业绩贡献30分、传技带徒20分、示范引领10分，总分100分。');
    expect(text).toContain('去掉一个最高分和一个最低分后取平均分');
    expect(text).toContain('本次评审实行盲评');
    const plain = makeReviewOpinion();
    const mean = compact(
      pdfText(
        (
          await renderReviewOpinionPdf({
            ...plain,
            method: { ...plain.method, aggregation: 'mean', blind: false },
          })
        ).bytes,
      ),
    );
    expect(mean).toContain('各评审专家所评总分取平均分');
    expect(mean).not.toContain('去掉一个最高分');
    expect(mean).toContain('本次评审未实行盲评');
  });

  it('prints the results with two decimals, the tie and each outcome', () => {
    expect(text).toContain('排名姓名工作单位评审得分评分专家数结果');
    expect(text).toContain('1李春燕中国第一汽车集团有限公司95.467拟推荐');
    expect(text).toContain('10（并列）冯建华');
    expect(text).toContain('81.507拟推荐');
    const raw = compact(pdfRawText(bytes));
    expect(raw).toContain('阿依古丽·买买提');
    expect(raw).toContain('未入选');
    expect(raw).toContain('吉林省长春市汽车经济技术开发区某零部件有限公司');
  });

  it('names the proposed against the places with the ratio, then the vote', () => {
    expect(text).toContain('长春技术能手评选名额10名，参评候选人12名，差额比例为12:10（1.2:1）。');
    expect(text).toContain('拟推荐以下10名同志为第三届长春技术能手拟评选对象：');
    expect(text).toContain('序号姓名工作单位评审得分1李春燕');
    expect(text).toContain('五、民主择优');
    expect(text).toContain(
      '2026年12月8日，对评审得分并列的候选人进行民主择优投票，参加投票9人。得票情况：冯建华6票，阿依古丽·买买提3票。',
    );
    expect(text).toContain('冯建华得票较多');
  });

  it('says which places wait for the vote, and leaves the vote section out without one', async () => {
    const doc = makeReviewOpinion();
    const results = doc.results.map((r) => (r.tie ? { ...r, outcome: 'undecided' as const } : r));
    const pending = compact(pdfText((await renderReviewOpinionPdf({ ...doc, results, vote: null })).bytes));
    expect(pending).toContain(
      '冯建华、阿依古丽·买买提评审得分并列，须通过民主择优投票确定其中1名拟评选对象。',
    );
    expect(pending).toContain('待投票');
    expect(pending).not.toContain('民主择优投票，参加投票');
    expect(pending).not.toContain('五、');
  });

  it('ends with a signature line per expert, the panel and the date', () => {
    expect(text.match(/专家签名：_+/g)).toHaveLength(3);
    expect(text).toContain('以上评审意见经评审专家组全体成员审议确认。评审专家签名：组长王建国专家签名：');
    expect(text).toContain('成员陈志强专家签名：');
    expect(text).toMatch(/第三届长春技术能手评审专家组2026年12月6日—\d—$/);
  });

  it('embeds the font, keeps inside the margins and renders the same bytes twice', async () => {
    expect(pdfFonts(bytes).every((font) => font.embedded && font.subset)).toBe(true);
    for (const word of pdfWords(bytes)) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(55.5);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 55.5);
    }
    expect((await renderReviewOpinionPdf(makeReviewOpinion())).bytes.equals(bytes)).toBe(true);
  });

  it('continues 60 candidates over pages with the headings repeated', async () => {
    const long = (await renderReviewOpinionPdf(sixtyCandidates())).bytes;
    const pages = pdfText(long).split('\f').map(compact).filter(Boolean);
    expect(pdfPageCount(long)).toBeGreaterThan(1);
    expect(pdfPageCount(long)).toBeLessThanOrEqual(5);
    const all = pages.join('');
    for (let i = 1; i <= 60; i += 1) expect(all).toContain(`${i}候选人${i}号`);
    // The signatures share their page with the text they confirm.
    expect(pages.at(-1)).toContain('以上评审意见经评审专家组全体成员审议确认。评审专家签名：');
    const resultPages = pages.filter((page) => /候选人\d+号/.test(page));
    expect(resultPages.length).toBeGreaterThan(1);
    for (const page of resultPages) expect(page).toMatch(/排名姓名工作单位评审得分|序号姓名工作单位评审得分/);
    expect(all).toContain('差额比例为60:10（6:1）');
    for (const word of pdfWords(long)) {
      const limit = /^(—|\d+)$/.test(word.text) ? word.pageHeight - 20 : word.pageHeight - 63.5;
      expect(word.yMax, word.text).toBeLessThanOrEqual(limit);
    }
  });
});

describe('renderReviewOpinionDocx', () => {
  let bytes: Buffer;
  let converted: Buffer;

  beforeAll(async () => {
    bytes = await renderReviewOpinionDocx(makeReviewOpinion());
    converted = docxToPdf(bytes);
  }, 120_000);

  it('is a Word document with repeated table headings', () => {
    expect(bytes.subarray(0, 2).toString('ascii')).toBe('PK');
    const xml = unzip(bytes).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(3);
    expect(xml).toContain('w:eastAsia="仿宋"');
  });

  it('lays out in LibreOffice with the same words as the PDF', () => {
    const text = compact(pdfText(converted));
    expect(text).toMatch(/^第三届长春技术能手专家评审意见书/);
    expect(text).toContain('1王建国长春工业大学教授组长');
    expect(text).toContain('总分100分');
    expect(text).toContain('差额比例为12:10（1.2:1）');
    expect(text).toContain('10（并列）');
    expect(text).toContain('95.46');
    expect(text).toContain('得票情况：冯建华6票，阿依古丽·买买提3票。');
    expect(text.match(/专家签名：_+/g)).toHaveLength(3);
    expect(text).toContain('2026年12月6日');
  });

  it('repeats the results heading on the pages of 60 candidates', async () => {
    const long = docxToPdf(await renderReviewOpinionDocx(sixtyCandidates()));
    const pages = pdfText(long).split('\f').map(compact).filter(Boolean);
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.join('');
    for (let i = 1; i <= 60; i += 1) expect(all).toContain(`候选人${i}号`);
    const resultPages = pages.filter((page) => /候选人\d+号/.test(page));
    for (const page of resultPages) expect(page).toMatch(/排名姓名工作单位评审得分|序号姓名工作单位评审得分/);
  }, 120_000);
});
