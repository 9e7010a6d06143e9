import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../server/db/schema';
import { pdfImages } from '../server/documents/poppler.testing';
import { pngClaiming, realJpeg, realPng, signatureThenJunk } from '../server/images/sample-images.testing';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.each(engines)('images decoded at upload on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
    const created = await t.request({
      method: 'POST',
      url: '/api/applications',
      cookie,
      payload: { award: 'grand_award', name: '照片测试' },
    });
    expect(created.statusCode).toBe(201);
    id = created.json().id;
  });
  afterAll(async () => t?.close());

  const upload = (kind: string, name: string, type: string, bytes: Buffer) =>
    t.upload(id, { kind }, { name, type, bytes }, cookie);
  const rows = () => t.database.db.select().from(attachments).where(eq(attachments.applicationId, id));
  const annex2 = (format: 'pdf' | 'docx') =>
    t.request({ method: 'GET', url: `/api/applications/${id}/annex2.${format}`, cookie });

  it('refuses a PNG or JPEG signature followed by junk with 422 in both languages, keeping nothing', async () => {
    const before = await filesUnder(t.dataDir);
    for (const [kind, name, type, bytes] of [
      ['photo', '照片.png', 'image/png', signatureThenJunk('png')],
      ['photo', '照片.jpg', 'image/jpeg', signatureThenJunk('jpeg')],
      ['id_card', '身份证.jpg', 'image/jpeg', signatureThenJunk('jpeg', 200_000)],
    ] as const) {
      const res = await upload(kind, name, type, bytes);
      expect(res.statusCode, name).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'attachment.image_unreadable',
        message: { zh: expect.stringContaining('损坏'), en: expect.stringContaining('damaged') },
      });
    }
    expect(await rows()).toHaveLength(0);
    expect(await filesUnder(t.dataDir)).toEqual(before);
    // so the forms still print for everyone
    expect((await annex2('pdf')).statusCode).toBe(200);
    expect((await annex2('docx')).statusCode).toBe(200);
  });

  it('refuses a PNG whose header claims 100000 × 100000 pixels', async () => {
    const res = await upload('photo', '巨图.png', 'image/png', pngClaiming(100_000, 100_000));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'attachment.image_too_large',
      message: { zh: expect.stringContaining('100000 × 100000'), en: expect.stringContaining('too large') },
    });
    expect(await rows()).toHaveLength(0);
  });

  it('accepts a real PNG and a real JPEG as the photo, and prints each on Annex 2 as PDF and DOCX', async () => {
    for (const [name, type, bytes, width] of [
      ['照片.png', 'image/png', realPng(120, 160), 120],
      ['照片.jpg', 'image/jpeg', realJpeg(132, 176), 132],
    ] as const) {
      const res = await upload('photo', name, type, bytes);
      expect(res.statusCode, name).toBe(201);
      t.clock.set(new Date(t.clock.now().getTime() + 60_000)); // the newest photo is the one printed
      const pdf = await annex2('pdf');
      expect(pdf.statusCode, name).toBe(200);
      // the photo is in the PDF (a PNG with alpha comes out twice: its colours and its mask)
      expect(pdfImages(pdf.rawPayload).some((png) => png.readUInt32BE(16) === width)).toBe(true);
      const docx = await annex2('docx');
      expect(docx.statusCode, name).toBe(200);
      expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    }
    expect((await rows()).map((row) => row.mimeType).sort()).toEqual(['image/jpeg', 'image/png']);
  });
});
