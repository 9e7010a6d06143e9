/** Test helpers: the modules of a QR code read back from its image, and those a URL must give. Test-only. */
import QRCode from 'qrcode';
import { decodePng } from './files.testing';
import { QR_OPTIONS } from './qr';

/** The module matrix the QR encoder produces for `text` with our options, as rows of 0/1. */
export function expectedModules(text: string): number[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, column) => modules.data[row * modules.size + column] ?? 0),
  );
}

/** Reads a QR PNG of `size` modules with our quiet zone by sampling the centre of each module. */
export function modulesOfPng(png: Buffer, size: number): number[][] {
  const image = decodePng(png);
  const scale = image.width / (size + 2 * QR_OPTIONS.margin);
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => {
      const x = Math.floor((column + QR_OPTIONS.margin + 0.5) * scale);
      const y = Math.floor((row + QR_OPTIONS.margin + 0.5) * scale);
      return (image.pixels[y * image.width + x] ?? 255) < 128 ? 1 : 0;
    }),
  );
}
