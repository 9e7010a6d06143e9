import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../domain/people/id-number.testing';
import { demoIdNumber } from '../cli/demo';
import { demoApplications } from '../cli/demo-applications';
import { applications, auditLog, awards, editions } from '../db/schema';
import { createTestApp, engines, type TestApp } from '../testing/harness';

describe.each(engines)('rule dry runs on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
  });
  afterAll(async () => t?.close());

  const get = (url: string, c = cookie) => t.request({ method: 'GET', url, cookie: c });
  const check = (draft: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/api/eligibility/check', cookie, payload: draft });
  const codes = (res: { json(): { findings: { code: string }[] } }) => res.json().findings.map((f) => f.code);

  describe('GET /api/calendar/notice-period', () => {
    it('a 5-working-day notice from 2026-09-28 ends on 2026-10-09, skipping National Day', async () => {
      const res = await get('/api/calendar/notice-period?start=2026-09-28&days=5');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        start: '2026-09-28',
        end: '2026-10-09',
        workingDays: ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09'],
      });
    });

    it('starts a notice published on a rest day on the next working day', async () => {
      const res = await get('/api/calendar/notice-period?start=2026-10-03&days=5');
      expect(res.json().start).toBe('2026-10-08');
    });

    it('refuses a year the calendar does not cover with 422 calendar.year_unknown, in both languages', async () => {
      const res = await get('/api/calendar/notice-period?start=2031-03-02&days=5');
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('calendar.year_unknown');
      expect(res.json().message.zh).toContain('2031');
      expect(res.json().message.en).toContain('2031');
    });

    it('accepts that year once the bureau admin has entered overrides for it, and follows them', async () => {
      const staff = await t.login('staff');
      const refused = await t.request({
        method: 'PUT',
        url: '/api/calendar/overrides/2031-03-04',
        cookie: staff,
        payload: { kind: 'holiday', note: '测试' },
      });
      expect(refused.statusCode).toBe(403);

      const admin = await t.login('bureau');
      const put = await t.request({
        method: 'PUT',
        url: '/api/calendar/overrides/2031-03-04',
        cookie: admin,
        payload: { kind: 'holiday', note: '地方调整' },
      });
      expect(put.statusCode).toBe(200);
      const res = await get('/api/calendar/notice-period?start=2031-03-03&days=5');
      expect(res.statusCode).toBe(200);
      // 2031-03-03 is a Monday; the 4th is now a holiday
      expect(res.json().workingDays).toEqual([
        '2031-03-03',
        '2031-03-05',
        '2031-03-06',
        '2031-03-07',
        '2031-03-10',
      ]);
      const audited = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'calendar_override.create'), eq(auditLog.objectId, '2031-03-04')));
      expect(audited).toHaveLength(1);

      const del = await t.request({
        method: 'DELETE',
        url: '/api/calendar/overrides/2031-03-04',
        cookie: admin,
      });
      expect(del.statusCode).toBe(204);
      expect((await get('/api/calendar/notice-period?start=2031-03-03&days=5')).statusCode).toBe(422);
    });

    it('validates its input', async () => {
      expect((await get('/api/calendar/notice-period?start=2026-02-30&days=5')).statusCode).toBe(400);
      const bad = await get('/api/calendar/notice-period?start=2026-09-28&days=0');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields[0].path).toBe('days');
    });

    it('needs a login', async () => {
      expect((await get('/api/calendar/notice-period?start=2026-09-28&days=5', '')).statusCode).toBe(401);
    });
  });

  describe('GET /api/rules/retirement', () => {
    it('a man born 1965-03 retires at 60 years 1 month, in 2025-04', async () => {
      const res = await get('/api/rules/retirement?birth=1965-03&gender=male&post=worker');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ age: { years: 60, months: 1 }, month: '2025-04' });
    });

    it('a woman worker born 1975-03 at 50 years 2 months; a man born 1976-09 at 63', async () => {
      expect((await get('/api/rules/retirement?birth=1975-03&gender=female&post=worker')).json().age).toEqual(
        {
          years: 50,
          months: 2,
        },
      );
      expect((await get('/api/rules/retirement?birth=1976-09&gender=male')).json().age).toEqual({
        years: 63,
        months: 0,
      });
    });

    it('refuses a malformed birth month with a field error', async () => {
      const res = await get('/api/rules/retirement?birth=1965-13&gender=male');
      expect(res.statusCode).toBe(400);
      expect(res.json().fields[0]).toMatchObject({ path: 'birth', code: 'retirement.invalid_input' });
    });
  });

  describe('POST /api/eligibility/check', () => {
    const zhou = demoApplications.find((d) => d.name === '周铁军');
    if (!zhou) throw new Error('demo person missing');
    const zhouId = demoIdNumber(zhou.region, zhou.birthDate, zhou.sequence);

    it('judges only the fields that are present', async () => {
      const res = await check({});
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ findings: [] });
      expect(codes(await check({ mobile: '12345' }))).toEqual(['mobile.invalid']);
    });

    it('reports an invalid ID number and a birth date that disagrees with it', async () => {
      const id = makeIdNumber({ birthDate: '1980-05-17', gender: 'male' });
      const broken = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
      expect(codes(await check({ idNumber: broken }))).toContain('id_number.invalid');
      const mismatch = await check({ idNumber: id, birthDate: '1981-05-17', gender: 'male' });
      expect(codes(mismatch)).toContain('id_number.mismatch');
      expect(mismatch.json().findings[0].message.zh).toMatch(/[\u4e00-\u9fa5]/);
    });

    it('refuses a grand-award candidate below 高级技师 and without a condition', async () => {
      const res = await check({ award: 'grand_award', skillLevel: 'level3', conditions: [] });
      expect(codes(res)).toEqual(expect.arrayContaining(['skill.level_too_low', 'award.condition_missing']));
    });

    it('finds, through the hashed ID number, a title already held and an application for the other award', async () => {
      const sameTitle = await check({ award: 'technical_expert', idNumber: zhouId });
      expect(codes(sameTitle)).toEqual(
        expect.arrayContaining(['person.already_titled', 'person.both_awards']),
      );
      // applying for the grand award again is a duplicate of the application he has; he is a former expert
      const grand = await check({ award: 'grand_award', idNumber: zhouId });
      expect(codes(grand)).not.toContain('grand_award.not_former_expert');
      expect(codes(grand)).not.toContain('person.already_titled');
    });

    it('warns (does not block) when a grand-award candidate is not a former technical expert', async () => {
      const res = await check({ award: 'grand_award', idNumber: makeIdNumber({ birthDate: '1979-01-02' }) });
      const finding = res
        .json()
        .findings.find((f: { code: string }) => f.code === 'grand_award.not_former_expert');
      expect(finding?.severity).toBe('warning');
    });

    it('refuses a retired candidate on the edition reference date', async () => {
      const id = makeIdNumber({ birthDate: '1960-01-15', gender: 'male' });
      expect(codes(await check({ idNumber: id }))).toContain('person.retired');
    });

    it('counts the summary in characters: 300 Chinese characters pass, 301 do not', async () => {
      expect(codes(await check({ achievementsSummary: '技'.repeat(300) }))).toEqual([]);
      const long = await check({ achievementsSummary: '技'.repeat(301) });
      expect(codes(long)).toEqual(['summary.too_long']);
    });

    it('refuses unknown fields instead of ignoring them', async () => {
      const res = await check({ idNumbr: '1' });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation.failed');
    });
  });
});

/** Issue 8.3: the dry run is no oracle for ID numbers. Issue 8.17: an application is judged in its own edition. */
describe.each(engines)('who may dry-run the rules, and against what, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const zhou = demoApplications.find((d) => d.name === '周铁军');
  if (!zhou) throw new Error('demo person missing');
  const zhouId = demoIdNumber(zhou.region, zhou.birthDate, zhou.sequence);
  const checkAs = async (username: string, draft: Record<string, unknown>) =>
    t.request({
      method: 'POST',
      url: '/api/eligibility/check',
      cookie: await t.login(username),
      payload: draft,
    });

  it('is refused to every role that does not fill in an Annex 2', async () => {
    for (const username of ['expert', 'recommender', 'bureau', 'staff', 'talent']) {
      const res = await checkAs(username, { award: 'technical_expert', idNumber: zhouId });
      expect(res.statusCode, username).toBe(403);
      expect(res.json().code).toBe('auth.forbidden');
    }
  });

  it('says "already in this edition" only for an application of the caller’s own unit', async () => {
    const own = await checkAs('employer', { award: 'technical_expert', idNumber: zhouId });
    expect(own.statusCode).toBe(200);
    expect(own.json().findings.map((f: { code: string }) => f.code)).toContain('person.both_awards');
    const other = await checkAs('soe', { award: 'technical_expert', idNumber: zhouId });
    expect(other.statusCode).toBe(200);
    expect(other.json().findings.map((f: { code: string }) => f.code)).not.toContain('person.both_awards');
  });

  it('audits every dry run, without the ID number', async () => {
    const before = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'eligibility.check'));
    await checkAs('candidate', { idNumber: zhouId });
    const after = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'eligibility.check'));
    expect(after.length).toBe(before.length + 1);
    const entry = after.at(-1);
    expect(entry?.actorRole).toBe('candidate');
    expect(entry?.detail).toMatchObject({ idNumberGiven: true });
    expect(JSON.stringify(entry)).not.toContain(zhouId);
  });

  it('judges an application against its own edition, not against a newer one', async () => {
    const db = t.database.db;
    const [third] = await db.select().from(editions).where(eq(editions.number, 3));
    if (!third) throw new Error('demo edition missing');
    // the next edition, published, with a reference date by which every demo candidate has retired
    const { id: _id, code: _code, createdAt: _createdAt, ...rest } = third;
    const [fourth] = await db
      .insert(editions)
      .values({
        ...rest,
        code: 'changchun-4',
        number: 4,
        referenceDate: '2070-10-24',
        previousEditionId: third.id,
      })
      .returning();
    if (!fourth) throw new Error('edition insert failed');
    const thirdAwards = await db.select().from(awards).where(eq(awards.editionId, third.id));
    await db
      .insert(awards)
      .values(
        thirdAwards.map(({ id: _awardId, editionId: _e, ...award }) => ({ ...award, editionId: fourth.id })),
      );
    const [row] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.name, '周铁军'), eq(applications.editionId, third.id)));
    const res = await t.request({
      method: 'GET',
      url: `/api/applications/${row?.id}`,
      cookie: await t.login('employer'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().findings.map((f: { code: string }) => f.code)).not.toContain('person.retired');
    // the dry run, which has no application yet, is judged in the current (4th) edition
    const dry = await checkAs('employer', { idNumber: zhouId });
    expect(dry.json().findings.map((f: { code: string }) => f.code)).toContain('person.retired');
    await db.update(editions).set({ status: 'draft' }).where(eq(editions.id, fourth.id));
  });
});
