import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertApplication,
  insertAttachment,
  insertOrganisation,
  insertUser,
} from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * The recommender returns an application to its unit with a reason: the unit reads the reason on its list
 * (and in the history) while the application stays returned; once the unit decides again it is gone from
 * the list, kept in the history.
 */
describe.each(engines)('a return to the unit on %s', (engine) => {
  let t: TestApp;
  let unitOfficer: string;
  let recommenderOfficer: string;
  let id: string;
  let minutes: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const district = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    const unit = await insertOrganisation(t, { kind: 'employer', recommender: district });
    unitOfficer = (await insertUser(t, { role: 'employer_officer', organisation: unit })).username;
    recommenderOfficer = (await insertUser(t, { role: 'recommender_officer', organisation: district }))
      .username;
    id = (await insertApplication(t, { status: 'at_recommender', employer: unit.id, name: '吴退回' })).id;
    minutes = (await insertAttachment(t, { kind: 'decision_minutes', owner: unit, application: id })).id;
  });
  afterAll(async () => t?.close());

  const reason = '廉洁自律情况证明未加盖单位公章，请补正后重新报送';
  const listed = async (who: string) => {
    const res = await t.request({ method: 'GET', url: '/api/applications', cookie: await t.login(who) });
    expect(res.statusCode).toBe(200);
    return (res.json().items as { id: string; status: string; returnReason: string | null }[]).find(
      (item) => item.id === id,
    );
  };

  it('shows the unit the reason on its list and in the history', async () => {
    expect((await listed(unitOfficer))?.returnReason).toBeNull();
    const res = await t.request({
      method: 'POST',
      url: `/api/applications/${id}/transitions/returnToUnit`,
      cookie: await t.login(recommenderOfficer),
      payload: { reason },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await listed(unitOfficer)).toMatchObject({ status: 'returned_to_unit', returnReason: reason });
    const detail = await t.request({
      method: 'GET',
      url: `/api/applications/${id}`,
      cookie: await t.login(unitOfficer),
    });
    expect(
      (detail.json().history as { transition: string; reason: string | null }[]).find(
        (e) => e.transition === 'returnToUnit',
      )?.reason,
    ).toBe(reason);
  });

  it('drops the reason from the list once the unit has decided again', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/transitions/recordUnitDecision',
      cookie: await t.login(unitOfficer),
      payload: {
        applicationIds: [id],
        decidedOn: '2026-09-15',
        participants: '总经理、党委书记',
        minutesAttachmentId: minutes,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await listed(unitOfficer))?.status).toBe('unit_decided');
    expect((await listed(unitOfficer))?.returnReason).toBeNull();
  });
});
