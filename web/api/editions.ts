import { defaultAwardSettings } from '../../domain/eligibility';
import type { Message } from '../../domain/message';
import { type AwardCode, awardCodes } from '../../domain/roles';
import { api, isApiError } from './client';

/** An award condition as the edition words it (seed §二): its number and text. */
export interface AwardCondition {
  no: number;
  zh: string;
  en: string;
}

export interface EditionAward {
  code: AwardCode;
  name?: Message;
  conditions: AwardCondition[];
}

export interface CurrentEdition {
  /** The date eligibility (retirement) is judged on; absent: today. */
  referenceDate?: string;
  awards: EditionAward[];
  /** False when the server has no edition endpoint yet and only the condition numbers are known. */
  hasConditionTexts: boolean;
}

/**
 * The published edition's awards and their condition texts. The texts live in the edition (server),
 * not in the web bundle. Until the server offers `GET /api/editions/current`, the numbers of the seed's
 * conditions come from the domain defaults and the texts are missing.
 */
export async function fetchCurrentEdition(signal?: AbortSignal): Promise<CurrentEdition> {
  try {
    const edition = await api.get<{ referenceDate?: string; awards: EditionAward[] }>(
      '/api/editions/current',
      { signal },
    );
    return { ...edition, hasConditionTexts: true };
  } catch (error) {
    if (!(isApiError(error) && error.status === 404)) throw error;
    return {
      hasConditionTexts: false,
      awards: awardCodes.map((code) => ({
        code,
        conditions: defaultAwardSettings[code].conditionNumbers.map((no) => ({ no, zh: '', en: '' })),
      })),
    };
  }
}
