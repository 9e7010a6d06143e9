import type { z } from 'zod';
import type {
  IntakeList as IntakeListSchema,
  IntakeLookup as IntakeLookupSchema,
} from '../../contract/intake';
import { api } from './client';

/** The bureau's intake desk (contract/intake.ts): an envelope by its cover's code, and the intake list. */
export type IntakeLookup = z.output<typeof IntakeLookupSchema>;
export type IntakeList = z.output<typeof IntakeListSchema>;

export function findEnvelope(code: string, signal?: AbortSignal): Promise<IntakeLookup> {
  return api.get<IntakeLookup>(`/api/intake/${encodeURIComponent(code)}`, { signal });
}

export function loadIntakeList(signal?: AbortSignal): Promise<IntakeList> {
  return api.get<IntakeList>('/api/intake', { signal });
}
