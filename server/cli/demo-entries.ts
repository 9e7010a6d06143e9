import type { SectionName } from '../../domain/application';
import { luhnCheckDigit } from '../../domain/people';
import type { EntryInput } from '../services/applications';

/** A 19-digit account number with its Luhn check digit. */
export const jilinBankAccount = (first18: string) => first18 + luhnCheckDigit(first18);

export const entry = (
  section: SectionName,
  position: number,
  content: string,
  witness: string,
  periodFrom?: string,
  periodTo?: string,
): EntryInput => ({
  section,
  position,
  content,
  witness,
  periodFrom: periodFrom ?? null,
  periodTo: periodTo || null,
});

/** A row of 主要经历: from–to, where (在何单位学习、工作), what, witness. */
export const job = (
  position: number,
  place: string,
  content: string,
  witness: string,
  from: string,
  to: string,
): EntryInput => ({
  ...entry('workHistory', position, content, witness, from, to),
  place,
});
