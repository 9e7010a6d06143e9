import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../domain/time';
import { organisations } from '../server/db/schema';
import { compact, pdfText } from '../server/documents/poppler.testing';
import { insertApplication, insertOrganisation, insertUser } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/** Issue 10, item 16: a printed notice says where to raise an objection (every 公示 does). */
describe.each(engines)('the unit notice says where to object, on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let noticeId: string;
  let unitName: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const unit = await insertOrganisation(t, { kind: 'employer' });
    unitName = unit.nameZh;
    await t.database.db
      .update(organisations)
      .set({
        address: '长春市朝阳区红旗街1088号 人力资源部',
        contactName: '孟凡宇',
        contactPhone: '0431-85962345',
      })
      .where(eq(organisations.id, unit.id));
    const officer = await insertUser(t, { role: 'employer_officer', organisation: unit });
    cookie = await t.login(officer.username);
    // the notice started through the engine keeps the unit's contact as it was at the start
    const application = await insertApplication(t, { status: 'unit_decided', employer: unit });
    const started = await t.request({
      method: 'POST',
      url: '/api/transitions/startUnitNotice',
      cookie,
      payload: { applicationIds: [application.id], startDate: shanghaiDate(t.clock.now()), days: 5 },
    });
    expect(started.statusCode, started.body).toBe(201);
    noticeId = started.json().notice.id;
    expect(started.json().notice.contact).toEqual({
      name: '孟凡宇',
      phone: '0431-85962345',
      address: '长春市朝阳区红旗街1088号 人力资源部',
    });
    await t.database.db
      .update(organisations)
      .set({ contactPhone: '0431-00000000' })
      .where(eq(organisations.id, unit.id));
  });
  afterAll(async () => t?.close());

  it("prints the unit's contact person, phone and address after the objection line", async () => {
    const res = await t.request({ method: 'GET', url: `/api/notices/${noticeId}/document.pdf`, cookie });
    expect(res.statusCode).toBe(200);
    const text = compact(pdfText(res.rawPayload));
    expect(text).toContain(`书面形式实名向${unitName}反映`);
    expect(text).toContain(
      '匿名反映不予受理。联系人：孟凡宇联系电话：0431-85962345地址：长春市朝阳区红旗街1088号人力资源部',
    );
    expect(text).not.toContain('0431-00000000');
  });
});
