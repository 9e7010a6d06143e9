import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { font, SONG } from './docx-layout';
import { drawLines, lineHeight, type PageFlow, type Pdf, type TextStyle } from './pdf-layout';
import { SIGNATURE_RIGHT_INDENT } from './report-data';

/**
 * The page of an official document (公文, GB/T 9704) that the recommender's report and the bureau's decision
 * share: the text column, 三号 on 28 pt lines (22 to a page), the signature block with room for the seal,
 * and the page number 「— 1 —」 under the text, in PDF and in Word.
 */
const mm = (value: number) => (value * 72) / 25.4;
export const OFFICIAL_FRAME = { left: mm(28), right: mm(26), top: mm(37), bottom: mm(35) };
export const OFFICIAL_BODY: TextStyle = { size: 16 };
export const OFFICIAL_STEP = 28;
export const OFFICIAL_EM = 16;
/** Blank lines above the signature: the seal overlaps them and the name. */
export const SEAL_LINES = 2;

/** The issuer and the date centred on each other, two characters from the right, room above for the seal. */
export function drawOfficialSignature(flow: PageFlow, lines: readonly string[]) {
  const pdf = flow.doc;
  pdf.font('regular').fontSize(16);
  const width = Math.max(...lines.map((line) => pdf.widthOfString(line)));
  flow.ensure((SEAL_LINES + lines.length) * OFFICIAL_STEP);
  flow.y += SEAL_LINES * OFFICIAL_STEP;
  const x = flow.left + flow.width - SIGNATURE_RIGHT_INDENT * OFFICIAL_EM - width;
  const inset = (OFFICIAL_STEP - lineHeight(16)) / 2;
  for (const line of lines) {
    drawLines(pdf, [line], x, flow.y + inset, width, { ...OFFICIAL_BODY, align: 'center' });
    flow.y += OFFICIAL_STEP;
  }
}

/** 「— 1 —」 in 四号 under the text column. */
export function drawOfficialPageNumber(pdf: Pdf, page: number) {
  const y = pdf.page.height - OFFICIAL_FRAME.bottom + 14;
  drawLines(pdf, [`— ${page} —`], 0, y, pdf.page.width, { size: 14, align: 'center' });
}

/** The Word footer with 「— N —」 centred, in 宋体 of `halfPoints` (28: 四号). */
export function pageNumberFooter(halfPoints = 28): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(SONG), size: halfPoints }),
        ],
      }),
    ],
  });
}
