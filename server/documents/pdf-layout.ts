import PDFDocument from 'pdfkit';
import { fontBytes } from './fonts';

/**
 * Layout for the printed forms: our own line breaking and bordered tables on top of pdfkit, so that rows
 * grow with their content, a table continues on the next page with its column headings, and nothing is
 * ever drawn past the margins. pdfkit's own text flow is never used (every text call is `lineBreak: false`
 * at a computed position), so it cannot add pages behind our back.
 */

export type FontName = 'regular' | 'bold';

export interface TextStyle {
  font?: FontName;
  size?: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
}

/** Noto Sans SC's line box is 1.448 em; 1.5 em leaves a hairline of air between lines. */
export const LINE_FACTOR = 1.5;
const FONT_BOX = 1.448;

export function lineHeight(size: number): number {
  return size * LINE_FACTOR;
}

export interface PdfInfo {
  Title: string;
  Subject?: string;
  Keywords?: string;
  CreationDate: Date;
  Author?: string;
}

/** An A4 document with the Chinese fonts registered and its bytes collected. */
export function createPdf(info: PdfInfo, layout: 'portrait' | 'landscape' = 'portrait') {
  const doc = new PDFDocument({ size: 'A4', layout, margin: 0, info: { ...info, Creator: 'Jiangxuan' } });
  doc.registerFont('regular', fontBytes('regular'));
  doc.registerFont('bold', fontBytes('bold'));
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish(): Promise<Buffer> {
      doc.end();
      return ended;
    },
  };
}

export type Pdf = PDFKit.PDFDocument;

// Line breaking -------------------------------------------------------------------------------------

/** May not begin a line (and so stay with what precedes them). */
const CLOSING = new Set('，。、；：？！）》」』’”…%,.;:?!)]】〕');
/** May not end a line (and so stay with what follows them). */
const OPENING = new Set('（《「『‘“([【〔');
/** Latin words, numbers, e-mail addresses and links wrap as one piece when they fit on a line. */
const TOKEN = /[A-Za-z0-9@._%+\-/:#&=?~]+|（[^（）\n]{1,6}）|\s|./gu;

function tokens(paragraph: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  for (const token of paragraph.match(TOKEN) ?? []) {
    if (CLOSING.has(token) && units.length > 0 && pendingOpen === '') {
      units[units.length - 1] += token;
    } else if (OPENING.has(token)) {
      pendingOpen += token;
    } else {
      units.push(pendingOpen + token);
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/**
 * Breaks text into lines no wider than `width`: between any two Chinese characters, never before a
 * closing or after an opening punctuation mark, at spaces in Latin text; `\n` starts a new line.
 */
export function wrapText(doc: Pdf, text: string, width: number, style: TextStyle = {}): string[] {
  setFont(doc, style);
  const measure = (value: string) => doc.widthOfString(value);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const push = () => {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const unit of tokens(paragraph)) {
      const unitWidth = measure(unit);
      if (lineWidth + unitWidth <= width) {
        line += unit;
        lineWidth += unitWidth;
        continue;
      }
      if (/^\s$/.test(unit)) {
        push();
        continue;
      }
      if (line !== '') push();
      if (unitWidth <= width) {
        line = unit;
        lineWidth = unitWidth;
        continue;
      }
      for (const char of unit) {
        const charWidth = measure(char);
        if (lineWidth + charWidth > width && line !== '') push();
        line += char;
        lineWidth += charWidth;
      }
    }
    push();
  }
  return lines;
}

function setFont(doc: Pdf, style: TextStyle) {
  doc.font(style.font ?? 'regular').fontSize(style.size ?? 10);
}

/** Draws pre-broken lines in a box: `x`, `width` for the alignment, `y` the top of the first line. */
export function drawLines(
  doc: Pdf,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  style: TextStyle = {},
) {
  setFont(doc, style);
  const size = style.size ?? 10;
  const step = lineHeight(size);
  const inset = (step - size * FONT_BOX) / 2;
  lines.forEach((line, index) => {
    doc.text(line, x, y + index * step + inset, { width, align: style.align ?? 'left', lineBreak: false });
  });
}

/** One paragraph-wrapped text at the flow's cursor, starting new pages as needed. */
export function flowParagraph(
  flow: PageFlow,
  text: string,
  style: TextStyle & { indent?: number; after?: number },
) {
  const size = style.size ?? 10;
  const indent = style.indent ?? 0;
  const lines = wrapText(flow.doc, `${'\u3000'.repeat(indent)}${text}`, flow.width, style);
  for (const line of lines) {
    flow.ensure(lineHeight(size));
    drawLines(flow.doc, [line], flow.left, flow.y, flow.width, style);
    flow.y += lineHeight(size);
  }
  flow.y += style.after ?? 0;
}

// Pages ---------------------------------------------------------------------------------------------

export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A vertical cursor over pages with fixed margins. */
export class PageFlow {
  y: number;
  private readonly pageListeners: (() => void)[] = [];

  constructor(
    readonly doc: Pdf,
    readonly frame: Frame,
  ) {
    this.y = frame.top;
  }

  get left(): number {
    return this.frame.left;
  }

  get width(): number {
    return this.doc.page.width - this.frame.left - this.frame.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.frame.bottom;
  }

  /** The height of a page's body. */
  get pageBody(): number {
    return this.bottom - this.frame.top;
  }

  remaining(): number {
    return this.bottom - this.y;
  }

  newPage() {
    this.doc.addPage();
    this.y = this.frame.top;
    for (const listener of [...this.pageListeners]) listener();
  }

  /** Starts a new page unless `height` fits below the cursor; true when it started one. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom + 0.01) return false;
    this.newPage();
    return true;
  }

  /** Runs `listener` at the top of each new page until the returned function is called. */
  onNewPage(listener: () => void): () => void {
    this.pageListeners.push(listener);
    return () => {
      const index = this.pageListeners.indexOf(listener);
      if (index >= 0) this.pageListeners.splice(index, 1);
    };
  }
}
