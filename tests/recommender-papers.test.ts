import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIntakeCode } from '../domain/intake/intake-code';
import { applications, attachments, auditLog, issuedDocuments } from '../server/db/schema';
import { annex3Texts } from '../server/documents';
import { compact, pdfText } from '../server/documents/poppler.testing';
import { insertApplication, insertOrganisation, insertUser } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * The recommender's papers through the API: Annex 3 (XLSX and PDF) of its ranked candidates with the full
 * ID and account numbers, produced only by its own officers and the bureau, each production audited; the
 * Annex 4 cover with its intake code; the bound dossier whose page 1 is the contents and whose pages are
 * the sum of its parts.
 */
describe.each(engines)('the recommender’s papers on %s', (engine) => {
  let t: TestApp;
  let officer: string;
  let stranger: string;
  let district: string;
  const ranked: { id: string; award: string; rank: number; name: string }[] = [];
  let waiting: string;

  beforeAll(async () => {
    t = await createTestApp(engine, { now: '2026-10-20T02:00:00Z' });
    const org = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    const other = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    const unit = await insertOrganisation(t, { kind: 'employer', recommender: org });
    district = org.id;
    officer = (await insertUser(t, { role: 'recommender_officer', organisation: org })).username;
    stranger = (await insertUser(t, { role: 'recommender_officer', organisation: other })).username;
    // given out of rank order, across both awards
    for (const [award, rank, name] of [
      ['technical_expert', 2, '王技二'],
      ['grand_award', 2, '李大二'],
      ['technical_expert', 1, '赵技一'],
      ['grand_award', 1, '张大一'],
      ['technical_expert', 3, '孙技三'],
    ] as const) {
      const made = await insertApplication(t, {
        status: 'recommender_noticed',
        award,
        employer: unit.id,
        recommender: org.id,
        recommenderRank: rank,
        name,
      });
      ranked.push({ id: made.id, award, rank, name });
    }
    waiting = (await insertApplication(t, { status: 'at_recommender', employer: unit.id, name: '钱未排' }))
      .id;
  }, 120_000);
  afterAll(async () => t?.close());

  const get = async (url: string, who: string) =>
    t.request({ method: 'GET', url, cookie: await t.login(who) });
  const inOrder = ['张大一', '李大二', '赵技一', '王技二', '孙技三'];

  it('gives its officer Annex 3 as XLSX: the annex’s columns, rows in rank order, numbers in clear', async () => {
    const res = await get('/api/summary-table.xlsx', officer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const cells: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.value ?? ''));
      });
    });
    for (const column of annex3Texts.columns) expect(cells).toContain(column.label);
    const names = cells.filter((c) => inOrder.includes(c));
    expect(names).toEqual(inOrder);
    expect(cells).not.toContain('钱未排');
    const rows = await t.database.db
      .select()
      .from(applications)
      .where(
        inArray(
          applications.id,
          ranked.map((r) => r.id),
        ),
      );
    for (const row of rows) {
      const id = t.sealer.openOptional(row.idNumberEnc);
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(cells).toContain(id);
    }
  });

  it('gives the same as PDF, with the annex’s labels, and audits each production with whose numbers', async () => {
    const res = await get('/api/summary-table.pdf', officer);
    expect(res.statusCode, res.body).toBe(200);
    const text = compact(pdfText(res.rawPayload));
    for (const label of ['候选人汇总表', '推荐单位', '排序号', '身份证号码', '填表人', '填表日期']) {
      expect(text).toContain(label);
    }
    const positions = inOrder.map((name) => text.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'document.summary_table'), eq(auditLog.objectId, district)));
    expect(audits.map((a) => (a.detail as { format: string }).format).sort()).toEqual(['pdf', 'xlsx']);
    expect((audits[0]?.detail as { applicationIds?: string[] } | undefined)?.applicationIds).toHaveLength(5);
    const [registered] = await t.database.db
      .select()
      .from(issuedDocuments)
      .where(and(eq(issuedDocuments.kind, 'summary_table'), eq(issuedDocuments.organisationId, district)));
    expect(registered?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 404 to another recommender asking for this one, a plain unit, an expert; the bureau names one', async () => {
    // another district gets its own table, not this one's
    const own = await get('/api/summary-table.pdf', stranger);
    expect(own.statusCode).toBe(200);
    expect(compact(pdfText(own.rawPayload))).not.toContain('张大一');
    expect((await get(`/api/summary-table.pdf?recommender=${district}`, stranger)).statusCode).toBe(404);
    expect((await get('/api/summary-table.pdf', 'employer')).statusCode).toBe(404);
    expect((await get('/api/summary-table.pdf', 'expert')).statusCode).toBe(404);
    const unnamed = await get('/api/summary-table.pdf', 'staff');
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().code).toBe('papers.recommender_required');
    // the bureau sees what reached it: nothing yet, so the annex prints its empty rows
    const named = await get(`/api/summary-table.pdf?recommender=${district}`, 'staff');
    expect(named.statusCode, named.body).toBe(200);
    expect(compact(pdfText(named.rawPayload))).not.toContain('张大一');
  });

  it('prints the envelope cover with a stable intake code, only once the candidate is ranked', async () => {
    const [first] = ranked;
    if (!first) throw new Error('none');
    const one = await get(`/api/applications/${first.id}/cover.pdf`, officer);
    expect(one.statusCode, one.body).toBe(200);
    const text = compact(pdfText(one.rawPayload));
    for (const label of [
      '推荐类别',
      '推荐单位联系人',
      '申报人姓名',
      '申报人所在单位',
      '申报材料目录',
      '汇总表',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain(first.name);
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, first.id));
    const code = row?.intakeCode ?? '';
    expect(parseIntakeCode(code)).toBe(code);
    expect(text).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
    await get(`/api/applications/${first.id}/cover.pdf`, officer);
    const [again] = await t.database.db.select().from(applications).where(eq(applications.id, first.id));
    expect(again?.intakeCode).toBe(code);
    const early = await get(`/api/applications/${waiting}/cover.pdf`, officer);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('papers.not_recommended');
    expect((await get(`/api/applications/${first.id}/cover.pdf`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/applications/${first.id}/cover.pdf`, 'expert')).statusCode).toBe(404);
  });

  it('binds the dossier: page 1 the contents, then Annex 2 and the attachments, as many pages as its parts', async () => {
    const [first] = ranked;
    if (!first) throw new Error('none');
    const res = await get(`/api/applications/${first.id}/dossier.pdf`, officer);
    expect(res.statusCode, res.body).toBe(200);
    const dossier = await PDFDocument.load(res.rawPayload);
    const annex2 = await get(`/api/applications/${first.id}/annex2.pdf`, officer);
    let expected = 1 + (await PDFDocument.load(annex2.rawPayload)).getPageCount();
    const files = await t.database.db
      .select()
      .from(attachments)
      .where(eq(attachments.applicationId, first.id));
    const bound = files.filter((f) => f.kind !== 'photo' && f.kind !== 'decision_minutes');
    expect(bound.length).toBeGreaterThan(0);
    for (const file of bound) {
      expected +=
        file.mimeType === 'application/pdf'
          ? (await PDFDocument.load(await t.storage.get(file.storageKey))).getPageCount()
          : 1;
    }
    expect(dossier.getPageCount()).toBe(expected);
    expect(res.headers['x-page-count']).toBe(String(expected));
    const firstPage = compact(pdfText(res.rawPayload).split('\f')[0] ?? '');
    expect(firstPage).toContain('目录');
    expect(firstPage).toContain('身份证复印件');
    expect((await get(`/api/applications/${first.id}/dossier.pdf`, stranger)).statusCode).toBe(404);
  });
});
