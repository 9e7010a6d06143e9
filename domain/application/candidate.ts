import type { ApplicationField } from './schema';

/**
 * The parts of Annex 2 a candidate may fill in themselves through the unit's invitation link: the
 * personal data and the career history. The unit keeps everything else (award, conditions, eligibility
 * facts, achievements, sections) and still owns and submits the application.
 */
export const candidateFields = [
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'politicalStatus',
  'education',
  'occupation',
  'workStartDate',
  'occupationStartDate',
  'postalCode',
  'idNumber',
  'bankAccount',
  'address',
  'landline',
  'mobile',
  'email',
  'workHistory',
] as const satisfies readonly ApplicationField[];
export type CandidateField = (typeof candidateFields)[number];
