import type { Message } from '../message';

/**
 * Every notice (公示) of the work plan lasts 5 working days: the unit's, the recommender's and the city's
 * (seed §三(一)2 "在本单位进行5个工作日的公示", 3 "经5个工作日公示无异议", 5 "进行5个工作日的公示").
 */
export const NOTICE_WORKING_DAYS = 5;

/** The refusal of a notice length other than the work plan's. */
export const noticeLengthMessage: Message = {
  zh: `公示期为${NOTICE_WORKING_DAYS}个工作日（工作方案规定），不能更改`,
  en: `A notice lasts ${NOTICE_WORKING_DAYS} working days (the work plan's rule); it cannot be changed`,
};

/** Why a notice (公示) may not start on the day asked for; null when it may. */
export interface NoticeStartProblem {
  code: 'notice.before_decision' | 'notice.start_in_past';
  message: Message;
  params: { startDate: string; decidedOn?: string; today?: string };
}

/**
 * A notice announces what a collective decision resolved, so it starts on or after the decision's day; and it
 * is posted from now on, never backdated (a period already running out would leave the public less than its
 * working days). Dates are Beijing calendar days, `YYYY-MM-DD`.
 */
export function noticeStartProblem(
  startDate: string,
  at: { today: string; decidedOn: string | null },
): NoticeStartProblem | null {
  if (at.decidedOn !== null && startDate < at.decidedOn) {
    return problem(
      'notice.before_decision',
      {
        zh: `公示开始日期（${startDate}）不能早于集体研究决定的日期（${at.decidedOn}）`,
        en: `The notice cannot start (${startDate}) before the collective decision (${at.decidedOn})`,
      },
      { startDate, decidedOn: at.decidedOn },
    );
  }
  if (startDate < at.today) {
    return problem(
      'notice.start_in_past',
      {
        zh: `公示开始日期（${startDate}）不能早于今天（${at.today}）`,
        en: `The notice cannot start (${startDate}) before today (${at.today})`,
      },
      { startDate, today: at.today },
    );
  }
  return null;
}

const problem = (
  code: NoticeStartProblem['code'],
  message: Message,
  params: NoticeStartProblem['params'],
): NoticeStartProblem => ({ code, message, params });

/** Where a notice stands on a day: not started yet, posted, its period over but not closed, or closed. */
export type NoticePhase = 'scheduled' | 'running' | 'ended' | 'closed';

/** The phase of a notice (dates `YYYY-MM-DD`, Beijing days) on `today`; a withdrawn notice counts as closed. */
export function noticePhase(
  notice: { status: 'open' | 'closed' | 'withdrawn'; startDate: string; endDate: string },
  today: string,
): NoticePhase {
  if (notice.status !== 'open') return 'closed';
  if (today < notice.startDate) return 'scheduled';
  return today <= notice.endDate ? 'running' : 'ended';
}
