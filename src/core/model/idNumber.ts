import { isValidYmd, type CalendarDate } from '../calendar/calendarDate';

/** GB 11643-1999 citizen ID numbers: 6-digit area, 8-digit birth date, 3-digit sequence, check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export type IdNumberProblem = 'format' | 'birth-date' | 'check-digit';

/** Checks an 18-character ID number; null when it is valid. */
export function idNumberProblem(id: string): IdNumberProblem | null {
  const s = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return 'format';
  if (!isValidYmd(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return 'birth-date';
  return idCheckCharacter(s.slice(0, 17)) === s[17] ? null : 'check-digit';
}

export function idBirthDate(id: string): CalendarDate | null {
  const s = id.trim();
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  return isValidYmd(y, m, d) ? { year: y, month: m, day: d } : null;
}

export function makeIdNumber(area: string, birth: CalendarDate, sequence: number): string {
  const first17 = `${area}${String(birth.year).padStart(4, '0')}${String(birth.month).padStart(2, '0')}${String(birth.day).padStart(2, '0')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}
