import { DomainError } from '../errors';
import type { Message } from '../message';
import type { AwardCode, RecommenderKind } from '../roles';
import { evaluateGuard } from '../workflow/guards';
import { quotaPenaltySchema } from './schemas';

/** Places per recommender kind and award for one edition (Annex 1), as configured for the edition. */
export type QuotaTable = Readonly<Record<RecommenderKind, Readonly<Record<AwardCode, number>>>>;

export type QuotaPenalty =
  | { kind: 'quota_reduction'; awardCode?: AwardCode; reduction: number; reason?: string }
  | { kind: 'disqualification'; reason?: string };

export interface Quota {
  /** The table's places for this recommender kind and award. */
  base: number;
  /** The sum of the reductions that apply to this award (may exceed `base`). */
  reduction: number;
  /** What the recommender may report: 0 when disqualified, else max(0, base − reduction). */
  places: number;
  disqualified: boolean;
  /** One message per penalty that applies, in the order given. */
  reasons: Message[];
}

export interface QuotaQuery {
  table: QuotaTable;
  recommenderKind: RecommenderKind;
  award: AwardCode;
  /** The penalties carried into this edition against this recommender. */
  penalties?: readonly QuotaPenalty[];
}

/** The recommender's places for one award this edition: the table minus carried penalties, never below 0. */
export function quotaFor({ table, recommenderKind, award, penalties = [] }: QuotaQuery): Quota {
  const base = table[recommenderKind]?.[award];
  if (typeof base !== 'number' || !Number.isInteger(base) || base < 0) {
    throw new DomainError(
      'quota.table_invalid',
      {
        zh: '名额分配表缺少该推荐单位类别和奖项的名额，或名额不是非负整数',
        en: 'The quota table has no valid place count (a whole number, 0 or more) for this recommender kind and award',
      },
      { params: { recommenderKind, award, value: base } },
    );
  }

  let reduction = 0;
  let disqualified = false;
  const reasons: Message[] = [];
  penalties.forEach((input, index) => {
    const penalty = parsePenalty(input, index);
    if (penalty.kind === 'disqualification') {
      disqualified = true;
      reasons.push(withReason(disqualificationMessage, penalty.reason));
    } else if (penalty.awardCode === undefined || penalty.awardCode === award) {
      reduction += penalty.reduction;
      reasons.push(
        withReason(reductionMessage(penalty.reduction, penalty.awardCode === undefined), penalty.reason),
      );
    }
  });

  const places = disqualified ? 0 : Math.max(0, base - reduction);
  return { base, reduction, places, disqualified, reasons };
}

export type QuotaCheck =
  | { ok: true }
  | { ok: false; code: string; message: Message; params: Record<string, unknown> };

/**
 * Whether one more application fits: `used` counts the applications already reported against these
 * `places` (excluding the one being checked). The refusal is the workflow's own `within_quota` guard,
 * so the code and message are the ones the state machine reports (`quota.exceeded`).
 */
export function checkWithinQuota({
  places,
  used,
  reasons = [],
}: {
  places: number;
  used: number;
  reasons?: readonly Message[];
}): QuotaCheck {
  // `within_quota` reads no date; the context type asks for a clock, so any fixed instant will do.
  const result = evaluateGuard('within_quota', { now: UNUSED_CLOCK, quota: { used, places, reasons } });
  if (result.ok) return { ok: true };
  const [failure] = result.failures;
  if (!failure) return { ok: true };
  return { ok: false, code: failure.code, message: failure.message, params: failure.params };
}

const UNUSED_CLOCK = '2000-01-01';

function parsePenalty(input: QuotaPenalty, index: number): QuotaPenalty {
  const parsed = quotaPenaltySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError(
    'quota.penalty_invalid',
    {
      zh: '处分记录无效：扣减名额应为正整数，类型应为扣减名额或取消推荐资格',
      en: 'Invalid penalty: a reduction is a whole number of places, 1 or more, and the kind is quota_reduction or disqualification',
    },
    { params: { index } },
  );
}

const disqualificationMessage: Message = {
  zh: '上一届评选中受到处理：取消本届推荐资格',
  en: 'Penalty from the previous edition: not eligible to recommend in this edition',
};

function reductionMessage(reduction: number, everyAward: boolean): Message {
  return everyAward
    ? {
        zh: `上一届评选中受到处理：各奖项推荐名额均扣减 ${reduction} 名`,
        en: `Penalty from the previous edition: ${reduction} place(s) fewer for every award`,
      }
    : {
        zh: `上一届评选中受到处理：本奖项推荐名额扣减 ${reduction} 名`,
        en: `Penalty from the previous edition: ${reduction} place(s) fewer for this award`,
      };
}

function withReason(message: Message, reason: string | undefined): Message {
  const text = reason?.trim();
  if (!text) return message;
  return { zh: `${message.zh}（${text}）`, en: `${message.en} (${text})` };
}
