import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificateNumber } from '../domain/review';
import { shanghaiDate } from '../domain/time';
import { applications, auditLog, issuedDocuments, prizePayments, winnersHistory } from '../server/db/schema';
import { compact, pdfImages, pdfPageCount, pdfText } from '../server/documents/poppler.testing';
import { expectedModules, modulesOfPng } from '../server/documents/qr.testing';
import { certificateOfRecord } from '../server/services/certificates';
import { insertApplication, insertOrganisation, insertUser } from '../server/testing/factories';
import { createTestApp, engines, TEST_ORIGIN, type TestApp } from '../server/testing/harness';

/**
 * Issue 12, step 7 (确定人员): the decision numbers each winner's certificate within the award and year,
 * opens a prize row with the award's amount and enters the winners history; the certificate prints with a
 * QR code its verification page answers; the decision prints without ID numbers; the finance office's prize
 * list carries the numbers in clear for the bureau's administrator only, audited.
 */
describe.each(engines)('the decision, certificates and the prize list on %s', (engine) => {
  let t: TestApp;
  let bureau: string;
  let staff: string;
  let talent: string;
  let expert: string;
  const winners: { id: string; award: 'grand_award' | 'technical_expert' }[] = [];
  let year: number;
  let decisionId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    bureau = await t.login('bureau');
    staff = await t.login('staff');
    talent = await t.login('talent');
    expert = await t.login('expert');
    for (const award of ['technical_expert', 'technical_expert', 'grand_award'] as const) {
      winners.push({ id: (await insertApplication(t, { status: 'approved', award })).id, award });
    }
    year = Number(shanghaiDate(t.clock.now()).slice(0, 4));
  });
  afterAll(async () => t?.close());

  const publish = (ids: string[], documentNo: string) =>
    t.request({
      method: 'POST',
      url: '/api/transitions/publishDecision',
      cookie: bureau,
      payload: { applicationIds: ids, documentNo, decidedOn: shanghaiDate(t.clock.now()) },
    });

  it('numbers the certificates by award and year, opens the prizes and enters the winners history', async () => {
    const res = await publish(
      winners.map((w) => w.id),
      `长人社发〔${year}〕45号`,
    );
    // 201: the decision is a document created by the move
    expect(res.statusCode, res.body).toBe(201);
    const rows = await t.database.db
      .select()
      .from(prizePayments)
      .where(
        inArray(
          prizePayments.applicationId,
          winners.map((w) => w.id),
        ),
      );
    expect(rows).toHaveLength(3);
    decisionId = rows[0]?.decisionId ?? '';
    const technical = winners.filter((w) => w.award === 'technical_expert').map((w) => w.id);
    const numberOf = (id: string) => rows.find((r) => r.applicationId === id)?.certificateNo;
    expect(technical.map(numberOf).sort()).toEqual([`CCJSNS-${year}-001`, `CCJSNS-${year}-002`]);
    expect(numberOf(winners[2]?.id ?? '')).toBe(`CCJNDJ-${year}-001`);
    expect(rows.map((r) => [r.status, r.amountYuan]).sort()).toEqual([
      ['pending', 10000],
      ['pending', 5000],
      ['pending', 5000],
    ]);
    // the winners history later editions read, keyed by the ID number's hash
    const history = await t.database.db
      .select()
      .from(winnersHistory)
      .where(
        inArray(
          winnersHistory.applicationId,
          winners.map((w) => w.id),
        ),
      );
    const people = await t.database.db
      .select()
      .from(applications)
      .where(
        inArray(
          applications.id,
          winners.map((w) => w.id),
        ),
      );
    expect(history.map((h) => [h.applicationId, h.idNumberHash, h.certificateNo, h.year]).sort()).toEqual(
      people.map((p) => [p.id, p.idNumberHash, numberOf(p.id), year]).sort(),
    );

    // a later decision goes on with the numbers, never repeating one
    const late = await insertApplication(t, { status: 'approved', award: 'technical_expert' });
    expect((await publish([late.id], `长人社发〔${year}〕46号`)).statusCode).toBe(201);
    const [next] = await t.database.db
      .select()
      .from(prizePayments)
      .where(eq(prizePayments.applicationId, late.id));
    expect(next?.certificateNo).toBe(`CCJSNS-${year}-003`);
    expect(parseCertificateNumber(next?.certificateNo ?? '')).toEqual({
      award: 'technical_expert',
      year,
      serial: 3,
    });
  });

  it('never gives two winners the same number when decisions are published at the same moment', async () => {
    const batch = await Promise.all(
      [0, 1, 2, 3].map(() => insertApplication(t, { status: 'approved', award: 'technical_expert' })),
    );
    const results = await Promise.all(batch.map((a, i) => publish([a.id], `长人社发〔${year}〕${50 + i}号`)));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    const rows = await t.database.db
      .select({ no: prizePayments.certificateNo })
      .from(prizePayments)
      .where(
        inArray(
          prizePayments.applicationId,
          batch.map((a) => a.id),
        ),
      );
    const numbers = rows.map((r) => r.no).sort();
    expect(new Set(numbers).size).toBe(4);
    // after 001–003 above, the next four in some order
    expect(numbers).toEqual([4, 5, 6, 7].map((n) => `CCJSNS-${year}-00${n}`));
  });

  it("prints the winner's certificate with a QR code the verification page answers", async () => {
    const winner = winners[2]?.id ?? '';
    const res = await t.request({
      method: 'GET',
      url: `/api/applications/${winner}/certificate.pdf`,
      cookie: staff,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = res.rawPayload;
    const record = await certificateOfRecord(t.database.db, winner);
    expect(record).not.toBeNull();
    const text = compact(pdfText(bytes));
    expect(pdfPageCount(bytes)).toBe(1);
    expect(text).toContain(compact(record?.application.name ?? '?'));
    expect(text).toContain(`CCJNDJ-${year}-001`);
    expect(text).toContain('长春技能大奖');
    expect(text).not.toContain(record?.application.idNumberMasked?.slice(-4) ?? '?');

    const link = `${TEST_ORIGIN}/verify/${record?.code}`;
    const expected = expectedModules(link);
    const matching = pdfImages(bytes).filter(
      (png) => JSON.stringify(modulesOfPng(png, expected.length)) === JSON.stringify(expected),
    );
    expect(matching).toHaveLength(1);
    const [registered] = await t.database.db
      .select()
      .from(issuedDocuments)
      .where(and(eq(issuedDocuments.kind, 'certificate'), eq(issuedDocuments.applicationId, winner)));
    expect(registered?.contentHash).toBe(record?.code);
    const page = await t.request({ method: 'GET', url: `/verify/${record?.code}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('长春技能大奖');
    expect(page.body).not.toContain(record?.application.name ?? '?');

    // before the decision there is nothing to print; outside one's scope the application does not exist
    const reviewing = await insertApplication(t, { status: 'approved', award: 'technical_expert' });
    const early = await t.request({
      method: 'GET',
      url: `/api/applications/${reviewing.id}/certificate.pdf`,
      cookie: bureau,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('certificate.not_awarded');
    expect(
      (await t.request({ method: 'GET', url: `/api/applications/${winner}/certificate.pdf`, cookie: expert }))
        .statusCode,
    ).toBe(403);
    const otherUnit = await insertOrganisation(t, { kind: 'employer' });
    const officer = await insertUser(t, { role: 'employer_officer', organisation: otherUnit });
    const stranger = await t.login(officer.username, officer.password);
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/applications/${winner}/certificate.pdf`,
          cookie: stranger,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('prints the decision with its number and the winners, never an ID number', async () => {
    const list = await t.request({ method: 'GET', url: '/api/decisions', cookie: talent });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.find((d: { id: string }) => d.id === decisionId)).toMatchObject({
      documentNo: `长人社发〔${year}〕45号`,
      winners: 3,
    });
    const pdf = await t.request({
      method: 'GET',
      url: `/api/decisions/${decisionId}/document.pdf`,
      cookie: talent,
    });
    expect(pdf.statusCode, pdf.body).toBe(200);
    const text = compact(pdfText(pdf.rawPayload));
    expect(text).toContain(compact(`长人社发〔${year}〕45号`));
    const people = await t.database.db
      .select()
      .from(applications)
      .where(
        inArray(
          applications.id,
          winners.map((w) => w.id),
        ),
      );
    for (const p of people) {
      expect(text).toContain(compact(p.name));
      expect(text).not.toContain(t.sealer.openOptional(p.idNumberEnc) ?? '?');
    }
    const docx = await t.request({
      method: 'GET',
      url: `/api/decisions/${decisionId}/document.docx`,
      cookie: bureau,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(
      (await t.request({ method: 'GET', url: `/api/decisions/${decisionId}/document.pdf`, cookie: expert }))
        .statusCode,
    ).toBe(403);
  });

  it("gives the finance office's list to the bureau's administrator only, in clear, audited", async () => {
    expect((await t.request({ method: 'GET', url: '/api/prize-list.xlsx', cookie: staff })).statusCode).toBe(
      403,
    );
    const res = await t.request({ method: 'GET', url: '/api/prize-list.xlsx', cookie: bureau });
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const cells = (sheet?.getSheetValues() ?? []).flat().map((v) => String(v ?? ''));
    const people = await t.database.db.select().from(applications).where(eq(applications.status, 'awarded'));
    expect(people.length).toBeGreaterThanOrEqual(4);
    for (const p of people) {
      expect(cells).toContain(p.name);
      expect(cells).toContain(t.sealer.openOptional(p.idNumberEnc));
      expect(cells).toContain(t.sealer.openOptional(p.bankAccountEnc));
      expect(cells).toContain(p.idNumberMasked);
    }
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'export.prize_list'));
    expect(audit?.detail).toMatchObject({ personalData: ['idNumber', 'bankAccount'] });
    expect(
      [...((audit?.detail as { applicationIds?: string[] } | undefined)?.applicationIds ?? [])].sort(),
    ).toEqual(people.map((p) => p.id).sort());
  });
});
