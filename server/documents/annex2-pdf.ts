import { annex2FieldLabels } from '../../domain/application';
import type { Annex2Data } from './annex2-data';
import {
  type Annex2View,
  annex2FormTexts,
  annex2Headings,
  annex2View,
  fieldLabel,
  PHOTO_ROWS,
  personalColumnWidths,
} from './annex2-view';
import { createPdf, drawLines, flowParagraph, lineHeight, PageFlow, type Pdf, wrapText } from './pdf-layout';
import { PdfTable, type TableCell } from './pdf-table';
import { qrFor } from './qr';

/**
 * The recommendation form (Annex 2) as a PDF laid out like the annex: title page, notes page, then the
 * bordered tables with every row of the annex. The returned `sha256` is the content hash the QR code
 * carries (see annex2-hash.ts), not the hash of these bytes.
 */
export async function renderAnnex2Pdf(data: Annex2Data): Promise<{ bytes: Buffer; sha256: string }> {
  const view = annex2View(data);
  // As a data URL, pdfkit embeds the image once and reuses it on the last page.
  const qr = `data:image/png;base64,${(await qrFor(view.link)).toString('base64')}`;
  const { doc, finish } = createPdf({
    Title: `${annex2FormTexts.titleLines.join('')}（${view.name}）`,
    Subject: '附件2 候选人推荐表',
    Keywords: `sha256:${view.hash}`,
    Author: annex2FormTexts.issuerName,
    CreationDate: data.generatedAt,
  });
  const flow = new PageFlow(doc, { left: 56, right: 56, top: 56, bottom: 56 });
  drawTitlePage(doc, view, qr);
  flow.newPage();
  drawNotesPage(flow);
  flow.newPage();
  drawPersonalGrid(flow, view, data.photo?.bytes);
  drawWorkHistory(flow, view);
  drawItems(flow, view);
  drawOpinions(flow, view, qr);
  return { bytes: await finish(), sha256: view.hash };
}

const SIZE = 10;

function drawTitlePage(doc: Pdf, view: Annex2View, qr: string) {
  const width = doc.page.width;
  drawQrBlock(doc, qr, view, { right: width - 56, top: 40, size: 72 });
  annex2FormTexts.titleLines.forEach((line, index) => {
    drawLines(doc, [line], 56, 190 + index * 56, width - 112, { font: 'bold', size: 24, align: 'center' });
  });
  const style = { size: 15 };
  const labelX = 128;
  const valueX = labelX + 88;
  const valueWidth = width - 56 - 70 - valueX;
  drawLines(doc, [annex2FieldLabels.award.zh], labelX, 420, 90, style);
  let x = valueX;
  for (const choice of view.awardChoices) {
    drawCheckbox(doc, x, 420 + (lineHeight(15) - 12) / 2, 12, choice.checked);
    doc.font('regular').fontSize(15);
    const labelWidth = doc.widthOfString(choice.label);
    drawLines(doc, [choice.label], x + 17, 420, labelWidth + 2, style);
    x += 17 + labelWidth + 24;
  }
  let y = 476;
  for (const [label, value] of [
    [fieldLabel('name'), view.name],
    [annex2Headings.unit, view.employerName],
  ] as const) {
    drawLines(doc, [label], labelX, y, 90, style);
    const { size, lines } = fitTitleValue(doc, value, valueWidth - 8);
    for (const line of lines.length > 0 ? lines : ['']) {
      const baseline = y + lineHeight(15);
      drawLines(doc, [line], valueX, baseline - lineHeight(size), valueWidth, { size, align: 'center' });
      doc
        .lineWidth(0.75)
        .moveTo(valueX, baseline)
        .lineTo(valueX + valueWidth, baseline)
        .stroke();
      y += lineHeight(size) + 6;
    }
    y += 22 + lineHeight(15) - lineHeight(size);
  }
  drawLines(doc, [annex2FormTexts.issuer], 56, 690, width - 112, { size: 15, align: 'center' });
  drawLines(doc, [annex2FormTexts.titleDate], 56, 722, width - 112, { size: 15, align: 'center' });
  if (view.maskedNote)
    drawLines(doc, [view.maskedNote], 56, 762, width - 112, { size: 10.5, align: 'center' });
}

/** A long unit name steps down in size rather than run into the issuer's line (100 characters fit). */
function fitTitleValue(doc: Pdf, value: string, width: number): { size: number; lines: string[] } {
  for (const size of [15, 12]) {
    const lines = wrapText(doc, value, width, { size });
    if (lines.length <= 3) return { size, lines };
  }
  return { size: 10, lines: wrapText(doc, value, width, { size: 10 }) };
}

/** A box with a tick when checked; the tick is the ✓ glyph, so the text layer says which box is ticked. */
function drawCheckbox(doc: Pdf, x: number, y: number, size: number, checked: boolean) {
  doc.lineWidth(0.9).rect(x, y, size, size).stroke();
  if (checked) drawLines(doc, ['✓'], x, y + (size - lineHeight(size)) / 2, size, { size, align: 'center' });
}

/** The QR code with the short hash under it, right-aligned at `right`. Returns its height. */
function drawQrBlock(
  doc: Pdf,
  qr: string,
  view: Annex2View,
  at: { right: number; top: number; size: number },
) {
  const x = at.right - at.size;
  doc.image(qr, x, at.top, { width: at.size, height: at.size });
  doc.link(x, at.top, at.size, at.size, view.link);
  const caption = `${annex2FormTexts.hashCaption} ${view.shortHash}`;
  drawLines(doc, [caption], at.right - 140, at.top + at.size + 1, 140, { size: 7, align: 'right' });
  return at.size + 1 + lineHeight(7);
}

function drawNotesPage(flow: PageFlow) {
  flow.y = 110;
  const title = annex2FormTexts.notesTitle;
  drawLines(flow.doc, [title], flow.left, flow.y, flow.width, { font: 'bold', size: 18, align: 'center' });
  flow.y += lineHeight(18) + 28;
  for (const note of annex2FormTexts.notes) flowParagraph(flow, note, { size: 13, indent: 2, after: 10 });
}

function personalWidths(total: number): number[] {
  return [...personalColumnWidths, total - personalColumnWidths.reduce((sum, width) => sum + width, 0)];
}

function drawPersonalGrid(flow: PageFlow, view: Annex2View, photo: Buffer | undefined) {
  const table = new PdfTable(flow, personalWidths(flow.width), {
    padding: 4,
    style: { size: SIZE, align: 'center' },
  });
  const photoTop = flow.y;
  view.grid.forEach((cells, index) => {
    table.row(cells, { minHeight: 28 });
    if (index === PHOTO_ROWS - 1) drawPhotoCell(flow, photoTop, flow.y - photoTop, photo);
  });
  table.end();
}

/** The photo cell spans the first four rows over the last two columns. */
function drawPhotoCell(flow: PageFlow, top: number, height: number, photo: Buffer | undefined) {
  const doc = flow.doc;
  const widths = personalWidths(flow.width);
  const x = flow.left + widths.slice(0, 4).reduce((sum, width) => sum + width, 0);
  const width = flow.width - (x - flow.left);
  doc.lineWidth(0.75).rect(x, top, width, height).stroke();
  if (photo) {
    const inset = 4;
    doc.image(photo, x + inset, top + inset, {
      fit: [width - 2 * inset, height - 2 * inset],
      align: 'center',
      valign: 'center',
    });
  } else {
    const label = annex2Headings.photo;
    drawLines(doc, [label], x, top + (height - lineHeight(SIZE)) / 2, width, { size: SIZE, align: 'center' });
  }
}

function drawWorkHistory(flow: PageFlow, view: Annex2View) {
  const widths = [110, 278];
  const columns = [...widths, flow.width - 388];
  const header: TableCell[] = [
    { text: annex2Headings.period },
    { text: annex2Headings.place },
    { text: annex2Headings.workWitness },
  ];
  const table = new PdfTable(flow, columns, { style: { size: SIZE, align: 'center' }, header: [header] });
  const title: TableCell[] = [{ text: annex2Headings.workHistory, span: 3, font: 'bold' }];
  const titleHeight = table.measure(title, 0, 26);
  flow.ensure(titleHeight + table.measure(header) + 26);
  table.row(title, { minHeight: 26 });
  table.start(26);
  for (const row of view.workHistory) {
    table.row([{ text: row.period }, { text: row.place, align: 'left' }, { text: row.witness }], {
      minHeight: 26,
    });
  }
  // A draft without a work history prints blank lines to fill in by hand, as on the paper form.
  const blanks = view.workHistory.length === 0 ? 3 : 0;
  for (let blank = 0; blank < blanks; blank += 1) {
    table.row([{ text: '' }, { text: '' }, { text: '' }], { minHeight: 26 });
  }
  table.end();
}

function itemWidths(total: number): number[] {
  return [145, 243, total - 388];
}

function drawItems(flow: PageFlow, view: Annex2View) {
  const header: TableCell[] = [
    { text: annex2Headings.item },
    { text: annex2Headings.content },
    { text: annex2Headings.itemWitness },
  ];
  const table = new PdfTable(flow, itemWidths(flow.width), {
    style: { size: SIZE, align: 'center' },
    header: [header],
  });
  table.start(44);
  for (const item of view.items) {
    const rows: TableCell[][] =
      item.rows.length > 0
        ? item.rows.map((row) => [{ text: row.content, align: 'left' }, { text: row.witness }])
        : [[{ text: '' }, { text: '' }]];
    table.group({ text: item.label }, rows, { minRowHeight: 44 });
  }
  table.end();
}

const OPINION_HEIGHT = 150;
const QR_SIZE = 64;

function drawOpinions(flow: PageFlow, view: Annex2View, qr: string) {
  const [labelWidth = 145] = itemWidths(flow.width);
  const table = new PdfTable(flow, [labelWidth, flow.width - labelWidth], { style: { size: SIZE } });
  view.opinions.forEach((opinion, index) => {
    const footer = opinion.signature
      ? [annex2FormTexts.signature, annex2FormTexts.blankDate]
      : [annex2FormTexts.blankDate];
    const cells: TableCell[] = [
      { text: opinion.label, align: 'center' },
      { text: opinion.text, footer, valign: 'top' },
    ];
    if (index === view.opinions.length - 1) {
      // The last box keeps the verification block on its page.
      flow.ensure(table.measure(cells, 0, OPINION_HEIGHT) + verificationBlockHeight());
    }
    table.row(cells, { minHeight: OPINION_HEIGHT });
  });
  table.end();
  drawVerification(flow, view, qr);
}

function verificationBlockHeight(): number {
  return 12 + QR_SIZE + 1 + lineHeight(7);
}

/** Under the last table: the QR code at the right, the link it encodes at its left. */
function drawVerification(flow: PageFlow, view: Annex2View, qr: string) {
  const doc = flow.doc;
  const top = flow.y + 12;
  const right = flow.left + flow.width;
  drawQrBlock(doc, qr, view, { right, top, size: QR_SIZE });
  const textWidth = flow.width - QR_SIZE - 10;
  const style = { size: 7.5, align: 'right' as const };
  const lines = [
    `${annex2FormTexts.verifyCaption}：扫描右侧二维码或访问以下地址，核对本表内容与系统记录是否一致`,
    ...wrapText(doc, view.link, textWidth, style),
  ];
  const textTop = top + QR_SIZE - lines.length * lineHeight(7.5);
  drawLines(doc, lines, flow.left, textTop, textWidth, style);
  flow.y = top + verificationBlockHeight() - 12;
}
