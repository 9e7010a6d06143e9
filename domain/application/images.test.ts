import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageSizeProblem, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, readImageSize } from './images';

/** The signature and IHDR chunk a PNG starts with (the CRC is not checked by a header reader). */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 2, 0, 0, 0], 24);
  return bytes;
}

/** The segments a JPEG starts with: SOI, an APP0 (JFIF) segment, then the baseline frame header. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0,
  ];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
}

describe('readImageSize', () => {
  it('reads a PNG header', () => {
    expect(readImageSize(pngHeader(150, 210))).toEqual({ width: 150, height: 210 });
  });

  it('walks a JPEG to its frame header', () => {
    expect(readImageSize(jpegHeader(413, 579))).toEqual({ width: 413, height: 579 });
  });

  it('finds no size in anything else, nor in a signature followed by junk', () => {
    expect(readImageSize(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(readImageSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
    const junk = new Uint8Array(64).fill(0x41);
    expect(readImageSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...junk]))).toBeNull();
    expect(
      readImageSize(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...junk])),
    ).toBeNull();
  });

  it('never throws, whatever follows a JPEG or PNG signature', () => {
    fc.assert(
      fc.property(fc.constantFrom([0xff, 0xd8], [0x89, 0x50, 0x4e, 0x47]), fc.uint8Array(), (start, rest) => {
        readImageSize(Uint8Array.from([...start, ...rest]));
      }),
    );
  });
});

describe('imageSizeProblem', () => {
  it('accepts an ID photo, a phone picture and an A4 scan at 600 dpi', () => {
    expect(imageSizeProblem({ width: 413, height: 579 })).toBeNull();
    expect(imageSizeProblem({ width: 4032, height: 3024 })).toBeNull();
    expect(imageSizeProblem({ width: 4961, height: 7016 })).toBeNull();
  });

  it('refuses an empty image, a side over the limit and too many pixels, in both languages', () => {
    expect(imageSizeProblem({ width: 0, height: 10 })?.zh).toContain('0');
    const huge = imageSizeProblem({ width: 100_000, height: 100_000 });
    expect(huge?.zh).toContain('100000 × 100000');
    expect(huge?.en).toContain('too large');
    expect(imageSizeProblem({ width: MAX_IMAGE_SIDE + 1, height: 1 })).not.toBeNull();
    expect(imageSizeProblem({ width: 8000, height: Math.ceil(MAX_IMAGE_PIXELS / 8000) + 1 })).not.toBeNull();
  });
});
