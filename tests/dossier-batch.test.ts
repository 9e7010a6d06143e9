import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, dossierBatches } from '../server/db/schema';
import { pdfPageCount } from '../server/documents/poppler.testing';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';
import { readyToReport } from '../server/testing/ready-to-report';

/**
 * Issue 11.5: a recommender's dossiers are bound in one ZIP by a job of the queue kept in the database
 * (pg-boss), with progress to show; the ZIP stores the PDFs without deflating them.
 */
describe.each(engines)('the dossier batch on %s', (engine) => {
  let t: TestApp;
  let made: Awaited<ReturnType<typeof readyToReport>>;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    made = await readyToReport(t, 3);
    cookie = await t.login(made.officer.username, made.officer.password);
  }, 60_000);
  afterAll(async () => t?.close());

  const batchOf = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/dossier-batches/${id}`, cookie })).json();

  /** Polls like the page does, until the batch is no longer queued or running. */
  async function settled(id: string) {
    const seen: number[] = [];
    for (let i = 0; i < 240; i++) {
      const batch = await batchOf(id);
      seen.push(batch.done);
      if (batch.status === 'done' || batch.status === 'failed') return { batch, seen };
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`batch ${id} did not finish`);
  }

  it('binds every ranked candidate in the background and hands out one stored ZIP', async () => {
    const asked = await t.request({ method: 'POST', url: '/api/dossier-batches', cookie, payload: {} });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).toMatchObject({ status: 'queued', done: 0, total: 3 });
    // a second click while it runs follows the same batch
    const again = await t.request({ method: 'POST', url: '/api/dossier-batches', cookie, payload: {} });
    expect(again.json().id).toBe(asked.json().id);

    const { batch, seen } = await settled(asked.json().id);
    expect(batch, JSON.stringify(batch)).toMatchObject({ status: 'done', done: 3, total: 3, error: null });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const latest = await t.request({ method: 'GET', url: '/api/dossier-batches/latest', cookie });
    expect(latest.json().batch.id).toBe(batch.id);

    const download = await t.request({
      method: 'GET',
      url: `/api/dossier-batches/${batch.id}/download`,
      cookie,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.rawPayload.length).toBe(batch.sizeBytes);
    const zip = await JSZip.loadAsync(download.rawPayload);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
    expect(names).toEqual([
      '长春技术能手/01-候选人1.pdf',
      '长春技术能手/02-候选人2.pdf',
      '长春技术能手/03-候选人3.pdf',
    ]);
    for (const name of names) {
      const entry = zip.file(name);
      if (!entry) throw new Error(`${name} missing`);
      const pdf = Buffer.from(await entry.async('uint8array'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // the contents page and Annex 2 at least
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    }
    // stored, not deflated: the PDFs are compressed already (compression method 0 in each local header)
    const methods: number[] = [];
    for (let at = download.rawPayload.indexOf('PK\u0003\u0004'); at >= 0; ) {
      methods.push(download.rawPayload.readUInt16LE(at + 8));
      at = download.rawPayload.indexOf('PK\u0003\u0004', at + 4);
    }
    expect(methods.slice(0, 3)).toEqual([0, 0, 0]);

    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.objectId, batch.id));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'document.dossier_batch',
      'dossier_batch.done',
      'dossier_batch.request',
    ]);
    // each dossier bound was produced (and audited) for the officer who asked
    const dossiers = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'document.dossier'));
    expect(
      dossiers.filter((a) => made.ids.includes(a.objectId ?? '') && a.actorUserId === made.officer.id),
    ).toHaveLength(3);
  }, 90_000);

  it('shows a batch only to its recommender and the bureau, and refuses an empty one', async () => {
    const [row] = await t.database.db.select().from(dossierBatches).limit(1);
    const other = await t.login('recommender');
    expect(
      (await t.request({ method: 'GET', url: `/api/dossier-batches/${row?.id}`, cookie: other })).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/dossier-batches/${row?.id}/download`, cookie: other }))
        .statusCode,
    ).toBe(404);
    const staff = await t.login('staff');
    expect(
      (await t.request({ method: 'GET', url: `/api/dossier-batches/${row?.id}`, cookie: staff })).statusCode,
    ).toBe(200);
    // Chaoyang has ranked no one after a notice yet: nothing to bind
    const empty = await t.request({
      method: 'POST',
      url: '/api/dossier-batches',
      cookie: other,
      payload: {},
    });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().code).toBe('batch.nothing_to_bind');
  });
});
