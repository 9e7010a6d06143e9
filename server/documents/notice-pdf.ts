import { awardLabels } from '../../domain/application';
import {
  entryByCode,
  type Gender,
  genders,
  maskIdNumber,
  maskMobile,
  skillLevels,
} from '../../domain/people';
import type { AwardCode } from '../../domain/roles';
import { sha256Hex } from './annex2-hash';
import { dateZh } from './annex2-view';
import { createPdf, drawLines, flowParagraph, lineHeight, PageFlow, wrapText } from './pdf-layout';
import { PdfTable, type TableCell } from './pdf-table';

/**
 * The printable notice (公示) of a unit or recommender: the candidates in a bordered table, the notice
 * period in working days, how to object, the organisation and date at the bottom right. It is posted in
 * public: it names candidates and their employers, never their ID numbers, phones or bank accounts —
 * the item type has no such fields, and digits that look like one in the free texts are masked.
 */
export interface NoticeDocument {
  title: string;
  /** Paragraphs separated by line breaks. */
  body: string;
  organisationName: string;
  /** `YYYY-MM-DD`, from the working-day calendar. */
  startDate: string;
  endDate: string;
  workingDays: number;
  items: readonly NoticeItem[];
  /** Where objections go: the organisation that runs the notice. Null parts are left out of the line. */
  contact: NoticeContact;
  issuedOn: string;
}

export interface NoticeContact {
  name: string | null;
  phone: string | null;
  address: string | null;
}

export interface NoticeItem {
  name: string;
  gender?: Gender;
  employerName: string;
  occupation?: string;
  /** A skill-level code (`level1`) or the text to print (a professional qualification). */
  skillLevel?: string;
  award: AwardCode;
  /** 主要业绩成果 (≤ 300 characters); when any item has one the notice is printed in landscape. */
  achievementsSummary?: string;
}

export const noticeTexts = {
  columns: ['序号', '姓名', '性别', '工作单位', '职业（工种）', '技能等级', '推荐类别', '主要业绩成果'],
  period: (start: string, end: string, days: number) =>
    `公示期：${dateZh(start, { pad: false })}至${dateZh(end, { pad: false })}（${days}个工作日）`,
  objection: (organisation: string) =>
    `公示期间，对公示对象有异议的，请以书面形式实名向${organisation}反映，署明真实姓名和联系方式，并提供必要的证明材料，以便调查核实。匿名反映不予受理。`,
  /** 联系人：… 联系电话：… 地址：…, the parts known; null when none is. */
  contact: (contact: NoticeContact): string | null => {
    const parts = [
      ['联系人', contact.name],
      ['联系电话', contact.phone],
      ['地址', contact.address],
    ]
      .filter((part): part is [string, string] => Boolean(part[1]?.trim()))
      .map(([label, value]) => `${label}：${value.trim()}`);
    return parts.length > 0 ? parts.join('\u3000\u3000') : null;
  },
};

export async function renderNoticePdf(notice: NoticeDocument): Promise<{ bytes: Buffer; sha256: string }> {
  const withSummary = notice.items.some((item) => item.achievementsSummary?.trim());
  const { doc, finish } = createPdf(
    { Title: notice.title, Author: notice.organisationName, CreationDate: shanghaiNoon(notice.issuedOn) },
    withSummary ? 'landscape' : 'portrait',
  );
  const flow = new PageFlow(doc, { left: 56, right: 56, top: 60, bottom: 56 });
  for (const line of wrapText(doc, notice.title, flow.width, { font: 'bold', size: 18 })) {
    drawLines(doc, [line], flow.left, flow.y, flow.width, { font: 'bold', size: 18, align: 'center' });
    flow.y += lineHeight(18);
  }
  flow.y += 16;
  const paragraph = { size: 12, indent: 2, after: 4 };
  for (const text of redactPii(notice.body).split('\n')) {
    if (text.trim()) flowParagraph(flow, text.trim(), paragraph);
  }
  flow.y += 8;
  drawCandidates(flow, notice.items, withSummary);
  flow.y += 12;
  flowParagraph(flow, noticeTexts.period(notice.startDate, notice.endDate, notice.workingDays), paragraph);
  flowParagraph(flow, noticeTexts.objection(notice.organisationName), paragraph);
  const contact = noticeTexts.contact(notice.contact);
  if (contact) flowParagraph(flow, contact, paragraph);
  // The signature block stays together at the bottom right.
  const signature = [notice.organisationName, dateZh(notice.issuedOn, { pad: false })];
  flow.ensure(28 + signature.length * lineHeight(12));
  flow.y += 28;
  const width = Math.min(flow.width, 260);
  drawLines(doc, signature, flow.left + flow.width - width, flow.y, width, { size: 12, align: 'center' });
  const bytes = await finish();
  return { bytes, sha256: sha256Hex(bytes) };
}

function drawCandidates(flow: PageFlow, items: readonly NoticeItem[], withSummary: boolean) {
  const base = withSummary ? [30, 52, 32, 120, 72, 72, 78] : [30, 56, 32, 130, 80, 72];
  const used = base.reduce((sum, width) => sum + width, 0);
  const widths = [...base, flow.width - used];
  const columns = noticeTexts.columns.slice(0, widths.length);
  const header: TableCell[] = columns.map((text) => ({ text, font: 'bold' }));
  const table = new PdfTable(flow, widths, {
    padding: 4,
    style: { size: 10, align: 'center' },
    header: [header],
  });
  table.start(28);
  items.forEach((item, index) => {
    const cells: TableCell[] = [
      { text: String(index + 1) },
      { text: redactPii(item.name) },
      { text: item.gender ? (entryByCode(genders, item.gender)?.zh ?? '') : '' },
      { text: redactPii(item.employerName) },
      { text: redactPii(item.occupation ?? '') },
      { text: skillText(item.skillLevel) },
      { text: awardLabels[item.award].zh },
    ];
    if (withSummary) cells.push({ text: redactPii(item.achievementsSummary ?? ''), align: 'left' });
    table.row(cells, { minHeight: 28 });
  });
  table.end();
}

function skillText(skill: string | undefined): string {
  if (!skill) return '';
  return entryByCode(skillLevels, skill)?.zh ?? redactPii(skill);
}

/**
 * Masks what looks like an ID number or bank account (15 or more digits) or a mobile number in free
 * text typed by a unit: a notice is public, and a summary may quote a certificate or a phone by mistake.
 */
export function redactPii(text: string): string {
  return text
    .replace(/(?<![0-9])[0-9]{14,}[0-9Xx](?![0-9])/g, (digits) => maskIdNumber(digits))
    .replace(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g, (mobile) => maskMobile(mobile));
}

/** The PDF's creation date: the issue day, so the same notice renders to the same bytes. */
function shanghaiNoon(day: string): Date {
  return new Date(`${day}T12:00:00+08:00`);
}
