import type { Message } from '../message';

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
