import type { z } from 'zod';
import type {
  AwardCondition as AwardConditionSchema,
  EditionAward as EditionAwardSchema,
  EditionView,
} from '../../contract/editions';
import { api } from './client';

/** An award condition as the edition words it (seed §二): its number and text. */
export type AwardCondition = z.output<typeof AwardConditionSchema>;
export type EditionAward = z.output<typeof EditionAwardSchema>;
/** The edition in progress (contract/editions.ts): its awards, their condition texts, the reference date. */
export type CurrentEdition = z.output<typeof EditionView>;

/**
 * The published edition's awards and their condition texts: the texts live in the edition (server), not
 * in the web bundle. No edition published yet answers 409 `edition.none_published`.
 */
export function fetchCurrentEdition(signal?: AbortSignal): Promise<CurrentEdition> {
  return api.get('/api/editions/current', { signal });
}
