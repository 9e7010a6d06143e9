import { readdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_APPLICATION_ATTACHMENT_BYTES, MAX_ATTACHMENT_BYTES } from '../domain/application';
import { multipart, tinyPdf } from '../server/cli/sample-files';
import { applications, attachments } from '../server/db/schema';
import { insertApplication } from '../server/testing/factories';
import { createTestApp, engines, TEST_ORIGIN, type TestApp } from '../server/testing/harness';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.each(engines)('attachment uploads on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let id: string;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
    // the demo draft that has no attachments yet
    const [draft] = await t.database.db.select().from(applications).where(eq(applications.name, '韩雪梅'));
    id = draft?.id ?? '';
    url = `/api/applications/${id}/attachments`;
  });
  afterAll(async () => t?.close());

  const rowsOf = async () =>
    t.database.db.select().from(attachments).where(eq(attachments.applicationId, id));

  it('refuses a file over 20 MB with 413 and keeps nothing of it', async () => {
    const before = await filesUnder(t.dataDir);
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x20)]);
    const res = await t.upload(
      id,
      { kind: 'other_evidence' },
      { name: 'big.pdf', type: 'application/pdf', bytes: big },
      cookie,
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('attachment.too_large');
    expect(res.json().message.zh).toContain('20 MB');
    expect(await rowsOf()).toHaveLength(0);
    expect(await filesUnder(t.dataDir)).toEqual(before);
  });

  it('leaves no file and no row when the upload is killed halfway', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const before = await filesUnder(t.dataDir);
    const form = multipart(
      { kind: 'other_evidence' },
      {
        name: '证明.pdf',
        type: 'application/pdf',
        bytes: Buffer.concat([tinyPdf(), Buffer.alloc(4 * 1024 * 1024, 0x41)]),
      },
    );
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST ${url} HTTP/1.1\r\nHost: jiangxuan.test\r\nOrigin: ${TEST_ORIGIN}\r\nCookie: ${cookie}\r\n` +
            `Content-Type: ${form.contentType}\r\nContent-Length: ${form.body.length}\r\n\r\n`,
        );
        // half the body, then the client dies
        socket.write(form.body.subarray(0, form.body.length / 2), () =>
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 200),
        );
      });
      socket.on('error', reject);
    });
    // give the server time to notice and clean up
    await new Promise((r) => setTimeout(r, 500));
    expect(await rowsOf()).toHaveLength(0);
    expect(await filesUnder(t.dataDir)).toEqual(before);
    // and the server is fine afterwards
    const res = await t.upload(
      id,
      { kind: 'other_evidence' },
      { name: 'ok.pdf', type: 'application/pdf', bytes: tinyPdf() },
      cookie,
    );
    expect(res.statusCode).toBe(201);
    expect(await rowsOf()).toHaveLength(1);
    expect((await filesUnder(t.dataDir)).length).toBe(before.length + 1);
  });

  it('keeps a burst of parallel uploads within the 100 MB of an application, and nothing of the refused', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/applications',
      cookie,
      payload: { award: 'technical_expert', name: '并发上传' },
    });
    expect(created.statusCode).toBe(201);
    const other: string = created.json().id;
    const before = await filesUnder(t.dataDir);
    const pdf = tinyPdf();
    const bytes = Buffer.concat([pdf, Buffer.alloc(19 * 1024 * 1024 - pdf.length, 0x20)]);
    // 8 × 19 MiB = 152 MiB against 100 MiB: five fit, whichever order they arrive in
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.upload(
          other,
          { kind: 'other_evidence' },
          { name: `证明${i}.pdf`, type: 'application/pdf', bytes },
          cookie,
        ),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 201, 201, 201, 201, 413, 413, 413]);
    for (const refused of answers.filter((a) => a.statusCode === 413)) {
      expect(refused.json()).toMatchObject({
        code: 'attachment.application_too_large',
        message: { zh: expect.stringContaining('100 MB'), en: expect.stringContaining('100 MB') },
      });
    }
    const rows = await t.database.db.select().from(attachments).where(eq(attachments.applicationId, other));
    expect(rows).toHaveLength(5);
    expect(rows.reduce((total, row) => total + row.sizeBytes, 0)).toBeLessThanOrEqual(
      MAX_APPLICATION_ATTACHMENT_BYTES,
    );
    // exactly the five stored files are new on disk: no refused upload left a file or a .part behind
    const added = (await filesUnder(t.dataDir)).filter((file) => !before.includes(file));
    expect(added.sort()).toEqual(rows.map((row) => path.join(t.dataDir, 'files', row.storageKey)).sort());
  });

  it('answers 404 to another unit, and 403 to a role that may read but not upload', async () => {
    const soe = await t.login('soe');
    const res = await t.upload(
      id,
      { kind: 'other_evidence' },
      { name: 'x.pdf', type: 'application/pdf', bytes: tinyPdf() },
      soe,
    );
    expect(res.statusCode).toBe(404);
    // the bureau does not see a unit's draft at all (minimum disclosure): the same 404
    const bureau = await t.login('bureau');
    const hidden = await t.upload(
      id,
      { kind: 'other_evidence' },
      { name: 'x.pdf', type: 'application/pdf', bytes: tinyPdf() },
      bureau,
    );
    expect(hidden.statusCode).toBe(404);
    // the recommender reads what was reported to it but adds nothing to the unit's dossier
    const reported = await insertApplication(t, { status: 'at_recommender', employer: 'emp-jingong' });
    const denied = await t.upload(
      reported.id,
      { kind: 'other_evidence' },
      { name: 'x.pdf', type: 'application/pdf', bytes: tinyPdf() },
      await t.login('recommender'),
    );
    expect(denied.json().code).toBe('attachment.not_allowed');
  });

  it('needs the kind before the file, and a known kind', async () => {
    const res = await t.upload(id, {}, { name: 'x.pdf', type: 'application/pdf', bytes: tinyPdf() }, cookie);
    expect(res.json().code).toBe('attachment.kind_missing');
    const bad = await t.upload(
      id,
      { kind: 'selfie' },
      { name: 'x.pdf', type: 'application/pdf', bytes: tinyPdf() },
      cookie,
    );
    expect(bad.json().code).toBe('attachment.kind_unknown');
  });
});
