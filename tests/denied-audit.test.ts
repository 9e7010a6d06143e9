import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, attachments, auditLog } from '../server/db/schema';
import { DENIED_ENTRIES_PER_MINUTE } from '../server/plugins/denied-audit';
import { verifyAuditChain } from '../server/services/audit';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/** Issue 8.5: every refused access to an object is on record, without a flood swamping the log. */
describe.each(engines)('refusals in the audit log on %s', (engine) => {
  let t: TestApp;
  let foreignId: string;
  let foreignAttachment: string;
  let ownAttachment: { id: string; applicationId: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const [foreign] = await db.select().from(applications).where(eq(applications.name, '李明远'));
    const [own] = await db.select().from(applications).where(eq(applications.name, '周铁军'));
    if (!foreign || !own) throw new Error('demo data missing');
    foreignId = foreign.id;
    const [file] = await db.select().from(attachments).where(eq(attachments.applicationId, foreign.id));
    foreignAttachment = file?.id ?? '';
    const [mine] = await db.select().from(attachments).where(eq(attachments.applicationId, own.id));
    if (!mine) throw new Error('demo attachment missing');
    ownAttachment = { id: mine.id, applicationId: own.id };
  });
  afterAll(async () => t?.close());

  const deniedFor = (requestId: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, requestId), eq(auditLog.outcome, 'denied')));

  it('records a 404 outside the scope and a 403 of the role, each with its request', async () => {
    const employer = await t.login('employer');
    const cases = [
      {
        url: `/api/applications/${foreignId}/attachments/${foreignAttachment}`,
        status: 404,
        type: 'attachment',
      },
      { url: `/api/applications/${foreignId}/annex2.pdf`, status: 404, type: 'application' },
      { url: `/api/applications/${foreignId}`, status: 404, type: 'application', method: 'PATCH' as const },
    ];
    for (const c of cases) {
      const res = await t.request({
        method: c.method ?? 'GET',
        url: c.url,
        cookie: employer,
        ...(c.method ? { payload: { version: 1, draft: { occupation: '焊工' } } } : {}),
      });
      expect(res.statusCode, c.url).toBe(c.status);
      const entries = await deniedFor(String(res.headers['x-request-id']));
      expect(entries, c.url).toHaveLength(1);
      expect(entries[0]).toMatchObject({ objectType: c.type, actorRole: 'employer_officer' });
    }
    // a step on an application outside the scope names the application, not the step
    const step = await t.request({
      method: 'POST',
      url: `/api/applications/${foreignId}/transitions/withdraw`,
      cookie: employer,
      payload: { reason: '本单位决定撤回该申报' },
    });
    expect(step.statusCode).toBe(404);
    const [stepEntry] = await deniedFor(String(step.headers['x-request-id']));
    expect(stepEntry).toMatchObject({
      objectType: 'application',
      objectId: foreignId,
      action: 'application.write',
    });

    const expert = await t.request({
      method: 'POST',
      url: '/api/eligibility/check',
      cookie: await t.login('expert'),
      payload: {},
    });
    expect(expert.statusCode).toBe(403);
    const [entry] = await deniedFor(String(expert.headers['x-request-id']));
    expect(entry?.detail).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
      route: '/api/eligibility/check',
    });
  });

  it('writes at most the per-minute number for a flood, then one entry with the count held back', async () => {
    t.clock.set('2026-09-15T03:00:00Z');
    const cookie = await t.login('employer');
    const flood = 60;
    const before = (await t.database.db.select().from(auditLog)).length;
    const answers = await Promise.all(
      Array.from({ length: flood }, () =>
        t.request({ method: 'GET', url: `/api/applications/${foreignId}`, cookie }),
      ),
    );
    expect(answers.every((a) => a.statusCode === 404)).toBe(true);
    const written = (await t.database.db.select().from(auditLog)).length - before;
    expect(written).toBe(DENIED_ENTRIES_PER_MINUTE);

    // a minute later the next refusal first records how many were held back
    t.clock.set('2026-09-15T03:01:01Z');
    await t.request({ method: 'GET', url: `/api/applications/${foreignId}`, cookie });
    const [summary] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'access.denied_suppressed'));
    expect(summary?.detail).toMatchObject({ count: flood - DENIED_ENTRIES_PER_MINUTE });
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('records every successful download of an attachment', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/applications/${ownAttachment.applicationId}/attachments/${ownAttachment.id}`,
      cookie: await t.login('employer'),
    });
    expect(res.statusCode).toBe(200);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'attachment.download'),
          eq(auditLog.requestId, String(res.headers['x-request-id'])),
        ),
      );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ objectId: ownAttachment.id, outcome: 'ok' });
  });
});
