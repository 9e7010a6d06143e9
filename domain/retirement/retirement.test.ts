import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { Gender, Post } from '../people';
import { isRetiredOn, type RetirementInput, retirementFor, retirementSchemes, schemeFor } from './retirement';

const months = (age: { years: number; months: number }) => age.years * 12 + age.months;
const addMonths = (yearMonth: string, n: number) => {
  const index = Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

describe('retirementFor: the examples of the brief', () => {
  it.each([
    [{ birth: '1965-03', gender: 'male' }, { years: 60, months: 1 }, '2025-04'],
    [{ birth: '1964-12', gender: 'male' }, { years: 60, months: 0 }, '2024-12'],
    [{ birth: '1976-09', gender: 'male' }, { years: 63, months: 0 }, '2039-09'],
    [{ birth: '1990-01', gender: 'male' }, { years: 63, months: 0 }, '2053-01'],
    [{ birth: '1975-03', gender: 'female', post: 'worker' }, { years: 50, months: 2 }, '2025-05'],
  ] as const)('%o → %o in %s', (input, age, month) => {
    expect(retirementFor(input)).toEqual({ age, month });
  });
});

describe('retirementFor: the rows of the official tables', () => {
  // [birth months of the row, age, retirement months of the row]
  it.each([
    // 男职工（原60周岁）
    ['male', 'worker', '1965-01', '1965-04', 60, 1, '2025-02', '2025-05'],
    ['male', 'cadre', '1965-05', '1965-08', 60, 2, '2025-07', '2025-10'],
    ['male', 'worker', '1966-01', '1966-04', 60, 4, '2026-05', '2026-08'],
    ['male', 'worker', '1976-05', '1976-08', 62, 11, '2039-04', '2039-07'],
    ['male', 'worker', '1976-09', '1976-12', 63, 0, '2039-09', '2039-12'],
    // 原55周岁女职工
    ['female', 'cadre', '1970-01', '1970-04', 55, 1, '2025-02', '2025-05'],
    ['female', 'cadre', '1970-05', '1970-08', 55, 2, '2025-07', '2025-10'],
    ['female', 'cadre', '1981-09', '1981-12', 58, 0, '2039-09', '2039-12'],
    // 原50周岁女职工
    ['female', 'worker', '1975-01', '1975-02', 50, 1, '2025-02', '2025-03'],
    ['female', 'worker', '1975-03', '1975-04', 50, 2, '2025-05', '2025-06'],
    ['female', 'worker', '1984-09', '1984-10', 54, 11, '2039-08', '2039-09'],
    ['female', 'worker', '1984-11', '1984-12', 55, 0, '2039-11', '2039-12'],
  ] as const)(
    '%s %s born %s…%s: %i years %i months, %s…%s',
    (gender, post, first, last, years, m, from, to) => {
      expect(retirementFor({ birth: first, gender, post })).toEqual({
        age: { years, months: m },
        month: from,
      });
      expect(retirementFor({ birth: last, gender, post })).toEqual({ age: { years, months: m }, month: to });
    },
  );

  it('keeps the original age for everyone born before the first delayed month', () => {
    expect(retirementFor({ birth: '1969-12', gender: 'female', post: 'cadre' })).toEqual({
      age: { years: 55, months: 0 },
      month: '2024-12',
    });
    expect(retirementFor({ birth: '1974-12', gender: 'female', post: 'worker' })).toEqual({
      age: { years: 50, months: 0 },
      month: '2024-12',
    });
    expect(retirementFor({ birth: '1950-06', gender: 'male' }).age).toEqual({ years: 60, months: 0 });
  });

  it('ignores the post of a man and takes a woman without a post to hold a worker post', () => {
    expect(retirementFor({ birth: '1970-06', gender: 'male', post: 'cadre' })).toEqual(
      retirementFor({ birth: '1970-06', gender: 'male', post: 'worker' }),
    );
    expect(retirementFor({ birth: '1978-06', gender: 'female' })).toEqual(
      retirementFor({ birth: '1978-06', gender: 'female', post: 'worker' }),
    );
    expect(schemeFor('female')).toBe(retirementSchemes.femaleWorker);
  });
});

describe('isRetiredOn', () => {
  const man1965 = { birth: '1965-03', gender: 'male' } as const; // retires in 2025-04

  it('still counts the candidate as working through the retirement month', () => {
    expect(isRetiredOn(man1965, '2025-03-31')).toBe(false);
    expect(isRetiredOn(man1965, '2025-04-01')).toBe(false);
    expect(isRetiredOn(man1965, '2025-04-30')).toBe(false);
  });

  it('counts the candidate as retired from the first day of the following month', () => {
    expect(isRetiredOn(man1965, '2025-05-01')).toBe(true);
    expect(isRetiredOn(man1965, '2030-01-01')).toBe(true);
  });

  it('reads the post of a woman', () => {
    const woman = { birth: '1974-06', gender: 'female' } as const; // worker 2024-06, cadre 2029-06
    expect(isRetiredOn({ ...woman, post: 'worker' }, '2025-10-24')).toBe(true);
    expect(isRetiredOn({ ...woman, post: 'cadre' }, '2025-10-24')).toBe(false);
  });
});

describe('invalid input', () => {
  it.each([
    [{ birth: '1965-13', gender: 'male' }, 'birth'],
    [{ birth: '1965-3', gender: 'male' }, 'birth'],
    [{ birth: '1965-03-01', gender: 'male' }, 'birth'],
    [{ birth: '1899-12', gender: 'male' }, 'birth'],
    [{ birth: '1965-03', gender: 'unknown' }, 'gender'],
    [{ birth: '1965-03', gender: 'female', post: 'manager' }, 'post'],
  ])('%o is refused with retirement.invalid_input on %s', (input, field) => {
    const attempt = () => retirementFor(input as unknown as RetirementInput);
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      const domainError = error as DomainError;
      expect(domainError.code).toBe('retirement.invalid_input');
      expect(domainError.params).toEqual({ field });
      expect(domainError.userMessage.zh).toMatch(/退休年龄/);
      expect(domainError.userMessage.en).toMatch(/retirement age/);
      expect(domainError.fields[0]?.path).toBe(field);
    }
  });

  it('refuses a reference date that is not a real day', () => {
    expect(() => isRetiredOn({ birth: '1965-03', gender: 'male' }, '2025-02-30')).toThrow(
      expect.objectContaining({ code: 'retirement.invalid_input', params: { field: 'referenceDate' } }),
    );
  });
});

describe('properties', () => {
  const yearMonth = fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`);
  const person = fc.record({
    birth: yearMonth,
    gender: fc.constantFrom<Gender>('male', 'female'),
    post: fc.constantFrom<Post>('worker', 'cadre'),
  });

  it('never below the original age nor above the cap', () => {
    fc.assert(
      fc.property(person, (input) => {
        const scheme = schemeFor(input.gender, input.post);
        const total = months(retirementFor(input).age);
        expect(total).toBeGreaterThanOrEqual(scheme.originalYears * 12);
        expect(total).toBeLessThanOrEqual(scheme.originalYears * 12 + scheme.maxDelayMonths);
      }),
    );
  });

  it('is non-decreasing in the birth month, by at most one month of age per month of birth', () => {
    fc.assert(
      fc.property(person, (input) => {
        if (input.birth === '2100-12') return;
        const later = { ...input, birth: addMonths(input.birth, 1) };
        const step = months(retirementFor(later).age) - months(retirementFor(input).age);
        expect(step).toBeGreaterThanOrEqual(0);
        expect(step).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('retires in the birth month plus the age', () => {
    fc.assert(
      fc.property(person, (input) => {
        const { age, month } = retirementFor(input);
        expect(month).toBe(addMonths(input.birth, months(age)));
      }),
    );
  });

  it('is retired exactly on the days after the retirement month', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: -24, max: 24 }), (input, offset) => {
        const { month } = retirementFor(input);
        const referenceMonth = addMonths(month, offset);
        expect(isRetiredOn(input, `${referenceMonth}-01`)).toBe(offset > 0);
        expect(isRetiredOn(input, `${referenceMonth}-28`)).toBe(offset > 0);
      }),
    );
  });
});
