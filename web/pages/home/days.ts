import type { Locale } from '../../../domain/message';

/**
 * Calendar days (`YYYY-MM-DD`, Shanghai dates from the server) written out for reading. Built by hand
 * rather than with Intl, whose output (and date ranges especially) differs between ICU builds.
 */
const zhWeekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const enWeekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(day: string) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** 2026年10月24日（周六） · Sat, Oct 24, 2026 */
export function formatDay(day: string, locale: Locale): string {
  const { y, m, d, weekday } = parts(day);
  return locale === 'zh-CN'
    ? `${y}年${m}月${d}日（${zhWeekdays[weekday]}）`
    : `${enWeekdays[weekday]}, ${enMonths[m - 1]} ${d}, ${y}`;
}

/** A span of days such as the submission window: 2026年10月24日至26日 · Oct 24–26, 2026 */
export function formatDays(range: { start: string; end: string }, locale: Locale): string {
  const a = parts(range.start);
  const b = parts(range.end);
  if (locale === 'zh-CN') {
    const end = a.y !== b.y ? `${b.y}年${b.m}月${b.d}日` : a.m !== b.m ? `${b.m}月${b.d}日` : `${b.d}日`;
    return `${a.y}年${a.m}月${a.d}日至${end}`;
  }
  const month = (p: typeof a) => enMonths[p.m - 1];
  if (a.y !== b.y) return `${month(a)} ${a.d}, ${a.y} – ${month(b)} ${b.d}, ${b.y}`;
  if (a.m !== b.m) return `${month(a)} ${a.d} – ${month(b)} ${b.d}, ${a.y}`;
  return `${month(a)} ${a.d}–${b.d}, ${a.y}`;
}

/** The submission window with its hours: 2026年10月24日 8:30 至 26日 17:00 · Oct 24, 08:30 – Oct 26, 17:00, 2026 */
export function formatWindow(
  window: { start: string; end: string; opensAt: string; closesAt: string },
  locale: Locale,
): string {
  const a = parts(window.start);
  const b = parts(window.end);
  const hour = (time: string) => (locale === 'zh-CN' ? time.replace(/^0/, '') : time);
  if (locale === 'zh-CN') {
    const end = a.y !== b.y ? `${b.y}年${b.m}月${b.d}日` : a.m !== b.m ? `${b.m}月${b.d}日` : `${b.d}日`;
    return `${a.y}年${a.m}月${a.d}日 ${hour(window.opensAt)} 至 ${end} ${hour(window.closesAt)}`;
  }
  const day = (p: typeof a) => `${enMonths[p.m - 1]} ${p.d}`;
  if (a.y !== b.y) return `${day(a)}, ${a.y}, ${window.opensAt} – ${day(b)}, ${b.y}, ${window.closesAt}`;
  return `${day(a)}, ${window.opensAt} – ${day(b)}, ${window.closesAt}, ${a.y}`;
}
