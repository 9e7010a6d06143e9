import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApplication, insertOrganisation, insertUser } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * The submission window (seed §六: 10月24-26日…提前或逾期均不予受理), 2026-10-24 08:30 to 2026-10-26 17:00
 * Beijing time in the test edition: the recommender's report to the bureau and the bureau's intake are
 * refused a minute before it opens and a minute after it closes, with the rule's code and a message that
 * names the window; at its first minute both pass.
 */
describe.each(engines)('the submission window on %s', (engine) => {
  let t: TestApp;
  let officer: string;
  let employer: string;
  let recommender: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: '2026-10-20T02:00:00Z' });
    const district = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    const unit = await insertOrganisation(t, { kind: 'employer', recommender: district });
    officer = (await insertUser(t, { role: 'recommender_officer', organisation: district })).username;
    employer = unit.id;
    recommender = district.id;
  });
  afterAll(async () => t?.close());

  const move = async (id: string, name: string, who: string, payload: object, at: string) => {
    t.clock.set(at);
    return t.request({
      method: 'POST',
      url: `/api/applications/${id}/transitions/${name}`,
      cookie: await t.login(who),
      payload,
    });
  };
  const ready = () =>
    insertApplication(t, { status: 'recommender_noticed', employer, recommender, recommenderRank: 1 });
  const report = { opinion: '经评审和集体研究，同意推荐。' };

  it('refuses the report a minute before the window opens, and names when it opens', async () => {
    t.clock.set('2026-10-20T02:00:00Z');
    const { id } = await ready();
    const early = await move(id, 'reportToBureau', officer, report, '2026-10-24T00:29:00Z'); // 08:29
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({
      code: 'window.not_open',
      message: {
        zh: '报送时间为 2026-10-24 08:30 至 2026-10-26 17:00（北京时间），尚未开始，提前不予受理',
        en: 'Submissions open at 2026-10-24 08:30 and close at 2026-10-26 17:00 (Beijing time); early submissions are refused',
      },
    });
    const opened = await move(id, 'reportToBureau', officer, report, '2026-10-24T00:30:00Z'); // 08:30
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().status).toBe('at_bureau');
  });

  it('refuses the report a minute after the window closed, and names when it closed', async () => {
    t.clock.set('2026-10-20T02:00:00Z');
    const { id } = await ready();
    const late = await move(id, 'reportToBureau', officer, report, '2026-10-26T09:01:00Z'); // 17:01
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({
      code: 'window.closed',
      message: {
        zh: '报送已于 2026-10-26 17:00（北京时间）截止（报送时间为 2026-10-24 08:30 至 2026-10-26 17:00），逾期不予受理',
      },
    });
    const lastMinute = await move(id, 'reportToBureau', officer, report, '2026-10-26T08:59:00Z'); // 16:59
    expect(lastMinute.statusCode, lastMinute.body).toBe(200);
  });

  it('holds the intake at the bureau to the same window', async () => {
    t.clock.set('2026-10-24T02:00:00Z');
    const { id } = await insertApplication(t, { status: 'at_bureau', employer, recommender });
    const intake = {
      receivedOn: '2026-10-26',
      receiptNo: 'SL-900',
      items: ['letter', 'summary_table', 'dossier'],
    };
    const late = await move(id, 'accept', 'staff', intake, '2026-10-26T09:01:00Z');
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe('window.closed');
    // the day received lies in the window
    const early = await move(
      id,
      'accept',
      'staff',
      { ...intake, receivedOn: '2026-10-23' },
      '2026-10-26T08:00:00Z',
    );
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({
      code: 'intake.received_outside_window',
      fields: [expect.objectContaining({ path: 'receivedOn' })],
    });
    // the whole envelope, or nothing: a missing item is named, and nothing moves
    const short = await move(id, 'accept', 'staff', { ...intake, items: ['letter'] }, '2026-10-26T08:00:00Z');
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({
      code: 'intake.items_missing',
      message: { zh: '纸质材料不齐全，缺少：汇总表、申报材料册（装订成册）。请退回推荐单位补齐' },
      fields: [expect.objectContaining({ path: 'items' })],
    });
    const inTime = await move(id, 'accept', 'staff', intake, '2026-10-26T08:00:00Z');
    expect(inTime.statusCode, inTime.body).toBe(200);
    expect(inTime.json().status).toBe('accepted');
  });
});
