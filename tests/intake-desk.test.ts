import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../server/db/schema';
import { insertApplication, insertOrganisation, insertUser } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * The bureau's intake desk: an envelope found by its cover's code (typed loosely or scanned as the QR's
 * address), accepted with its items ticked off or returned naming what is missing, and the intake list per
 * recommender: received, returned, awaiting, and late once the window has closed.
 */
describe.each(engines)('the intake desk on %s', (engine) => {
  let t: TestApp;
  let officer: string;
  let district: string;
  const ids: string[] = [];
  const codes: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine, { now: '2026-10-25T01:00:00Z' });
    const org = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    const unit = await insertOrganisation(t, { kind: 'employer', recommender: org });
    district = org.id;
    officer = (await insertUser(t, { role: 'recommender_officer', organisation: org })).username;
    for (const name of ['甲收件', '乙退回', '丙逾期']) {
      const { id } = await insertApplication(t, { status: 'at_bureau', employer: unit.id, name });
      ids.push(id);
      const cover = await get(`/api/applications/${id}/cover.pdf`, officer);
      expect(cover.statusCode, cover.body).toBe(200);
      const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
      codes.push(row?.intakeCode ?? '');
    }
  }, 120_000);
  afterAll(async () => t?.close());

  async function get(url: string, who: string) {
    return t.request({ method: 'GET', url, cookie: await t.login(who) });
  }
  const move = async (id: string, name: string, payload: object) =>
    t.request({
      method: 'POST',
      url: `/api/applications/${id}/transitions/${name}`,
      cookie: await t.login('staff'),
      payload,
    });

  it('finds the envelope by its code, typed loosely or scanned as the cover’s address', async () => {
    const code = codes[0] ?? '';
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const found = await get(`/api/intake/${encodeURIComponent(typed)}`, 'staff');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({
      application: { id: ids[0], name: '甲收件', status: 'at_bureau' },
      state: 'awaiting',
      window: { phase: 'open', opens: '2026-10-24 08:30', closes: '2026-10-26 17:00' },
    });
    const scanned = `https://jx.example.cn/intake/${code.slice(0, 4)}-${code.slice(4)}`;
    expect((await get(`/api/intake/${encodeURIComponent(scanned)}`, 'staff')).json().application.id).toBe(
      ids[0],
    );
  });

  it('says what a malformed code should look like, 404 for an unknown one, 403 for other roles', async () => {
    const malformed = await get('/api/intake/12345', 'staff');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('intake.code_invalid');
    expect((await get('/api/intake/ZZZZ-ZZZZ', 'staff')).statusCode).toBe(404);
    expect((await get(`/api/intake/${codes[0]}`, officer)).statusCode).toBe(403);
    expect((await get('/api/intake', 'expert')).statusCode).toBe(403);
  });

  it('accepts a complete envelope, returns one naming what is missing, and lists both', async () => {
    const items = ['letter', 'summary_table', 'dossier'];
    const accepted = await move(ids[0] ?? '', 'accept', { receivedOn: '2026-10-25', items });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const returned = await move(ids[1] ?? '', 'returnToRecommender', {
      reason: '缺少：汇总表。请补齐后重新报送',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const list = await get(`/api/intake?recommender=${district}`, 'staff');
    expect(list.statusCode, list.body).toBe(200);
    const states = Object.fromEntries(
      (list.json().items as { application: { name: string }; state: string }[]).map((e) => [
        e.application.name,
        e.state,
      ]),
    );
    expect(states).toEqual({ 甲收件: 'received', 乙退回: 'returned', 丙逾期: 'awaiting' });
    expect(list.json().recommenders).toEqual([
      expect.objectContaining({
        recommender: expect.objectContaining({ id: district }),
        received: 1,
        returned: 1,
        awaiting: 1,
        late: 0,
      }),
    ]);
    const entry = (
      list.json().items as { application: { id: string }; receivedOn: string; items: string[] }[]
    ).find((e) => e.application.id === ids[0]);
    expect(entry).toMatchObject({ receivedOn: '2026-10-25', items });
  });

  it('counts what has not arrived as late once the window has closed', async () => {
    t.clock.set('2026-10-26T09:00:00Z'); // 17:00, closed
    const list = await get(`/api/intake?recommender=${district}`, 'staff');
    expect(list.json().window.phase).toBe('closed');
    expect(list.json().recommenders[0]).toMatchObject({ received: 1, late: 2, awaiting: 0, returned: 0 });
  });
});
