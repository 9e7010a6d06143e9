import type { Message } from '../message';
import { numberList } from './format';
import { defineRule } from './types';

/** Award conditions (seed §二): at least one, and only the award's own (1–5 grand award, 1–4 technical expert). */

function allowedText(awardName: Message | undefined, allowed: readonly number[] | undefined): Message {
  if (!awardName || !allowed) return { zh: '评选条件', en: 'award conditions' };
  return {
    zh: `“${awardName.zh}”评选条件（第 ${numberList(allowed, '、')} 项）`,
    en: `conditions of "${awardName.en}" (nos. ${numberList(allowed, ', ')})`,
  };
}

type Missing = { awardName?: Message; allowed?: readonly number[] };

export const conditionMissing = defineRule({
  code: 'award.condition_missing',
  severity: 'error',
  fields: ['conditions', 'award'],
  description: {
    zh: '须至少具备一项所申报奖项的评选条件',
    en: 'At least one of the award’s conditions must be chosen',
  },
  message: ({ awardName, allowed }: Missing) => {
    const conditions = allowedText(awardName, allowed);
    return {
      zh: `请至少选择一项${conditions.zh}`,
      en: `Choose at least one of the ${conditions.en}`,
    };
  },
  check: (draft, facts) => {
    if (draft.conditions === undefined || draft.conditions.length > 0) return [];
    const params: Missing = facts.award
      ? { awardName: facts.award.name, allowed: facts.award.conditionNumbers }
      : {};
    return [{ field: 'conditions', params }];
  },
});

type Unknown = { awardName: Message; unknown: number[]; allowed: readonly number[] };

export const conditionUnknown = defineRule({
  code: 'award.condition_unknown',
  severity: 'error',
  fields: ['conditions', 'award'],
  description: {
    zh: '所选条件须为所申报奖项的评选条件（如长春技术能手没有第 5 项）',
    en: 'Chosen conditions belong to the award applied for (the technical expert has no condition 5)',
  },
  message: ({ awardName, unknown, allowed }: Unknown) => {
    const conditions = allowedText(awardName, allowed);
    return {
      zh: `第 ${numberList(unknown, '、')} 项不是${conditions.zh}之一`,
      en: `No. ${numberList(unknown, ', ')} is not one of the ${conditions.en}`,
    };
  },
  check: (draft, facts) => {
    const { award } = facts;
    if (!award || draft.conditions === undefined) return [];
    const unknown = [...new Set(draft.conditions.filter((n) => !award.conditionNumbers.includes(n)))];
    if (unknown.length === 0) return [];
    return [
      {
        field: 'conditions',
        params: { awardName: award.name, unknown, allowed: award.conditionNumbers },
      },
    ];
  },
});
