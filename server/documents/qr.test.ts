import { describe, expect, it } from 'vitest';
import { decodePng } from './files.testing';
import { qrFor } from './qr';
import { expectedModules, modulesOfPng } from './qr.testing';

describe('qrFor', () => {
  const url = 'http://localhost:3000/verify/150976ea334da4025f93038f5eb96d40cb05c74885ccc5665f3f2af66a841a9f';

  it('draws exactly the modules the encoder gives for the URL', async () => {
    const expected = expectedModules(url);
    expect(modulesOfPng(await qrFor(url), expected.length)).toEqual(expected);
  });

  it('differs from the code of another URL (the comparison is not vacuous)', async () => {
    const expected = expectedModules(url);
    const other = await qrFor(url.replace('1509', '1508'));
    expect(modulesOfPng(other, expected.length)).not.toEqual(expected);
  });

  it('is a square PNG with a quiet zone and eight pixels a module', async () => {
    const size = expectedModules(url).length;
    const image = decodePng(await qrFor(url));
    expect(image.width).toBe(image.height);
    expect(image.width).toBe((size + 4) * 8);
    expect(image.pixels[0]).toBe(255);
  });
});
