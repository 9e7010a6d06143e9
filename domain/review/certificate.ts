import type { AwardCode } from '../roles';

/**
 * 证书编号: each winner's certificate carries the award's prefix, the year of the decision and a serial
 * within the award and year — CCJNDJ-2026-001 for 长春技能大奖, CCJSNS-2026-001 for 长春技术能手 (the
 * numbers already printed on former winners' certificates follow the same form).
 */
export const certificatePrefixes: Record<AwardCode, string> = {
  grand_award: 'CCJNDJ',
  technical_expert: 'CCJSNS',
};

const pattern = /^(CCJNDJ|CCJSNS)-(\d{4})-(\d{3,})$/;

export function certificateNumber(award: AwardCode, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`serial ${serial}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year}`);
  return `${certificatePrefixes[award]}-${year}-${String(serial).padStart(3, '0')}`;
}

/** The award, year and serial of a certificate number, or null for anything else (a verify link's input). */
export function parseCertificateNumber(
  text: string,
): { award: AwardCode; year: number; serial: number } | null {
  const match = pattern.exec(text.trim().toUpperCase());
  if (!match) return null;
  const award = match[1] === 'CCJNDJ' ? 'grand_award' : 'technical_expert';
  return { award, year: Number(match[2]), serial: Number(match[3]) };
}
