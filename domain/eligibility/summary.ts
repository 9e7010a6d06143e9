import { characterCount, SUMMARY_MAX_CHARACTERS, summaryTooLongMessage } from '../application';
import { defineRule } from './types';

/** The achievements summary (主要业绩成果) feeds the summary table (Annex 3): at most 300 characters. */
export const summaryTooLong = defineRule({
  code: 'summary.too_long',
  severity: 'error',
  fields: ['achievementsSummary'],
  description: {
    zh: `主要业绩成果不超过 ${SUMMARY_MAX_CHARACTERS} 字（按字符计，不按字节）`,
    en: `The achievements summary has at most ${SUMMARY_MAX_CHARACTERS} characters (characters, not bytes)`,
  },
  message: ({ count, max }: { count: number; max: number }) => summaryTooLongMessage(count, max),
  check: (draft) => {
    if (draft.achievementsSummary === undefined) return [];
    // Counted as the schema counts it: the trimmed text.
    const count = characterCount(draft.achievementsSummary.trim());
    return count > SUMMARY_MAX_CHARACTERS
      ? [{ field: 'achievementsSummary', params: { count, max: SUMMARY_MAX_CHARACTERS } }]
      : [];
  },
});
