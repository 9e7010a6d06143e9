import { sha256Hex } from './annex2-hash';
import { dateZh } from './annex2-view';
import { createPdf, type FontName, type Pdf } from './pdf-layout';
import { qrFor } from './qr';
import { editionOrdinal } from './review-opinion';

/**
 * The winner's certificate (荣誉证书): one landscape A4 page inside a double gold frame — the heading in
 * red, 授予 name 同志 on one line with the name large (smaller for a long name, so that a name of twenty
 * characters with its ·  still fits), the award and edition, the certificate number, the issuer and the date
 * at the right under the seal's place, and a QR code of the verification page with 扫码验证 under it.
 */
export interface CertificateDocument {
  certificateNo: string;
  name: string;
  awardName: string;
  edition: { number: number; year: number };
  /** `YYYY-MM-DD` */
  issuedOn: string;
  issuer: string;
  verifyUrl: string;
}

export const certificateTexts = {
  heading: '荣誉证书',
  grant: '授予',
  comrade: '同志',
  honour: (edition: number, award: string) => `${editionOrdinal(edition)}“${award}”荣誉称号。`,
  encouragement: '特发此证，以资鼓励。',
  number: (no: string) => `证书编号：${no}`,
  verify: '扫码验证',
} as const;

const RED = '#C8161D';
const GOLD = '#B8860B';
const INK = '#000';
/** The frame's inset from the paper's edge, and the text's from the frame. */
const FRAME = 28;
const INSET = 56;
const NAME_SIZE = 42;
const TEXT_SIZE = 24;
const QR_SIZE = 96;

export async function renderCertificatePdf(
  doc: CertificateDocument,
): Promise<{ bytes: Buffer; sha256: string }> {
  const qr = await qrFor(doc.verifyUrl);
  const { doc: pdf, finish } = createPdf(
    {
      Title: `${doc.awardName}荣誉证书（${doc.name}）`,
      Subject: certificateTexts.number(doc.certificateNo),
      Author: doc.issuer,
      CreationDate: new Date(`${doc.issuedOn}T12:00:00+08:00`),
    },
    'landscape',
  );
  const { width, height } = pdf.page;
  drawFrame(pdf);
  const left = FRAME + INSET;
  const right = width - FRAME - INSET;
  centred(pdf, certificateTexts.heading, 150, { font: 'bold', size: 52, color: RED, spacing: 24 });
  drawGrant(pdf, doc.name, left, right, 262);
  centred(pdf, certificateTexts.honour(doc.edition.number, doc.awardName), 322, { size: TEXT_SIZE });
  centred(pdf, certificateTexts.encouragement, 372, { size: 20 });
  // The QR code at the bottom left with its caption; the number beside it; issuer and date at the right.
  const qrTop = height - FRAME - 40 - QR_SIZE - 18;
  pdf.image(qr, left, qrTop, { width: QR_SIZE, height: QR_SIZE });
  pdf.link(left, qrTop, QR_SIZE, QR_SIZE, doc.verifyUrl);
  text(pdf, certificateTexts.verify, left + QR_SIZE / 2, qrTop + QR_SIZE + 14, {
    size: 11,
    anchor: 'middle',
  });
  text(pdf, certificateTexts.number(doc.certificateNo), left + QR_SIZE + 16, qrTop + QR_SIZE - 2, {
    size: 14,
  });
  const signature = [doc.issuer, dateZh(doc.issuedOn, { pad: false })];
  pdf.font('regular').fontSize(18);
  const blockWidth = Math.max(...signature.map((line) => pdf.widthOfString(line)));
  const centre = right - blockWidth / 2;
  signature.forEach((line, index) => {
    text(pdf, line, centre, qrTop + 46 + index * 32, { size: 18, anchor: 'middle' });
  });
  const bytes = await finish();
  return { bytes, sha256: sha256Hex(bytes) };
}

function drawFrame(pdf: Pdf) {
  const { width, height } = pdf.page;
  pdf.save();
  pdf
    .lineWidth(4)
    .strokeColor(GOLD)
    .rect(FRAME, FRAME, width - 2 * FRAME, height - 2 * FRAME)
    .stroke();
  const inner = FRAME + 8;
  pdf
    .lineWidth(1)
    .rect(inner, inner, width - 2 * inner, height - 2 * inner)
    .stroke();
  pdf.restore();
}

interface Style {
  font?: FontName;
  size: number;
  color?: string;
  /** Extra space between characters (the heading's letter spacing). */
  spacing?: number;
  /** Where `x` is: the start of the text or its middle. */
  anchor?: 'start' | 'middle';
}

function measure(pdf: Pdf, value: string, style: Style): number {
  pdf.font(style.font ?? 'regular').fontSize(style.size);
  return pdf.widthOfString(value, { characterSpacing: style.spacing ?? 0 });
}

/** One line of text on a baseline at `y`, never wrapped. */
function text(pdf: Pdf, value: string, x: number, y: number, style: Style) {
  const width = measure(pdf, value, style);
  const start = style.anchor === 'middle' ? x - width / 2 : x;
  pdf.fillColor(style.color ?? INK);
  pdf.text(value, start, y, {
    lineBreak: false,
    baseline: 'alphabetic',
    characterSpacing: style.spacing ?? 0,
  });
  pdf.fillColor(INK);
}

function centred(pdf: Pdf, value: string, y: number, style: Style) {
  text(pdf, value, pdf.page.width / 2, y, { ...style, anchor: 'middle' });
}

/**
 * 授予 name 同志 on one baseline, centred as a group; the name is set as large as fits between the two
 * words (42 pt for a usual name, smaller for a long one).
 */
function drawGrant(pdf: Pdf, name: string, left: number, right: number, y: number) {
  const gap = 24;
  const small = { size: TEXT_SIZE };
  const grantWidth = measure(pdf, certificateTexts.grant, small);
  const comradeWidth = measure(pdf, certificateTexts.comrade, small);
  const room = right - left - grantWidth - comradeWidth - 2 * gap;
  const natural = measure(pdf, name, { font: 'bold', size: NAME_SIZE });
  const size = natural > room ? Math.floor((NAME_SIZE * room * 10) / natural) / 10 : NAME_SIZE;
  const nameStyle = { font: 'bold' as const, size };
  const nameWidth = Math.max(measure(pdf, name, nameStyle), 4 * size);
  const total = grantWidth + gap + nameWidth + gap + comradeWidth;
  let x = (pdf.page.width - total) / 2;
  text(pdf, certificateTexts.grant, x, y, small);
  x += grantWidth + gap;
  text(pdf, name, x + nameWidth / 2, y, { ...nameStyle, anchor: 'middle' });
  // A line under the name, as on a printed certificate's blank.
  pdf.save().lineWidth(0.8).strokeColor(INK);
  pdf
    .moveTo(x - 6, y + 8)
    .lineTo(x + nameWidth + 6, y + 8)
    .stroke();
  pdf.restore();
  x += nameWidth + gap;
  text(pdf, certificateTexts.comrade, x, y, small);
}
