import { type CodedEntry, entryByCode } from '../people';

/** Small helpers for the texts of the findings. */

/** `[1, 2, 3, 4]` → `1–4`; `[1, 3, 4]` → `1、3、4` (zh) or `1, 3, 4` (en). */
export function numberList(numbers: readonly number[], separator: string): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const contiguous = sorted.length > 2 && sorted.every((n, i) => n === first + i);
  return contiguous ? `${first}–${last}` : sorted.join(separator);
}

/** The zh or en name of a coded value, or the code itself when unknown. */
export function labelOf(entries: readonly CodedEntry[], code: string): { zh: string; en: string } {
  const entry = entryByCode(entries, code);
  return entry ? { zh: entry.zh, en: entry.en } : { zh: code, en: code };
}
