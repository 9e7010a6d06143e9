import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../people/id-number.testing';
import { findingsWith } from './eligibility.testing';

describe('summary.too_long', () => {
  it('fires above 300 characters, with the count', () => {
    const [finding] = findingsWith('summary.too_long', { achievementsSummary: '技'.repeat(312) });
    expect(finding).toMatchObject({
      severity: 'error',
      field: 'achievementsSummary',
      params: { count: 312, max: 300 },
    });
    expect(finding?.message.zh).toBe('主要业绩成果 312 字，超过 300 字上限');
  });

  it('counts code points: 300 astral characters (600 UTF-16 units) pass, 301 fail', () => {
    expect(findingsWith('summary.too_long', { achievementsSummary: '𠮷'.repeat(300) })).toEqual([]);
    expect(findingsWith('summary.too_long', { achievementsSummary: '😀'.repeat(301) })).toHaveLength(1);
  });

  it('ignores surrounding whitespace, as the schema does, and an absent summary', () => {
    expect(findingsWith('summary.too_long', { achievementsSummary: ` ${'技'.repeat(300)}\n` })).toEqual([]);
    expect(findingsWith('summary.too_long', {})).toEqual([]);
  });
});

describe('work_years.inconsistent', () => {
  it('fires when the occupation starts before work does', () => {
    const [finding] = findingsWith('work_years.inconsistent', {
      workStartDate: '1997-07-01',
      occupationStartDate: '1995-03-01',
    });
    expect(finding).toMatchObject({ severity: 'error', field: 'occupationStartDate' });
    expect(finding?.message.zh).toBe(
      '从事本职业（工种）时间 1995-03-01 早于参加工作时间 1997-07-01：从事本职业年限不能超过参加工作年限',
    );
  });

  it('fires for either date after today', () => {
    const findings = findingsWith(
      'work_years.inconsistent',
      { workStartDate: '2025-10-21', occupationStartDate: '2026-01-01' },
      { today: '2025-10-20' },
    );
    expect(findings.map((finding) => finding.field)).toEqual(['workStartDate', 'occupationStartDate']);
    expect(findings[0]?.message.zh).toBe('参加工作时间 2025-10-21 晚于今天（2025-10-20）');
  });

  it('stays silent for the same day, a later occupation, one date alone or an unreadable date', () => {
    expect(
      findingsWith('work_years.inconsistent', {
        workStartDate: '1997-07-01',
        occupationStartDate: '1997-07-01',
      }),
    ).toEqual([]);
    expect(
      findingsWith('work_years.inconsistent', {
        workStartDate: '1997-07-01',
        occupationStartDate: '2003-01-01',
      }),
    ).toEqual([]);
    expect(findingsWith('work_years.inconsistent', { occupationStartDate: '1990-01-01' })).toEqual([]);
    expect(
      findingsWith('work_years.inconsistent', {
        workStartDate: '1997-07-01',
        occupationStartDate: '1990-13-01',
      }),
    ).toEqual([]);
  });
});

describe('work_start.too_young', () => {
  it('fires the day before the 16th birthday, not on it', () => {
    const born = { birthDate: '1980-05-17' };
    const [finding] = findingsWith('work_start.too_young', { ...born, workStartDate: '1996-05-16' });
    expect(finding).toMatchObject({
      severity: 'error',
      field: 'workStartDate',
      params: { age: 15, minimumAge: 16 },
    });
    expect(finding?.message.zh).toBe('参加工作时间 1996-05-16 时年仅 15 周岁，不满 16 周岁');
    expect(findingsWith('work_start.too_young', { ...born, workStartDate: '1996-05-17' })).toEqual([]);
  });

  it('reads the birth date from the ID number, and says so when work starts before birth', () => {
    const idNumber = makeIdNumber({ birthDate: '1980-05-17' });
    const [finding] = findingsWith('work_start.too_young', { idNumber, workStartDate: '1979-01-01' });
    expect(finding?.message.zh).toBe('参加工作时间 1979-01-01 早于出生日期 1980-05-17');
  });

  it('stays silent without a birth date or a work start', () => {
    expect(findingsWith('work_start.too_young', { workStartDate: '1990-01-01' })).toEqual([]);
    expect(findingsWith('work_start.too_young', { birthDate: '1980-05-17' })).toEqual([]);
  });
});
