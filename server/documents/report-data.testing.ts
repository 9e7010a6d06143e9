/**
 * Test factory for the recommendation report: a district HR department recommending two grand-award and
 * three technical-expert candidates (listed out of rank order, as a query may return them), reviewed by
 * three experts, with a notice without objections; `withObjection` is the variant with one objection
 * dismissed. `opinionPdf` and `noticePdf` are attachments as a caller would pass them. Test-only.
 */
import { makeNotice } from './notice.testing';
import { renderNoticePdf } from './notice-pdf';
import { createPdf, drawLines, flowParagraph, lineHeight, PageFlow } from './pdf-layout';
import { compact, type PdfWord, pdfText } from './poppler.testing';
import type { RecommendationReport } from './report-data';

export function makeReport(overrides: Partial<RecommendationReport> = {}): RecommendationReport {
  return {
    editionTitle: '第三届长春技能大奖和长春技术能手评选',
    recommenderName: '长春市朝阳区人力资源和社会保障局',
    addressee: '长春市人力资源和社会保障局',
    date: '2027-10-19',
    candidates: [
      {
        award: 'technical_expert',
        rank: 3,
        name: '刘佳琪',
        gender: 'female',
        employer: '长春朝阳智能制造职业培训学校',
        occupation: '工业机器人系统运维员',
        skillLevelOrTitle: '工程师（新职业专业技术资格）',
      },
      {
        award: 'grand_award',
        rank: 2,
        name: '孙立伟',
        gender: 'male',
        employer: '吉林省长光精密光学有限公司',
        occupation: '光学零件加工工',
        skillLevelOrTitle: 'level1',
      },
      {
        award: 'technical_expert',
        rank: 1,
        name: '李春燕',
        gender: 'female',
        employer: '长春精工数控机床有限公司',
        occupation: '装配钳工',
        skillLevelOrTitle: 'level2',
      },
      {
        award: 'grand_award',
        rank: 1,
        name: '周铁军',
        gender: 'male',
        employer: '长春精工数控机床有限公司',
        occupation: '数控车工',
        skillLevelOrTitle: 'level1',
      },
      {
        award: 'technical_expert',
        rank: 2,
        name: '王海涛',
        gender: 'male',
        employer: '长春市朝阳区供热有限责任公司',
        occupation: '电工',
        skillLevelOrTitle: 'level3',
      },
    ],
    review: {
      date: '2027-10-08',
      reviewers: [
        { name: '王建国', title: '教授', employer: '长春工业大学' },
        { name: '刘淑华', title: '高级讲师', employer: '长春市技师学院' },
        { name: '陈志远', title: '正高级工程师', employer: '中国第一汽车集团有限公司' },
      ],
      opinion: [
        '专家组审阅了5名候选人的申报材料，听取了所在单位的情况介绍。专家组认为，5名候选人均长期在生产服务一线工作，取得高级工及以上职业资格或相应专业技术资格，技艺精湛，业绩突出，符合评选条件。',
        '专家组一致同意推荐周铁军、孙立伟为长春技能大奖候选人，推荐李春燕、王海涛、刘佳琪为长春技术能手候选人，并按综合评分确定推荐顺序。',
      ].join('\n'),
    },
    decision: { date: '2027-10-11', participants: '局党组会议' },
    notice: {
      startDate: '2027-10-12',
      endDate: '2027-10-18',
      workingDays: 5,
      place: '朝阳区人民政府门户网站及区人社局办公楼公示栏',
      objections: 0,
      outcome: '公示期间未收到异议',
    },
    contact: { name: '张丽', phone: '0431-85112233' },
    verification: { url: 'http://localhost:3000/verify/report/7f3a9c2e', code: 'R7K2-9QXD' },
    ...overrides,
  };
}

/** The same report after a notice in which one objection was received and found groundless. */
export function withObjection(report: RecommendationReport = makeReport()): RecommendationReport {
  return {
    ...report,
    notice: {
      ...report.notice,
      objections: 1,
      outcome: '经核查，所反映问题与事实不符，不影响其推荐资格',
    },
  };
}

/** The experts' signed opinion as a one-page PDF, as a recommender would upload it. */
export async function opinionPdf(report: RecommendationReport = makeReport()): Promise<Uint8Array> {
  const { doc, finish } = createPdf({
    Title: '专家评审意见书',
    CreationDate: new Date('2027-10-08T12:00:00+08:00'),
  });
  const flow = new PageFlow(doc, { left: 72, right: 72, top: 90, bottom: 72 });
  drawLines(doc, ['专家评审意见书'], flow.left, flow.y, flow.width, {
    font: 'bold',
    size: 20,
    align: 'center',
  });
  flow.y += lineHeight(20) + 20;
  for (const paragraph of report.review.opinion.split('\n')) {
    flowParagraph(flow, paragraph, { size: 13, indent: 2, after: 8 });
  }
  flow.y += 30;
  const names = report.review.reviewers.map((reviewer) => reviewer.name).join('\u3000');
  flowParagraph(flow, `评审专家（签字）：${names}`, { size: 13 });
  flowParagraph(flow, '2027年10月8日', { size: 13, align: 'right' });
  return finish();
}

/** The recommender's own notice as a PDF (the notice renderer's, two pages of candidates or one). */
export async function noticePdf(): Promise<Uint8Array> {
  const notice = makeNotice({
    title: '长春市朝阳区人力资源和社会保障局关于第三届长春技能大奖和长春技术能手推荐人选的公示',
    organisationName: '长春市朝阳区人力资源和社会保障局',
    startDate: '2027-10-12',
    endDate: '2027-10-18',
    issuedOn: '2027-10-12',
  });
  return (await renderNoticePdf(notice)).bytes;
}

/** What the PDF of the factory's report and the DOCX converted by LibreOffice both say. */
export const expectedReportTexts = [
  '关于推荐第三届长春技能大奖和长春技术能手候选人的报告',
  '长春市人力资源和社会保障局：根据《第三届长春技能大奖和长春技术能手评选工作方案》要求',
  '一、推荐人选',
  '推荐长春技能大奖候选人2名、长春技术能手候选人3名，按推荐顺序排列如下：',
  '二、专家评议情况',
  '2027年10月8日，我单位组织王建国（长春工业大学教授）、刘淑华（长春市技师学院高级讲师）、陈志远（中国第一汽车集团有限公司正高级工程师）等3名专家进行评审，评审意见如下：',
  '专家评审意见书见附件1。',
  '2027年10月11日，经局党组会议集体研究，同意专家评审意见',
  '三、公示情况',
  '2027年10月12日至10月18日，我单位在朝阳区人民政府门户网站及区人社局办公楼公示栏对上述推荐人选进行了公示，公示期5个工作日。公示期间未收到异议。',
  '四、联系人及联系方式',
  '联系人：张丽联系电话：0431-85112233',
  '特此报告。',
  '附件：1.专家评审意见书2.公示截图/公示文件',
  '推荐单位（盖章）：长春市朝阳区人力资源和社会保障局2027年10月19日',
];

/** The text of a PDF's pages without white space or the page numbers 「— n —」 at their feet. */
export function textWithoutPageNumbers(pdf: Buffer): string {
  return pdfText(pdf)
    .split('\f')
    .map((page) => compact(page).replace(/—\d+—$/, ''))
    .join('');
}

export interface CandidateRowOnPage {
  page: number;
  y: number;
  /** The words of the row's first line from the 排序 column on: 1 周铁军 男 …. */
  cells: string[];
}

/** How far left of a name the 排序 column starts; the award label ends further left. */
const RANK_BEFORE_NAME = 40;

/**
 * The candidates' rows of a rendered table, read from the words' positions (either renderer's PDF): each
 * row found by the candidate's name, in the order printed (page, then top to bottom). `labelAt` gives the
 * vertical middle of an award label in the first column (its words may wrap over lines), for checking
 * that it sits beside its own rows.
 */
export function candidateRows(words: readonly PdfWord[], report: RecommendationReport = makeReport()) {
  const names = new Set(report.candidates.map((candidate) => candidate.name));
  const found = words.filter((word) => names.has(word.text));
  const rows: CandidateRowOnPage[] = found
    .map((name) => ({
      page: name.page,
      y: name.yMin,
      cells: words
        .filter((word) => word.page === name.page && Math.abs(word.yMin - name.yMin) < 2)
        .filter((word) => word.xMin >= name.xMin - RANK_BEFORE_NAME)
        .sort((a, b) => a.xMin - b.xMin)
        .map((word) => word.text),
    }))
    .sort((a, b) => a.page - b.page || a.y - b.y);
  const labelEnd = Math.min(...found.map((name) => name.xMin)) - RANK_BEFORE_NAME;
  const labelAt = (start: string) => {
    const head = words.find((word) => word.text.startsWith(start) && word.xMax < labelEnd);
    if (!head) return undefined;
    const parts = words.filter(
      (word) => word.page === head.page && word.xMax < labelEnd && Math.abs(word.yMin - head.yMin) < 40,
    );
    const top = Math.min(...parts.map((word) => word.yMin));
    const bottom = Math.max(...parts.map((word) => word.yMax));
    return { page: head.page, y: (top + bottom) / 2 };
  };
  return { rows, labelAt };
}
