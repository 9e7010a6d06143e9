import type { Message } from '../message';
import type { AwardCode } from '../roles';
import type { SectionName } from './field-lists';

// The field labels (annex2FieldLabels) sit beside each field in the registry (registry.ts).

/** Column headings of the structured sections. */
export const annex2ColumnLabels = {
  period: { zh: '起止时间', en: 'From – to' },
  place: { zh: '在何单位学习、工作', en: 'Where (school or employer)' },
  content: { zh: '内容', en: 'Details' },
  witness: { zh: '证明人', en: 'Witness' },
  witnessOrEvidence: { zh: '证明人或证明材料', en: 'Witness or evidence' },
  untilNow: { zh: '至今', en: 'to date' },
} as const satisfies Record<string, Message>;

/** The witness column reads 证明人 in the work history and 证明人或证明材料 in the other sections. */
export function witnessLabel(section: SectionName): Message {
  return section === 'workHistory' ? annex2ColumnLabels.witness : annex2ColumnLabels.witnessOrEvidence;
}

/** The award categories as the annex's tick boxes name them (推荐类别); an edition may rename them. */
export const awardLabels = {
  grand_award: { zh: '长春技能大奖', en: 'Changchun Skills Grand Award' },
  technical_expert: { zh: '长春技术能手', en: 'Changchun Technical Expert' },
} as const satisfies Record<AwardCode, Message>;
