import { z } from 'zod';
import {
  type ApplicationField,
  optionalField,
  qualificationFieldSchema,
  qualificationLevelSchema,
} from '../application';
import { genderSchema, postSchema, skillLevelSchema } from '../people';
import { awardCodes } from '../roles';

/**
 * What the eligibility dry run reads: the Annex 2 draft with the JSON types of its fields but none of
 * their format rules, so that a mistyped mobile number or a 312-character summary reaches the rules and
 * comes back as a finding with the rule's code, instead of failing the request. Coded fields keep
 * their enumerations (a wrong code is a malformed request, not a finding). A parsed `ApplicationDraft`
 * is also an `EligibilityDraft`. Blank and `null` read as absent; absent fields are not judged.
 */
const text = optionalField(z.string());
const date = text;
const flag = optionalField(z.boolean());
const anything = optionalField(z.unknown());

export const eligibilityDraftShape = {
  award: optionalField(z.enum(awardCodes)),
  name: anything,
  gender: optionalField(genderSchema),
  birthDate: date,
  ethnicity: anything,
  politicalStatus: anything,
  education: anything,
  occupation: anything,
  skillLevel: optionalField(skillLevelSchema),
  professionalQualification: optionalField(
    z.object({
      field: qualificationFieldSchema,
      level: qualificationLevelSchema,
      title: z.string().optional(),
    }),
  ),
  post: optionalField(postSchema),
  workStartDate: date,
  occupationStartDate: date,
  postalCode: text,
  employerName: anything,
  idNumber: text,
  bankAccount: text,
  address: anything,
  landline: text,
  mobile: text,
  email: text,
  isUnitHead: flag,
  frontlinePost: flag,
  workplaceInChangchun: flag,
  conditions: optionalField(z.array(z.number())),
  achievementsSummary: text,
  declassified: flag,
  workHistory: anything,
  patents: anything,
  sciTechAwards: anything,
  innovations: anything,
  uniqueSkills: anything,
  competitionPrizes: anything,
  honours: anything,
  otherAwards: anything,
} satisfies Record<ApplicationField, z.ZodType>;

export const EligibilityDraft = z.strictObject(eligibilityDraftShape);
export type EligibilityDraft = z.output<typeof EligibilityDraft>;
