import type { Message } from '../message';

/** Limits of the recommendation form (Annex 2) that the rules and the printed forms share. */
export const SUMMARY_MAX_CHARACTERS = 300;
/** Rows per structured section: more than fits on the annex with an attached page. */
export const SECTION_MAX_ROWS = 20;
/**
 * Applications one unit may hold for one award of an edition, withdrawn ones aside: far above any
 * recommender's places (two or three), low enough that drafts cannot fill the disk 100 MB at a time.
 */
export const MAX_APPLICATIONS_PER_UNIT_AND_AWARD = 50;

/** Bilingual texts for the codes the application field schemas produce (besides the people codes). */
export const applicationFieldMessages = {
  'date.invalid': {
    zh: '日期应为真实存在的日期，格式为 YYYY-MM-DD，如 1997-07-01',
    en: 'A date is a real day written YYYY-MM-DD, e.g. 1997-07-01',
  },
  'month.invalid': {
    zh: '年月应为 YYYY-MM 格式，如 1997-07',
    en: 'A month is written YYYY-MM, e.g. 1997-07',
  },
  'period.reversed': {
    zh: '截止年月早于起始年月',
    en: 'The period ends before it starts',
  },
  'conditions.duplicate': {
    zh: '同一评选条件只能选择一次',
    en: 'Each award condition can be chosen only once',
  },
} as const satisfies Record<string, Message>;
export type ApplicationFieldCode = keyof typeof applicationFieldMessages | 'summary.too_long';

/** "主要业绩成果 312 字，超过 300 字上限": the count is in characters (code points). */
export function summaryTooLongMessage(count: number, max = SUMMARY_MAX_CHARACTERS): Message {
  return {
    zh: `主要业绩成果 ${count} 字，超过 ${max} 字上限`,
    en: `The achievements summary has ${count} characters, more than the limit of ${max}`,
  };
}
