import type { Message } from '../message';

/**
 * What a recommender's envelope holds for one candidate (Annex 4, 申报材料目录; seed §四): the
 * recommendation letter, the summary table (two paper copies and the electronic one), the bound dossier.
 * The cover prints this list and the intake desk ticks it off: one list for both.
 */
export const envelopeItems = [
  {
    code: 'letter',
    item: { zh: '推荐函', en: 'Recommendation letter' },
    copies: { zh: '纸质版1份', en: '1 paper copy' },
  },
  {
    code: 'summary_table',
    item: { zh: '汇总表', en: 'Summary table' },
    copies: { zh: '纸质版2份、电子版1份', en: '2 paper copies and the electronic file' },
  },
  {
    code: 'dossier',
    item: { zh: '申报材料册（装订成册）', en: 'Bound dossier' },
    copies: { zh: '纸质版1份', en: '1 paper copy' },
  },
] as const satisfies readonly { code: string; item: Message; copies: Message }[];

export type EnvelopeItemCode = (typeof envelopeItems)[number]['code'];
export const envelopeItemCodes = envelopeItems.map((i) => i.code) as [
  EnvelopeItemCode,
  ...EnvelopeItemCode[],
];

/** The items not ticked as received, in the cover's order. */
export function missingEnvelopeItems(received: readonly EnvelopeItemCode[]): EnvelopeItemCode[] {
  return envelopeItemCodes.filter((code) => !received.includes(code));
}

/** `汇总表、申报材料册（装订成册）`: the missing items named, as a return's reason begins. */
export function envelopeItemNames(codes: readonly EnvelopeItemCode[]): Message {
  const named = envelopeItems.filter((i) => codes.includes(i.code));
  return { zh: named.map((i) => i.item.zh).join('、'), en: named.map((i) => i.item.en).join(', ') };
}

export type IntakeState = 'awaiting' | 'received' | 'returned' | 'late';

/**
 * Where an envelope reported to the bureau stands at the desk: received once accepted; otherwise waiting
 * (or sent back to complete) while the window is not closed, and late once it has closed (提前或逾期均不予受理).
 */
export function intakeState(
  status: string,
  received: boolean,
  windowPhase: 'not_open' | 'open' | 'closed',
): IntakeState {
  if (received) return 'received';
  if (windowPhase === 'closed') return 'late';
  return status === 'returned_to_recommender' ? 'returned' : 'awaiting';
}
