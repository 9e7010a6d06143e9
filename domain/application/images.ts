import type { Message } from '../message';

/**
 * Limits on an uploaded image's pixel size, checked from its header before it is decoded: a phone camera
 * takes 12–50 megapixels, a scan at 600 dpi of an A4 page is about 35; anything beyond is refused rather
 * than decoded (a few bytes of PNG can claim 100000 × 100000 pixels, 40 GB once decoded).
 */
export const MAX_IMAGE_SIDE = 10_000;
export const MAX_IMAGE_PIXELS = 40_000_000;

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Pixel size of a PNG (its IHDR chunk, which must come first) or a JPEG (its first start-of-frame
 * segment), read from the header without decoding; null when the header is not where it must be.
 */
export function readImageSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && ascii(12, 16) === 'IHDR') {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegFrameSize(bytes, view);
  return null;
}

/** Walks the JPEG segments to the first start-of-frame marker (SOF0–SOF15 except DHT, JPG and DAC). */
function jpegFrameSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/** Why an image of this pixel size is refused, or null when it is acceptable. */
export function imageSizeProblem({ width, height }: ImageSize): Message | null {
  if (width === 0 || height === 0) {
    return { zh: '图片没有像素（宽或高为 0）', en: 'The image has no pixels (a width or height of 0)' };
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return {
      zh: `图片过大（${width} × ${height} 像素）：每边不超过 ${MAX_IMAGE_SIDE} 像素，总计不超过 ${MAX_IMAGE_PIXELS / 1_000_000} 百万像素，请缩小后上传`,
      en: `The image is too large (${width} × ${height} pixels): at most ${MAX_IMAGE_SIDE} pixels a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels in all; scale it down and upload it again`,
    };
  }
  return null;
}
