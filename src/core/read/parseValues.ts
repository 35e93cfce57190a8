import { fromExcelSerial, isValidYmd, type CalendarDate } from '../calendar/calendarDate';
import { parseYuanToFen, yuanNumberToFen, type Fen } from '../money/fen';
import type { CellScalar } from './grid';
import { cleanText, normalizeHeader } from './normalizeText';
import type { Payment } from '../model/records';

/**
 * Cell values the way people write them (DOMAIN.md §3). Each parser returns `null` for a blank
 * cell and `'invalid'` for something it cannot read, never a guess.
 */
export type Parsed<T> = T | null | 'invalid';

export interface ParsedDate {
  readonly date: CalendarDate;
  /** 'month' for 2025年3月 or 1985.03: the day is the 1st and not to be trusted. */
  readonly precision: 'day' | 'month';
}

// Narrows to the non-null cell in the false branch (a blank string also counts as blank).
const isBlank = (v: CellScalar): v is null => v === null || (typeof v === 'string' && cleanText(v) === '');

/** A number format that displays a date (yyyy-mm-dd, m/d/yy, [$-804]yyyy"年"m"月"d"日"…). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(f) || (/m/i.test(f) && !/[0#]/.test(f));
}

const SERIAL_MIN = 1; // 1900-01-01
const SERIAL_MAX = 73415; // 2100-12-31

function ymd(y: number, m: number, d: number, precision: 'day' | 'month' = 'day'): Parsed<ParsedDate> {
  return isValidYmd(y, m, d) && y >= 1900 && y <= 2100 ? { date: { year: y, month: m, day: d }, precision } : 'invalid';
}

export function parseDate(value: CellScalar, format?: string): Parsed<ParsedDate> {
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return 'invalid';
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19000101 && value <= 21001231) {
      return ymd(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
    }
    // 1985.03 typed into a General cell arrives as a number: year and month.
    if (!isDateFormat(format) && value >= 1900 && value < 2101 && !Number.isInteger(value)) {
      const [y, frac] = String(value).split('.');
      return ymd(Number(y), Number(frac), 1, 'month');
    }
    if (value >= SERIAL_MIN && value <= SERIAL_MAX) {
      const d = fromExcelSerial(value);
      return d ? { date: d, precision: 'day' } : 'invalid';
    }
    return 'invalid';
  }
  const t = cleanText(value).replace(/\s*(\d{1,2}:\d{2}(:\d{2})?)$/, '');
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(份)?$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), 1, 'month');
  m = /^(\d{4})(\d{2})$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), 1, 'month');
  return 'invalid';
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month column header: 1月, 一月, 01月份, 2025-01, 2025年1月, Jan, January → 1..12. */
export function parseMonthHeader(value: CellScalar): number | null {
  if (value === null || typeof value === 'boolean') return null;
  const t = normalizeHeader(String(value));
  let m = /^(\d{1,2})月份?$/.exec(t) ?? /^(?:\d{4})(?:年)?(\d{1,2})月?份?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  m = /^(十[一二]?|[一二三四五六七八九十])月份?$/.exec(t);
  if (m) return CN_DIGITS[m[1]] ?? null;
  const en = EN_MONTHS.findIndex((p) => t.startsWith(p) && /^[a-z]+\.?$/.test(t) && (t.length <= 4 || 'january february march april may june july august september october november december'.includes(t)));
  return en >= 0 ? en + 1 : null;
}

/** Amount in yuan as a number or text ("30.00", "¥30", "30元", "RMB 30"); a ledger holds no negative amount. */
export function parseMoney(value: CellScalar): Parsed<Fen> {
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return 'invalid';
  const fen = typeof value === 'number' ? yuanNumberToFen(value) : parseYuanToFen(cleanText(value).replace(/^(¥|￥|rmb|cny)\s*/i, '').replace(/\s*(元|块|rmb|cny)$/i, ''));
  return fen === null || fen < 0 ? 'invalid' : fen;
}

const PAID_MARKS = /^(已交|已缴|已缴纳|已交纳|交|缴|√|✓|✔|☑|是|y|yes|paid|ok)$/i;
const UNPAID_MARKS = /^(未交|未缴|欠|欠交|×|✗|✘|x|否|n|no|—|-|\/)$/i;

/** A month cell of the dues ledger: an amount, 已交/√ (paid, amount unknown), or a mark of non-payment. */
export function parsePayment(value: CellScalar): Parsed<Payment> {
  if (isBlank(value)) return null;
  if (typeof value === 'string') {
    const t = cleanText(value);
    if (PAID_MARKS.test(t)) return { paidUnknownAmount: true };
    if (UNPAID_MARKS.test(t)) return null;
  }
  const fen = parseMoney(value);
  if (fen === 'invalid') return 'invalid';
  return fen === null || fen <= 0 ? null : { fen };
}

/** A whole number such as 应到人数, written 12 or "12人". */
export function parseCount(value: CellScalar): Parsed<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : 'invalid';
  if (typeof value === 'boolean') return 'invalid';
  const m = /^(\d+)\s*(人|名|个)?$/.exec(cleanText(value));
  return m ? Number(m[1]) : 'invalid';
}

/** Hours such as 2, "1.5", "2学时", "3小时", "2h". */
export function parseHours(value: CellScalar): Parsed<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return value >= 0 && value < 10000 ? value : 'invalid';
  if (typeof value === 'boolean') return 'invalid';
  const m = /^(\d+(?:\.\d+)?)\s*(学时|小时|课时|h|hours?)?$/i.exec(cleanText(value));
  return m ? Number(m[1]) : 'invalid';
}

/** A fraction typed as 0.5%, "1.5%" or 0.015. */
export function parseFraction(value: CellScalar): Parsed<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return value >= 0 && value <= 1 ? value : 'invalid';
  if (typeof value === 'boolean') return 'invalid';
  const t = cleanText(value);
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (m) return Number(m[1]) / 100;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : 'invalid';
}

/** A plain number (settings values): 50, "50人", "3年". */
export function parseNumber(value: CellScalar): Parsed<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value === 'boolean') return 'invalid';
  const m = /^(-?\d+(?:\.\d+)?)\s*[^\d]{0,3}$/.exec(cleanText(value));
  return m ? Number(m[1]) : 'invalid';
}

export function parseText(value: CellScalar): string | null {
  if (isBlank(value)) return null;
  return typeof value === 'string' ? cleanText(value) : String(value);
}
