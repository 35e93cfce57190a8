import { fromExcelSerial } from '../calendar/calendarDate';
import type { CellScalar } from './grid';
import { cleanText } from './normalizeText';

/** The months a payment is for, by year: “1-3月” → 2025: 1, 2, 3. */
export type MonthsPaid = readonly { readonly year: number; readonly months: readonly number[] }[];

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const NUM = '(\\d{1,2}|十[一二]?|[一二三四五六七八九十])';
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const month = (t: string): number => (/\d/.test(t) ? Number(t) : CN[t] ?? 0);
const valid = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;

/**
 * A payment list's 所属月份 as people write it: 3, 3月, 03, 2025-03, 2025年3月, 1-3月, 1至3月,
 * 2025年1月至3月, 1、2、3月, 一季度, Q1, 上半年, 全年; an Excel date (its month). Null for a blank
 * cell, 'invalid' for text that names no month.
 */
export function monthsOfCell(raw: CellScalar, ledgerYear: number): MonthsPaid | 'invalid' | null {
  if (raw === null) return null;
  if (typeof raw === 'boolean') return 'invalid';
  if (typeof raw === 'number') {
    if (valid(raw)) return [{ year: ledgerYear, months: [raw] }];
    if (Number.isInteger(raw) && raw >= 190001 && raw <= 210012 && valid(raw % 100)) return [{ year: Math.floor(raw / 100), months: [raw % 100] }];
    const d = raw >= 1 && raw < 73416 ? fromExcelSerial(raw) : null;
    return d ? [{ year: d.year, months: [d.month] }] : 'invalid';
  }
  const t = cleanText(raw).replace(/\s+/g, '').replace(/份/g, '').toLowerCase();
  if (!t) return null;
  const yearMatch = /^(\d{4})年?/.exec(t);
  const year = yearMatch ? Number(yearMatch[1]) : ledgerYear;
  const rest = yearMatch ? t.slice(yearMatch[0].length).replace(/^[-/.]/, '') : t;
  if (/^(全年|全年度|1-12月?|一至十二月)$/.test(rest) || (yearMatch && rest === '')) return [{ year, months: range(1, 12) }];
  if (/^上半年$/.test(rest)) return [{ year, months: range(1, 6) }];
  if (/^下半年$/.test(rest)) return [{ year, months: range(7, 12) }];
  let m = /^(?:第)?([1-4一二三四])季度?$/.exec(rest) ?? /^q([1-4])$/.exec(rest);
  if (m) {
    const q = month(m[1]);
    return [{ year, months: range(q * 3 - 2, q * 3) }];
  }
  m = new RegExp(`^${NUM}月?[-—–~～至到]+(?:(\\d{4})年)?${NUM}月?$`).exec(rest);
  if (m) {
    const from = month(m[1]);
    const to = month(m[3]);
    const toYear = m[2] ? Number(m[2]) : year;
    if (!valid(from) || !valid(to)) return 'invalid';
    if (toYear === year) return from <= to ? [{ year, months: range(from, to) }] : 'invalid';
    // 2024年11月至2025年2月: the months of each year.
    return toYear === year + 1 ? [{ year, months: range(from, 12) }, { year: toYear, months: range(1, to) }] : 'invalid';
  }
  m = new RegExp(`^${NUM}月?$`).exec(rest);
  if (m && valid(month(m[1]))) return [{ year, months: [month(m[1])] }];
  const parts = rest.replace(/月$/, '').split(/[、,，;；和及]/);
  if (parts.length > 1) {
    const months = parts.map((p) => month(p.replace(/月$/, '')));
    return months.every(valid) ? [{ year, months: [...new Set(months)].sort((a, b) => a - b) }] : 'invalid';
  }
  return 'invalid';
}
