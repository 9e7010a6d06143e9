import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableLayoutType,
  TextRun,
  WidthType,
} from 'docx';
import { awardLabels } from '../../domain/application';
import type { AwardCode } from '../../domain/roles';
import { sha256Hex } from './annex2-hash';
import { dateZh } from './annex2-view';
import { type CellSpec, FANGSONG, font, paragraphs, pt, row, run, SONG } from './docx-layout';
import { redactPii } from './notice-pdf';
import {
  OFFICIAL_BODY as BODY,
  drawOfficialPageNumber as drawPageNumber,
  drawOfficialSignature as drawSignature,
  OFFICIAL_EM as EM,
  OFFICIAL_FRAME as FRAME,
  pageNumberFooter,
  OFFICIAL_STEP as STEP,
} from './official-layout';
import { createPdf, drawLines, lineHeight, PageFlow, type TextStyle, wrapText } from './pdf-layout';
import { PdfTable, type TableCell } from './pdf-table';
import { balancedLines, SIGNATURE_RIGHT_INDENT, widthInCharacters } from './report-data';
import { editionOrdinal } from './review-opinion';

/**
 * 获评决定: the bureau's decision naming the winners, laid out as an official document (公文, GB/T 9704
 * proportions as in report-pdf.ts): the issuer's mast in red with the document number centred under it
 * and a red rule, the title, the body naming the awards and prizes, the winners of each award in a table
 * (姓名、工作单位、职业（工种）), the exhortation, and the issuer and date at the bottom right. It is a public
 * paper: no ID numbers, and digits that look like one in the free texts are masked.
 */
export interface DecisionDocument {
  /** 长人社发〔2026〕45号 */
  documentNo: string;
  title: string;
  /** `YYYY-MM-DD` */
  decidedOn: string;
  issuer: string;
  edition: { number: number; year: number };
  awards: DecisionAward[];
}

export interface DecisionAward {
  code: AwardCode;
  name: string;
  prizeYuan: number;
  winners: { name: string; employer: string; occupation: string | null; certificateNo: string }[];
}

export const decisionTexts = {
  mast: (issuer: string) => `${issuer}文件`,
  columns: ['序号', '姓名', '工作单位', '职业（工种）'],
  closing:
    '希望受到表彰的同志珍惜荣誉、再接再厉，充分发挥示范引领作用，在传承技艺、带徒传技、技术创新中再创佳绩。全市广大职工要以他们为榜样，弘扬劳模精神、劳动精神、工匠精神，立足岗位、钻研技能，为长春全面振兴率先突破贡献力量。',
} as const;

const NUMBERS = ['一', '二', '三', '四'];
/** A title breaks between two quoted award names or after 的, never inside a name. */
const TITLE_BREAKS = {
  window: 4,
  at: (before: string, after: string) => after === '“' || before === '”' || before === '的',
};
const yuan = new Intl.NumberFormat('en-US');

export interface DecisionView {
  mast: string;
  documentNo: string;
  titleLines: string[];
  body: string[];
  groups: { heading: string; rows: string[][] }[];
  closing: string;
  signature: string[];
}

/** Everything the PDF and the DOCX print, in order. */
export function decisionView(doc: DecisionDocument): DecisionView {
  const awards = doc.awards.filter((award) => award.winners.length > 0);
  const plan = `《${editionOrdinal(doc.edition.number)}${awardLabels.grand_award.zh}和${awardLabels.technical_expert.zh}评选工作方案》`;
  const grants = awards.map((award) => {
    const [first] = award.winners;
    const who = award.winners.length === 1 ? first?.name : `${first?.name}等${award.winners.length}名`;
    return `${who}同志“${award.name}”称号`;
  });
  const prizes = awards.map((award) => `${award.name}每人${yuan.format(award.prizeYuan)}元`).join('，');
  return {
    mast: decisionTexts.mast(doc.issuer),
    documentNo: doc.documentNo,
    titleLines: balancedLines(doc.title, 20, TITLE_BREAKS),
    body: [
      `根据${plan}，经单位推荐、专家评审、社会公示和市委组织部人才办审定，决定授予${grants.join('，授予')}，颁发证书和奖金（${prizes}）。`,
      `获评人员名单如下：`,
    ],
    groups: awards.map((award, index) => ({
      heading: `${NUMBERS[index] ?? index + 1}、${award.name}（${award.winners.length}名）`,
      rows: award.winners.map((winner, i) =>
        [String(i + 1), winner.name, winner.employer, winner.occupation ?? ''].map(redactPii),
      ),
    })),
    closing: decisionTexts.closing,
    signature: [doc.issuer, dateZh(doc.decidedOn, { pad: false })],
  };
}

// PDF -----------------------------------------------------------------------------------------------

const _mm = (value: number) => (value * 72) / 25.4;
const RED = '#C8161D';
const TABLE_SIZE = 12;

/** Table columns (pt): 序号 | 姓名 | 工作单位 (the rest) | 职业（工种）. */
function columnWidths(total: number): number[] {
  const widths = [40, 116, 0, 120];
  widths[2] = total - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

export async function renderDecisionPdf(doc: DecisionDocument): Promise<{ bytes: Buffer; sha256: string }> {
  const view = decisionView(doc);
  const { doc: pdf, finish } = createPdf({
    Title: doc.title,
    Subject: doc.documentNo,
    Author: doc.issuer,
    CreationDate: new Date(`${doc.decidedOn}T12:00:00+08:00`),
  });
  const flow = new PageFlow(pdf, FRAME);
  let page = 1;
  drawPageNumber(pdf, page);
  flow.onNewPage(() => {
    page += 1;
    drawPageNumber(pdf, page);
  });
  drawMast(flow, view);
  for (const line of view.titleLines) {
    drawLines(pdf, [line], flow.left, flow.y, flow.width, { font: 'bold', size: 22, align: 'center' });
    flow.y += lineHeight(22);
  }
  flow.y += STEP;
  for (const text of view.body) paragraph(flow, text);
  for (const group of view.groups) {
    flow.ensure(STEP + 3 * 28);
    paragraph(flow, group.heading, { font: 'bold' });
    drawWinners(flow, group.rows);
  }
  paragraph(flow, view.closing);
  drawSignature(flow, view.signature);
  const bytes = await finish();
  return { bytes, sha256: sha256Hex(bytes) };
}

/** The issuer's name in red, as wide as fits; the number centred under it; the red rule. */
function drawMast(flow: PageFlow, view: DecisionView) {
  const pdf = flow.doc;
  pdf.font('bold').fontSize(36);
  const size = Math.min(36, Math.floor((36 * flow.width) / pdf.widthOfString(view.mast)));
  pdf.fillColor(RED);
  drawLines(pdf, [view.mast], flow.left, flow.y, flow.width, { font: 'bold', size, align: 'center' });
  pdf.fillColor('#000');
  flow.y += lineHeight(size) + 2 * STEP;
  drawLines(pdf, [view.documentNo], flow.left, flow.y, flow.width, { ...BODY, align: 'center' });
  flow.y += lineHeight(16) + 8;
  pdf.save().lineWidth(1.5).strokeColor(RED);
  pdf
    .moveTo(flow.left, flow.y)
    .lineTo(flow.left + flow.width, flow.y)
    .stroke();
  pdf.restore();
  flow.y += 2 * STEP;
}

/** A paragraph on the 28 pt grid with two characters of first-line indent. */
function paragraph(flow: PageFlow, text: string, style: TextStyle = {}) {
  const full = { ...BODY, ...style };
  const lines = wrapText(flow.doc, `\u3000\u3000${text}`, flow.width, full);
  const inset = (STEP - lineHeight(16)) / 2;
  flow.ensure(Math.min(lines.length, 2) * STEP);
  for (const line of lines) {
    flow.ensure(STEP);
    drawLines(flow.doc, [line], flow.left, flow.y + inset, flow.width, full);
    flow.y += STEP;
  }
}

function drawWinners(flow: PageFlow, rows: readonly string[][]) {
  flow.y += 4;
  const header: TableCell[] = decisionTexts.columns.map((text) => ({ text, font: 'bold' }));
  const table = new PdfTable(flow, columnWidths(flow.width), {
    padding: 4,
    style: { size: TABLE_SIZE, align: 'center' },
    header: [header],
  });
  table.start(28);
  for (const cells of rows) table.row(cells.map(pdfCell), PDF_ROW);
  table.end();
  flow.y += 12;
}

const PDF_ROW = { minHeight: 28 };
const pdfCell = (text: string): TableCell => ({ text });

// DOCX ----------------------------------------------------------------------------------------------

/** Twips: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; the text column is 156 mm. */
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH = 11906 - MARGIN.left - MARGIN.right;
const LINE = { line: 560, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const RED_HEX = 'C8161D';

export async function renderDecisionDocx(doc: DecisionDocument): Promise<Buffer> {
  const view = decisionView(doc);
  const pageNumber = pageNumberFooter();
  const document = new Document({
    title: doc.title,
    subject: doc.documentNo,
    creator: 'Jiangxuan',
    styles: { default: { document: { run: { font: font(FANGSONG), size: 32 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { ...MARGIN, header: 567, footer: 1247 } },
        },
        footers: { default: pageNumber },
        children: docxBody(view),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function docxBody(view: DecisionView): (Paragraph | Table)[] {
  const mastSize = Math.min(36, Math.floor(TEXT_WIDTH / 20 / widthInCharacters(view.mast)));
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 2 * 560 },
      children: [
        new TextRun({ text: view.mast, bold: true, color: RED_HEX, size: mastSize * 2, font: font(SONG) }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...LINE, after: 2 * 560 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED_HEX, space: 6 } },
      children: [run(view.documentNo, { size: 16, face: FANGSONG })],
    }),
    ...view.titleLines.map(
      (line, index) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: index === view.titleLines.length - 1 ? pt(28) : 0 },
          children: [run(line, { bold: true, size: 22, face: SONG })],
        }),
    ),
    ...view.body.map((text) => bodyText(text)),
  ];
  for (const group of view.groups) {
    blocks.push(bodyText(group.heading, { face: '黑体', keepNext: true }), winnersTable(group.rows));
  }
  blocks.push(bodyText(view.closing, { before: 280 }));
  blocks.push(...view.signature.map((line, index) => signatureLine(view.signature, line, index)));
  return blocks;
}

function bodyText(value: string, options: { face?: string; keepNext?: boolean; before?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * pt(EM) },
    spacing: { ...LINE, before: options.before ?? 0 },
    keepNext: options.keepNext,
    children: [run(value, { size: 16, face: options.face ?? FANGSONG })],
  });
}

const docxCell = (value: string, bold = false): CellSpec => ({
  text: value,
  children: paragraphs(value, { size: TABLE_SIZE, face: bold ? SONG : FANGSONG, bold }),
});

function winnersTable(rows: readonly string[][]): Table {
  const header = row(
    decisionTexts.columns.map((column) => docxCell(column, true)),
    { header: true, minHeight: 28 },
  );
  const body = rows.map((cells) =>
    row(
      cells.map((value) => docxCell(value)),
      { minHeight: 26 },
    ),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(TEXT_WIDTH / 20).map(pt),
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows: [header, ...body],
  });
}

/** The issuer over the date, centred on each other two characters from the right, two lines for the seal. */
function signatureLine(lines: readonly string[], line: string, index: number): Paragraph {
  const width = Math.max(...lines.map(widthInCharacters));
  const right = SIGNATURE_RIGHT_INDENT * pt(EM);
  const left = Math.max(0, TEXT_WIDTH - right - Math.ceil((width + 0.5) * pt(EM)));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left, right },
    spacing: { ...LINE, before: index === 0 ? 2 * 560 + 280 : 0 },
    keepNext: index < lines.length - 1,
    children: [run(line, { size: 16, face: FANGSONG })],
  });
}
