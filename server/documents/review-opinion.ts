import { AlignmentType, Document, Packer, Paragraph, type Table } from 'docx';
import { competitionRatio, TRIM_MINIMUM } from '../../domain/review';
import { sha256Hex } from './annex2-hash';
import { dateZh } from './annex2-view';
import { type CellSpec, FANGSONG, font, gap, paragraphs, pt, row, run, SONG, table } from './docx-layout';
import { pageNumberFooter } from './official-layout';
import { createPdf, drawLines, flowParagraph, lineHeight, PageFlow, type Pdf, wrapText } from './pdf-layout';
import { PdfTable, type TableCell } from './pdf-table';

/**
 * 专家评审意见书: what the expert panel of one award signs after the review (step 4 of the plan) — who sat
 * on the panel, how they scored, every candidate's result in rank order, whom they propose against the
 * award's places, the vote (民主择优) where a tie straddled the last place, and a signature line for each
 * expert. The PDF and the DOCX print the same words (`reviewOpinionView`).
 */
export interface ReviewOpinionDocument {
  edition: { number: number; year: number };
  award: { code: 'grand_award' | 'technical_expert'; name: string; places: number };
  panel: { name: string; members: ReviewPanelMember[] };
  method: {
    criteria: { name: string; maxScore: number }[];
    aggregation: 'mean' | 'trimmed_mean';
    blind: boolean;
  };
  results: ReviewResultRow[];
  vote: { heldOn: string; voters: number; votes: { name: string; votes: number }[]; minutes: string } | null;
  /** `YYYY-MM-DD`. */
  reviewedOn: string;
  issuer: string;
}

export interface ReviewPanelMember {
  name: string;
  workplace: string;
  title: string | null;
  role: 'chair' | 'member';
}

export interface ReviewResultRow {
  rank: number | null;
  name: string;
  employer: string;
  score: number | null;
  /** How many experts' totals the score is made of. */
  scores: number;
  tie: boolean;
  outcome: 'proposed' | 'not_proposed' | 'undecided';
}

const DIGITS = '零一二三四五六七八九';

/** 第三届: an edition's ordinal in Chinese numerals, as the plan and the seals write it (1–99). */
export function editionOrdinal(number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > 99) return `第${number}届`;
  const tens = Math.floor(number / 10);
  const units = number % 10;
  const head = tens === 0 ? '' : `${tens > 1 ? DIGITS[tens] : ''}十`;
  return `第${head}${units > 0 ? DIGITS[units] : ''}届`;
}

export const reviewOpinionTexts = {
  columns: {
    members: ['序号', '姓名', '工作单位', '职称（职务）', '组内分工'],
    results: ['排名', '姓名', '工作单位', '评审得分', '评分专家数', '结果'],
    proposed: ['序号', '姓名', '工作单位', '评审得分'],
  },
  roles: { chair: '组长', member: '成员' },
  outcomes: { proposed: '拟推荐', not_proposed: '未入选', undecided: '待投票' },
  tie: '并列',
  /** Opens the signature block, so that the signatures never stand on a page without text. */
  confirmation: '以上评审意见经评审专家组全体成员审议确认。',
  signaturesHeading: '评审专家签名：',
  signature: '专家签名：',
  signatureBlank: '________________',
} as const;

type TableKind = keyof typeof reviewOpinionTexts.columns;

export interface ReviewOpinionSection {
  heading: string;
  paragraphs: string[];
  table?: { kind: TableKind; rows: string[][] };
}

export interface ReviewOpinionView {
  title: string;
  intro: string;
  sections: ReviewOpinionSection[];
  signatures: { role: string; name: string }[];
  closing: string[];
}

/** Everything the PDF and the DOCX print, in order. */
export function reviewOpinionView(doc: ReviewOpinionDocument): ReviewOpinionView {
  const texts = reviewOpinionTexts;
  const edition = editionOrdinal(doc.edition.number);
  const panel = doc.panel.name.trim() || '评审专家组';
  const members = doc.panel.members;
  const chair = members.find((member) => member.role === 'chair');
  const sections: Omit<ReviewOpinionSection, 'heading'>[] = [
    {
      paragraphs: [`评审专家组由${members.length}名专家组成${chair ? `，${chair.name}任组长` : ''}。`],
      table: {
        kind: 'members',
        rows: members.map((m, i) => [String(i + 1), m.name, m.workplace, m.title ?? '', texts.roles[m.role]]),
      },
    },
    { paragraphs: methodParagraphs(doc.method) },
    {
      paragraphs: ['按评审得分由高到低排名，得分相同者排名并列，结果如下：'],
      table: { kind: 'results', rows: doc.results.map(resultRow) },
    },
    proposalSection(doc, edition),
  ];
  if (doc.vote) sections.push({ paragraphs: voteParagraphs(doc.vote) });
  const headings = ['评审专家组', '评审方法', '评审结果', '拟评选对象名单', '民主择优'];
  return {
    title: `${edition}${doc.award.name}专家评审意见书`,
    intro: `受${doc.issuer}委托，${panel}于${dateZh(doc.reviewedOn, { pad: false })}对${edition}${doc.award.name}的${doc.results.length}名候选人进行了综合评审。评审意见如下：`,
    sections: sections.map((section, i) => ({ heading: `${DIGITS[i + 1]}、${headings[i]}`, ...section })),
    signatures: members.map((member) => ({ role: texts.roles[member.role], name: member.name })),
    closing: [panel, dateZh(doc.reviewedOn, { pad: false })],
  };
}

function methodParagraphs(method: ReviewOpinionDocument['method']): string[] {
  const criteria = method.criteria.map((c) => `${c.name}${c.maxScore}分`).join('、');
  const total = method.criteria.reduce((sum, c) => sum + c.maxScore, 0);
  const aggregation =
    method.aggregation === 'trimmed_mean'
      ? `去掉一个最高分和一个最低分后取平均分（评分专家少于${TRIM_MINIMUM}名时取平均分）`
      : '取平均分';
  return [
    `评审专家按评分细则对候选人的申报材料逐项独立评分。评分细则为：${criteria}，总分${total}分。`,
    `每名候选人的评审得分为各评审专家所评总分${aggregation}，保留两位小数。`,
    method.blind
      ? '本次评审实行盲评，评分时隐去候选人姓名和工作单位。'
      : '本次评审未实行盲评，评审专家可见候选人姓名和工作单位。',
  ];
}

function resultRow(result: ReviewResultRow): string[] {
  const rank =
    result.rank === null ? '—' : `${result.rank}${result.tie ? `（${reviewOpinionTexts.tie}）` : ''}`;
  const score = result.score === null ? '—' : result.score.toFixed(2);
  const outcome = reviewOpinionTexts.outcomes[result.outcome];
  return [rank, result.name, result.employer, score, String(result.scores), outcome];
}

/** 差额: candidates to places, as 15:10（1.5:1）. */
function ratioText(candidates: number, places: number): string {
  const ratio = competitionRatio(candidates, places);
  return `${candidates}:${places}${ratio === null ? '' : `（${Number(ratio.toFixed(2))}:1）`}`;
}

function proposalSection(doc: ReviewOpinionDocument, edition: string): Omit<ReviewOpinionSection, 'heading'> {
  const { places, name } = doc.award;
  const proposed = doc.results.filter((r) => r.outcome === 'proposed');
  const undecided = doc.results.filter((r) => r.outcome === 'undecided');
  const head = `${name}评选名额${places}名，参评候选人${doc.results.length}名，差额比例为${ratioText(doc.results.length, places)}。`;
  const list =
    proposed.length > 0
      ? `经综合评审，拟推荐以下${proposed.length}名同志为${edition}${name}拟评选对象：`
      : '经综合评审，暂无确定的拟评选对象。';
  const paragraphs = [head + list];
  if (undecided.length > 0) {
    const left = Math.max(0, places - proposed.length);
    paragraphs.push(
      `${undecided.map((r) => r.name).join('、')}评审得分并列，须通过民主择优投票确定其中${left}名拟评选对象。`,
    );
  }
  const rows = proposed.map((r, i) => [String(i + 1), r.name, r.employer, r.score?.toFixed(2) ?? '—']);
  return proposed.length > 0 ? { paragraphs, table: { kind: 'proposed' as const, rows } } : { paragraphs };
}

function voteParagraphs(vote: NonNullable<ReviewOpinionDocument['vote']>): string[] {
  const votes = vote.votes.map((v) => `${v.name}${v.votes}票`).join('，');
  const held = `${dateZh(vote.heldOn, { pad: false })}，对评审得分并列的候选人进行民主择优投票，参加投票${vote.voters}人。得票情况：${votes}。`;
  const minutes = vote.minutes.split('\n').filter((line) => line.trim());
  return [held, ...minutes.map((line) => line.trim())];
}

// PDF -----------------------------------------------------------------------------------------------

const FRAME = { left: 56, right: 56, top: 60, bottom: 64 };
const BODY = { size: 12, indent: 2, after: 4 } as const;
const TABLE_SIZE = 10.5;
const SIGNATURE_STEP = 30;
const PDF_ROW = { minHeight: 24 };
const pdfCell = (text: string): TableCell => ({ text });

/** Column widths (points): the 工作单位 column (0) takes the rest of the text column. */
const pdfWidths: Record<TableKind, readonly number[]> = {
  members: [34, 76, 0, 110, 60],
  results: [66, 76, 0, 58, 64, 48],
  proposed: [34, 76, 0, 80],
};

function fill(widths: readonly number[], total: number): number[] {
  const rest = total - widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width) => (width === 0 ? rest : width));
}

export async function renderReviewOpinionPdf(
  doc: ReviewOpinionDocument,
): Promise<{ bytes: Buffer; sha256: string }> {
  const view = reviewOpinionView(doc);
  const { doc: pdf, finish } = createPdf({
    Title: view.title,
    Subject: '专家评审意见书',
    Author: doc.issuer,
    CreationDate: new Date(`${doc.reviewedOn}T12:00:00+08:00`),
  });
  const flow = new PageFlow(pdf, FRAME);
  let page = 1;
  drawPageNumber(pdf, page);
  flow.onNewPage(() => {
    page += 1;
    drawPageNumber(pdf, page);
  });
  const title = { font: 'bold', size: 18, align: 'center' } as const;
  for (const line of wrapText(pdf, view.title, flow.width, title)) {
    drawLines(pdf, [line], flow.left, flow.y, flow.width, title);
    flow.y += lineHeight(18);
  }
  flow.y += 14;
  flowParagraph(flow, view.intro, BODY);
  for (const section of view.sections) {
    flow.y += 6;
    // A heading never stands alone at the foot of a page.
    flow.ensure(lineHeight(13) + 2 * lineHeight(12));
    flowParagraph(flow, section.heading, { font: 'bold', size: 13, after: 2 });
    for (const text of section.paragraphs) flowParagraph(flow, text, BODY);
    if (section.table) drawTable(flow, section.table);
  }
  drawSignatures(flow, view);
  const bytes = await finish();
  return { bytes, sha256: sha256Hex(bytes) };
}

function drawTable(flow: PageFlow, data: NonNullable<ReviewOpinionSection['table']>) {
  flow.y += 4;
  const header: TableCell[] = reviewOpinionTexts.columns[data.kind].map((text) => ({ text, font: 'bold' }));
  const table = new PdfTable(flow, fill(pdfWidths[data.kind], flow.width), {
    padding: 4,
    style: { size: TABLE_SIZE, align: 'center' },
    header: [header],
  });
  table.start(24);
  for (const cells of data.rows) table.row(cells.map(pdfCell), PDF_ROW);
  table.end();
  flow.y += 8;
}

/** A line per expert (组长 王建国 专家签名：____), then the panel and the date at the right, kept together. */
function drawSignatures(flow: PageFlow, view: ReviewOpinionView) {
  const pdf = flow.doc;
  const style = { size: 12 } as const;
  const { confirmation, signaturesHeading } = reviewOpinionTexts;
  const opening = wrapText(pdf, `\u3000\u3000${confirmation}`, flow.width, style).length * lineHeight(12);
  const signatures = view.signatures.length * SIGNATURE_STEP + 16 + view.closing.length * lineHeight(12);
  const block = 10 + opening + lineHeight(13) + signatures;
  if (block <= flow.pageBody) flow.ensure(block);
  flow.y += 10;
  flowParagraph(flow, confirmation, BODY);
  flow.ensure(lineHeight(13) + SIGNATURE_STEP);
  flowParagraph(flow, signaturesHeading, { font: 'bold', size: 13 });
  const inset = (SIGNATURE_STEP - lineHeight(12)) / 2;
  for (const { role, name } of view.signatures) {
    flow.ensure(SIGNATURE_STEP);
    const y = flow.y + inset;
    drawLines(pdf, [role], flow.left + 24, y, 40, style);
    drawLines(pdf, [name], flow.left + 72, y, 150, style);
    const signature = `${reviewOpinionTexts.signature}${reviewOpinionTexts.signatureBlank}`;
    drawLines(pdf, [signature], flow.left + 230, y, flow.width - 230, style);
    flow.y += SIGNATURE_STEP;
  }
  flow.y += 16;
  flow.ensure(view.closing.length * lineHeight(12));
  const width = 240;
  drawLines(pdf, view.closing, flow.left + flow.width - width, flow.y, width, { ...style, align: 'center' });
  flow.y += view.closing.length * lineHeight(12);
}

function drawPageNumber(pdf: Pdf, page: number) {
  drawLines(pdf, [`— ${page} —`], 0, pdf.page.height - 44, pdf.page.width, { size: 10, align: 'center' });
}

// DOCX ----------------------------------------------------------------------------------------------

const BODY_RUN = { size: 12, face: FANGSONG };
const DOCX_ROW = { minHeight: 22 };
const DOCX_MARGIN = { top: 1200, bottom: 1280, left: 1120, right: 1120 };

/** Leading column widths (pt) of the Word tables; the last column takes the rest of the 483 pt body. */
const docxLeading: Record<TableKind, readonly number[]> = {
  members: [34, 80, 183, 110],
  results: [68, 80, 163, 60, 64],
  proposed: [34, 80, 289],
};

export async function renderReviewOpinionDocx(doc: ReviewOpinionDocument): Promise<Buffer> {
  const view = reviewOpinionView(doc);
  const footer = pageNumberFooter(20);
  const document = new Document({
    title: view.title,
    subject: '专家评审意见书',
    creator: 'Jiangxuan',
    styles: { default: { document: { run: { font: font(FANGSONG), size: 24 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { ...DOCX_MARGIN, footer: 700 } },
        },
        footers: { default: footer },
        children: docxBody(view),
      },
    ],
  });
  return Packer.toBuffer(document);
}

type TextOptions = { bold?: boolean; size?: number; indent?: boolean; keepNext?: boolean };

function text(value: string, options: TextOptions = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: pt(24) },
    spacing: { before: 0, after: pt(4), line: 360 },
    keepNext: options.keepNext,
    children: [run(value, { size: options.size ?? 12, face: options.bold ? '黑体' : FANGSONG })],
  });
}

function docxBody(view: ReviewOpinionView): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: pt(14) },
      children: [run(view.title, { bold: true, size: 18, face: SONG })],
    }),
    text(view.intro),
  ];
  for (const section of view.sections) {
    blocks.push(text(section.heading, { bold: true, size: 13, indent: false, keepNext: true }));
    blocks.push(...section.paragraphs.map((paragraph) => text(paragraph)));
    if (section.table) blocks.push(docxTable(section.table), gap());
  }
  const { confirmation, signaturesHeading, signature, signatureBlank } = reviewOpinionTexts;
  blocks.push(text(confirmation, { keepNext: true }));
  blocks.push(text(signaturesHeading, { bold: true, size: 13, indent: false, keepNext: true }));
  for (const { role, name } of view.signatures) {
    blocks.push(
      new Paragraph({
        indent: { left: pt(24) },
        spacing: { before: pt(10), after: pt(4) },
        keepNext: true,
        children: [run(`${role}\u3000${name}\u3000\u3000\u3000${signature}${signatureBlank}`, BODY_RUN)],
      }),
    );
  }
  view.closing.forEach((line, index) => {
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: pt(243) },
        spacing: { before: index === 0 ? pt(24) : 0 },
        keepNext: index < view.closing.length - 1,
        children: [run(line, BODY_RUN)],
      }),
    );
  });
  return blocks;
}

const docxCell = (value: string, bold = false): CellSpec => ({
  text: value,
  children: paragraphs(value, { size: TABLE_SIZE, face: bold ? SONG : FANGSONG, bold }),
});

function docxTable(data: NonNullable<ReviewOpinionSection['table']>): Table {
  const headings = reviewOpinionTexts.columns[data.kind].map((column) => docxCell(column, true));
  const header = row(headings, { header: true, minHeight: 24 });
  const body = data.rows.map((cells) =>
    row(
      cells.map((value) => docxCell(value)),
      DOCX_ROW,
    ),
  );
  return table(docxLeading[data.kind], [header, ...body]);
}
