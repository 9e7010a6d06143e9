import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../domain/people/id-number.testing';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

interface Finding {
  code: string;
  field?: string;
  severity: string;
}

/**
 * The birth date and gender follow the ID number when a draft is saved (issue 10, rule 3): a corrected
 * number replaces the previous person's birth date and gender, even when the client sends the old ones
 * back, so no rule (identity agreement, retirement age) judges a birth date nobody has any more.
 */
describe.each(engines)('the ID number decides the birth date and gender of a saved draft on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
  });
  afterAll(async () => t?.close());

  // A digit typed wrong: the number of a man born in 1958, long retired; the right one, a woman of 1985.
  // Each test its own person: one application per person and edition.
  let seq = 30;
  let mistyped = '';
  let corrected = '';

  const create = async () => {
    seq += 2;
    mistyped = makeIdNumber({ region: '220104', birthDate: '1958-03-12', gender: 'male', seq });
    corrected = makeIdNumber({ region: '220104', birthDate: '1985-07-09', gender: 'female', seq: seq + 1 });
    const res = await t.request({
      method: 'POST',
      url: '/api/applications',
      cookie,
      payload: {
        award: 'grand_award',
        name: '刘晓梅',
        idNumber: mistyped,
        birthDate: '1958-03-12',
        gender: 'male',
        post: 'worker',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number; findings: Finding[] };
  };
  const save = async (id: string, version: number, draft: object) => {
    const res = await t.request({
      method: 'PATCH',
      url: `/api/applications/${id}`,
      cookie,
      payload: { version, draft },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { version: number; draft: Record<string, unknown>; findings: Finding[] };
  };
  const read = async (id: string) => {
    const res = await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { draft: Record<string, unknown>; findings: Finding[] };
  };
  const aboutBirthOrGender = (findings: Finding[]) =>
    findings.filter((f) => f.code === 'person.retired' || f.field === 'birthDate' || f.field === 'gender');

  it('replaces the old birth date and gender when the number is corrected, stale values sent or not', async () => {
    const first = await create();
    expect(first.findings.map((f) => f.code)).toContain('person.retired');

    // the form sends back what it still holds: the corrected number beside the old person's data
    await save(first.id, first.version, { idNumber: corrected, birthDate: '1958-03-12', gender: 'male' });
    const detail = await read(first.id);
    expect(detail.draft).toMatchObject({ idNumber: corrected, birthDate: '1985-07-09', gender: 'female' });
    expect(aboutBirthOrGender(detail.findings)).toEqual([]);
  });

  it('fills them from a corrected number saved alone', async () => {
    const first = await create();
    await save(first.id, first.version, { idNumber: corrected });
    const detail = await read(first.id);
    expect(detail.draft).toMatchObject({ birthDate: '1985-07-09', gender: 'female' });
    expect(aboutBirthOrGender(detail.findings)).toEqual([]);
  });

  it('keeps them agreeing with the number on file when only the birth date or gender is saved', async () => {
    const first = await create();
    const corrected1 = await save(first.id, first.version, { idNumber: corrected });
    await save(first.id, corrected1.version, { birthDate: '1958-03-12', gender: 'male' });
    const detail = await read(first.id);
    expect(detail.draft).toMatchObject({ birthDate: '1985-07-09', gender: 'female' });
    expect(aboutBirthOrGender(detail.findings)).toEqual([]);
  });

  it('leaves them as typed once the number is cleared', async () => {
    const first = await create();
    const cleared = await save(first.id, first.version, { idNumber: null });
    await save(first.id, cleared.version, { birthDate: '1985-07-09', gender: 'female' });
    const detail = await read(first.id);
    expect(detail.draft.idNumber).toBeUndefined();
    expect(detail.draft).toMatchObject({ birthDate: '1985-07-09', gender: 'female' });
  });
});
