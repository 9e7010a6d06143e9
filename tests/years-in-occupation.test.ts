import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearsInOccupation } from '../domain/application';
import { fullYearsBetween, shanghaiDate } from '../domain/time';
import { unzip } from '../server/documents/files.testing';
import { compact, pdfText } from '../server/documents/poppler.testing';
import { insertApplication, insertOrganisation, insertUser } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 10, rule 2: the form counted the years in the occupation to today (29) and the paper to the
 * edition's reference date (30). An occupation started on 1 October 1996, looked at on 15 September 2026
 * (the test clock) with the reference date 24 October 2026, is where the two used to differ; the candidate's
 * invitation page still counted to today until it was given the edition's reference date too.
 */
describe.each(engines)('years in the occupation, screen and paper, on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let id: string;
  const occupationStartDate = '1996-10-01';

  beforeAll(async () => {
    t = await createTestApp(engine);
    const unit = await insertOrganisation(t, { kind: 'employer' });
    const officer = await insertUser(t, { role: 'employer_officer', organisation: unit });
    cookie = await t.login(officer.username);
    ({ id } = await insertApplication(t, { employer: unit, draft: { occupationStartDate } }));
  });
  afterAll(async () => t?.close());

  it('prints on Annex 2 the number the detail and the edition give the form', async () => {
    const edition = await t.request({ method: 'GET', url: '/api/editions/current', cookie });
    expect(edition.statusCode).toBe(200);
    const referenceDate: string = edition.json().referenceDate;
    const detail = await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie });
    expect(detail.statusCode).toBe(200);
    const start: string = detail.json().draft.occupationStartDate;
    expect(start).toBe(occupationStartDate);

    // Where the old screen and the paper disagreed: counted to today, one year fewer.
    const today = shanghaiDate(t.clock.now());
    expect(today < referenceDate).toBe(true);
    expect(fullYearsBetween(start, today)).toBe(29);

    const onScreen = yearsInOccupation(start, referenceDate);
    expect(onScreen).toBe(30);
    const pdf = await t.request({ method: 'GET', url: `/api/applications/${id}/annex2.pdf`, cookie });
    expect(pdf.statusCode).toBe(200);
    const text = compact(pdfText(pdf.rawPayload));
    expect(text).toContain(`从事本职业（工种）时间${onScreen}年`);
    expect(text).not.toContain('29年');
    const docx = await t.request({ method: 'GET', url: `/api/applications/${id}/annex2.docx`, cookie });
    expect(docx.statusCode).toBe(200);
    const xml = unzip(docx.rawPayload).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain(`>${onScreen}年<`);
    expect(xml).not.toContain('>29年<');
  });

  it("gives the candidate's invitation page the same reference date, so it counts the same years", async () => {
    const edition = await t.request({ method: 'GET', url: '/api/editions/current', cookie });
    const created = await t.request({
      method: 'POST',
      url: `/api/applications/${id}/invitations`,
      cookie,
      payload: {},
    });
    expect(created.statusCode, created.body).toBe(201);
    const token = new URL(created.json().url).pathname.split('/').at(-1);
    const view = await t.request({ method: 'GET', url: `/api/invitations/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().referenceDate).toBe(edition.json().referenceDate);
    expect(yearsInOccupation(view.json().draft.occupationStartDate, view.json().referenceDate)).toBe(30);
  });
});
