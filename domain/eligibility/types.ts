import type { ApplicationField } from '../application';
import type { Message } from '../message';
import type { Gender, IdNumberResult, SkillLevel } from '../people';
import type { AwardCode } from '../roles';
import type { EligibilityDraft } from './draft';

export type Severity = 'error' | 'warning';

/** One outcome of a rule: errors block the application, warnings need a written justification. */
export interface Finding {
  code: string;
  severity: Severity;
  /** The draft field to show it on. */
  field?: ApplicationField;
  message: Message;
  params?: Record<string, unknown>;
}

/** How the edition configures an award; absent, the seed's defaults for the award code apply. */
export interface AwardSettings {
  code: AwardCode;
  /** Numbers of the award's conditions (grand award 1–5, technical expert 1–4). */
  conditionNumbers: readonly number[];
  minSkillLevel: SkillLevel;
  /** The edition's name of the award, for the messages (default: the Changchun names). */
  name?: Message;
}

export interface EligibilityContext {
  /** The edition's reference date (`YYYY-MM-DD`): retirement is judged on it. */
  referenceDate: string;
  /** Today's date (`YYYY-MM-DD`, Shanghai), bounds dates in the past; default: now. */
  today?: string;
  award?: AwardSettings;
  /** Titles the person (same ID number, found by the server through a keyed hash) already holds. */
  personHistory?: readonly { awardCode: AwardCode }[];
  /** The person's other applications in this edition (same ID number, excluding this one). */
  otherApplicationsThisEdition?: readonly { award: AwardCode }[];
}

/** What the rules derive once from the draft and the context. */
export interface Facts {
  readonly referenceDate: string;
  readonly today: string;
  /** The award applied for, with its settings; absent when the draft names none and the context neither. */
  readonly award?: Required<AwardSettings>;
  /** The ID number parsed, when the draft has one. */
  readonly idNumber?: IdNumberResult;
  /** The birth date, from a valid ID number or else from a valid birth-date field. */
  readonly birth?: { readonly date: string; readonly field: 'idNumber' | 'birthDate' };
  /** The gender, from a valid ID number or else from the gender field. */
  readonly gender?: { readonly value: Gender; readonly field: 'idNumber' | 'gender' };
  readonly personHistory?: EligibilityContext['personHistory'];
  readonly otherApplicationsThisEdition?: EligibilityContext['otherApplicationsThisEdition'];
}

export type Params = Record<string, unknown>;

export interface Hit<P extends Params> {
  field?: ApplicationField;
  params: P;
}

/**
 * A rule as data: its stable code, severity, the fields it reads, a general description (for the rule
 * catalogue) and the concrete message of one finding. `check` returns nothing when a field it needs is
 * absent: absent fields are not judged.
 */
export interface Rule<P extends Params = Params, C extends string = string> {
  readonly code: C;
  readonly severity: Severity;
  readonly fields: readonly ApplicationField[];
  readonly description: Message;
  message(params: P): Message;
  check(draft: EligibilityDraft, facts: Facts): readonly Hit<P>[];
}

/** Infers the rule's params and code from its definition. */
export function defineRule<const C extends string, P extends Params>(rule: Rule<P, C>): Rule<P, C> {
  return rule;
}
