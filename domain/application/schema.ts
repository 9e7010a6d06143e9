import { z } from 'zod';
import { annex2FieldSchemas, type RequiredField, requiredApplicationFields } from './field-lists';
import { conditionNumbersSchema, optionalField, requiredField, unclearableField } from './fields';
import { type ApplicationField, applicationFields } from './registry';
import { workHistorySchema } from './sections';

/**
 * The recommendation form (Annex 2, 候选人推荐表) as one schema shared by the server and the web, built
 * from the field registry (registry.ts): a draft, where every field may be missing, and a submission,
 * where the registry's required fields must be present.
 */
type FieldSchemas = typeof annex2FieldSchemas;

/**
 * Either field satisfies the requirement; `missing` names the first. The summary table (Annex 3) asks
 * for 技能等级或专业技术职务: a technical-expert candidate on the qualification route (an intermediate
 * rural-revitalisation or new-occupation title) may hold no skill level at all.
 */
export const alternativeRequirements = [
  ['skillLevel', 'professionalQualification'],
] as const satisfies readonly (readonly [ApplicationField, ApplicationField])[];

const requiredSet: ReadonlySet<ApplicationField> = new Set(requiredApplicationFields);

type OptionalOf<S> = S extends z.ZodType ? ReturnType<typeof optionalField<S>> : never;
type RequiredOf<S> = S extends z.ZodType ? ReturnType<typeof requiredField<S>> : never;
type DraftShape = { [K in ApplicationField]: OptionalOf<FieldSchemas[K]> };
type SubmissionShape = {
  [K in ApplicationField]: K extends RequiredField
    ? RequiredOf<FieldSchemas[K]>
    : OptionalOf<FieldSchemas[K]>;
};

function shapeOf<Shape>(required: (field: ApplicationField) => boolean): Shape {
  const shape: Record<string, z.ZodType> = {};
  for (const field of applicationFields) {
    const schema = annex2FieldSchemas[field];
    shape[field] = required(field) ? requiredField(schema) : optionalField(schema);
  }
  // The mapped types above state what the loop builds field by field.
  return shape as Shape;
}

/**
 * A draft: every field optional (blank and `null` read as absent), every present field valid, except
 * that the name, once given, cannot be cleared (a blank or `null` name is "required"): the application
 * is listed and printed under it. Unknown keys are refused, so a misspelt field is an error rather
 * than silently "not filled in".
 */
export const ApplicationDraft = z.strictObject({
  ...shapeOf<DraftShape>(() => false),
  name: unclearableField(annex2FieldSchemas.name),
});
export type ApplicationDraft = z.output<typeof ApplicationDraft>;
export type ApplicationDraftInput = z.input<typeof ApplicationDraft>;

const skillOrQualificationMissing = {
  zh: '请填写技能水平，或填写专业技术资格',
  en: 'Give the skill level, or a professional-technical qualification',
};

/**
 * A complete application: the draft with the required fields required, at least one condition and one
 * work-history row, and a skill level or a professional qualification.
 */
export const ApplicationSubmission = z
  .strictObject({
    ...shapeOf<SubmissionShape>((field) => requiredSet.has(field)),
    conditions: requiredField(conditionNumbersSchema.min(1)),
    workHistory: requiredField(workHistorySchema.min(1)),
  })
  .superRefine(
    (application, ctx) => {
      for (const [first, second] of alternativeRequirements) {
        if (application[first] === undefined && application[second] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [first],
            message: skillOrQualificationMissing.en,
            params: { code: 'validation.required', message: skillOrQualificationMissing },
            input: undefined,
          });
        }
      }
      // Also when other fields failed: the user should see every missing field at once.
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
export type ApplicationSubmission = z.output<typeof ApplicationSubmission>;

export interface Completeness {
  /** Required fields filled in. */
  filled: number;
  /** Required fields in all. */
  required: number;
  /** Required fields still empty, in the form's order. */
  missing: ApplicationField[];
}

/**
 * How far a draft is from complete: presence only (validity is the schema's and the rules' job). A pair
 * of alternatives counts once and, when neither is filled, is reported under its first field.
 */
export function completeness(draft: Partial<Record<ApplicationField, unknown>>): Completeness {
  const missing = new Set<ApplicationField>(
    requiredApplicationFields.filter((field) => !isFilled(draft[field])),
  );
  for (const [first, second] of alternativeRequirements) {
    if (!isFilled(draft[first]) && !isFilled(draft[second])) missing.add(first);
  }
  const required = requiredApplicationFields.length + alternativeRequirements.length;
  return {
    filled: required - missing.size,
    required,
    missing: applicationFields.filter((field) => missing.has(field)),
  };
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
