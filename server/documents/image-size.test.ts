import { describe, expect, it } from 'vitest';
import { portraitPng } from './annex2-data.testing';
import { imageSize } from './image-size';

/** The segments a JPEG starts with: SOI, an APP0 (JFIF) segment, then the baseline frame header. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0,
  ];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
}

describe('imageSize', () => {
  it('reads a PNG header', () => {
    expect(imageSize(portraitPng())).toEqual({ width: 150, height: 210 });
  });

  it('walks a JPEG to its frame header', () => {
    expect(imageSize(jpegHeader(413, 579))).toEqual({ width: 413, height: 579 });
  });

  it('refuses anything else', () => {
    expect(() => imageSize(Buffer.from('%PDF-1.7'))).toThrow(TypeError);
    expect(() => imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toThrow(TypeError);
  });
});
