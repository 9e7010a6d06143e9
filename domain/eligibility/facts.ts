import { awardLabels } from '../application';
import { parseIdNumber, type SkillLevel } from '../people';
import type { AwardCode } from '../roles';
import { isIsoDate, shanghaiDate } from '../time';
import type { EligibilityDraft } from './draft';
import type { AwardSettings, EligibilityContext, Facts } from './types';

/** The seed's conditions and skill requirements (§二), used when the context does not configure the award. */
export const defaultAwardSettings = {
  grand_award: { code: 'grand_award', conditionNumbers: [1, 2, 3, 4, 5], minSkillLevel: 'level1' },
  technical_expert: { code: 'technical_expert', conditionNumbers: [1, 2, 3, 4], minSkillLevel: 'level3' },
} as const satisfies Record<AwardCode, AwardSettings & { minSkillLevel: SkillLevel }>;

/** Birth dates before this are typing errors (the ID number standard starts here too). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Derives what several rules read. The award applied for is the draft's; the context's settings apply
 * when they are for that award (or when the draft names none). Settings for another award are ignored:
 * the draft's own award is judged with the seed's defaults.
 */
export function factsOf(draft: EligibilityDraft, context: EligibilityContext): Facts {
  if (!isIsoDate(context.referenceDate)) {
    throw new RangeError(`referenceDate must be a real YYYY-MM-DD date: ${context.referenceDate}`);
  }
  if (context.today !== undefined && !isIsoDate(context.today)) {
    throw new RangeError(`today must be a real YYYY-MM-DD date: ${context.today}`);
  }
  const today = context.today ?? shanghaiDate(new Date());
  const idNumber = draft.idNumber === undefined ? undefined : parseIdNumber(draft.idNumber, today);
  const id = idNumber?.ok ? idNumber.value : undefined;
  const birthField = draft.birthDate !== undefined && isPlausibleBirthDate(draft.birthDate, today);

  return {
    referenceDate: context.referenceDate,
    today,
    award: awardOf(draft, context),
    idNumber,
    birth: id
      ? { date: id.birthDate, field: 'idNumber' }
      : birthField && draft.birthDate
        ? { date: draft.birthDate, field: 'birthDate' }
        : undefined,
    gender: id
      ? { value: id.gender, field: 'idNumber' }
      : draft.gender
        ? { value: draft.gender, field: 'gender' }
        : undefined,
    personHistory: context.personHistory,
    otherApplicationsThisEdition: context.otherApplicationsThisEdition,
  };
}

/** A real day from 1900 up to today. */
export function isPlausibleBirthDate(value: string, today: string): boolean {
  return isIsoDate(value) && value >= EARLIEST_BIRTH_DATE && value <= today;
}

function awardOf(draft: EligibilityDraft, context: EligibilityContext): Required<AwardSettings> | undefined {
  const code = draft.award ?? context.award?.code;
  if (!code) return undefined;
  const settings: AwardSettings = context.award?.code === code ? context.award : defaultAwardSettings[code];
  return { ...settings, name: settings.name ?? awardLabels[code] };
}
