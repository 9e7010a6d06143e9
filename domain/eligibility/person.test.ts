import { describe, expect, it } from 'vitest';
import { makeApplication } from '../application/application.testing';
import { makeIdNumber } from '../people/id-number.testing';
import { findingsWith } from './eligibility.testing';

const reference = { referenceDate: '2025-10-24', today: '2025-10-20' };

describe('person.retired', () => {
  it('fires for a man past his retirement month on the reference date, from the ID number', () => {
    // Born 1965-03: retires at 60 years 1 month, in 2025-04.
    const idNumber = makeIdNumber({ birthDate: '1965-03-08', gender: 'male' });
    const [finding] = findingsWith('person.retired', { idNumber }, reference);
    expect(finding).toMatchObject({
      severity: 'error',
      field: 'idNumber',
      params: { age: { years: 60, months: 1 }, retirementMonth: '2025-04', referenceDate: '2025-10-24' },
    });
    expect(finding?.message.zh).toBe(
      '男职工法定退休年龄为 60 岁 1 个月，应于 2025-04 退休；评选基准日 2025-10-24 已退休，退休人员不得参加评选',
    );
    expect(finding?.message.en).toContain('60 years 1 month, reached in 2025-04');
  });

  it('counts the retirement month itself as still at work', () => {
    const man = { birthDate: '1965-08-20', gender: 'male' } as const; // 60 y 2 m → 2025-10
    expect(findingsWith('person.retired', man, { referenceDate: '2025-10-31' })).toEqual([]);
    expect(findingsWith('person.retired', man, { referenceDate: '2025-11-01' })).toHaveLength(1);
  });

  it('reads the post of a woman and takes an absent post as a worker post', () => {
    const woman = { birthDate: '1974-06-01', gender: 'female' } as const; // worker 2024-06, cadre 2029-06
    const [assumed] = findingsWith('person.retired', woman, reference);
    expect(assumed?.field).toBe('birthDate');
    expect(assumed?.params).toMatchObject({ post: 'worker', postAssumed: true });
    expect(assumed?.message.zh).toContain('女职工（工人岗位，未填写岗位类别）法定退休年龄为 50 岁');
    expect(findingsWith('person.retired', { ...woman, post: 'worker' }, reference)[0]?.params).toMatchObject({
      postAssumed: false,
    });
    expect(findingsWith('person.retired', { ...woman, post: 'cadre' }, reference)).toEqual([]);
  });

  it('prefers the ID number to the typed birth date and gender', () => {
    const idNumber = makeIdNumber({ birthDate: '1990-01-01', gender: 'male' });
    expect(findingsWith('person.retired', { idNumber, birthDate: '1950-01-01', gender: 'female' })).toEqual(
      [],
    );
  });

  it('stays silent without a birth date or a gender, and for a working-age candidate', () => {
    expect(findingsWith('person.retired', { birthDate: '1950-01-01' })).toEqual([]);
    expect(findingsWith('person.retired', { gender: 'male' })).toEqual([]);
    expect(findingsWith('person.retired', { birthDate: '1950-13-01', gender: 'male' })).toEqual([]);
    expect(findingsWith('person.retired', makeApplication(), reference)).toEqual([]);
  });
});

describe.each([
  ['person.unit_head', 'isUnitHead', true, '申报人现任企事业单位负责人，按评选方案不得参加评选'],
  [
    'person.not_frontline',
    'frontlinePost',
    false,
    '评选范围为生产服务一线技能岗位人员，申报人现未在一线技能岗位工作',
  ],
  [
    'person.outside_changchun',
    'workplaceInChangchun',
    false,
    '申报人现工作单位不在长春市域内，不在评选范围内',
  ],
] as const)('%s', (code, field, failing, zh) => {
  it(`fires when ${field} is ${failing}`, () => {
    const [finding] = findingsWith(code, { [field]: failing });
    expect(finding).toMatchObject({ code, severity: 'error', field, message: { zh } });
    expect(finding?.message.en.length).toBeGreaterThan(20);
  });

  it(`stays silent when ${field} is ${!failing} or absent`, () => {
    expect(findingsWith(code, { [field]: !failing })).toEqual([]);
    expect(findingsWith(code, {})).toEqual([]);
  });
});
