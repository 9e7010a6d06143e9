import { describe, expect, it } from 'vitest';
import { errorStatus } from '../../contract/errors';
import { DomainError } from '../../domain/errors';
import { assertReadableImage, decodeImage } from './readable-image';
import { pngClaiming, realJpeg, realPng, signatureThenJunk } from './sample-images.testing';

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('assertReadableImage', () => {
  it('accepts a real PNG and a real JPEG after decoding them whole', async () => {
    await expect(assertReadableImage(realPng(), 'image/png')).resolves.toBeUndefined();
    await expect(assertReadableImage(realJpeg(), 'image/jpeg')).resolves.toBeUndefined();
    expect(await decodeImage(realJpeg(33, 21), 'image/jpeg')).toEqual({ ok: true, width: 33, height: 21 });
  });

  it('refuses a signature followed by junk, in both languages', async () => {
    for (const [bytes, type] of [
      [signatureThenJunk('png'), 'image/png'],
      [signatureThenJunk('jpeg'), 'image/jpeg'],
    ] as const) {
      const error = await refusal(assertReadableImage(bytes, type));
      expect(error.code).toBe('attachment.image_unreadable');
      expect(errorStatus(error.code)).toBe(422);
      expect(error.userMessage.zh).toContain('损坏');
      expect(error.userMessage.en).toContain('damaged');
    }
  });

  it('refuses an image whose header is right but whose pixels are cut off or damaged', async () => {
    const jpeg = realJpeg(200, 200);
    // the frame header survives; the scan data is cut in the middle
    const cut = await refusal(assertReadableImage(jpeg.subarray(0, jpeg.length / 2), 'image/jpeg'));
    expect(cut.code).toBe('attachment.image_unreadable');
    const png = Buffer.from(realPng(200, 200));
    png.fill(0x00, 60, 200); // inside the IDAT chunk: its checksum no longer matches
    expect((await refusal(assertReadableImage(png, 'image/png'))).code).toBe('attachment.image_unreadable');
  });

  it('refuses a PNG claiming 100000 × 100000 pixels from its header, without decoding it', async () => {
    let decodes = 0;
    const counting: typeof decodeImage = async (bytes, type) => {
      decodes += 1;
      return decodeImage(bytes, type);
    };
    const error = await refusal(assertReadableImage(pngClaiming(100_000, 100_000), 'image/png', counting));
    expect(error.code).toBe('attachment.image_too_large');
    expect(error.userMessage.zh).toContain('100000 × 100000');
    expect(error.userMessage.en).toContain('100000 × 100000');
    expect(decodes).toBe(0);
    // the same with a side just over the limit, and the counting decoder does run for a normal image
    await refusal(assertReadableImage(pngClaiming(10_001, 10), 'image/png', counting));
    expect(decodes).toBe(0);
    await assertReadableImage(realPng(), 'image/png', counting);
    expect(decodes).toBe(1);
  });

  it('answers each of many decodes that arrive together, waiting their turn for a slot', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => decodeImage(realJpeg(10 + i, 10), 'image/jpeg')),
    );
    expect(outcomes.map((o) => (o.ok ? o.width : 0))).toEqual([10, 11, 12, 13, 14, 15]);
  });
});
