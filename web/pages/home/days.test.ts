import { describe, expect, it } from 'vitest';
import { formatWindow } from './days';

describe('the submission window written out', () => {
  const window = { start: '2026-10-24', end: '2026-10-26', opensAt: '08:30', closesAt: '17:00' };
  it('names the days and the hours in both languages', () => {
    expect(formatWindow(window, 'zh-CN')).toBe('2026年10月24日 8:30 至 26日 17:00');
    expect(formatWindow(window, 'en-US')).toBe('Oct 24, 08:30 – Oct 26, 17:00, 2026');
  });
  it('writes both years when the window spans the new year', () => {
    const span = { ...window, start: '2026-12-30', end: '2027-01-02' };
    expect(formatWindow(span, 'zh-CN')).toBe('2026年12月30日 8:30 至 2027年1月2日 17:00');
    expect(formatWindow(span, 'en-US')).toBe('Dec 30, 2026, 08:30 – Jan 2, 2027, 17:00');
  });
});
