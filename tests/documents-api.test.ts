import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIdNumber } from '../server/cli/demo';
import { demoApplications } from '../server/cli/demo-applications';
import { tinyPdf } from '../server/cli/sample-files';
import { applications } from '../server/db/schema';
import { formLabels } from '../server/documents/annex2-form.testing';
import { pdfImages } from '../server/documents/poppler.testing';
import { expectedModules, modulesOfPng } from '../server/documents/qr.testing';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'jx-docs-'));
function pdfText(bytes: Buffer): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe.each(engines)('generated papers and their verification on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let id: string;
  const zhou = demoApplications.find((d) => d.name === '周铁军');
  if (!zhou) throw new Error('demo person missing');
  const zhouId = demoIdNumber(zhou.region, zhou.birthDate, zhou.sequence);

  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
    const [row] = await t.database.db.select().from(applications).where(eq(applications.name, '周铁军'));
    id = row?.id ?? '';
  });
  afterAll(async () => t?.close());

  let hash = '';
  it('prints Annex 2 as a PDF with every field label and the candidate’s data', async () => {
    const res = await t.request({ method: 'GET', url: `/api/applications/${id}/annex2.pdf`, cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    hash = String(res.headers['x-content-hash']);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const text = pdfText(res.rawPayload).replace(/\s+/g, '');
    for (const label of formLabels) expect(text, label).toContain(label.replace(/\s+/g, ''));
    for (const value of [
      '周铁军',
      zhouId,
      '数控车工',
      '长春精工数控机床有限公司',
      '长春市人力资源和社会保障局',
    ]) {
      expect(text).toContain(value);
    }
  });

  it('points the QR code and the printed link at PUBLIC_ORIGIN, never at the Host the request names', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/applications/${id}/annex2.pdf`,
      cookie,
      headers: { host: 'evil.example' },
    });
    expect(res.statusCode).toBe(200);
    const link = `http://jiangxuan.test/verify/${res.headers['x-content-hash']}`;
    const text = pdfText(res.rawPayload);
    expect(text).toContain(link);
    expect(text).not.toContain('evil.example');
    const expected = JSON.stringify(expectedModules(link));
    const size = JSON.parse(expected).length;
    const codes = pdfImages(res.rawPayload).filter(
      (png) => JSON.stringify(modulesOfPng(png, size)) === expected,
    );
    expect(codes.length).toBeGreaterThan(0);
  });

  it('offers the same form as DOCX', async () => {
    const res = await t.request({ method: 'GET', url: `/api/applications/${id}/annex2.docx`, cookie });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(res.headers['x-content-hash']).toBe(hash);
  });

  it('lets anyone scanning the QR code check the paper, without personal data', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/verify/${hash}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('与系统中当前数据一致');
    expect(page.body).toContain('周*军');
    expect(page.body).not.toContain('周铁军');
    expect(page.body).not.toContain(zhouId);
    expect(page.body).not.toContain('<script');
  });

  it('says when the data changed after the paper was printed', async () => {
    const detail = (await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie })).json();
    const saved = await t.request({
      method: 'PATCH',
      url: `/api/applications/${id}`,
      cookie,
      payload: { version: detail.version, draft: { occupation: '数控车工（高级）' } },
    });
    expect(saved.statusCode).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: `/verify/${hash}` });
    expect(page.body).toContain('本文件不是最新版本');
  });

  it('answers an unknown code with a 404 page, and another unit with a 404', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/verify/${'a'.repeat(64)}` });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('未找到该文件');
    const soe = await t.login('soe');
    expect(
      (await t.request({ method: 'GET', url: `/api/applications/${id}/annex2.pdf`, cookie: soe })).statusCode,
    ).toBe(404);
  });

  it('prints the unit notice with names and units but never ID numbers or phones', async () => {
    const minutes = await t.upload(
      id,
      { kind: 'decision_minutes' },
      { name: '纪要.pdf', type: 'application/pdf', bytes: tinyPdf('minutes') },
      cookie,
    );
    expect(minutes.statusCode, minutes.body).toBe(201);
    const decided = await t.request({
      method: 'POST',
      url: '/api/transitions/recordUnitDecision',
      cookie,
      payload: {
        applicationIds: [id],
        decidedOn: '2026-09-14',
        participants: '领导班子全体成员',
        minutesAttachmentId: minutes.json().id,
      },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const notice = await t.request({
      method: 'POST',
      url: '/api/transitions/startUnitNotice',
      cookie,
      payload: { applicationIds: [id], startDate: '2026-09-15' },
    });
    expect(notice.statusCode, notice.body).toBe(201);
    const pdf = await t.request({
      method: 'GET',
      url: `/api/notices/${notice.json().notice.id}/document.pdf`,
      cookie,
    });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, '');
    expect(text).toContain('周铁军');
    expect(text).toContain('公示');
    expect(text).not.toContain(zhouId);
    expect(text).not.toContain(zhou.mobile);
  });
});
