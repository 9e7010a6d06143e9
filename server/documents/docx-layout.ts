import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/**
 * Building blocks of the Word forms: runs with East Asian fonts, bordered fixed-width tables in points,
 * rows with a minimum height. Sizes are given in points and converted to twips (1/20 pt) or, for
 * images, to pixels at 96 dpi, as the docx package expects.
 */

export const SONG = '宋体';
export const FANGSONG = '仿宋';
/** Text width of the page in twips (A4 less two 56 pt margins). */
export const BODY = 11906 - 2 * 1120;
export const pt = (points: number) => Math.round(points * 20);
export const px = (points: number) => Math.round((points * 96) / 72);

export function font(eastAsia: string) {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia };
}

export const SYMBOL_FONT = 'Segoe UI Symbol';

export interface RunStyle {
  bold?: boolean;
  size?: number;
  face?: string;
  /** A symbol such as ☑: every script slot set to the symbol font. */
  symbol?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    size: style.size === undefined ? undefined : style.size * 2,
    font: style.symbol
      ? { ascii: SYMBOL_FONT, hAnsi: SYMBOL_FONT, eastAsia: SYMBOL_FONT }
      : font(style.face ?? SONG),
  });
}

/** One paragraph per line of `text`, so line breaks typed in the application survive. */
export function paragraphs(
  text: string,
  style: RunStyle & { align?: 'left' | 'center' | 'right' } = {},
): Paragraph[] {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[
    style.align ?? 'center'
  ];
  return text
    .split('\n')
    .map((line) => new Paragraph({ alignment, children: line ? [run(line, style)] : [] }));
}

export function qrImage(qr: Buffer, points: number): ImageRun {
  return new ImageRun({ type: 'png', data: qr, transformation: { width: px(points), height: px(points) } });
}

export const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

export interface CellSpec {
  text: string;
  span?: number;
  rowSpan?: number;
  /** Filled-in values print in 仿宋, the form's own texts in 宋体. */
  value?: boolean;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  children?: Paragraph[];
  top?: boolean;
}

export function cell(spec: CellSpec): TableCell {
  return new TableCell({
    columnSpan: spec.span,
    rowSpan: spec.rowSpan,
    verticalAlign: spec.top ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    children:
      spec.children ??
      paragraphs(spec.text, {
        face: spec.value ? FANGSONG : SONG,
        align: spec.align ?? 'center',
        bold: spec.bold,
      }),
  });
}

/** A bordered table across the body: `leading` gives the widths (pt) of all columns but the last, which takes the rest. */
export function table(leading: readonly number[], rows: TableRow[]): Table {
  const columns = leading.map(pt);
  columns.push(BODY - columns.reduce((sum, width) => sum + width, 0));
  return new Table({
    width: { size: BODY, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows,
  });
}

export interface RowOptions {
  minHeight?: number;
  header?: boolean;
  /**
   * Keep this row on the page of the next one: set on every row of a merged group (a 项目 label spanning
   * its entries) but the last, so that the group moves to the next page whole instead of leaving its
   * label on one page and a blank merged cell on the other.
   */
  keepNext?: boolean;
}

/** A row of a form table. A row never splits over two pages (`cantSplit`): a cell cut in half reads as two. */
export function row(cells: CellSpec[], options: RowOptions = {}): TableRow {
  return new TableRow({
    tableHeader: options.header,
    cantSplit: true,
    keepNext: options.keepNext,
    height: { value: pt(options.minHeight ?? 28), rule: HeightRule.ATLEAST },
    children: cells.map(cell),
  });
}

/** A small paragraph between tables: without it Word joins adjacent tables into one. */
export function gap(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' }, children: [] });
}
