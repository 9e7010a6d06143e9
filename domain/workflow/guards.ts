import type { Message } from '../message';
import { isIsoDate, shanghaiDate } from '../time';
import { isSubmissionWindow, type SubmissionWindow, windowPhase, windowRefusal } from './submission-window';

/**
 * Guards: conditions a transition needs besides the right status and role. Each reads a plain
 * `TransitionContext` the caller assembles (from the database on the server, from the loaded
 * application in the web app), so the same check runs on both sides and stays pure.
 *
 * Guards fail closed: a fact the context does not state counts as not met, and a structured fact that
 * is missing or unreadable yields `workflow.guard_data_missing` naming the field.
 */
export const guardCodes = [
  'materials_complete',
  'eligibility_clean',
  'recommender_reviewed',
  'notice_scheduled',
  'notice_ended_without_open_objection',
  'ranked',
  'edition_open',
  'within_quota',
  'within_submission_window',
  'panel_assigned',
  'scores_complete',
  'ranked_among_winners',
  'ranked_outside_winners',
  'within_award_places',
  'approval_given',
  'bank_account_present',
] as const;
export type GuardCode = (typeof guardCodes)[number];

/** Dates are `YYYY-MM-DD` in the edition's time zone (Asia/Shanghai); both bounds are inclusive. */
export interface TransitionContext {
  /** The moment of the attempt: a `Date` or an ISO date-time string (see `shanghaiDate`). */
  now: Date | string;
  /** Why: required by transitions with `requiresReason` (returns, rejections, withdrawals, revocations). */
  reason?: string;
  /**
   * The notice running at the current level. `endDate` is its last day (computed by the calendar from
   * the working days); the notice has ended from the following day on. `openObjections` counts
   * objections filed and not yet dismissed or upheld.
   */
  notice?: { endDate: string; openObjections: number; upheldObjections?: number };
  /** The application's position in its unit's or recommender's ranking (1 = first). */
  rank?: number | null;
  /**
   * The recommender's quota for this award: places already used by other reported applications, and why
   * the places are fewer than Annex 1 gives (penalties carried from the previous edition).
   */
  quota?: { used: number; places: number; reasons?: readonly Message[] };
  /** The window for reports and paper materials (seed: 10-24 to 10-26; early or late is refused). */
  submissionWindow?: SubmissionWindow;
  materialsComplete?: boolean;
  /** Codes of failing eligibility rules of severity error. */
  eligibilityErrors?: readonly string[];
  /** Codes of warnings the unit has not yet justified in writing (each needs a reason before moving on). */
  unjustifiedWarnings?: readonly string[];
  /**
   * The recommender's review of its candidates (推荐单位组织评审), when recorded: the day the experts
   * reviewed them. `null`: not recorded yet.
   */
  review?: { reviewedOn: string } | null;
  panelAssigned?: boolean;
  scoresComplete?: boolean;
  approvalGiven?: boolean;
  bankAccountPresent?: boolean;
  editionOpen?: boolean;
  /**
   * 差额评选: where the candidate stands in the award's selection — whether every candidate of the award has
   * been fully scored (the ranking is final), and whether the ranking (with the leadership group's vote on a
   * tie across the last place) puts them among the winners, outside them, or leaves it to a vote not yet
   * recorded (domain/review `proposeWinners`).
   */
  selection?: { complete: boolean; outcome: 'proposed' | 'not_proposed' | 'undecided' };
  /** Winners of this award proposed so far (excluding this application) and the award's places. */
  awardPlaces?: { proposed: number; places: number };
}

export interface GuardFailure {
  guard: GuardCode;
  /** Stable dotted code, e.g. `quota.exceeded`. */
  code: string;
  message: Message;
  params: Record<string, unknown>;
}

export type GuardResult = { ok: true } | { ok: false; failures: readonly GuardFailure[] };

type Check = (context: TransitionContext, today: () => string) => Omit<GuardFailure, 'guard'>[];

const fail = (code: string, message: Message, params: Record<string, unknown> = {}) => [
  { code, message, params },
];

const missing = (field: keyof TransitionContext) =>
  fail(
    'workflow.guard_data_missing',
    { zh: `缺少判断所需的信息：${field}`, en: `The information needed to decide is missing: ${field}` },
    { field },
  );

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

const checks: Record<GuardCode, Check> = {
  materials_complete: (c) =>
    c.materialsComplete === true
      ? []
      : fail('workflow.materials_incomplete', {
          zh: '申报材料不齐全',
          en: 'The application materials are incomplete',
        }),

  eligibility_clean: (c) => {
    if (c.eligibilityErrors === undefined) return missing('eligibilityErrors');
    const failures = [];
    if (c.eligibilityErrors.length > 0) {
      failures.push(
        ...fail(
          'workflow.eligibility_errors',
          {
            zh: `未通过资格审核（${c.eligibilityErrors.length} 项不符合条件）`,
            en: `The eligibility check failed (${c.eligibilityErrors.length} rule(s) not met)`,
          },
          { rules: [...c.eligibilityErrors] },
        ),
      );
    }
    // A warning does not block, but it needs the unit's written reason (e.g. 原则上从历届长春技术能手中推荐).
    const unjustified = c.unjustifiedWarnings ?? [];
    if (unjustified.length > 0) {
      failures.push(
        ...fail(
          'workflow.warning_unjustified',
          {
            zh: `有 ${unjustified.length} 项提示尚未填写书面说明理由`,
            en: `${unjustified.length} warning(s) still need a written justification`,
          },
          { rules: [...unjustified] },
        ),
      );
    }
    return failures;
  },

  // 经推荐单位组织评审，集体研究确定: the collective decision follows the experts' review
  recommender_reviewed: (c) => {
    if (c.review === undefined) return missing('review');
    if (c.review !== null && isIsoDate(c.review.reviewedOn)) return [];
    return fail('review.missing', {
      zh: '推荐单位尚未记录专家评审（评审日期、评审专家、评审意见）',
      en: "The recommender has not recorded its experts' review (date, reviewers, opinion)",
    });
  },

  notice_scheduled: (c, today) => {
    if (!c.notice || !isIsoDate(c.notice.endDate)) return missing('notice');
    if (c.notice.endDate >= today()) return [];
    return fail(
      'workflow.notice_not_scheduled',
      {
        zh: `公示截止日期 ${c.notice.endDate} 已过，请重新计算公示期`,
        en: `The notice end date ${c.notice.endDate} is past: compute the notice period again`,
      },
      { endDate: c.notice.endDate },
    );
  },

  notice_ended_without_open_objection: (c, today) => {
    if (!c.notice || !isIsoDate(c.notice.endDate) || !isCount(c.notice.openObjections))
      return missing('notice');
    const { endDate, openObjections } = c.notice;
    const failures: Omit<GuardFailure, 'guard'>[] = [];
    if (today() <= endDate) {
      failures.push(
        ...fail(
          'workflow.notice_not_ended',
          { zh: `公示期至 ${endDate}，尚未期满`, en: `The notice runs until ${endDate} and has not ended` },
          { endDate },
        ),
      );
    }
    if (openObjections > 0) {
      failures.push(
        ...fail(
          'workflow.open_objection',
          {
            zh: `公示期间有 ${openObjections} 件异议尚未处理`,
            en: `${openObjections} objection(s) to the notice are still open`,
          },
          { openObjections },
        ),
      );
    }
    // an objection about the candidate found true: the notice's outcome for them is disqualification
    const upheld = c.notice.upheldObjections ?? 0;
    if (upheld > 0) {
      failures.push(
        ...fail(
          'workflow.objection_upheld',
          {
            zh: '对该候选人的异议经核查成立，应取消其资格，不能结束公示后继续推荐',
            en: 'An objection about this candidate was upheld: disqualify them instead of closing the notice for them',
          },
          { upheldObjections: upheld },
        ),
      );
    }
    return failures;
  },

  ranked: (c) =>
    typeof c.rank === 'number' && Number.isInteger(c.rank) && c.rank >= 1
      ? []
      : fail('workflow.not_ranked', { zh: '尚未排序', en: 'The application has not been ranked' }),

  edition_open: (c) =>
    c.editionOpen === true
      ? []
      : fail('workflow.edition_closed', { zh: '本届评选未在进行中', en: 'This edition is not open' }),

  within_quota: (c) => {
    if (!c.quota || !isCount(c.quota.used) || !isCount(c.quota.places)) return missing('quota');
    const { used, places } = c.quota;
    if (used < places) return [];
    // a recommender with fewer places than Annex 1 gives is told why (seed §三(二)4)
    const why = c.quota.reasons ?? [];
    const because = (lang: 'zh' | 'en') =>
      why.length === 0
        ? ''
        : `${lang === 'zh' ? '。' : '. '}${why.map((m) => m[lang]).join(lang === 'zh' ? '；' : '; ')}`;
    return fail(
      'quota.exceeded',
      {
        zh: `推荐名额已用完（已报 ${used} 名，名额 ${places} 名）${because('zh')}`,
        en: `The recommendation quota is used up (${used} reported, ${places} place(s))${because('en')}`,
      },
      { used, places, reasons: why.map((m) => ({ ...m })) },
    );
  },

  within_submission_window: (c) => {
    const window = c.submissionWindow;
    if (!isSubmissionWindow(window)) return missing('submissionWindow');
    const phase = windowPhase(window, c.now);
    if (phase === 'open') return [];
    const { code, message, params } = windowRefusal(window, phase);
    return fail(code, message, params);
  },

  panel_assigned: (c) =>
    c.panelAssigned === true
      ? []
      : fail('workflow.panel_not_assigned', {
          zh: '尚未分配评审专家组',
          en: 'No review panel has been assigned',
        }),

  scores_complete: (c) =>
    c.scoresComplete === true
      ? []
      : fail('workflow.scores_incomplete', {
          zh: '评审专家尚未全部评分',
          en: 'Not every reviewer has scored yet',
        }),

  ranked_among_winners: (c) => selectionCheck(c, 'proposed'),
  ranked_outside_winners: (c) => selectionCheck(c, 'not_proposed'),

  within_award_places: (c) => {
    const places = c.awardPlaces;
    if (!places || !isCount(places.proposed) || !isCount(places.places)) return missing('awardPlaces');
    if (places.proposed < places.places) return [];
    return fail(
      'workflow.award_places_exceeded',
      {
        zh: `拟评选对象已满（已提出 ${places.proposed} 名，名额 ${places.places} 名）`,
        en: `All places are taken (${places.proposed} proposed, ${places.places} place(s))`,
      },
      { proposed: places.proposed, places: places.places },
    );
  },

  approval_given: (c) =>
    c.approvalGiven === true
      ? []
      : fail('workflow.approval_missing', {
          zh: '尚无人才办审定意见',
          en: 'The talent office has not approved',
        }),

  bank_account_present: (c) =>
    c.bankAccountPresent === true
      ? []
      : fail('workflow.bank_account_missing', {
          zh: '缺少获奖人银行账号',
          en: "The winner's bank account is missing",
        }),
};

/** The ranking is final and places the candidate where the move takes them (among the winners or not). */
function selectionCheck(c: TransitionContext, wanted: 'proposed' | 'not_proposed') {
  const selection = c.selection;
  if (!selection) return missing('selection');
  if (!selection.complete)
    return fail('review.ranking_incomplete', {
      zh: '本奖项尚有候选人未完成评分，排名尚未确定',
      en: 'Some candidates of this award are not fully scored yet: the ranking is not final',
    });
  if (selection.outcome === wanted) return [];
  if (selection.outcome === 'undecided')
    return fail('review.vote_needed', {
      zh: '该候选人与他人得分相同并列最后名额，需先记录领导小组民主择优投票结果',
      en: "The candidate ties with others for the last place: record the leadership group's vote first",
    });
  return wanted === 'proposed'
    ? fail('review.not_among_winners', {
        zh: '按评审排名，该候选人不在本奖项名额之内',
        en: "By the review's ranking the candidate is not within the award's places",
      })
    : fail('review.among_winners', {
        zh: '按评审排名，该候选人在本奖项名额之内，应提出为拟评选对象',
        en: "By the review's ranking the candidate is within the award's places and is to be proposed",
      });
}

/** Evaluates one guard against the context. */
export function evaluateGuard(code: GuardCode, context: TransitionContext): GuardResult {
  const failures = checks[code](context, todayOf(context));
  return failures.length === 0
    ? { ok: true }
    : { ok: false, failures: failures.map((f) => ({ guard: code, ...f })) };
}

/** Evaluates guards in order and lists every failure (empty when all pass). */
export function evaluateGuards(codes: readonly GuardCode[], context: TransitionContext): GuardFailure[] {
  return codes.flatMap((code) => {
    const result = evaluateGuard(code, context);
    return result.ok ? [] : result.failures;
  });
}

/** The Shanghai date of `now`, computed once and only when a guard needs it. */
function todayOf(context: TransitionContext): () => string {
  let day: string | undefined;
  return () => {
    day ??= shanghaiDate(context.now);
    return day;
  };
}
