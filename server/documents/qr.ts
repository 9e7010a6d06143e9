import QRCode from 'qrcode';

/**
 * The QR code printed on a document, as a PNG. Error correction M survives a stamp's edge or a crease;
 * a quiet zone of two modules is enough on white paper and keeps the code large in its box.
 */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2, scale: 8 } as const;

export function qrFor(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png' });
}
