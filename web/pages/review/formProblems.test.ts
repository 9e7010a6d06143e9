import { describe, expect, it } from 'vitest';
import { conflictInput, expertInput, rubricInput } from '../../../domain/review';
import { checkPayload, formName, splitProblems } from './formProblems';

describe('the review forms’ problems', () => {
  it('names the form field of a dotted path, indexes as numbers', () => {
    expect(formName('criteria.2.code')).toEqual(['criteria', 2, 'code']);
    expect(formName('username')).toEqual(['username']);
    expect(formName('')).toEqual([]);
  });

  it('sends what the request’s schema makes of the values', () => {
    const checked = checkPayload(expertInput, {
      name: ' 刘建军 ',
      workplace: '长春理工大学',
      specialty: '电气自动化',
      specialties: ['电工'],
      mobile: '13904310009',
      username: 'expert-liu',
    });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.payload).toMatchObject({ name: '刘建军', organisationId: null });
  });

  it('words the problems as the server does, on the fields they concern', () => {
    const checked = checkPayload(conflictInput, {
      applicationId: '7f0c1c8e-5a0e-4b59-9d2f-0d6f6f1f8c11',
      reason: 'other',
      note: '',
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems).toEqual([
        {
          path: 'note',
          code: 'conflict.note_missing',
          message: { zh: '请说明需要回避的原因', en: 'Say why the expert must stand aside' },
        },
      ]);
  });

  it('keeps apart the problems that name no field of the form', () => {
    const checked = checkPayload(rubricInput, { aggregation: 'mean', blind: false, criteria: [] });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const split = splitProblems(checked.problems, [['aggregation'], ['blind']]);
    expect(split.onFields).toEqual([]);
    expect(split.general.map((p) => p.path)).toEqual(['criteria']);
  });
});
