import { z } from 'zod';
import type { CodedEntry } from '../people';
import { textField } from '../text';

/**
 * A professional-technical qualification (专业技术资格, 职称). The technical-expert award accepts, in place
 * of 高级工, an intermediate-or-higher one in rural revitalisation or a new occupation (乡村振兴、
 * 新职业（新业态）), held by someone now in a frontline skill post.
 */
export const qualificationFields = [
  { code: 'rural_revitalisation', zh: '乡村振兴', en: 'Rural revitalisation' },
  { code: 'new_occupation', zh: '新职业（新业态）', en: 'New occupation (new business form)' },
  { code: 'other', zh: '其他专业', en: 'Other field' },
] as const satisfies readonly CodedEntry[];
export type QualificationField = (typeof qualificationFields)[number]['code'];

/** Lowest first: the array index is the rank. */
export const qualificationLevels = [
  { code: 'junior', zh: '初级', en: 'Junior' },
  { code: 'intermediate', zh: '中级', en: 'Intermediate' },
  { code: 'senior', zh: '副高级', en: 'Associate senior' },
  { code: 'full_senior', zh: '正高级', en: 'Full senior' },
] as const satisfies readonly CodedEntry[];
export type QualificationLevel = (typeof qualificationLevels)[number]['code'];

export function qualificationLevelRank(level: QualificationLevel): number {
  return qualificationLevels.findIndex((entry) => entry.code === level);
}

export const qualificationFieldSchema = z.enum(
  qualificationFields.map((entry) => entry.code) as [QualificationField, ...QualificationField[]],
);
export const qualificationLevelSchema = z.enum(
  qualificationLevels.map((entry) => entry.code) as [QualificationLevel, ...QualificationLevel[]],
);

export const professionalQualificationSchema = z.strictObject({
  field: qualificationFieldSchema,
  level: qualificationLevelSchema,
  /** The title as on the certificate, e.g. 农业技术推广中级. */
  title: textField({ max: 50 }),
});
export type ProfessionalQualification = z.output<typeof professionalQualificationSchema>;
