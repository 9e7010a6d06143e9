import { awardLabels } from '../../domain/application';
import { type AwardCode, awardCodes } from '../../domain/roles';
import { isIsoDate } from '../../domain/time';
import { dateZh } from './annex2-view';

/**
 * The summary table (Annex 3, 长春技能大奖和长春技术能手候选人汇总表) a recommending organisation hands in
 * with its candidates' forms: one row per candidate, grouped by award under a 项目 cell spanning the
 * group. The values are in clear (the table goes to the bureau, not to the public), already decrypted
 * and formatted by the caller; the renderers only lay them out.
 */
export interface SummaryTableRow {
  award: AwardCode;
  /** 排序号: the recommender's order within the award, 1 first. */
  rank: number;
  name: string;
  gender: string;
  employer: string;
  idNumber: string;
  occupation: string;
  skillLevelOrTitle: string;
  education: string;
  /** 主要业绩成果, at most 300 characters on the annex. */
  achievements: string;
  /** 申报人吉林银行一类账户账号. */
  bankAccount: string;
  phone: string;
}

export interface SummaryTable {
  /** The annex's title unless an edition words it otherwise. */
  title?: string;
  recommenderName: string;
  rows: readonly SummaryTableRow[];
  filledBy: string;
  /** `YYYY-MM-DD`. */
  filledOn: string;
  contactPhone: string;
  /** A link to check the paper against the system's record, and the short code printed beside it. */
  verification?: { url: string; code: string };
}

/** The columns of the table are the fields of a row, 项目 (the award) first. */
export type SummaryColumnKey = keyof SummaryTableRow;

const columns = [
  { key: 'award', label: '项目' },
  { key: 'rank', label: '排序号' },
  { key: 'name', label: '姓名' },
  { key: 'gender', label: '性别' },
  { key: 'employer', label: '工作单位' },
  { key: 'idNumber', label: '身份证号码' },
  { key: 'occupation', label: '职业（工种）' },
  { key: 'skillLevelOrTitle', label: '技能等级或专业技术职务' },
  { key: 'education', label: '文化程度' },
  { key: 'achievements', label: '主要业绩成果（不超过300字）' },
  { key: 'bankAccount', label: '申报人吉林银行一类账户账号' },
  { key: 'phone', label: '联系电话' },
] as const satisfies readonly { key: SummaryColumnKey; label: string }[];

/** Every printed word of Annex 3, for both renderers. */
export const annex3Texts = {
  title: '长春技能大奖和长春技术能手候选人汇总表',
  /** The PDF's subject and the workbook's sheet name. */
  subject: '附件3 候选人汇总表',
  sheetName: '候选人汇总表',
  recommender: '推荐单位：',
  columns,
  awardRows: {
    grand_award: `${awardLabels.grand_award.zh}候选人`,
    technical_expert: `${awardLabels.technical_expert.zh}候选人`,
  } satisfies Record<AwardCode, string>,
  footer: { filledBy: '填表人：', filledOn: '填表日期：', contactPhone: '联系电话：' },
  note: '注：按推荐先后顺序排列长春技术能手候选人；',
  verificationCode: '核验码：',
  verificationUrl: '核验地址：',
  /** The workbook's page footer, in Excel's header/footer codes: 第 1 页，共 3 页. */
  pageFooter: '&C第 &P 页，共 &N 页',
} as const;

export type SummaryColumn = (typeof annex3Texts.columns)[number];

export function summaryTitle(table: SummaryTable): string {
  return table.title?.trim() || annex3Texts.title;
}

/** Grand-award rows first, then technical-expert rows, each by 排序号 ascending (a stable copy). */
export function orderSummaryRows(rows: readonly SummaryTableRow[]): SummaryTableRow[] {
  const awardOrder = (award: AwardCode) => awardCodes.indexOf(award);
  return [...rows].sort((a, b) => awardOrder(a.award) - awardOrder(b.award) || a.rank - b.rank);
}

export interface SummaryGroup {
  award: AwardCode;
  /** The 项目 cell: 长春技能大奖候选人 or 长春技术能手候选人. */
  label: string;
  /** In rank order; empty when the recommender has no candidate for the award. */
  rows: SummaryTableRow[];
}

/** Both awards in the annex's order, even one without candidates (printed as an empty row). */
export function summaryGroups(table: SummaryTable): SummaryGroup[] {
  const ordered = orderSummaryRows(table.rows);
  return awardCodes.map((award) => ({
    award,
    label: annex3Texts.awardRows[award],
    rows: ordered.filter((row) => row.award === award),
  }));
}

/** The text of a value cell (the 项目 column is the group's label, not a cell of the row). */
export function summaryCellText(row: SummaryTableRow, key: SummaryColumnKey): string {
  if (key === 'award') return annex3Texts.awardRows[row.award];
  if (key === 'rank') return String(row.rank);
  return row[key];
}

/** The three parts of the line under the table: 填表人：…, 填表日期：…, 联系电话：…. */
export function summaryFooterParts(table: SummaryTable): [string, string, string] {
  const { footer } = annex3Texts;
  const date = table.filledOn ? dateZh(table.filledOn, { pad: false }) : '';
  return [
    `${footer.filledBy}${table.filledBy}`,
    `${footer.filledOn}${date}`,
    `${footer.contactPhone}${table.contactPhone}`,
  ];
}

/**
 * The PDF's creation date and the workbook's: noon of the fill-in day in Changchun, so that one table
 * renders to the same bytes. A blank date (a form to fill in by hand) dates the file now.
 */
export function summaryDate(table: SummaryTable): Date {
  if (table.filledOn === '') return new Date();
  if (!isIsoDate(table.filledOn)) throw new RangeError(`filledOn must be YYYY-MM-DD: ${table.filledOn}`);
  return new Date(`${table.filledOn}T12:00:00+08:00`);
}
