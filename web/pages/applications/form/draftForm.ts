import {
  ApplicationDraft,
  type ApplicationField,
  applicationFields,
  type Completeness,
  completeness,
  missingAttachmentKinds,
  requiredAttachmentKinds,
  type SectionName,
  sectionNames,
} from '../../../../domain/application';
import { EligibilityDraft, evaluate, type Finding } from '../../../../domain/eligibility';
import type { FieldError } from '../../../../domain/errors';
import { shanghaiDate } from '../../../../domain/time';
import { issuesToFields } from '../../../../domain/validation';
import type { Attachment, DraftPayload } from '../../../api/applications';

/**
 * The form holds the draft in its own shape: dates as `YYYY-MM-DD` strings (the date pickers convert),
 * flags as booleans, sections as row arrays. These helpers turn it into the payload the API takes and
 * judge it with the domain's schema and rules — the same ones the server runs.
 */
export type FormValues = Partial<Record<ApplicationField, unknown>>;

/** Form field name (antd path) of a dotted error path such as `draft.workHistory.0.from`. */
export function fieldNameOf(path: string): (string | number)[] | undefined {
  const parts = path.split(/[./]/).filter((part) => part !== '' && part !== 'body' && part !== 'draft');
  const [first] = parts;
  if (first === undefined || !(applicationFields as readonly string[]).includes(first)) return undefined;
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function cleanText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function cleanRow(row: unknown): Record<string, unknown> | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const text = cleanText(value);
    if (text !== undefined && text !== null) cleaned[key] = text;
  }
  return Object.keys(cleaned).length > 0 ? cleaned : undefined;
}

function cleanQualification(value: unknown): unknown {
  const row = cleanRow(value);
  return row ?? null;
}

/**
 * The payload for POST/PATCH: every form field, blank ones as `null` (cleared), empty section rows
 * dropped. Fields the form does not hold are left out, so the server keeps them.
 */
export function toPayload(values: FormValues): DraftPayload {
  const payload: Record<string, unknown> = {};
  for (const field of applicationFields) {
    if (!(field in values)) continue;
    const value = values[field];
    if ((sectionNames as readonly string[]).includes(field)) {
      const rows = Array.isArray(value) ? value.map(cleanRow).filter((row) => row !== undefined) : [];
      payload[field] = rows;
    } else if (field === 'professionalQualification') {
      payload[field] = cleanQualification(value);
    } else {
      payload[field] = cleanText(value) ?? null;
    }
  }
  return payload as DraftPayload;
}

/** Schema problems of the draft (present fields only), with the domain's bilingual messages. */
export function draftErrors(payload: DraftPayload): FieldError[] {
  const parsed = ApplicationDraft.safeParse(payload);
  return parsed.success ? [] : issuesToFields(parsed.error.issues);
}

/**
 * The eligibility rules' findings on the draft as typed, judged on the edition's reference date. Rules
 * that need the person's history (the same title, both awards) only the server can judge.
 */
export function draftFindings(payload: DraftPayload, referenceDate?: string): Finding[] {
  const parsed = EligibilityDraft.safeParse(payload);
  if (!parsed.success) return [];
  const today = shanghaiDate(new Date());
  return evaluate(parsed.data, { referenceDate: referenceDate ?? today, today });
}

export interface CompletenessView extends Completeness {
  missingAttachments: string[];
  /** Required fields and required attachments together, 0–100. */
  percent: number;
}

export function completenessOf(payload: DraftPayload, attachments: readonly Attachment[]): CompletenessView {
  return completenessView(completeness(payload as Partial<Record<ApplicationField, unknown>>), attachments);
}

/**
 * The view of the fields' completeness as counted (here from the form, or by the server for a read-only
 * view, whose masked draft lacks what it does not show, like the exact birth date) with the attachments.
 */
export function completenessView(
  fields: ReturnType<typeof completeness>,
  attachments: readonly Attachment[],
): CompletenessView {
  const missingAttachments = missingAttachmentKinds(attachments.map((a) => a.kind));
  const total = fields.required + requiredAttachmentKinds.length;
  const done = fields.filled + requiredAttachmentKinds.length - missingAttachments.length;
  return { ...fields, missingAttachments, percent: Math.floor((done / total) * 100) };
}

/** The draft as the form starts with it: sections present (so the row lists render), flags defaulted. */
export function toFormValues(draft: Partial<Record<ApplicationField, unknown>>): FormValues {
  const values: FormValues = { ...draft };
  for (const section of sectionNames) values[section] = (draft[section] as unknown[] | undefined) ?? [];
  return values;
}

export const sectionsExceptHistory = sectionNames.filter(
  (name): name is Exclude<SectionName, 'workHistory'> => name !== 'workHistory',
);
