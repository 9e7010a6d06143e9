import { type AttachmentKind, attachmentKindLabels } from '../application/attachments';
import type { ApplicationDraft } from '../application/schema';
import type { Message } from '../message';

/**
 * 盲评 (a blind review): what an expert scoring a candidate of a blind award does not see. The form's
 * fields that name or locate the person — name, unit, ID number, birth date, contacts, bank account — are
 * left out, the units of the work history and the witnesses of every row are replaced by a placeholder,
 * and the papers that are the person's identity or their unit's (photo, ID card copy, the unit's
 * integrity certificate, the decision minutes, the recommender's review opinion) are withheld. What stays
 * is what the rubric scores: occupation, skill level, dates, achievements, inventions, honours.
 */
export const blindHiddenFields = [
  'name',
  'birthDate',
  'employerName',
  'idNumber',
  'bankAccount',
  'address',
  'postalCode',
  'landline',
  'mobile',
  'email',
] as const satisfies readonly (keyof ApplicationDraft)[];

export const blindWithheldAttachments = [
  'photo',
  'id_card',
  'integrity_certificate',
  'decision_minutes',
  'review_opinion',
] as const satisfies readonly AttachmentKind[];

export const BLIND_PLACEHOLDER: Message = { zh: '（盲评隐去）', en: '(hidden: blind review)' };

/** The label a blind review gives a candidate in place of the name: 候选人 N, numbered within the award. */
export function blindLabel(n: number): string {
  return `候选人 ${n}`;
}

const sectionKeys = [
  'workHistory',
  'patents',
  'sciTechAwards',
  'innovations',
  'uniqueSkills',
  'competitionPrizes',
  'honours',
  'otherAwards',
] as const satisfies readonly (keyof ApplicationDraft)[];

/** The form as a blind review shows it: `label` for the name, the identifying fields and places left out. */
export function blindDraft(draft: ApplicationDraft, label: string): ApplicationDraft {
  const blind: Record<string, unknown> = { ...draft };
  for (const field of blindHiddenFields) delete blind[field];
  blind.name = label;
  for (const key of sectionKeys) {
    const rows = draft[key];
    if (!Array.isArray(rows)) continue;
    blind[key] = rows.map((row) => {
      const copy: Record<string, unknown> = { ...row };
      if ('witness' in copy && copy.witness) copy.witness = BLIND_PLACEHOLDER.zh;
      if ('place' in copy && copy.place) copy.place = BLIND_PLACEHOLDER.zh;
      return copy;
    });
  }
  return blind as ApplicationDraft;
}

export function isWithheldInBlindReview(kind: string): boolean {
  return (blindWithheldAttachments as readonly string[]).includes(kind);
}

/**
 * An attachment's file name as a blind review shows it: uploads are usually named after the candidate
 * (王某某-职业资格.pdf), so the name becomes the paper's kind, numbered, with the file's extension.
 */
export function blindFileName(kind: AttachmentKind, fileName: string, n = 1): string {
  const dot = fileName.lastIndexOf('.');
  const extension =
    dot > 0
      ? fileName
          .slice(dot)
          .toLowerCase()
          .replace(/[^.a-z0-9]/g, '')
      : '';
  const label = attachmentKindLabels[kind].zh.split('（')[0] ?? kind;
  return `${label}${n > 1 ? `-${n}` : ''}${extension}`;
}
