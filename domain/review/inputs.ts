import { z } from 'zod';
import { isoDateSchema } from '../application/fields';
import type { Message } from '../message';
import { mobileSchema } from '../people';
import { identifierText, personName, textField } from '../text';
import { aggregations } from './aggregate';

/**
 * What the bureau and the experts send during the expert review (综合评审): the pool's experts, an award's
 * panel, a declared conflict (回避), a score sheet, the reopening of one, the review settings and rubric of
 * an award, and the leadership group's vote on a tie. The server and the web parse the same schemas.
 */

const specialtyList = z.array(textField({ min: 1, max: 40 })).max(20);

/** An expert of the pool (评审专家库), with the login they review with. */
export const expertInput = z.strictObject({
  name: personName({ min: 2, max: 50 }),
  /** 工作单位 as printed. */
  workplace: textField({ min: 2, max: 100 }),
  /** The organisation of the platform the expert works for, when it is one (found for conflicts). */
  organisationId: z.uuid().nullable().default(null),
  /** 职称 / 技能等级 (教授, 高级技师 …). */
  title: textField({ min: 0, max: 50 }).optional(),
  /** 专业领域 as printed. */
  specialty: textField({ min: 2, max: 100 }),
  /** The occupations or fields the draw matches (e.g. 焊工, 数控车工). */
  specialties: specialtyList.min(1),
  mobile: mobileSchema,
  /** The login of the expert's account; a new account is made when it does not exist yet. */
  username: identifierText().min(3).max(40),
});
export type ExpertInput = z.input<typeof expertInput>;

export const MIN_PANEL_SEATS = 3;
export const MAX_PANEL_SEATS = 15;

/** An award's panel (评审组): how many experts it seats and the specialties the draw asks for. */
export const panelInput = z.strictObject({
  awardId: z.uuid(),
  name: textField({ min: 2, max: 100 }),
  seats: z.number().int().min(MIN_PANEL_SEATS).max(MAX_PANEL_SEATS),
  specialties: specialtyList,
});
export type PanelInput = z.input<typeof panelInput>;

/** Seating an expert by the bureau's choice (recorded as manual, not drawn). */
export const seatInput = z.strictObject({
  expertId: z.uuid(),
  role: z.enum(['chair', 'member']).default('member'),
});

/** An expert declining their seat: the next in the draw's order replaces them. */
export const declineInput = z.strictObject({ reason: textField({ min: 2, max: 500 }) });

/** The relations an expert declares or the bureau records; employer and recommender are found by the server. */
export const declaredConflictReasons = [
  'relative',
  'teacher_apprentice',
  'same_team',
  'same_employer',
  'other',
] as const;

export const conflictInput = z
  .strictObject({
    applicationId: z.uuid(),
    reason: z.enum(declaredConflictReasons),
    note: textField({ min: 0, max: 500, multiline: true }).default(''),
    /** The bureau names the expert; an expert declares for themselves. */
    expertId: z.uuid().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.reason === 'other' && value.note.trim() === '') {
      const message: Message = { zh: '请说明需要回避的原因', en: 'Say why the expert must stand aside' };
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: message.en,
        params: { code: 'conflict.note_missing', message },
      });
    }
  });
export type ConflictInput = z.input<typeof conflictInput>;

/** The bureau vetting a conflict: confirmed, or dismissed with the reason (a mistaken entry). */
export const conflictVetInput = z.strictObject({
  decision: z.enum(['confirm', 'dismiss']),
  note: textField({ min: 2, max: 500, multiline: true }),
});

/** Points are given in halves at the finest (8, 8.5, 9). */
export const SCORE_STEP = 0.5;

export const scoreSheetInput = z.strictObject({
  scores: z.array(z.strictObject({ criterionId: z.uuid(), score: z.number().finite() })).max(30),
  comment: textField({ min: 0, max: 2000, multiline: true }).default(''),
});
export type ScoreSheetInput = z.input<typeof scoreSheetInput>;

export interface SheetCriterion {
  id: string;
  maxScore: number;
  name: Message;
}

export interface SheetProblem {
  path: (string | number)[];
  code: string;
  message: Message;
}

/**
 * What is wrong with a score sheet against the award's rubric: a score outside 0 to the criterion's
 * maximum or off the half-point step, a criterion scored twice or not in the rubric, and — to submit — a
 * criterion left without a score. A draft may leave criteria open.
 */
export function scoreSheetProblems(
  criteria: readonly SheetCriterion[],
  sheet: { scores: readonly { criterionId: string; score: number }[] },
  options: { submitting: boolean },
): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const seen = new Set<string>();
  sheet.scores.forEach((given, index) => {
    const criterion = byId.get(given.criterionId);
    const path = ['scores', index, 'score'];
    if (!criterion) {
      problems.push({
        path: ['scores', index, 'criterionId'],
        code: 'score.unknown_criterion',
        message: { zh: '评分项不属于本奖项的评分细则', en: "The criterion is not in this award's rubric" },
      });
      return;
    }
    if (seen.has(given.criterionId)) {
      problems.push({
        path,
        code: 'score.repeated',
        message: { zh: `“${criterion.name.zh}”重复评分`, en: `${criterion.name.en} is scored twice` },
      });
    }
    seen.add(given.criterionId);
    if (given.score < 0 || given.score > criterion.maxScore) {
      problems.push({
        path,
        code: 'score.out_of_range',
        message: {
          zh: `“${criterion.name.zh}”的得分应在 0 至 ${criterion.maxScore} 分之间`,
          en: `${criterion.name.en} takes 0 to ${criterion.maxScore} points`,
        },
      });
    } else if (!Number.isInteger(given.score / SCORE_STEP)) {
      problems.push({
        path,
        code: 'score.step',
        message: {
          zh: `“${criterion.name.zh}”的得分最小单位为 0.5 分`,
          en: `${criterion.name.en} is scored in steps of 0.5`,
        },
      });
    }
  });
  if (options.submitting) {
    for (const criterion of criteria) {
      if (!seen.has(criterion.id)) {
        problems.push({
          path: ['scores'],
          code: 'score.missing',
          message: {
            zh: `“${criterion.name.zh}”尚未评分，不能提交`,
            en: `${criterion.name.en} has no score yet: the sheet cannot be submitted`,
          },
        });
      }
    }
  }
  return problems;
}

/** The total of a sheet's points (halves add up exactly in binary floating point). */
export function sheetTotal(scores: readonly { score: number }[]): number {
  return scores.reduce((total, s) => total + s.score, 0);
}

/** Reopening a submitted sheet: the bureau administrator says why. */
export const reopenInput = z.strictObject({ reason: textField({ min: 2, max: 500, multiline: true }) });

/** An award's review settings and rubric (评分细则), before anyone has scored it. */
export const rubricInput = z.strictObject({
  aggregation: z.enum(aggregations),
  blind: z.boolean(),
  criteria: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z][a-z0-9_]{1,29}$/),
        nameZh: textField({ min: 2, max: 50 }),
        nameEn: textField({ min: 2, max: 80 }),
        maxScore: z.number().int().min(1).max(100),
        guidanceZh: textField({ min: 0, max: 1000, multiline: true }).default(''),
        guidanceEn: textField({ min: 0, max: 1000, multiline: true }).default(''),
      }),
    )
    .min(1)
    .max(15),
});
export type RubricInput = z.input<typeof rubricInput>;

/** 民主择优: the leadership group's vote on the candidates tied across the award's last place. */
export const voteInput = z.strictObject({
  awardId: z.uuid(),
  heldOn: isoDateSchema,
  voters: z.number().int().min(1).max(99),
  votes: z
    .array(z.strictObject({ applicationId: z.uuid(), votes: z.number().int().min(0).max(99) }))
    .min(2)
    .max(50),
  minutes: textField({ min: 10, max: 5000, multiline: true }),
});
export type VoteInput = z.input<typeof voteInput>;
