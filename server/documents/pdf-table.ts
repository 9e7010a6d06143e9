import { drawLines, lineHeight, type PageFlow, type Pdf, type TextStyle, wrapText } from './pdf-layout';

/**
 * A bordered table drawn row by row on a PageFlow. A row is as tall as its fullest cell (at least its
 * `minHeight`); a row that does not fit moves to the next page, and one taller than a whole page is
 * split between lines. After a page break the column headings are drawn again. A group is a label cell
 * spanning several rows (项目 | 内容 | 证明人), continued with 「（续）」 when it crosses a page.
 */

export interface TableCell extends TextStyle {
  text: string;
  /** Columns the cell covers; 1 by default. */
  span?: number;
  /** Lines at the bottom right of the cell: the signature and date lines of an opinion box. */
  footer?: readonly string[];
}

export interface Box {
  top: number;
  height: number;
}

interface PreparedCell {
  text: string;
  x: number;
  width: number;
  style: TextStyle;
  lines: string[];
  footer: readonly string[];
}

const FOOTER_GAP = 10;
const FOOTER_INSET = 36;

export class PdfTable {
  private readonly edges: number[];
  private readonly unsubscribe: () => void;
  private segment: { label: TableCell; top: number; continued: boolean } | undefined;

  constructor(
    private readonly flow: PageFlow,
    widths: readonly number[],
    private readonly options: { padding?: number; style?: TextStyle; header?: readonly TableCell[][] } = {},
  ) {
    let x = flow.left;
    this.edges = [x];
    for (const width of widths) {
      x += width;
      this.edges.push(x);
    }
    this.unsubscribe = flow.onNewPage(() => this.drawHeader());
  }

  private get padding(): number {
    return this.options.padding ?? 5;
  }

  private get doc(): Pdf {
    return this.flow.doc;
  }

  /** Draws the column headings, keeping them on the page of the first row that follows. */
  start(firstRowHeight = 30) {
    const header = this.options.header ?? [];
    const headerHeight = header.reduce((sum, cells) => sum + this.measure(cells), 0);
    if (!this.flow.ensure(headerHeight + firstRowHeight)) this.drawHeader();
  }

  /** Stops repeating the headings on later pages. */
  end() {
    this.unsubscribe();
  }

  /** The height a row would take if drawn whole. */
  measure(cells: readonly TableCell[], firstColumn = 0, minHeight = 0): number {
    return Math.max(minHeight, ...this.prepare(cells, firstColumn).map((cell) => this.heightOf(cell)));
  }

  /** Draws a row (splitting it over pages when it must); returns the box of its last part. */
  row(cells: readonly TableCell[], options: { minHeight?: number; firstColumn?: number } = {}): Box {
    let prepared = this.prepare(cells, options.firstColumn ?? 0);
    const minHeight = options.minHeight ?? 0;
    for (;;) {
      const height = Math.max(minHeight, ...prepared.map((cell) => this.heightOf(cell)));
      const available = this.flow.remaining();
      if (height <= available + 0.01) return this.drawPart(prepared, Math.max(height, 0), true);
      const fresh = this.flow.pageBody - this.headerHeight();
      const step = lineHeight(this.options.style?.size ?? 10);
      if (height <= fresh || available < 2 * step + 2 * this.padding) {
        this.breakPage();
        continue;
      }
      const fitting = Math.floor((available - 2 * this.padding) / step);
      const part = prepared.map((cell) => ({ ...cell, lines: cell.lines.slice(0, fitting), footer: [] }));
      this.drawPart(part, available, false);
      // A cell that ended in this part (a label, a witness) is repeated with 「（续）」 next to the rest.
      prepared = prepared.map((cell) =>
        cell.lines.length > fitting ? { ...cell, lines: cell.lines.slice(fitting) } : this.continued(cell),
      );
      this.breakPage();
    }
  }

  /**
   * A label cell in the first column spanning `rows` (cells from the second column on). Kept on one page
   * when it fits on one; otherwise the label is repeated with 「（续）」 on the next page.
   */
  group(label: TableCell, rows: readonly (readonly TableCell[])[], options: { minRowHeight?: number } = {}) {
    const minRowHeight = options.minRowHeight ?? 0;
    const labelHeight = this.measure([label]);
    const heights = rows.map((cells) => this.measure(cells, 1, minRowHeight));
    const total = Math.max(
      labelHeight,
      heights.reduce((sum, height) => sum + height, 0),
    );
    if (total > this.flow.remaining() && total <= this.flow.pageBody - this.headerHeight()) this.breakPage();
    this.segment = { label, top: this.flow.y, continued: false };
    rows.forEach((cells, index) => {
      const isLast = index === rows.length - 1;
      const segmentSoFar = this.flow.y - (this.segment?.top ?? this.flow.y);
      const minHeight = isLast ? Math.max(minRowHeight, labelHeight - segmentSoFar) : minRowHeight;
      this.row(cells, { firstColumn: 1, minHeight });
    });
    this.closeSegment();
    this.segment = undefined;
  }

  private closeSegment() {
    const segment = this.segment;
    if (!segment || this.flow.y <= segment.top + 0.01) return;
    const text = segment.continued ? `${segment.label.text}（续）` : segment.label.text;
    const [cell] = this.prepare([{ ...segment.label, text }], 0);
    if (cell) this.drawCell(cell, segment.top, this.flow.y - segment.top, true);
  }

  private breakPage() {
    this.closeSegment();
    this.flow.newPage();
    if (this.segment) {
      this.segment.top = this.flow.y;
      this.segment.continued = true;
    }
  }

  private headerHeight(): number {
    return (this.options.header ?? []).reduce((sum, cells) => sum + this.measure(cells), 0);
  }

  private drawHeader() {
    for (const cells of this.options.header ?? []) {
      const prepared = this.prepare(cells, 0);
      this.drawPart(prepared, Math.max(...prepared.map((cell) => this.heightOf(cell))), true);
    }
  }

  private prepare(cells: readonly TableCell[], firstColumn: number): PreparedCell[] {
    let column = firstColumn;
    return cells.map((cell) => {
      const span = cell.span ?? 1;
      const x = this.edges[column] ?? 0;
      const right = this.edges[column + span] ?? x;
      column += span;
      const style = { ...this.options.style, ...cell };
      const inner = right - x - 2 * this.padding;
      const lines = wrapText(this.doc, cell.text, inner, style);
      return { text: cell.text, x, width: right - x, style, lines, footer: cell.footer ?? [] };
    });
  }

  private continued(cell: PreparedCell): PreparedCell {
    if (cell.text.trim() === '') return cell;
    const inner = cell.width - 2 * this.padding;
    return { ...cell, lines: wrapText(this.doc, `${cell.text}（续）`, inner, cell.style) };
  }

  private heightOf(cell: PreparedCell): number {
    const step = lineHeight(cell.style.size ?? 10);
    const footer = cell.footer.length > 0 ? FOOTER_GAP + cell.footer.length * step : 0;
    return 2 * this.padding + cell.lines.length * step + footer;
  }

  private drawPart(cells: readonly PreparedCell[], height: number, last: boolean): Box {
    const top = this.flow.y;
    for (const cell of cells) this.drawCell(cell, top, height, last);
    this.flow.y = top + height;
    return { top, height };
  }

  private drawCell(cell: PreparedCell, top: number, height: number, last: boolean) {
    const doc = this.doc;
    doc.lineWidth(0.75).strokeColor('#000').rect(cell.x, top, cell.width, height).stroke();
    const step = lineHeight(cell.style.size ?? 10);
    const inner = cell.width - 2 * this.padding;
    const hasFooter = last && cell.footer.length > 0;
    const textHeight = cell.lines.length * step;
    const middle = cell.style.valign !== 'top' && !hasFooter;
    const textTop = middle ? top + (height - textHeight) / 2 : top + this.padding;
    drawLines(doc, cell.lines, cell.x + this.padding, textTop, inner, cell.style);
    if (hasFooter) {
      const footerTop = top + height - this.padding - cell.footer.length * step;
      const style = { ...cell.style, align: 'right' as const };
      drawLines(doc, cell.footer, cell.x + this.padding, footerTop, inner - FOOTER_INSET, style);
    }
  }
}
