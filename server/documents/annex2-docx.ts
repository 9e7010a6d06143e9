import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  ImageRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { annex2FieldLabels, readImageSize } from '../../domain/application';
import type { Annex2Data, Annex2Photo } from './annex2-data';
import {
  type Annex2View,
  annex2FormTexts,
  annex2Headings,
  annex2View,
  fieldLabel,
  PHOTO_ROWS,
  personalColumnWidths,
} from './annex2-view';
import {
  type CellSpec,
  FANGSONG,
  font,
  gap,
  noBorders,
  paragraphs,
  pt,
  px,
  qrImage,
  type RunStyle,
  row,
  run,
  SONG,
  table,
} from './docx-layout';
import { qrFor } from './qr';

/**
 * The recommendation form (Annex 2) as a Word document with the structure of the PDF, for the bureau's
 * staff to edit in WPS or Word: Word tables (headings repeated on each page), 宋体 for the printed
 * labels and 仿宋 for the filled-in values, set as East Asian fonts. Same QR code and content hash.
 */
export async function renderAnnex2Docx(data: Annex2Data): Promise<{ bytes: Buffer; sha256: string }> {
  const view = annex2View(data);
  const qr = await qrFor(view.link);
  const page = {
    page: {
      size: { width: 11906, height: 16838 },
      margin: { top: 1120, bottom: 1120, left: 1120, right: 1120 },
    },
  };
  const document = new Document({
    title: `${annex2FormTexts.titleLines.join('')}（${view.name}）`,
    subject: '附件2 候选人推荐表',
    keywords: `sha256:${view.hash}`,
    creator: 'Jiangxuan',
    styles: { default: { document: { run: { font: font(SONG), size: 20 } } } },
    sections: [
      { properties: page, children: titlePage(view, qr) },
      { properties: page, children: notesPage() },
      {
        properties: page,
        children: [
          personalTable(view, data.photo),
          gap(),
          workHistoryTable(view),
          gap(),
          itemsTable(view),
          gap(),
          opinionsTable(view),
          ...verificationBlock(view, qr),
        ],
      },
    ],
  });
  return { bytes: await Packer.toBuffer(document), sha256: view.hash };
}

function titlePage(view: Annex2View, qr: Buffer): (Paragraph | Table)[] {
  const right = (children: ParagraphChild[]) => new Paragraph({ alignment: AlignmentType.RIGHT, children });
  const center = (text: string, style: RunStyle, before: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pt(before) },
      children: [run(text, style)],
    });
  // The boxes in a symbol font: 宋体 has no ☑, and Word would otherwise pick a fallback of its own.
  const choices = new Paragraph({
    children: view.awardChoices.flatMap((choice, index) => [
      ...(index > 0 ? [run('\u3000\u3000', { size: 15 })] : []),
      run(choice.checked ? '☑' : '☐', { size: 15, symbol: true }),
      run(choice.label, { size: 15 }),
    ]),
  });
  const value = (text: string) => paragraphs(text, { size: 15, face: FANGSONG });
  const fields = new Table({
    width: { size: pt(340), type: WidthType.DXA },
    columnWidths: [pt(90), pt(250)],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: noBorders,
    rows: [
      { label: annex2FieldLabels.award.zh, children: [choices], underline: false },
      { label: fieldLabel('name'), children: value(view.name), underline: true },
      { label: annex2Headings.unit, children: value(view.employerName), underline: true },
    ].map(
      ({ label, children, underline }) =>
        new TableRow({
          cantSplit: true,
          height: { value: pt(38), rule: HeightRule.ATLEAST },
          children: [
            new TableCell({
              verticalAlign: VerticalAlignTable.BOTTOM,
              children: paragraphs(label, { size: 15, align: 'left' }),
            }),
            new TableCell({
              verticalAlign: VerticalAlignTable.BOTTOM,
              borders: underline
                ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' } }
                : undefined,
              children,
            }),
          ],
        }),
    ),
  });
  return [
    right([qrImage(qr, 72)]),
    right([run(`${annex2FormTexts.hashCaption} ${view.shortHash}`, { size: 7 })]),
    center(annex2FormTexts.titleLines[0], { bold: true, size: 24 }, 60),
    center(annex2FormTexts.titleLines[1], { bold: true, size: 24 }, 24),
    new Paragraph({ spacing: { before: pt(110) }, children: [] }),
    fields,
    center(annex2FormTexts.issuer, { size: 15 }, 150),
    center(annex2FormTexts.titleDate, { size: 15 }, 12),
    ...(view.maskedNote ? [center(view.maskedNote, { size: 10.5 }, 24)] : []),
  ];
}

function notesPage(): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pt(40), after: pt(28) },
      children: [run(annex2FormTexts.notesTitle, { bold: true, size: 18 })],
    }),
    ...annex2FormTexts.notes.map(
      (note) =>
        new Paragraph({
          indent: { firstLine: pt(26) },
          spacing: { after: pt(10), line: 360 },
          children: [run(note, { size: 13 })],
        }),
    ),
  ];
}

function personalTable(view: Annex2View, photo: Annex2Photo | undefined): Table {
  const photoCell: CellSpec = {
    text: annex2Headings.photo,
    span: 2,
    rowSpan: PHOTO_ROWS,
    children: photo
      ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [photoRun(photo)] })]
      : undefined,
  };
  const rows = view.grid.map((cells, index) => {
    const specs: CellSpec[] = cells.map((cell) => ({ ...cell, value: !cell.label }));
    return row(index === 0 ? [...specs, photoCell] : specs);
  });
  return table(personalColumnWidths, rows);
}

/** The photo fitted into the cell (about 80 × 104 pt), keeping its proportions. */
function photoRun(photo: Annex2Photo): ImageRun {
  const size = readImageSize(photo.bytes);
  if (!size) throw new TypeError('The photo is not a readable PNG or JPEG');
  const { width, height } = size;
  const scale = Math.min(80 / width, 104 / height);
  const type = photo.mimeType === 'image/png' ? 'png' : 'jpg';
  return new ImageRun({
    type,
    data: photo.bytes,
    transformation: { width: px(width * scale), height: px(height * scale) },
  });
}

function workHistoryTable(view: Annex2View): Table {
  const title = annex2Headings.workHistory;
  const rows = view.workHistory.map((entry) =>
    row(
      [
        { text: entry.period, value: true },
        { text: entry.place, value: true, align: 'left' },
        { text: entry.witness, value: true },
      ],
      {
        minHeight: 26,
      },
    ),
  );
  const blanks = Array.from({ length: rows.length === 0 ? 3 : 0 }, () =>
    row([{ text: '' }, { text: '' }, { text: '' }], { minHeight: 26 }),
  );
  return table(
    [110, 278],
    [
      row([{ text: title, span: 3, bold: true }], { minHeight: 26, header: true }),
      row(
        [
          { text: annex2Headings.period },
          { text: annex2Headings.place },
          { text: annex2Headings.workWitness },
        ],
        {
          minHeight: 24,
          header: true,
        },
      ),
      ...rows,
      ...blanks,
    ],
  );
}

function itemsTable(view: Annex2View): Table {
  const header = row(
    [{ text: annex2Headings.item }, { text: annex2Headings.content }, { text: annex2Headings.itemWitness }],
    { minHeight: 24, header: true, keepNext: true },
  );
  // A 项目 label merged down its entries: the group's rows are kept together, so the label never
  // stays behind on one page while its entries continue under a blank merged cell on the next.
  const rows = view.items.flatMap((item) => {
    const entries = item.rows.length > 0 ? item.rows : [{ content: '', witness: '' }];
    return entries.map((entry, index) => {
      const cells: CellSpec[] = [
        { text: entry.content, value: true, align: 'left' },
        { text: entry.witness, value: true },
      ];
      if (index === 0) cells.unshift({ text: item.label, rowSpan: entries.length });
      return row(cells, { minHeight: 44, keepNext: index < entries.length - 1 });
    });
  });
  return table([145, 243], [header, ...rows]);
}

function opinionsTable(view: Annex2View): Table {
  return table(
    [145],
    view.opinions.map((opinion) => {
      const footer = opinion.signature
        ? [annex2FormTexts.signature, annex2FormTexts.blankDate]
        : [annex2FormTexts.blankDate];
      const body = [
        ...(opinion.text ? paragraphs(opinion.text, { face: FANGSONG, align: 'left' }) : []),
        ...Array.from({ length: opinion.text ? 3 : 5 }, () => new Paragraph({ children: [] })),
        ...footer.map(
          (line) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              indent: { right: pt(36) },
              children: [run(line)],
            }),
        ),
      ];
      return row([{ text: opinion.label }, { text: '', children: body, top: true }], { minHeight: 150 });
    }),
  );
}

function verificationBlock(view: Annex2View, qr: Buffer): Paragraph[] {
  const right = (children: ParagraphChild[], before = 0) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: pt(before) },
      keepNext: true,
      children,
    });
  return [
    right([qrImage(qr, 64)], 12),
    right([run(`${annex2FormTexts.hashCaption} ${view.shortHash}`, { size: 7 })]),
    right([run(`${annex2FormTexts.verifyCaption}：${view.link}`, { size: 7.5 })]),
  ];
}
