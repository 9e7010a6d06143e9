/** Test helpers: what poppler-utils read from a PDF (text, fonts, pages, images). Test-only. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the PDF to a temporary file for a command-line tool, removed afterwards. */
export function withPdf<T>(bytes: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxuan-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

/** `pdftotext -layout`: the text as printed, columns kept apart by spaces. */
export function pdfText(bytes: Buffer): string {
  return withPdf(bytes, (file) => run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));
}

/** The text with all white space removed (layout spaces, ideographic spaces, line breaks). */
export function compact(text: string): string {
  return text.replace(/\s/gu, '');
}

export function pdfPageCount(bytes: Buffer): number {
  const info = withPdf(bytes, (file) => run('pdfinfo', [file]));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(bytes: Buffer): PdfFont[] {
  const lines = withPdf(bytes, (file) => run('pdffonts', [file]))
    .split('\n')
    .slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match =
        /^(\S+)\s+(.+?)\s+(Identity-H|WinAnsi|Custom|Builtin|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(
          line,
        );
      if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
      return {
        name: match[1] ?? '',
        type: match[2] ?? '',
        embedded: match[4] === 'yes',
        subset: match[5] === 'yes',
        unicode: match[6] === 'yes',
      };
    });
}

/** `pdfimages -png`: every image of the PDF as a PNG file (soft masks included), in page order. */
export function pdfImages(bytes: Buffer): Buffer[] {
  return withPdf(bytes, (file, dir) => {
    execFileSync('pdfimages', ['-png', file, join(dir, 'image')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('image-'))
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  });
}

/** `pdftotext -raw`: the text in the order it was drawn (a cell's lines stay together). */
export function pdfRawText(bytes: Buffer): string {
  return withPdf(bytes, (file) => run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']));
}

export interface PdfWord {
  page: number;
  pageWidth: number;
  pageHeight: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word with its box (`pdftotext -bbox`), in points from the top left of its page. */
export function pdfWords(bytes: Buffer): PdfWord[] {
  const html = withPdf(bytes, (file) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']));
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const match of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word ([^>]*)>([^<]*)<\/word>/g,
  )) {
    if (match[1]) {
      page += 1;
      pageWidth = Number(match[1]);
      pageHeight = Number(match[2]);
      continue;
    }
    const attribute = (name: string) => Number(new RegExp(`${name}="([\\d.-]+)"`).exec(match[3] ?? '')?.[1]);
    words.push({
      page,
      pageWidth,
      pageHeight,
      xMin: attribute('xMin'),
      yMin: attribute('yMin'),
      xMax: attribute('xMax'),
      yMax: attribute('yMax'),
      text: match[4] ?? '',
    });
  }
  return words;
}
