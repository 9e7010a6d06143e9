import { awardLabels } from '../../domain/application';
import { envelopeItems } from '../../domain/intake/envelope';
import type { AwardCode } from '../../domain/roles';
import { sha256Hex } from './annex2-hash';
import { createPdf, drawLines, lineHeight, PageFlow, type Pdf, wrapText } from './pdf-layout';
import { type Box, PdfTable, type TableCell } from './pdf-table';
import { qrFor } from './qr';

/**
 * The envelope cover (Annex 4, 档案袋封面附纸) of one candidate: the annex's table (award, recommender,
 * contacts, employer and the list of what the envelope holds) and, under it, a QR code and a short code
 * the intake desk scans or types to find the application when the paper arrives.
 */
export interface EnvelopeCover {
  /** 第三届长春技能大奖和长春技术能手申报材料档案袋封面: printed on two lines, as in the annex. */
  editionTitle: string;
  award: AwardCode;
  recommenderName: string;
  recommenderContact: string;
  recommenderPhone: string;
  candidateName: string;
  /** Already masked by the caller where needed. */
  candidatePhone: string;
  candidateEmployer: string;
  /** The short code the intake desk types when it cannot scan. */
  intakeCode: string;
  /** What the QR code encodes. */
  intakeUrl: string;
  /** The PDF's creation date; the same cover and date render to the same bytes. Now by default. */
  generatedAt?: Date;
}

/** The labels of Annex 4, and what the envelope holds (申报材料目录) with the copies of each. */
export const envelopeCoverTexts = {
  award: '推荐类别',
  recommender: '推荐单位',
  recommenderContact: '推荐单位联系人',
  phone: '联系电话',
  candidate: '申报人姓名',
  employer: '申报人所在单位',
  contentsHeading: '申报材料目录',
  // the list the intake desk ticks off (domain/intake/envelope.ts)
  contents: envelopeItems.map((e, i) => ({ item: `${i + 1}.${e.item.zh}`, copies: e.copies.zh })),
  intakeHint: '受理时扫描二维码或输入编码',
} as const;

/** Millimetres to points. */
const mm = (value: number) => (value * 72) / 25.4;
/** The printed QR code with its quiet zone: the code itself is about 44 mm, readable by a webcam. */
export const COVER_QR_SIZE = mm(50);

const MARGIN = 56;
const SIZE = 14;
const ROW_HEIGHT = 40;
const TITLE_SIZE = 22;
const CODE_SIZE = 26;

export async function renderEnvelopeCoverPdf(
  cover: EnvelopeCover,
): Promise<{ bytes: Buffer; sha256: string }> {
  const qr = await qrFor(cover.intakeUrl);
  const { doc, finish } = createPdf({
    Title: `${cover.editionTitle}（${cover.candidateName}）`,
    Subject: '附件4 档案袋封面',
    Keywords: `intake:${cover.intakeCode}`,
    Author: cover.recommenderName,
    CreationDate: cover.generatedAt ?? new Date(),
  });
  const flow = new PageFlow(doc, { left: MARGIN, right: MARGIN, top: 64, bottom: MARGIN });
  drawTitle(flow, cover.editionTitle);
  flow.y += 22;
  drawTable(flow, cover);
  drawIntake(flow, cover, qr);
  const bytes = await finish();
  return { bytes, sha256: sha256Hex(bytes) };
}

/** Two centred lines split as the annex splits them (the first one the shorter); smaller if too wide. */
export function titleLines(title: string): [string, string] {
  const chars = [...title.trim()];
  const cut = Math.floor(chars.length / 2);
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

function drawTitle(flow: PageFlow, title: string) {
  const doc = flow.doc;
  const lines = titleLines(title);
  let size = TITLE_SIZE;
  doc.font('bold').fontSize(size);
  const widest = Math.max(...lines.map((line) => doc.widthOfString(line)));
  if (widest > flow.width) size = Math.floor((TITLE_SIZE * flow.width) / widest);
  const style = { font: 'bold' as const, size, align: 'center' as const };
  for (const line of lines) {
    for (const part of wrapText(doc, line, flow.width, style)) {
      drawLines(doc, [part], flow.left, flow.y, flow.width, style);
      flow.y += lineHeight(size) + 6;
    }
  }
}

function columnWidths(total: number): number[] {
  const fixed = [128, 135, 86];
  return [...fixed, total - fixed.reduce((sum, width) => sum + width, 0)];
}

function drawTable(flow: PageFlow, cover: EnvelopeCover) {
  const texts = envelopeCoverTexts;
  const table = new PdfTable(flow, columnWidths(flow.width), {
    padding: 8,
    style: { size: SIZE, align: 'center' },
  });
  const row = (cells: TableCell[], minHeight = ROW_HEIGHT) => table.row(cells, { minHeight });
  const awardRow = row([{ text: texts.award }, { text: '', span: 3 }]);
  drawAwardChoices(flow.doc, awardRow, flow.left + (columnWidths(flow.width)[0] ?? 0), cover.award);
  row([{ text: texts.recommender }, { text: cover.recommenderName, span: 3 }]);
  row([
    { text: texts.recommenderContact },
    { text: cover.recommenderContact },
    { text: texts.phone },
    { text: cover.recommenderPhone },
  ]);
  row([
    { text: texts.candidate },
    { text: cover.candidateName },
    { text: texts.phone },
    { text: cover.candidatePhone },
  ]);
  row([{ text: texts.employer }, { text: cover.candidateEmployer, span: 3 }]);
  row([{ text: texts.contentsHeading, span: 4, font: 'bold' }]);
  for (const { item, copies } of texts.contents) {
    row(
      [
        { text: item, span: 2, align: 'left' },
        { text: copies, span: 2 },
      ],
      34,
    );
  }
  table.end();
}

const BOX = 13;
const BOX_GAP = 7;
const CHOICE_GAP = 36;

/**
 * ☐/☑ are not in Noto Sans SC, so the boxes are drawn as lines; the tick is the ✓ glyph (which the
 * font has), so the text layer says which award is chosen.
 */
function drawAwardChoices(doc: Pdf, box: Box, left: number, award: AwardCode) {
  const choices = (['grand_award', 'technical_expert'] as const).map((code) => ({
    label: awardLabels[code].zh,
    checked: code === award,
  }));
  doc.font('regular').fontSize(SIZE);
  const widths = choices.map((choice) => BOX + BOX_GAP + doc.widthOfString(choice.label));
  const total = widths.reduce((sum, width) => sum + width, 0) + CHOICE_GAP * (choices.length - 1);
  const cellWidth = doc.page.width - MARGIN - left;
  let x = left + (cellWidth - total) / 2;
  const textTop = box.top + (box.height - lineHeight(SIZE)) / 2;
  const boxTop = box.top + (box.height - BOX) / 2;
  choices.forEach((choice, index) => {
    doc.lineWidth(0.9).strokeColor('#000').rect(x, boxTop, BOX, BOX).stroke();
    if (choice.checked) {
      const tick = { font: 'bold' as const, size: BOX, align: 'center' as const };
      drawLines(doc, ['✓'], x, boxTop + (BOX - lineHeight(BOX)) / 2, BOX, tick);
    }
    const labelWidth = (widths[index] ?? 0) - BOX - BOX_GAP;
    drawLines(doc, [choice.label], x + BOX + BOX_GAP, textTop, labelWidth + 2, { size: SIZE });
    x += (widths[index] ?? 0) + CHOICE_GAP;
  });
}

/** Under the table, centred: the QR code, the intake code in a typewriter face, the hint for the desk. */
function drawIntake(flow: PageFlow, cover: EnvelopeCover, qr: Buffer) {
  const doc = flow.doc;
  const hintSize = 11;
  const height = COVER_QR_SIZE + 4 + lineHeight(CODE_SIZE) + lineHeight(hintSize);
  // Centred in the space left under the table, never above it.
  const top = Math.max(flow.y + 18, flow.y + (flow.remaining() - height) / 2);
  const x = flow.left + (flow.width - COVER_QR_SIZE) / 2;
  doc.image(qr, x, top, { width: COVER_QR_SIZE, height: COVER_QR_SIZE });
  doc.link(x, top, COVER_QR_SIZE, COVER_QR_SIZE, cover.intakeUrl);
  const codeTop = top + COVER_QR_SIZE + 4;
  // Courier is one of PDF's standard fonts: Latin only, so a code with other characters uses Noto.
  const typewriter = /^[\x20-\x7e]*$/.test(cover.intakeCode);
  doc.font(typewriter ? 'Courier-Bold' : 'bold').fontSize(CODE_SIZE);
  const codeWidth = doc.widthOfString(cover.intakeCode);
  const codeSize = codeWidth > flow.width ? Math.floor((CODE_SIZE * flow.width) / codeWidth) : CODE_SIZE;
  doc.fontSize(codeSize).text(cover.intakeCode, flow.left, codeTop + (lineHeight(CODE_SIZE) - codeSize) / 2, {
    width: flow.width,
    align: 'center',
    lineBreak: false,
  });
  const hintTop = codeTop + lineHeight(CODE_SIZE);
  drawLines(doc, [envelopeCoverTexts.intakeHint], flow.left, hintTop, flow.width, {
    size: hintSize,
    align: 'center',
  });
  flow.y = hintTop + lineHeight(hintSize);
}
