import {
  type ApplicationField,
  annex2ColumnLabels,
  applicationFields,
  printedFields,
  qualificationFields,
  qualificationLevels,
  sectionNames,
} from '../../../../domain/application';
import type { Locale } from '../../../../domain/message';
import type { CodedEntry } from '../../../../domain/people';
import type { AwardCode } from '../../../../domain/roles';
import type { CurrentEdition } from '../../../api/editions';
import type { Translator } from '../../../i18n/LocaleProvider';
import { codedFieldEntries, isCodedField } from '../form/codedFields';

/**
 * The read-only application as text, field by field: the parts in the annex's order (what Annex 2
 * prints, then its sections, then what the work plan adds), each value as a reader says it (a code by
 * its name, a flag as 是/否, a condition by its wording). Masked values stay as the server gave them.
 */

const sections: ReadonlySet<string> = new Set(sectionNames);
const printed: ReadonlySet<string> = new Set(printedFields);
/** The award heads the page; the sections are lists of rows. */
const isPlainField = (field: ApplicationField) => !sections.has(field) && field !== 'award';

/** The parts of the view, each in the registry's (the annex's) order. */
export const viewParts = {
  /** What Annex 2 prints under 基本情况. */
  printed: applicationFields.filter((field) => isPlainField(field) && printed.has(field)),
  /** What the annex does not print: the declarations the rules read, the conditions met, the summary. */
  declarations: applicationFields.filter((field) => isPlainField(field) && !printed.has(field)),
  sections: sectionNames,
};

export interface TextContext {
  t: Translator;
  locale: Locale;
  award: AwardCode;
  edition: CurrentEdition | undefined;
}

function entryName(entries: readonly CodedEntry[], code: unknown, locale: Locale): string {
  const entry = entries.find((candidate) => candidate.code === code);
  if (!entry) return String(code);
  return locale === 'en-US' ? entry.en : entry.zh;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * A plain field's value as text (a list for the conditions met), or undefined when not filled in.
 */
export function fieldText(
  field: ApplicationField,
  value: unknown,
  context: TextContext,
): string | string[] | undefined {
  const { t, locale } = context;
  if (isBlank(value)) return undefined;
  if (isCodedField(field)) return entryName(codedFieldEntries[field], value, locale);
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (field === 'conditions' && Array.isArray(value)) {
    const wording = context.edition?.awards.find((entry) => entry.code === context.award)?.conditions ?? [];
    return value.map((no) => {
      const condition = wording.find((entry) => entry.no === no);
      const text = condition ? (locale === 'en-US' ? condition.en : condition.zh) : '';
      return `${t('form.conditionNo', { no: String(no) })} ${text}`.trim();
    });
  }
  if (field === 'professionalQualification' && typeof value === 'object') {
    const { field: kind, level, title } = value as { field?: string; level?: string; title?: string };
    return [
      kind && entryName(qualificationFields, kind, locale),
      level && entryName(qualificationLevels, level, locale),
      title,
    ]
      .filter(Boolean)
      .join(' · ');
  }
  return String(value);
}

/** A row's period as the annex writes it: `2002-07 – 2010-06`, `2010-07 – 至今`, or one month. */
export function periodText(
  row: { from?: string; to?: string },
  context: TextContext,
  untilNow: boolean,
): string {
  const { t } = context;
  if (!row.from && !row.to) return '';
  const end = row.to ?? (untilNow ? t.message(annex2ColumnLabels.untilNow) : undefined);
  return [row.from, end].filter(Boolean).join(' – ');
}
