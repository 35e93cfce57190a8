/**
 * How people write the same value by hand (DOMAIN.md §3): each function takes the clean cell's value
 * and returns the same meaning in another form, or null where that form cannot say it exactly.
 */

import { SeededRandom } from '../../src/core/sample/random';

/**
 * A small seeded generator for per-cell choices inside one mutation (fast-check shrinks the seed): the
 * sample ledger's own mulberry32, seeded apart from it, with a chance in per cent and a shuffle.
 */
export class Rng extends SeededRandom {
  constructor(seed: number) {
    super((seed >>> 0) ^ 0x9e3779b9);
  }
  /** True with `percent` per cent. */
  override chance(percent: number): boolean {
    return this.next() * 100 < percent;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Excel's 1900 date system (serial 1 = 1900-01-01, with its phantom 1900-02-29). */
export function serialToYmd(serial: number): Ymd {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function ymdToSerial({ y, m, d }: Ymd): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export const DATE_FORMS = ['serial-text', 'iso', 'slash', 'dot', 'cjk', 'compact', 'two-digit-year', 'month-day', 'serial-format', 'full-width', 'year-month'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

/** A date serial written in `form`; a number when the form keeps the serial (with another number format). */
export function writeDate(serial: number, form: DateForm, ledgerYear: number, rng: Rng): { v: string | number; fmt: string } | null {
  const { y, m, d } = serialToYmd(serial);
  const text = (v: string): { v: string; fmt: string } => ({ v, fmt: rng.pick(['General', '@']) });
  switch (form) {
    case 'serial-text':
      return text(String(serial));
    case 'iso':
      return text(`${y}-${pad(m)}-${pad(d)}`);
    case 'slash':
      return text(rng.chance(50) ? `${y}/${m}/${d}` : `${y}/${pad(m)}/${pad(d)}`);
    case 'dot':
      return text(rng.chance(50) ? `${y}.${m}.${d}` : `${y}.${pad(m)}.${pad(d)}`);
    case 'cjk':
      return text(`${y}年${m}月${d}日`);
    case 'compact':
      return text(`${y}${pad(m)}${pad(d)}`);
    case 'two-digit-year':
      // Only where the century cannot be in doubt.
      return y >= 2000 && y <= ledgerYear ? text(`${String(y % 100).padStart(2, '0')}.${m}.${d}`) : null;
    case 'month-day':
      return y === ledgerYear ? text(`${m}月${d}日`) : null;
    case 'full-width':
      return text(toFullWidthDigits(rng.chance(50) ? `${y}年${m}月${d}日` : `${y}-${pad(m)}-${pad(d)}`).replace(/-/g, rng.pick(['-', '－'])));
    case 'year-month':
      // The day is lost: callers use it only where a month is all that matters (meetings, study, talks).
      return text(rng.pick([`${y}年${m}月`, `${y}.${pad(m)}`, `${y}-${pad(m)}`]));
    case 'serial-format':
      return { v: serial, fmt: rng.pick(['yyyy"年"m"月"d"日"', 'm/d/yyyy', 'yyyy/m/d', 'General', '0', 'yyyy.mm.dd']) };
  }
}

export const AMOUNT_FORMS = ['text-number', 'yuan-sign', 'yuan-suffix', 'paid-words', 'catch-up', 'full-width', 'check-mark'] as const;
export type AmountForm = (typeof AMOUNT_FORMS)[number];

const yuanText = (n: number, rng: Rng): string => (Number.isInteger(n) && rng.chance(50) ? String(n) : n.toFixed(2));

/**
 * An amount in yuan written in `form`. `due` is the month's due amount where the cell is a month's
 * payment: "paid, amount unknown" (√, 已交) is only finding-preserving where the amount was the due.
 */
export function writeAmount(n: number, form: AmountForm, due: number | null, rng: Rng): string | null {
  switch (form) {
    case 'text-number':
      return yuanText(n, rng);
    case 'yuan-sign':
      return `${rng.pick(['¥', '￥'])}${yuanText(n, rng)}`;
    case 'yuan-suffix':
      return `${yuanText(n, rng)}元`;
    case 'paid-words':
      return `已交${yuanText(n, rng)}${rng.pick(['元', ''])}`;
    case 'catch-up':
      // 补交 in the month it is for: the number is still that month's amount.
      return rng.pick([`补交${yuanText(n, rng)}`, `${yuanText(n, rng)}元（补交）`, `${n.toFixed(2)}元(补交)`]);
    case 'full-width':
      return toFullWidthDigits(yuanText(n, rng)).replace('.', rng.pick(['.', '．']));
    case 'check-mark':
      return due !== null && due > 0 && Math.round(n * 100) === Math.round(due * 100) ? rng.pick(['√', '✓', '已交', '已缴']) : null;
  }
}

export function writeHoursWithUnit(h: number, rng: Rng): string {
  return `${h}${rng.pick(['学时', '學時', '小时', '小時', '个学时'])}`;
}

export const MONTH_FORMS = ['cn-numeral', 'fen', 'cn-numeral-fen', 'iso', 'year-cjk', 'english', 'padded'] as const;
export type MonthForm = (typeof MONTH_FORMS)[number];
const CN_MONTH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const EN_MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month header (or a 所属月份 cell) of the ledger's year in `form`. */
export function writeMonth(month: number, form: MonthForm, year: number): string {
  switch (form) {
    case 'cn-numeral':
      return `${CN_MONTH[month - 1]}月`;
    case 'fen':
      return `${month}月份`;
    case 'cn-numeral-fen':
      return `${CN_MONTH[month - 1]}月份`;
    case 'iso':
      return `${year}-${pad(month)}`;
    case 'year-cjk':
      return `${year}年${month}月`;
    case 'english':
      return EN_MONTH[month - 1];
    case 'padded':
      return `${pad(month)}月`;
  }
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
export const toFullWidthDigits = (s: string): string => s.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]);
