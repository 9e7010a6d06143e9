import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../../domain/people/id-number.testing';
import { derivedFieldsChange, editedWith } from './followIdNumber';

const old = makeIdNumber({ region: '220104', birthDate: '1958-03-12', gender: 'male', seq: 31 });
const corrected = makeIdNumber({ region: '220104', birthDate: '1985-07-09', gender: 'female', seq: 32 });
const oldFields = { birthDate: '1958-03-12', gender: 'male' };

describe('the birth date and gender follow the ID number in the form', () => {
  it('fills them from a valid number, and replaces them when the number is corrected', () => {
    expect(derivedFieldsChange(undefined, old, {})).toEqual(oldFields);
    expect(derivedFieldsChange(old, corrected, oldFields)).toEqual({
      birthDate: '1985-07-09',
      gender: 'female',
    });
  });

  it('changes nothing when they already agree', () => {
    expect(derivedFieldsChange(undefined, old, oldFields)).toBeUndefined();
    expect(derivedFieldsChange(old, old, oldFields)).toBeUndefined();
  });

  it('clears them when the number that filled them stops being valid (a digit changed, emptied)', () => {
    const oneDigitOff = `${old.slice(0, 10)}${old[10] === '0' ? '1' : '0'}${old.slice(11)}`;
    expect(derivedFieldsChange(old, oneDigitOff, oldFields)).toEqual({
      birthDate: undefined,
      gender: undefined,
    });
    expect(derivedFieldsChange(old, old.slice(0, 17), oldFields)).toEqual({
      birthDate: undefined,
      gender: undefined,
    });
    expect(derivedFieldsChange(old, '', oldFields)).toEqual({ birthDate: undefined, gender: undefined });
    expect(derivedFieldsChange(old, '', {})).toBeUndefined();
  });

  it('leaves them as typed while the number has never been valid', () => {
    expect(derivedFieldsChange(undefined, '2201', oldFields)).toBeUndefined();
    expect(derivedFieldsChange('2201', '22010', oldFields)).toBeUndefined();
    expect(derivedFieldsChange(undefined, undefined, oldFields)).toBeUndefined();
  });

  it('counts the derived fields as edited with the number', () => {
    expect(editedWith(['idNumber'])).toEqual(['idNumber', 'birthDate', 'gender']);
    expect(editedWith(['name'])).toEqual(['name']);
  });
});
