import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateFields, secretFields } from '../domain/application';
import { applications, auditLog } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

describe.each(engines)('candidate self-service by invitation on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
    const [draft] = await t.database.db.select().from(applications).where(eq(applications.name, '韩雪梅'));
    id = draft?.id ?? '';
  });
  afterAll(async () => t?.close());

  const invite = async () => {
    const res = await t.request({ method: 'POST', url: `/api/applications/${id}/invitations`, cookie });
    expect(res.statusCode, res.body).toBe(201);
    return new URL(res.json().url).pathname.split('/').at(-1) ?? '';
  };

  it('lets the candidate, without logging in, read the personal part (numbers masked) and fill it in once', async () => {
    const token = await invite();
    const view = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json().application.name).toBe('韩雪梅');
    expect(view.json().masked.mobile).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(JSON.stringify(view.json())).not.toMatch(/1394310045\d/);

    const put = await t.request({
      method: 'PUT',
      url: `/api/invitations/${token}`,
      payload: {
        draft: { address: '长春市朝阳区建设街58号', email: 'hxm@example.cn', mobile: '13943100457' },
      },
    });
    expect(put.statusCode, put.body).toBe(204);
    const again = await t.request({
      method: 'PUT',
      url: `/api/invitations/${token}`,
      payload: { draft: { email: 'x@example.cn' } },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('invitation.invalid');

    const detail = (await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie })).json();
    expect(detail.draft).toMatchObject({
      address: '长春市朝阳区建设街58号',
      email: 'hxm@example.cn',
      mobile: '13943100457',
    });
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'application.candidate_update'));
    expect(audited).toHaveLength(1);
    expect(audited[0]?.detail.fields).toEqual(['address', 'email', 'mobile']);
  });

  it('shows the candidate their fields as the unit has them, the numbers only masked and no birth date', async () => {
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
    expect(row?.birthDate).toBeTruthy();
    const token = await invite();
    const view = (await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).json();
    expect(Object.keys(view.masked).sort()).toEqual([...secretFields].sort());
    for (const field of secretFields) expect(view.masked[field] ?? '*', field).toContain('*');
    const shown = candidateFields.filter(
      (field) => !(secretFields as readonly string[]).includes(field) && field !== 'birthDate',
    );
    expect(Object.keys(view.draft).length).toBeGreaterThan(5);
    for (const field of Object.keys(view.draft)) expect(shown, field).toContain(field);
    expect(view.draft.name).toBe('韩雪梅');
    expect(JSON.stringify(view)).not.toContain(row?.birthDate);
    expect(JSON.stringify(view)).not.toContain(row?.birthDate?.replaceAll('-', ''));
  });

  it('keeps the unit’s parts out of the candidate’s reach', async () => {
    const token = await invite();
    const res = await t.request({
      method: 'PUT',
      url: `/api/invitations/${token}`,
      payload: { draft: { award: 'grand_award', conditions: [1] } },
    });
    expect(res.statusCode).toBe(400);
  });

  it('builds the link from PUBLIC_ORIGIN, whatever Host the request names', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/applications/${id}/invitations`,
      cookie,
      headers: { host: 'evil.example' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().url).toMatch(/^http:\/\/jiangxuan\.test\/invite\/[\w-]{43}$/);
  });

  it('revokes the older unused links when a new one is sent', async () => {
    const older = await invite();
    const newer = await invite();
    const gone = await t.app.inject({ method: 'GET', url: `/api/invitations/${older}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('invitation.invalid');
    const put = await t.request({
      method: 'PUT',
      url: `/api/invitations/${older}`,
      payload: { draft: { email: 'late@example.cn' } },
    });
    expect(put.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${newer}` })).statusCode).toBe(200);
    const [created] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'invitation.create'))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(created?.detail.revoked).toHaveLength(1);
  });

  it('keeps invitation tokens out of the logs', async () => {
    const token = await invite();
    await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    await t.app.inject({ method: 'GET', url: `/invite/${token}?from=mail` });
    await t.request({
      method: 'PUT',
      url: `/api/invitations/${token}`,
      payload: { draft: { email: 'x@y' } },
    });
    const logs = t.logs();
    expect(logs).toContain('"url":"/api/invitations/[redacted]"');
    expect(logs).toContain('"url":"/invite/[redacted]?[redacted]"');
    expect(logs).not.toContain(token);
  });

  it('refuses an expired link', async () => {
    const token = await invite();
    t.clock.set(new Date(t.clock.now().getTime() + 8 * 86_400_000));
    const res = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().message.zh).toContain('过期');
  });
});
