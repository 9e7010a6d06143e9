import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../server/db/schema';
import { insertApplication } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 10 item 9, without a false audit: a step asks the server once, for all its candidates, whether the
 * move can be taken and what each lacks. It reveals no personal data, so it is not recorded as a read of it
 * (opening each candidate's detail was, once per candidate and per look at the step).
 */
describe.each(engines)('checking a step for its candidates on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const check = async (username: string, name: string, applicationIds: string[]) =>
    t.request({
      method: 'POST',
      url: `/api/transitions/${name}/checks`,
      cookie: await t.login(username),
      payload: { applicationIds },
    });
  const personalReads = async (id: string) => {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.objectId, id), eq(auditLog.action, 'application.personal_data_read')));
    return row?.n ?? 0;
  };

  it('names what each candidate of a decision lacks, and records no read of personal data', async () => {
    const complete = await insertApplication(t, { employer: 'emp-jingong', name: '甲可决' });
    const incomplete = await insertApplication(t, {
      employer: 'emp-jingong',
      name: '乙缺件',
      attachments: false,
    });
    const res = await check('employer', 'recordUnitDecision', [complete.id, incomplete.id]);
    expect(res.statusCode, res.body).toBe(200);
    const [first, second] = res.json().checks;
    expect(first).toMatchObject({ applicationId: complete.id, offered: true, blockedBy: [] });
    expect(second).toMatchObject({ applicationId: incomplete.id, offered: true });
    expect(second.blockedBy.map((b: { code: string }) => b.code)).toContain('workflow.materials_incomplete');
    expect(second.missingAttachments.length).toBeGreaterThan(0);
    // nothing personal in the answer, and nothing recorded as read
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
    expect(await personalReads(complete.id)).toBe(0);
    expect(await personalReads(incomplete.id)).toBe(0);
    // the detail, which shows the numbers to the unit, is such a read
    const detail = await t.request({
      method: 'GET',
      url: `/api/applications/${complete.id}`,
      cookie: await t.login('employer'),
    });
    expect(detail.statusCode).toBe(200);
    expect(await personalReads(complete.id)).toBe(1);
  });

  it('says a move is not offered where the status does not allow it', async () => {
    const reported = await insertApplication(t, { employer: 'emp-jingong', status: 'at_recommender' });
    const res = await check('employer', 'recordUnitDecision', [reported.id]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().checks).toEqual([expect.objectContaining({ offered: false, blockedBy: [] })]);
  });

  it('answers 404 when one candidate is outside the caller’s scope, and 400 on a malformed body', async () => {
    const own = await insertApplication(t, { employer: 'emp-jingong' });
    const foreign = await insertApplication(t, { employer: 'emp-guangdian' });
    const refused = await check('employer', 'recordUnitDecision', [own.id, foreign.id]);
    expect(refused.statusCode, refused.body).toBe(404);
    expect(refused.body).not.toContain(foreign.id);
    // the bureau does not see a unit's draft at all (minimum disclosure)
    expect((await check('bureau', 'recordUnitDecision', [own.id])).statusCode).toBe(404);
    const malformed = await check('employer', 'recordUnitDecision', []);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('validation.failed');
    const anonymous = await t.request({
      method: 'POST',
      url: '/api/transitions/recordUnitDecision/checks',
      payload: { applicationIds: [own.id] },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
