import type { Message } from '../message';
import { instantOf, isIsoDate, isTimeOfDay, shanghaiInstant } from '../time';

/**
 * The submission window (报送时间): the days on which the recommenders report to the bureau and hand
 * in the paper materials (seed §六: 10月24-26日, 提前或逾期均不予受理), with the hours the office opens on
 * the first day and closes on the last, in Beijing time. Reporting online and the intake at the desk
 * are both refused outside it.
 */
export interface SubmissionWindow {
  /** First day, `YYYY-MM-DD` (Asia/Shanghai). */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
  /** When it opens on the first day, `HH:MM` Beijing time. */
  opensAt: string;
  /** When it closes on the last day, `HH:MM` Beijing time. */
  closesAt: string;
}

/** Office hours the plan leaves unsaid: the bureau's working day (the edition can set others). */
export const DEFAULT_WINDOW_HOURS = { opensAt: '08:30', closesAt: '17:00' } as const;

export type WindowPhase = 'not_open' | 'open' | 'closed';

export function isSubmissionWindow(
  window: Partial<SubmissionWindow> | undefined,
): window is SubmissionWindow {
  return (
    window !== undefined &&
    typeof window.start === 'string' &&
    typeof window.end === 'string' &&
    typeof window.opensAt === 'string' &&
    typeof window.closesAt === 'string' &&
    isIsoDate(window.start) &&
    isIsoDate(window.end) &&
    isTimeOfDay(window.opensAt) &&
    isTimeOfDay(window.closesAt) &&
    shanghaiInstant(window.start, window.opensAt) < shanghaiInstant(window.end, window.closesAt)
  );
}

/** The window's first and last instants: open from `opens` (inclusive) until `closes` (exclusive). */
export function windowBounds(window: SubmissionWindow): { opens: Date; closes: Date } {
  return {
    opens: shanghaiInstant(window.start, window.opensAt),
    closes: shanghaiInstant(window.end, window.closesAt),
  };
}

export function windowPhase(window: SubmissionWindow, now: Date | string): WindowPhase {
  const at = instantOf(now).getTime();
  const { opens, closes } = windowBounds(window);
  if (at < opens.getTime()) return 'not_open';
  return at < closes.getTime() ? 'open' : 'closed';
}

/** `2026-10-24 08:30`: how the window's bounds are written in messages. */
export function windowText(window: SubmissionWindow): { opens: string; closes: string } {
  return { opens: `${window.start} ${window.opensAt}`, closes: `${window.end} ${window.closesAt}` };
}

type WindowRefusal = {
  code: 'window.not_open' | 'window.closed';
  message: Message;
  params: Record<string, string>;
};

const refusal = (code: WindowRefusal['code'], message: Message, params: Record<string, string>) => ({
  code,
  message,
  params,
});

/** Why a move outside the window is refused, naming the window (code `window.not_open` / `window.closed`). */
export function windowRefusal(window: SubmissionWindow, phase: Exclude<WindowPhase, 'open'>): WindowRefusal {
  const { opens, closes } = windowText(window);
  const params = { opens, closes, start: window.start, end: window.end };
  return phase === 'not_open'
    ? refusal(
        'window.not_open',
        {
          zh: `报送时间为 ${opens} 至 ${closes}（北京时间），尚未开始，提前不予受理`,
          en: `Submissions open at ${opens} and close at ${closes} (Beijing time); early submissions are refused`,
        },
        params,
      )
    : refusal(
        'window.closed',
        {
          zh: `报送已于 ${closes}（北京时间）截止（报送时间为 ${opens} 至 ${closes}），逾期不予受理`,
          en: `Submissions closed at ${closes} (Beijing time; the window was ${opens} to ${closes}); late submissions are refused`,
        },
        params,
      );
}
