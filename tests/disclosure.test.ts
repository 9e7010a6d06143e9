import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIdNumber } from '../server/cli/demo';
import { demoApplications } from '../server/cli/demo-applications';
import { applications, experts, panelMembers, panels, workflowEvents } from '../server/db/schema';
import { unzip } from '../server/documents/files.testing';
import { compact, pdfText } from '../server/documents/poppler.testing';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

const person = (name: string) => {
  const seed = demoApplications.find((d) => d.name === name);
  if (!seed) throw new Error(`demo person ${name} missing`);
  return { ...seed, idNumber: demoIdNumber(seed.region, seed.birthDate, seed.sequence) };
};

/** Issue 8.2 and 8.4: minimum disclosure of the ID number, the birth date, the account and the phone. */
describe.each(engines)('personal data by role on %s', (engine) => {
  let t: TestApp;
  const reported = person('马国庆'); // at the Chaoyang recommender
  const atBureau = person('李明远'); // reported to the bureau, complete dossier
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const name of [reported.name, atBureau.name]) {
      const [row] = await t.database.db.select().from(applications).where(eq(applications.name, name));
      ids[name] = row?.id ?? '';
    }
  });
  afterAll(async () => t?.close());

  const get = async (username: string, url: string) =>
    t.request({ method: 'GET', url, cookie: await t.login(username) });
  /** The birth date in every form an ID number or a date could carry it. */
  const birthForms = (birthDate: string) => [birthDate, birthDate.replaceAll('-', '')];

  it('gives the recommender the masked number and the birth year, never the exact birth date', async () => {
    const res = await get('recommender', `/api/applications/${ids[reported.name]}`);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail.draft.birthDate).toBeUndefined();
    expect(detail.masked.birthYear).toBe(Number(reported.birthDate.slice(0, 4)));
    expect(detail.draft.idNumber).toBe(detail.masked.idNumber);
    expect(detail.masked.idNumber.replace(/\*/g, '').length).toBeLessThanOrEqual(10);
    for (const form of [
      ...birthForms(reported.birthDate),
      reported.idNumber,
      reported.bankAccount,
      reported.mobile,
    ])
      expect(res.body).not.toContain(form);
  });

  it('gives the owning unit the exact birth date with the number in clear', async () => {
    const own = person('周铁军');
    const [row] = await t.database.db.select().from(applications).where(eq(applications.name, own.name));
    const res = await get('employer', `/api/applications/${row?.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().draft.birthDate).toBe(own.birthDate);
    expect(res.json().draft.idNumber).toBe(own.idNumber);
  });

  it('prints Annex 2 in full for the bureau, which hands in the paper', async () => {
    const res = await get('bureau', `/api/applications/${ids[atBureau.name]}/annex2.pdf`);
    expect(res.statusCode).toBe(200);
    const text = compact(pdfText(res.rawPayload));
    expect(text).toContain(atBureau.idNumber);
    expect(text).toContain(atBureau.bankAccount);
    expect(text).not.toContain('脱敏件');
  });

  it('prints the masked copy for the talent office and for an expert on the award’s panel', async () => {
    const db = t.database.db;
    const [row] = await db
      .select()
      .from(applications)
      .where(eq(applications.id, ids[atBureau.name] ?? ''));
    if (!row) throw new Error('demo data missing');
    // the talent office sees the application once the bureau asked it to approve it (here: the history says
    // so), the expert once it is in review on a panel they sit on (孙卫东 chairs the demo's panel of the award)
    await db.insert(workflowEvents).values({
      applicationId: row.id,
      transition: 'submitForApproval',
      fromStatus: 'city_noticed',
      toStatus: 'pending_approval',
      at: t.clock.now(),
    });
    await db.update(applications).set({ status: 'in_review' }).where(eq(applications.id, row.id));
    const [seat] = await db
      .select({ panel: panels.name })
      .from(panelMembers)
      .innerJoin(panels, eq(panels.id, panelMembers.panelId))
      .innerJoin(experts, eq(experts.id, panelMembers.expertId))
      .where(and(eq(panels.awardId, row.awardId), eq(experts.name, '孙卫东')));
    expect(seat?.panel).toBe('第三届长春技术能手评审组');

    for (const username of ['talent', 'expert']) {
      for (const format of ['pdf', 'docx'] as const) {
        const res = await get(username, `/api/applications/${row.id}/annex2.${format}`);
        expect(res.statusCode, `${username} ${format}: ${res.body.slice(0, 200)}`).toBe(200);
        const text =
          format === 'pdf'
            ? compact(pdfText(res.rawPayload))
            : compact(
                unzip(res.rawPayload)
                  .get('word/document.xml')
                  ?.toString('utf8')
                  .replace(/<[^>]+>/g, '') ?? '',
              );
        expect(text, username).toContain('脱敏件');
        expect(text).toContain(atBureau.name);
        for (const secret of [
          atBureau.idNumber,
          atBureau.bankAccount,
          atBureau.mobile,
          ...birthForms(atBureau.birthDate),
        ])
          expect(text, `${username} must not see ${secret}`).not.toContain(secret);
        expect(text).toContain(`${atBureau.birthDate.slice(0, 4)}年`);
        // the masked copy verifies as current on the public page: it is registered as what it is
        const hash = String(res.headers['x-content-hash']);
        const page = await t.request({ method: 'GET', url: `/verify/${hash}` });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('与系统中当前数据一致');
      }
    }
  });
});
