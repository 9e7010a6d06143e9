import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableLayoutType,
  WidthType,
} from 'docx';
import { sha256Hex } from './annex2-hash';
import { type CellSpec, FANGSONG, font, gap, paragraphs, pt, qrImage, row, run, SONG } from './docx-layout';
import { pageNumberFooter } from './official-layout';
import { qrFor } from './qr';
import {
  CANDIDATE_TABLE_SIZE,
  type CandidateGroup,
  candidateColumnWidths,
  type RecommendationReport,
  type ReportView,
  reportTexts,
  reportView,
  SIGNATURE_RIGHT_INDENT,
  widthInCharacters,
} from './report-data';

/**
 * The recommendation report as a Word document for the recommender to edit and print on its letterhead:
 * the words and layout of the PDF (report-pdf.ts) as an official letter sets them (GB/T 9704
 * proportions) — title 宋体 bold 二号, headings 黑体 三号, body 仿宋 三号 on exact 28 pt lines with two
 * characters of first-line indent, a bordered table of the candidates, 「— 1 —」 page numbers. The
 * `sha256` is that of the bytes (Word files carry their creation time, so two renders differ).
 */
export async function renderRecommendationReportDocx(
  report: RecommendationReport,
): Promise<{ bytes: Buffer; sha256: string }> {
  const view = reportView(report);
  const qr = view.verification ? await qrFor(view.verification.url) : undefined;
  const pageNumber = pageNumberFooter();
  const document = new Document({
    title: view.title,
    subject: '推荐报告',
    creator: 'Jiangxuan',
    ...(view.verification ? { keywords: `${reportTexts.verifyCaption}:${view.verification.code}` } : {}),
    styles: { default: { document: { run: { font: font(FANGSONG), size: 32 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { ...MARGIN, header: 567, footer: 1247 },
          },
        },
        headers: {
          first: new Header({
            children: qr && view.verification ? verification(qr, view.verification.code) : [],
          }),
          default: new Header({ children: [] }),
        },
        footers: { first: pageNumber, default: pageNumber },
        children: body(view),
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  return { bytes, sha256: sha256Hex(bytes) };
}

/** Twips: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; the text column is 156 mm. */
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH = 11906 - MARGIN.left - MARGIN.right;
const HEITI = '黑体';
const EM = pt(16);
const LINE = { line: 560, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function body(view: ReportView): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = view.titleLines.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: index === view.titleLines.length - 1 ? pt(28) : 0 },
        children: [run(line, { bold: true, size: 22, face: SONG })],
      }),
  );
  blocks.push(text(view.addresseeLine, { indent: 0 }), text(view.opening));
  for (const section of view.sections) {
    blocks.push(text(section.heading, { face: HEITI, keepNext: true }));
    blocks.push(...section.paragraphs.map((paragraph) => text(paragraph)));
    if (section.table) blocks.push(gap(), candidatesTable(section.table), gap());
  }
  // 特此报告 stays on the page of the attachments and the signature: a seal never stands on a page alone.
  blocks.push(text(view.closing, { keepNext: true }));
  blocks.push(...attachments(view.attachments));
  blocks.push(...signature(view.signature));
  return blocks;
}

interface TextOptions {
  indent?: number;
  face?: string;
  keepNext?: boolean;
  before?: number;
}

/** A justified paragraph of the body on the 28 pt grid. */
function text(value: string, options: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: (options.indent ?? 2) * EM },
    spacing: { ...LINE, before: options.before ?? 0 },
    keepNext: options.keepNext,
    children: [run(value, { size: 16, face: options.face ?? FANGSONG })],
  });
}

function cellText(value: string, style: { bold?: boolean; face?: string } = {}): CellSpec {
  return {
    text: value,
    children: paragraphs(value, {
      size: CANDIDATE_TABLE_SIZE,
      face: style.face ?? FANGSONG,
      bold: style.bold,
      align: 'center',
    }),
  };
}

/** The candidates grouped by award, the award merged down its rows, the headings repeated on each page. */
function candidatesTable(groups: readonly CandidateGroup[]): Table {
  const widths = candidateColumnWidths(TEXT_WIDTH / 20).map(pt);
  const header = row(
    reportTexts.columns.map((column) => cellText(column, { bold: true, face: SONG })),
    { header: true, minHeight: 28 },
  );
  const rows = groups.flatMap((group) =>
    group.rows.map((candidate, index) => {
      const cells = [candidate.rank, candidate.name, candidate.gender, candidate.employer]
        .concat([candidate.occupation, candidate.skill])
        .map((value) => cellText(value));
      if (index === 0) cells.unshift({ ...cellText(group.label), rowSpan: group.rows.length });
      // A group's rows stay on one page with their merged label.
      return row(cells, { minHeight: 28, keepNext: index < group.rows.length - 1 });
    }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

/** 附件：1.… a line below the body; the later items start under the first one's number. */
function attachments(items: readonly string[]): Paragraph[] {
  const label = reportTexts.attachmentsLabel;
  const left = (2 + label.length) * EM;
  return items.map(
    (item, index) =>
      new Paragraph({
        indent: index === 0 ? { left, hanging: label.length * EM } : { left },
        spacing: { ...LINE, before: index === 0 ? 560 : 0 },
        keepNext: true,
        keepLines: true,
        children: [run(index === 0 ? `${label}${item}` : item, { size: 16, face: FANGSONG })],
      }),
  );
}

/** The lines centred on each other in a block two characters from the right, two lines of room for the seal. */
function signature(lines: readonly string[]): Paragraph[] {
  const width = Math.max(...lines.map(widthInCharacters));
  const right = SIGNATURE_RIGHT_INDENT * EM;
  const left = Math.max(0, TEXT_WIDTH - right - Math.ceil((width + 0.5) * EM));
  return lines.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left, right },
        spacing: { ...LINE, before: index === 0 ? 2 * 560 : 0 },
        keepNext: index < lines.length - 1,
        children: [run(line, { size: 16, face: FANGSONG })],
      }),
  );
}

/** The QR code in the first page's header, at the right above the title, with the code under it. */
function verification(qr: Buffer, code: string): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [qrImage(qr, 52)] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [run(`${reportTexts.verifyCaption} ${code}`, { size: 7 })],
    }),
  ];
}
