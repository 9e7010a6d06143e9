import type { ApplicationField } from '../../../../domain/application';
import {
  type CodedEntry,
  educationLevels,
  ethnicGroups,
  genders,
  politicalStatuses,
  posts,
  skillLevels,
} from '../../../../domain/people';

/**
 * The fields whose value is a code of a domain enumeration (GB/T 2261.1 gender, GB/T 3304 ethnic group,
 * …), with the enumeration: the form offers its entries, the read-only view shows the entry's name.
 */
export const codedFieldEntries = {
  gender: genders,
  ethnicity: ethnicGroups,
  politicalStatus: politicalStatuses,
  education: educationLevels,
  skillLevel: skillLevels,
  post: posts,
} as const satisfies Partial<Record<ApplicationField, readonly CodedEntry[]>>;

export type CodedField = keyof typeof codedFieldEntries;

export function isCodedField(field: ApplicationField): field is CodedField {
  return field in codedFieldEntries;
}
