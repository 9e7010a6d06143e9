import type { Message } from '../message';
import { plainText } from '../text';

/**
 * The dossier's attachments, in the order the work plan (§四(三)) lists them: the recommendation form
 * comes first (generated), then these. Only PDF, JPEG and PNG, recognised by their bytes.
 */
export const attachmentKinds = [
  'photo',
  'id_card',
  'skill_certificate',
  'diploma',
  'integrity_certificate',
  'achievement_evidence',
  'award_certificate',
  'other_evidence',
  'decision_minutes',
  'review_opinion',
] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentKindLabels: Record<AttachmentKind, Message> = {
  photo: { zh: '本人照片', en: "Candidate's photo" },
  id_card: { zh: '身份证复印件', en: 'ID card copy' },
  skill_certificate: {
    zh: '职业资格（职业技能等级）证书或职称证复印件（含照片页、等级页和职业工种页）',
    en: 'Skill or title certificate copy (photo, level and occupation pages)',
  },
  diploma: { zh: '毕业证书复印件', en: 'Diploma copy' },
  integrity_certificate: { zh: '所在单位出具的廉洁自律情况证明', en: "Employer's integrity certificate" },
  achievement_evidence: {
    zh: '有代表性的技术技能成果、师带徒贡献等支撑材料',
    en: 'Evidence of achievements and apprentice training',
  },
  award_certificate: {
    zh: '所获荣誉、竞赛成果等重要奖项证书复印件或旁证材料',
    en: 'Award and competition certificates',
  },
  other_evidence: { zh: '其他业绩贡献及需要证明的材料', en: 'Other evidence' },
  decision_minutes: { zh: '领导集体研究会议纪要', en: 'Minutes of the leadership collective decision' },
  review_opinion: { zh: '专家评审意见书', en: "The experts' review opinion" },
};

/** Files that belong to a step of an organisation, not to one candidate's papers. */
export const stepAttachmentKinds: readonly AttachmentKind[] = ['decision_minutes', 'review_opinion'];

/** What a complete application must carry before the unit decides on it. */
export const requiredAttachmentKinds: readonly AttachmentKind[] = [
  'photo',
  'id_card',
  'skill_certificate',
  'diploma',
  'integrity_certificate',
];

/** Only the photo must be an image; everything else may be a PDF or a scan. */
export const allowedMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AllowedMimeType = (typeof allowedMimeTypes)[number];
export const photoMimeTypes: readonly AllowedMimeType[] = ['image/jpeg', 'image/png'];

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_APPLICATION_ATTACHMENT_BYTES = 100 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_APPLICATION = 60;

export const MAX_ATTACHMENT_FILE_NAME_CHARACTERS = 200;

/**
 * Keeps at most `max` characters (code points, so a surrogate pair is never cut in half) of a file
 * name, the extension included: `很长的名字…….pdf` stays a `.pdf`. An empty name becomes `file`.
 */
export function shortenFileName(name: string, max = MAX_ATTACHMENT_FILE_NAME_CHARACTERS): string {
  const characters = [...name];
  if (characters.length === 0) return 'file';
  if (characters.length <= max) return name;
  const dot = characters.lastIndexOf('.');
  const extension = dot > 0 && characters.length - dot <= 10 ? characters.slice(dot) : [];
  return [...characters.slice(0, max - extension.length), ...extension].join('');
}

/**
 * The file name the browser sent, as it is stored and offered back on download: nothing unsafe in it,
 * and no invisible characters either (a right-to-left override, U+202E, makes `gdp.exe` read `exe.pdg`).
 */
export const attachmentFileNameSchema = plainText({ name: true }).transform((name) => shortenFileName(name));

/** Recognises PDF, JPEG and PNG by their first bytes; anything else is refused whatever its name says. */
export function sniffMimeType(head: Uint8Array): AllowedMimeType | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

export function missingAttachmentKinds(present: readonly string[]): AttachmentKind[] {
  return requiredAttachmentKinds.filter((kind) => !present.includes(kind));
}
