import type { ApplicationField } from '../application';
import type { Message } from '../message';
import { conditionMissing, conditionUnknown } from './conditions';
import {
  bankAccountInvalid,
  bankAccountLuhn,
  emailInvalid,
  landlineInvalid,
  mobileInvalid,
  postalCodeInvalid,
} from './contact';
import {
  grandAwardNotFormerExpert,
  personAlreadyTitled,
  personBothAwards,
  personDuplicateApplication,
} from './history';
import { dateInvalid, idNumberInvalid, idNumberMismatch } from './identity';
import { personNotFrontline, personOutsideChangchun, personRetired, personUnitHead } from './person';
import { skillLevelTooLow } from './skill';
import { summaryTooLong } from './summary';
import type { Rule, Severity } from './types';
import { workStartTooYoung, workYearsInconsistent } from './work';

/** Every eligibility rule, in the order findings are reported: identity, person, award, data. */
export const rules = [
  idNumberInvalid,
  idNumberMismatch,
  dateInvalid,
  personRetired,
  personUnitHead,
  personNotFrontline,
  personOutsideChangchun,
  personAlreadyTitled,
  personBothAwards,
  personDuplicateApplication,
  skillLevelTooLow,
  conditionMissing,
  conditionUnknown,
  grandAwardNotFormerExpert,
  mobileInvalid,
  landlineInvalid,
  postalCodeInvalid,
  emailInvalid,
  bankAccountInvalid,
  bankAccountLuhn,
  summaryTooLong,
  workYearsInconsistent,
  workStartTooYoung,
] as const satisfies readonly Rule[];

export type RuleCode = (typeof rules)[number]['code'];
export const ruleCodes = rules.map((rule) => rule.code) as RuleCode[];

export interface RuleCatalogueEntry {
  code: RuleCode;
  severity: Severity;
  fields: readonly ApplicationField[];
  zh: string;
  en: string;
}

/** The rules as a table for the docs and the API description. */
export const ruleCatalogue: readonly RuleCatalogueEntry[] = rules.map((rule) => ({
  code: rule.code,
  severity: rule.severity,
  fields: rule.fields,
  zh: rule.description.zh,
  en: rule.description.en,
}));

const severityLabels: Record<Severity, Message> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
};

/** The catalogue as a Markdown table: code, severity, fields, zh, en. */
export function ruleCatalogueMarkdown(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = ruleCatalogue.map(
    (entry) =>
      `| \`${entry.code}\` | ${severityLabels[entry.severity].en} (${severityLabels[entry.severity].zh}) | ${entry.fields.map((field) => `\`${field}\``).join(', ')} | ${cell(entry.zh)} | ${cell(entry.en)} |`,
  );
  return ['| code | severity | fields | zh | en |', '|---|---|---|---|---|', ...rows].join('\n');
}
