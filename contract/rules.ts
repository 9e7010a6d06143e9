import { z } from 'zod';
import { EligibilityDraft } from '../domain/eligibility';
import { FindingSchema } from './common';

/** `POST /api/eligibility/check`: a (partial) draft; absent fields are not judged. */
export const EligibilityCheckBody = EligibilityDraft;

export const EligibilityFindings = z.object({ findings: z.array(FindingSchema) });

/** `GET /api/rules/retirement`: the statutory retirement age and month of a birth month. */
export const RetirementQuery = z.object({
  birth: z.string().refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v), {
    params: {
      code: 'retirement.invalid_input',
      message: { zh: '出生年月格式应为 YYYY-MM', en: 'Birth month must be YYYY-MM' },
    },
  }),
  gender: z.enum(['male', 'female']),
  post: z.enum(['worker', 'cadre']).default('worker'),
});

export const Retirement = z.object({
  age: z.object({ years: z.number(), months: z.number() }),
  month: z.string(),
});
