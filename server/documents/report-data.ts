import { awardLabels } from '../../domain/application';
import { entryByCode, genders, skillLevels } from '../../domain/people';
import type { AwardCode } from '../../domain/roles';
import { dateZh } from './annex2-view';

/**
 * The recommendation report (推荐报告, 评选工作方案 §四(一)) a recommending organisation sends to the bureau:
 * whom it recommends in which order, how the experts reviewed them and the organisation decided, how the
 * notice went, and whom to call. This file holds its data, its fixed texts and the sentences built from
 * the data, so that the PDF and the DOCX print the same words.
 */
export interface RecommendationReport {
  /** 第三届长春技能大奖和长春技术能手评选: the 方案's name without 《工作方案》. */
  editionTitle: string;
  recommenderName: string;
  /** 长春市人力资源和社会保障局 */
  addressee: string;
  /** The report's date, `YYYY-MM-DD`. */
  date: string;
  candidates: readonly ReportCandidate[];
  review: ReportReview;
  decision: {
    date: string /** Who decided, as the sentence names them: 局党组会议, 公司党委会. */;
    participants: string;
  };
  notice: ReportNotice;
  contact: { name: string; phone: string };
  /** Printed as a QR code (PDF) with the code under it. */
  verification?: { url: string; code: string };
}

export interface ReportCandidate {
  award: AwardCode;
  /** 1, 2, … within the award: the order of the review (评审推荐顺序). */
  rank: number;
  name: string;
  /** A gender code (`male`) or the text to print. */
  gender: string;
  employer: string;
  occupation: string;
  /** A skill-level code (`level1`) or the text to print (a professional title). */
  skillLevelOrTitle: string;
}

export interface ReportReview {
  date: string;
  reviewers: readonly { name: string; title?: string; employer?: string }[];
  /** 专家评审意见: paragraphs separated by line breaks. */
  opinion: string;
  /** The signed opinion as uploaded, sent as attachment 1. */
  uploaded?: { fileName: string };
}

export interface ReportNotice {
  startDate: string;
  endDate: string;
  workingDays: number;
  /** Where it was posted: 本单位官方网站及办公楼公示栏. */
  place: string;
  objections: number;
  /**
   * What came of it, as a sentence: 公示期间未收到异议 without objections; with objections, how they were
   * settled (经核查，所反映问题不属实，不影响其推荐资格), printed after 公示期间收到异议N件.
   */
  outcome: string;
}

/** The report's fixed texts, used by both renderers. */
export const reportTexts = {
  title: (editionTitle: string) => `关于推荐${editionTitle.replace(/评选$/, '')}候选人的报告`,
  opening: (editionTitle: string) =>
    `根据《${editionTitle}工作方案》要求，我单位按照评选条件和推荐名额，依照专家评审、集体研究、公示的程序组织开展了推荐工作，现将有关情况报告如下：`,
  headings: {
    candidates: '一、推荐人选',
    review: '二、专家评议情况',
    notice: '三、公示情况',
    contact: '四、联系人及联系方式',
  },
  columns: ['推荐类别', '排序', '姓名', '性别', '工作单位', '职业（工种）', '技能等级或专业技术职务'],
  closing: '特此报告。',
  attachmentsLabel: '附件：',
  attachments: ['专家评审意见书', '公示截图/公示文件'],
  signature: '推荐单位（盖章）',
  verifyCaption: '核验码',
} as const;

/**
 * The table's column widths in points for a text column `total` wide: 推荐类别 | 排序 | 姓名 | 性别 |
 * 工作单位 (the rest) | 职业（工种） | 技能等级或专业技术职务, set at CANDIDATE_TABLE_SIZE: 高级技师（一级）
 * and a six-character occupation fit on one line.
 */
export function candidateColumnWidths(total: number): number[] {
  const widths = [56, 32, 46, 32, 0, 76, 96];
  widths[4] = total - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

/** 11 pt, between 小四 and 五号. */
export const CANDIDATE_TABLE_SIZE = 11;

/** Characters of 二号 (22 pt) on a line of the 156 mm text column. */
const TITLE_CHARACTERS = 20;

export interface CandidateGroup {
  award: AwardCode;
  label: string;
  rows: { rank: string; name: string; gender: string; employer: string; occupation: string; skill: string }[];
}

export interface ReportSection {
  heading: string;
  /** The section's paragraphs; the table, if any, follows them. */
  paragraphs: string[];
  table?: CandidateGroup[];
}

/** Everything the renderers print, in order. */
export interface ReportView {
  title: string;
  titleLines: string[];
  addresseeLine: string;
  opening: string;
  sections: ReportSection[];
  closing: string;
  attachments: string[];
  /** The signature lines, centred on each other at the right: 推荐单位（盖章）：name, then the date. */
  signature: string[];
  verification?: { url: string; code: string };
}

const AWARDS: readonly AwardCode[] = ['grand_award', 'technical_expert'];

export function reportView(report: RecommendationReport): ReportView {
  const groups = candidateGroups(report.candidates);
  const title = reportTexts.title(report.editionTitle);
  const fileName = report.review.uploaded?.fileName.trim();
  return {
    title,
    titleLines: balancedLines(title, TITLE_CHARACTERS),
    addresseeLine: `${report.addressee}：`,
    opening: reportTexts.opening(report.editionTitle),
    sections: [
      {
        heading: reportTexts.headings.candidates,
        paragraphs: [candidatesSentence(groups)],
        table: groups,
      },
      {
        heading: reportTexts.headings.review,
        paragraphs: [
          reviewSentence(report.review),
          ...lines(report.review.opinion),
          '专家评审意见书见附件1。',
          decisionSentence(report.decision, report.candidates.length),
        ],
      },
      { heading: reportTexts.headings.notice, paragraphs: [noticeSentence(report.notice)] },
      {
        heading: reportTexts.headings.contact,
        paragraphs: [`联系人：${report.contact.name}\u3000\u3000联系电话：${report.contact.phone}`],
      },
    ],
    closing: reportTexts.closing,
    attachments: reportTexts.attachments.map(
      (name, index) => `${index + 1}.${name}${index === 0 && fileName ? `（${fileName}）` : ''}`,
    ),
    signature: signatureLines(report.recommenderName, report.date),
    ...(report.verification ? { verification: report.verification } : {}),
  };
}

/** `2027-10-10` → 2027年10月10日, as official documents write dates. */
export function reportDate(date: string): string {
  return dateZh(date, { pad: false });
}

/** 2027年10月11日至10月17日: the year is not repeated within one year. */
export function periodZh(start: string, end: string): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const last = reportDate(end);
  return `${reportDate(start)}至${sameYear ? last.slice(last.indexOf('年') + 1) : last}`;
}

/**
 * The candidates by award (大奖 first) in rank order. The ranks of an award must run 1, 2, … without
 * gaps or repeats: the report states the order of the review, it does not invent one.
 */
export function candidateGroups(candidates: readonly ReportCandidate[]): CandidateGroup[] {
  if (candidates.length === 0) throw new TypeError('A recommendation report names at least one candidate');
  return AWARDS.flatMap((award) => {
    const ranked = candidates.filter((c) => c.award === award).sort((a, b) => a.rank - b.rank);
    ranked.forEach((candidate, index) => {
      if (candidate.rank !== index + 1) {
        throw new TypeError(
          `The ${award} ranks are not 1…${ranked.length}: ${candidate.name} is ${candidate.rank}`,
        );
      }
    });
    if (ranked.length === 0) return [];
    return [
      {
        award,
        label: awardLabels[award].zh,
        rows: ranked.map((candidate) => ({
          rank: String(candidate.rank),
          name: candidate.name,
          gender: entryByCode(genders, candidate.gender)?.zh ?? candidate.gender,
          employer: candidate.employer,
          occupation: candidate.occupation,
          skill: entryByCode(skillLevels, candidate.skillLevelOrTitle)?.zh ?? candidate.skillLevelOrTitle,
        })),
      },
    ];
  });
}

function candidatesSentence(groups: readonly CandidateGroup[]): string {
  const counts = groups.map((group) => `${group.label}候选人${group.rows.length}名`).join('、');
  return `经专家评审、集体研究，推荐${counts}，按推荐顺序排列如下：`;
}

function reviewSentence(review: ReportReview): string {
  const names = review.reviewers.map((reviewer) => {
    const about = `${reviewer.employer?.trim() ?? ''}${reviewer.title?.trim() ?? ''}`;
    return about ? `${reviewer.name}（${about}）` : reviewer.name;
  });
  const who = names.length === 1 ? `专家${names[0]}` : `${names.join('、')}等${names.length}名专家`;
  return `${reportDate(review.date)}，我单位组织${who}进行评审，评审意见如下：`;
}

function decisionSentence(decision: RecommendationReport['decision'], count: number): string {
  return `${reportDate(decision.date)}，经${decision.participants}集体研究，同意专家评审意见，确定以上${count}名同志为推荐人选，并按评审推荐顺序排序。`;
}

function noticeSentence(notice: ReportNotice): string {
  const outcome = notice.outcome.trim().replace(/[。；，]$/u, '');
  const result = notice.objections === 0 ? outcome : `公示期间收到异议${notice.objections}件，${outcome}`;
  return `${periodZh(notice.startDate, notice.endDate)}，我单位在${notice.place}对上述推荐人选进行了公示，公示期${notice.workingDays}个工作日。${result}。公示截图及公示文件见附件2。`;
}

/**
 * 推荐单位（盖章）：name over the date; a long name goes on a line of its own under the label, and a very
 * long one over two even lines, so that the block stays at the right of the page.
 */
function signatureLines(recommender: string, date: string): string[] {
  const joined = `${reportTexts.signature}：${recommender}`;
  const head =
    widthInCharacters(joined) <= SIGNATURE_CHARACTERS
      ? [joined]
      : [`${reportTexts.signature}：`, ...balancedLines(recommender, SIGNATURE_CHARACTERS, NAME_BREAKS)];
  return [...head, reportDate(date)];
}

/** The widest line of the signature block, in characters. */
const SIGNATURE_CHARACTERS = 20;
/** The signature block ends this many characters before the right margin. */
export const SIGNATURE_RIGHT_INDENT = 2;

/** The width of a line in full-width characters: Latin letters and digits count half. */
export function widthInCharacters(text: string): number {
  return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Where a title breaks well: before 和, after 的. */
const TITLE_BREAKS = { window: 1, at: (before: string, after: string) => after === '和' || before === '的' };
/** Where an organisation's name breaks well: after 公司, 集团, 学院, 局 …, the end of one of its parts. */
const NAME_BREAKS = { window: 3, at: (before: string) => /[司团院局校厂]/u.test(before) };

/**
 * Text broken into lines of even length (a long first line over a short last one reads as a mistake),
 * moved up to `window` characters to a good place to break.
 */
export function balancedLines(text: string, perLine: number, breaks = TITLE_BREAKS): string[] {
  const chars = [...text];
  const count = Math.ceil(chars.length / perLine);
  const result: string[] = [];
  let start = 0;
  for (let line = 1; line < count; line += 1) {
    const even = Math.round((chars.length * line) / count);
    const offsets = Array.from(
      { length: 2 * breaks.window + 1 },
      (_, i) => (i % 2 ? 1 : -1) * Math.ceil(i / 2),
    );
    const nice = offsets
      .map((offset) => even + offset)
      .find((at) => at > start && breaks.at(chars[at - 1] ?? '', chars[at] ?? ''));
    const at = Math.min(nice ?? even, start + perLine);
    result.push(chars.slice(start, at).join(''));
    start = at;
  }
  result.push(chars.slice(start).join(''));
  return result;
}
