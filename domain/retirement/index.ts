/** Statutory retirement age and month under the 2025 gradual raise; whether a candidate is retired. */
export {
  isRetiredOn,
  type Retirement,
  type RetirementAge,
  type RetirementInput,
  type RetirementScheme,
  retirementFor,
  retirementSchemes,
  schemeFor,
} from './retirement';
