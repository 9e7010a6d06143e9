import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      .set({ address: '长春市朝阳区红旗街1088号 人力资源部' })
      .where(eq(organisations.id, unit.id));
    const officer = await insertUser(t, { role: 'employer_officer', organisation: unit });
    cookie = await t.login(officer.username);
    const application = await insertApplication(t, { status: 'unit_notice', employer: unit });
    noticeId = application.made.noticeIds.at(-1) ?? '';
  });
  afterAll(async () => t?.close());

  it("prints the unit's address after the objection line", async () => {
    const res = await t.request({ method: 'GET', url: `/api/notices/${noticeId}/document.pdf`, cookie });
    expect(res.statusCode).toBe(200);
    const text = compact(pdfText(res.rawPayload));
    expect(text).toContain(`书面形式实名向${unitName}反映`);
    expect(text).toContain('匿名反映不予受理。地址：长春市朝阳区红旗街1088号人力资源部');
  });
});
