import { describe, expect, it } from 'vitest';
import { makeApplication } from '../application/application.testing';
import { idNumberReasonMessages } from '../people';
import { makeIdNumber } from '../people/id-number.testing';
import { findingsWith } from './eligibility.testing';

const id = makeIdNumber({ region: '220104', birthDate: '1980-05-17', gender: 'male' });

describe('id_number.invalid', () => {
  it.each([
    ['format', '22010419800517001'],
    ['checksum', `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`],
    ['region', makeIdNumber({ region: '990101' })],
    ['birth_date', makeIdNumber({ birthDate: '2030-01-01' })],
  ] as const)('fires with the reason %s', (reason, idNumber) => {
    const [finding] = findingsWith('id_number.invalid', { idNumber });
    expect(finding).toEqual({
      code: 'id_number.invalid',
      severity: 'error',
      field: 'idNumber',
      message: idNumberReasonMessages[reason],
      params: { reason },
    });
  });

  it('judges the birth date in the ID number against today', () => {
    const born = makeIdNumber({ birthDate: '2025-10-21' });
    expect(findingsWith('id_number.invalid', { idNumber: born }, { today: '2025-10-20' })).toHaveLength(1);
    expect(findingsWith('id_number.invalid', { idNumber: born }, { today: '2025-10-21' })).toEqual([]);
  });

  it('stays silent for a valid ID (lower-case x too) and for an absent one', () => {
    const withX = ['11010519491231002X', '11010519491231002x'];
    for (const idNumber of [id, ...withX])
      expect(findingsWith('id_number.invalid', { idNumber })).toEqual([]);
    expect(findingsWith('id_number.invalid', {})).toEqual([]);
  });
});

describe('id_number.mismatch', () => {
  it('fires on the birth date and on the gender, each on its own field', () => {
    const findings = findingsWith('id_number.mismatch', {
      idNumber: id,
      birthDate: '1980-05-18',
      gender: 'female',
    });
    expect(findings.map((finding) => finding.field)).toEqual(['birthDate', 'gender']);
    expect(findings[0]?.message.zh).toBe('出生日期 1980-05-18 与身份证号码中的出生日期 1980-05-17 不一致');
    expect(findings[1]?.message.zh).toBe('性别“女”与身份证号码显示的“男”不一致');
    expect(findings[1]?.message.en).toBe('The gender "Female" differs from the ID number\'s "Male"');
  });

  it('stays silent when they agree, when either side is absent, or when the ID is invalid', () => {
    expect(
      findingsWith('id_number.mismatch', { idNumber: id, birthDate: '1980-05-17', gender: 'male' }),
    ).toEqual([]);
    expect(findingsWith('id_number.mismatch', { idNumber: id })).toEqual([]);
    expect(findingsWith('id_number.mismatch', { birthDate: '1980-05-18', gender: 'female' })).toEqual([]);
    const invalid = `${id.slice(0, 16)}${(Number(id[16]) + 1) % 10}${id[17]}`;
    expect(findingsWith('id_number.mismatch', { idNumber: invalid, birthDate: '1999-01-01' })).toEqual([]);
  });
});

describe('date.invalid', () => {
  it('fires on a date that is not a real day, naming the field', () => {
    const findings = findingsWith('date.invalid', {
      birthDate: '1980-02-30',
      workStartDate: '1997/07/01',
      occupationStartDate: '1997-07-01',
    });
    expect(findings.map((finding) => finding.field)).toEqual(['birthDate', 'workStartDate']);
    expect(findings[1]?.message.zh).toMatch(/^参加工作时间：日期应为/);
  });

  it('fires on a birth date before 1900 or after today', () => {
    expect(findingsWith('date.invalid', { birthDate: '1899-12-31' })[0]?.message.zh).toBe(
      '出生日期 1899-12-31 不在 1900-01-01 至今天之间',
    );
    expect(findingsWith('date.invalid', { birthDate: '2025-10-21' })).toHaveLength(1);
    expect(findingsWith('date.invalid', { birthDate: '2025-10-20' })).toEqual([]);
  });

  it('stays silent for a complete application', () => {
    expect(findingsWith('date.invalid', makeApplication())).toEqual([]);
  });
});
