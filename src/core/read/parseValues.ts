import { fromExcelSerial, isValidYmd, type CalendarDate } from '../calendar/calendarDate';
import { parseYuanToFen, yuanNumberToFen, type Fen } from '../money/fen';
import type { CellScalar } from './grid';
import { cleanText, normalizeHeader } from './normalizeText';
import type { Payment } from '../model/records';
import {
  AMOUNT_PREFIXES, AMOUNT_SUFFIXES, CATCH_UP_BEFORE_MONTHS, CATCH_UP_MARKS, CATCH_UP_WORDS, COUNT_PREFIXES, COUNT_UNITS, CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES, DAY_PART_WORDS, DAY_SUFFIXES, DEFAULT_HALF_DAY_HOURS, DEFAULT_HOURS_PER_DAY, DURATION_UNITS, EN_MONTHS,
  EXEMPT_MARKS, EXPECTED_WORDS, PAID_MARKS, PLACEHOLDERS, PRESENT_WORDS, TEXT_SERIAL_MAX, TEXT_SERIAL_MIN, UNPAID_MARKS, WEEKDAY_NAMES,
  WEEKDAY_WORDS, alternation, arabicNumerals, foldValueText,
} from './valueWords';
import { parseMonthList, type MonthsOfYear } from './parseMonthList';

export type { MonthsOfYear } from './parseMonthList';

/**
 * Cell values the way people write them (DOMAIN.md §3). Each parser returns `null` for a blank
 * cell and `'invalid'` for something it cannot read, never a guess. The words around values are
 * tables in valueWords.ts.
 */
export type Parsed<T> = T | null | 'invalid';

export interface ParsedDate {
  readonly date: CalendarDate;
  /** 'month' for 2025年3月 or 1985.03: the day is the 1st and not to be trusted. */
  readonly precision: 'day' | 'month';
}

/** What a value needs from the ledger it sits in: the ledger's year for 3月5日, two-digit years and bare months. */
export interface ValueContext {
  readonly year?: number;
}

const PLACEHOLDER = new RegExp(`^(?:${alternation(PLACEHOLDERS)})$`, 'i');
// Narrows to the non-null cell in the false branch: a blank string, or a dash or 无 standing for
// “nothing here” (a farmer's income base “—”, a 转正日期 “/” not yet due), also counts as blank.
const isBlank = (v: CellScalar): v is null => {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  const t = cleanText(v);
  return t === '' || (t.length <= 4 && PLACEHOLDER.test(t));
};

/** A number format that displays a date (yyyy-mm-dd, m/d/yy, [$-804]yyyy"年"m"月"d"日"…). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(f) || (/m/i.test(f) && !/[0#]/.test(f));
}

const SERIAL_MIN = 1; // 1900-01-01
const SERIAL_MAX = 73415; // 2100-12-31
const DEFAULT_PIVOT_YEAR = 2030;

function ymd(y: number, m: number, d: number, precision: 'day' | 'month' = 'day'): Parsed<ParsedDate> {
  return isValidYmd(y, m, d) && y >= 1900 && y <= 2100 ? { date: { year: y, month: m, day: d }, precision } : 'invalid';
}

/** 25 → 2025, 85 → 1985: years up to one past the ledger's year are this century (a date written next year is rare, a birth in 1926 rarer). */
function fullYear(yy: number, context?: ValueContext): number {
  const pivot = ((context?.year ?? DEFAULT_PIVOT_YEAR) % 100) + 1;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

const WEEKDAY_TAIL = new RegExp(`\\s*\\(?\\s*(?:${alternation(WEEKDAY_WORDS)})[${WEEKDAY_NAMES.join('')}]\\s*\\)?$`);
// A clock time after the date: " 10:00", "T10:00:00Z", "日 上午9:30", "日9时30分", "（周三）14:30".
const TIME_TAIL = new RegExp(
  `(?:t|\\s+|(?<=[${DAY_SUFFIXES.join('')})）]))\\s*(?:${alternation(DAY_PART_WORDS)})?\\s*` +
    `\\d{1,2}(?::\\d{2}(?::\\d{2}(?:\\.\\d+)?)?|[时点](?:\\d{1,2}分?)?(?:\\d{1,2}秒)?)\\s*(?:z|[+-]\\d{2}:?\\d{2})?$`,
);
const DAY = `\\s*[${DAY_SUFFIXES.join('')}]?`;
// A time of day with no clock after a day: "3月5日下午", "2025-03-05 上午".
const DAY_PART_TAIL = new RegExp(`(?:\\s+|(?<=[${DAY_SUFFIXES.join('')}\\d]))(?:${alternation(DAY_PART_WORDS)})$`);
// A note in brackets after the date ("2019.07.01（转正）", "2025-03-05(补记)") and the full stop
// some people type after it: the date is whole without them.
const NOTE_TAIL = /\s*[（(【\[][^（()）【】[\]]*[)）】\]]$/;
const STOP_TAIL = /[.。,，;；、]+$/;
const EN_MONTH = `(${EN_MONTHS.flat().join('|')})\\.?`;
const enMonth = (name: string): number => EN_MONTHS.findIndex((names) => names.includes(name)) + 1;

type DateForm = { readonly re: RegExp; readonly read: (m: RegExpExecArray, context?: ValueContext) => Parsed<ParsedDate> };

/** The written forms of a date, tried in order on folded text (Chinese numerals already digits). */
const DATE_FORMS: readonly DateForm[] = [
  { re: new RegExp(`^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})${DAY}$`), read: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  { re: /^(\d{4})(\d{2})(\d{2})$/, read: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  { re: /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月份?)?$/, read: (m) => ymd(+m[1]!, +m[2]!, 1, 'month') },
  { re: /^(\d{4})(\d{2})$/, read: (m) => ymd(+m[1]!, +m[2]!, 1, 'month') },
  // Two-digit years, written year first as in every Chinese ledger: 25.3.5, 25/3/5, 25-03-05, 25年3月5日.
  { re: /^(\d{2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/, read: (m, c) => ymd(fullYear(+m[1]!, c), +m[3]!, +m[4]!) },
  { re: new RegExp(`^(\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})${DAY}$`), read: (m, c) => ymd(fullYear(+m[1]!, c), +m[2]!, +m[3]!) },
  { re: /^(\d{2})\s*年\s*(\d{1,2})\s*月份?$/, read: (m, c) => ymd(fullYear(+m[1]!, c), +m[2]!, 1, 'month') },
  // 3/5/2025 or 12/31/2025, the year last: how an English ledger writes a date (month first, as
  // in the US; a first number over 12 can only be the day). No Chinese ledger puts the year last.
  {
    re: /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/,
    read: (m) => (+m[1]! > 12 ? ymd(+m[3]!, +m[2]!, +m[1]!) : ymd(+m[3]!, +m[1]!, +m[2]!)),
  },
  // An English ledger's dates: "Jul 1, 2019", "July 1 2019", "1 July 2019", "1-Jul-2019", "01-Jul-19".
  { re: new RegExp(`^${EN_MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})$`), read: (m) => ymd(+m[3]!, enMonth(m[1]!), +m[2]!) },
  {
    re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]*${EN_MONTH}[\\s,-]*(\\d{4}|\\d{2})$`),
    read: (m, c) => ymd(m[3]!.length === 2 ? fullYear(+m[3]!, c) : +m[3]!, enMonth(m[2]!), +m[1]!),
  },
  // 3.12 or 6/18 in a date column: month and day, in the ledger's year (a busy secretary's shorthand).
  // Only as text: typed into Excel, 10.10 becomes the number 10.1, which could be either day.
  { re: /^(\d{1,2})\s*[./]\s*(\d{1,2})$/, read: (m, c) => (c?.year === undefined ? 'invalid' : ymd(c.year, +m[1]!, +m[2]!)) },
  // 3月5日: the year is the ledger's, and without one the date cannot be placed.
  { re: new RegExp(`^(\\d{1,2})\\s*月\\s*(\\d{1,2})${DAY}$`), read: (m, c) => (c?.year === undefined ? 'invalid' : ymd(c.year, +m[1]!, +m[2]!)) },
  // An Excel serial stored as text; only 1927–2100 (five digits), so a shorter number stays unread.
  {
    re: /^(\d{5})(?:\.\d+)?$/,
    read: (m) => {
      const serial = +m[1]!;
      const d = serial >= TEXT_SERIAL_MIN && serial <= TEXT_SERIAL_MAX ? fromExcelSerial(serial) : null;
      return d ? { date: d, precision: 'day' } : 'invalid';
    },
  },
];

/** The text of a date cell without the weekday or clock time people add, Chinese numerals as digits. */
function dateText(text: string): string {
  let t = foldValueText(text);
  // The tails come in any order ("2025-03-05（周三）14:30", "3月5日下午（补记）"): strip until none is left.
  for (let i = 0; i < 4; i++) {
    const next = t.replace(NOTE_TAIL, '').replace(STOP_TAIL, '').replace(WEEKDAY_TAIL, '').replace(TIME_TAIL, '').replace(DAY_PART_TAIL, '').trim();
    if (next === t) break;
    t = next;
  }
  return arabicNumerals(t);
}

export function parseDate(value: CellScalar, format?: string, context?: ValueContext): Parsed<ParsedDate> {
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
  const t = dateText(value);
  for (const form of DATE_FORMS) {
    const m = form.re.exec(t);
    if (m) return form.read(m, context);
  }
  return 'invalid';
}

/** A month column header: 1月, 一月, 01月份, 2025-01, 2025年1月, 2025/1, Jan, Jan-25, January 2025, "01" → 1..12. */
export function parseMonthHeader(value: CellScalar, format?: string): number | null {
  if (value === null || typeof value === 'boolean') return null;
  // A header typed as a date and shown as “Jan-25” or “2025年1月” arrives as a serial.
  if (typeof value === 'number' && isDateFormat(format)) return fromExcelSerial(value)?.month ?? null;
  const t = arabicNumerals(normalizeHeader(String(value)));
  const inRange = (n: number): number | null => (n >= 1 && n <= 12 ? n : null);
  const m = /^(\d{1,2})月份?$/.exec(t) ?? /^(?:\d{4}|\d{2})年(\d{1,2})月?份?$/.exec(t) ?? /^\d{4}(\d{1,2})月?份?$/.exec(t);
  if (m) return inRange(Number(m[1]));
  // A bare two-digit text header (“01” … “12”); a number cell of 1 is too likely data to be a month.
  if (typeof value === 'string' && /^\d{2}$/.test(t)) return inRange(Number(t));
  const en = /^([a-z]+)(?:\d{2}|\d{4})?$/.exec(t);
  if (en) {
    const i = EN_MONTHS.findIndex((names) => names.includes(en[1]!));
    return i >= 0 ? i + 1 : null;
  }
  return null;
}

// ---------------------------------------------------------------- amounts and payments

const NOTE = /[([【〔]([^)\]】〕]*)[)\]】〕]/g;
const AMOUNT_FORM = new RegExp(
  `^((?:(?:${alternation(AMOUNT_PREFIXES)})\\s*)*)` + // 已交, 补交, 实交 …
    `(?:([0-9、,，\\-—~至到\\s]+月份?)\\s*(?:的?党费)?\\s*)?` + // 补交3月30元: the month it pays for
    `(?:\\d{1,2}\\s*个月\\s*(?:的?党费)?\\s*)?` + // 补交3个月168: how many months (which ones, the cell does not say)
    `((?:(?:${alternation(AMOUNT_PREFIXES)})\\s*)*)` +
    `(?:${alternation(CURRENCY_PREFIXES)})?\\s*` +
    `(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*` +
    `(?:${alternation(CURRENCY_SUFFIXES)})?\\s*` +
    `((?:${alternation(AMOUNT_SUFFIXES)})?)$`,
);
const CATCH_UP = new RegExp(`${alternation(CATCH_UP_WORDS)}|${CATCH_UP_BEFORE_MONTHS}`);
const wholeWord = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})$`);
const PAID = wholeWord(PAID_MARKS);
const CATCH_UP_MARK = wholeWord(CATCH_UP_MARKS);
const UNPAID = wholeWord(UNPAID_MARKS);
const EXEMPT = wholeWord(EXEMPT_MARKS);

const MARK_WITH_MONTHS = new RegExp(`^(${alternation([...PAID_MARKS, ...CATCH_UP_MARKS].filter((w) => /^\p{Script=Han}+$/u.test(w)))})\\s*([0-9、,\\-—~至到\\s]+月份?)(?:的?党费)?$`);

type PaymentReading =
  | { readonly kind: 'amount'; readonly fen: Fen; readonly catchUp: boolean; readonly forMonths: readonly number[] }
  | { readonly kind: 'paid'; readonly catchUp: boolean; readonly forMonths: readonly number[] }
  | { readonly kind: 'unpaid' }
  | { readonly kind: 'exempt' };

/** The months a remark names: “补交3月” → [3], “补1-3月党费” → [1, 2, 3]; [] when it names none we can read. */
function monthsNamed(text: string): number[] {
  const stripped = text.replace(new RegExp(alternation([...AMOUNT_PREFIXES, ...CATCH_UP_WORDS, '补', '含', '为', '系']), 'g'), '').trim();
  // A bare number in a remark (“30（2）”) names no month: only 月, quarters and halves do.
  if (!/月|季|半年|全年|q\d/.test(stripped)) return [];
  const list = parseMonthList(stripped, 0);
  return list === 'invalid' ? [] : [...new Set(list.flatMap((y) => y.months))].sort((a, b) => a - b);
}

/** A payment written as text: an amount with its words, or a mark; 'invalid' when neither. */
function readPaymentText(text: string): PaymentReading | 'invalid' {
  const folded = arabicNumerals(foldValueText(text));
  // Remarks in brackets (“（补交3月）”, “（出差）”) say what the payment was for; the rest is the payment.
  const notes: string[] = [];
  const rest = folded.replace(NOTE, (_, note: string) => (notes.push(note), ' ')).trim();
  const noteCatchUp = notes.some((n) => CATCH_UP.test(n));
  const noteMonths = notes.flatMap(monthsNamed);
  if (EXEMPT.test(rest)) return { kind: 'exempt' };
  if (UNPAID.test(rest)) return { kind: 'unpaid' };
  if (PAID.test(rest) || CATCH_UP_MARK.test(rest)) return { kind: 'paid', catchUp: noteCatchUp || CATCH_UP_MARK.test(rest), forMonths: noteMonths };
  // 补交3月, 已交1-3月: a mark with the months it covers and no amount.
  const marked = MARK_WITH_MONTHS.exec(rest);
  if (marked) {
    const months = monthsNamed(marked[2]!);
    if (months.length === 0) return 'invalid';
    return { kind: 'paid', catchUp: noteCatchUp || CATCH_UP_MARK.test(marked[1]!), forMonths: [...new Set([...months, ...noteMonths])].sort((a, b) => a - b) };
  }
  const m = AMOUNT_FORM.exec(rest);
  if (!m) return 'invalid';
  const fen = parseYuanToFen(m[4]!);
  if (fen === null) return 'invalid';
  const words = `${m[1]}${m[3]}${m[5]}`;
  const inlineMonths = m[2] ? monthsNamed(m[2]) : [];
  if (m[2] && inlineMonths.length === 0) return 'invalid';
  const forMonths = [...new Set([...inlineMonths, ...noteMonths])].sort((a, b) => a - b);
  return { kind: 'amount', fen, catchUp: noteCatchUp || CATCH_UP.test(words), forMonths };
}

/** ✔ ☑ ✅ ❌ are emoji to cleanText, which would make the cell blank (= not paid): a whole-cell mark is matched on the raw text first. */
function markOf(text: string): 'paid' | 'unpaid' | null {
  const mark = text.normalize('NFKC').replace(/[\s\ufe0e\ufe0f]/g, '').toLowerCase();
  return PAID.test(mark) ? 'paid' : UNPAID.test(mark) ? 'unpaid' : null;
}

/** Amount in yuan as a number or text ("30.00", "¥30", "30元", "RMB 30", "3,000", "补交270", "已交30元"); a ledger holds no negative amount. */
export function parseMoney(value: CellScalar): Parsed<Fen> {
  // A mark (√, 已交, ✅) is no amount; a dash standing for “nothing here” is a blank one.
  if (typeof value === 'string' && markOf(value) !== null && !PLACEHOLDER.test(cleanText(value))) return 'invalid';
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return 'invalid';
  if (typeof value === 'number') {
    const fen = yuanNumberToFen(value);
    return fen === null || fen < 0 ? 'invalid' : fen;
  }
  const r = readPaymentText(value);
  return r !== 'invalid' && r.kind === 'amount' ? r.fen : 'invalid';
}

/**
 * A month cell of the dues ledger or an amount of a payment list: an amount (with 补交 and the
 * month it pays for remembered), 已交/√ (paid, amount unknown), 免 (exempt), or a mark of
 * non-payment (null, like a blank).
 */
export function parsePayment(value: CellScalar): Parsed<Payment> {
  const mark = typeof value === 'string' ? markOf(value) : null;
  if (mark === 'paid') return { paidUnknownAmount: true };
  if (mark === 'unpaid') return null;
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return 'invalid';
  if (typeof value === 'number') {
    const fen = parseMoney(value);
    return fen === 'invalid' ? 'invalid' : fen === null || fen <= 0 ? null : { fen };
  }
  const r = readPaymentText(value);
  if (r === 'invalid') return 'invalid';
  switch (r.kind) {
    case 'unpaid':
      return null;
    case 'exempt':
      return { exempt: true };
    case 'paid':
      return { paidUnknownAmount: true, ...(r.catchUp ? { catchUp: true } : {}), ...(r.forMonths.length ? { forMonths: r.forMonths } : {}) };
    case 'amount':
      if (r.fen <= 0) return null;
      return { fen: r.fen, ...(r.catchUp ? { catchUp: true } : {}), ...(r.forMonths.length ? { forMonths: r.forMonths } : {}) };
  }
}

// ---------------------------------------------------------------- counts and attendance

const COUNT_FORM = new RegExp(`^(?:${alternation(COUNT_PREFIXES)})?\\s*(\\d+)(?:\\.0+)?\\s*(?:${alternation(COUNT_UNITS)})?$`);

/** A whole number such as 应到人数, written 12, "12人", "12 名", "十二人", "共12人". */
export function parseCount(value: CellScalar): Parsed<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : 'invalid';
  if (typeof value === 'boolean') return 'invalid';
  const m = COUNT_FORM.exec(arabicNumerals(foldValueText(value)));
  return m ? Number(m[1]) : 'invalid';
}

export interface Attendance {
  readonly expected: number | null;
  readonly present: number | null;
}

const ATTENDANCE_WORD = alternation([...EXPECTED_WORDS, ...PRESENT_WORDS]);
const ATTENDANCE_UNIT = `(?:${alternation(['人', '名'])})?`;
const WORD_THEN_NUMBER = new RegExp(`(${ATTENDANCE_WORD})\\s*(?:人数)?\\s*[:为是]?\\s*(\\d+)\\s*${ATTENDANCE_UNIT}`, 'y');
const NUMBER_THEN_WORD = new RegExp(`(\\d+)\\s*${ATTENDANCE_UNIT}\\s*(${ATTENDANCE_WORD})`, 'y');
const ATTENDANCE_SEPARATOR = /[\s,，;；、.。]+/y;

/**
 * Attendance written in one cell: “应到12人实到10人”, “应到12 实到10”, “12人应到，10人实到”,
 * “实到10人”, “到会10人”, “10/12” (present/expected). A bare number says neither which, so it is 'invalid'.
 */
export function parseAttendance(value: CellScalar): Parsed<Attendance> {
  if (isBlank(value)) return null;
  if (typeof value !== 'string') return 'invalid';
  const t = arabicNumerals(foldValueText(value));
  const ratio = /^(\d+)\s*\/\s*(\d+)\s*(?:人|名)?$/.exec(t);
  if (ratio) {
    const present = Number(ratio[1]);
    const expected = Number(ratio[2]);
    // 12/10 could be written either way round: not read rather than guessed.
    return present <= expected ? { expected, present } : 'invalid';
  }
  let expected: number | null = null;
  let present: number | null = null;
  let pos = 0;
  while (pos < t.length) {
    ATTENDANCE_SEPARATOR.lastIndex = pos;
    if (ATTENDANCE_SEPARATOR.exec(t)) {
      pos = ATTENDANCE_SEPARATOR.lastIndex;
      continue;
    }
    WORD_THEN_NUMBER.lastIndex = pos;
    NUMBER_THEN_WORD.lastIndex = pos;
    let word: string;
    let n: number;
    const a = WORD_THEN_NUMBER.exec(t);
    if (a) {
      [word, n, pos] = [a[1]!, Number(a[2]), WORD_THEN_NUMBER.lastIndex];
    } else {
      const b = NUMBER_THEN_WORD.exec(t);
      if (!b) return 'invalid';
      [word, n, pos] = [b[2]!, Number(b[1]), NUMBER_THEN_WORD.lastIndex];
    }
    if (EXPECTED_WORDS.includes(word)) {
      if (expected !== null) return 'invalid';
      expected = n;
    } else {
      if (present !== null) return 'invalid';
      present = n;
    }
  }
  return expected === null && present === null ? 'invalid' : { expected, present };
}

// ---------------------------------------------------------------- hours

export interface HoursOptions {
  /** Hours in a day of training written as “1天”; default 8 (DOMAIN.md §3). */
  readonly hoursPerDay?: number;
  /** Hours in “半天”; default 4. */
  readonly halfDayHours?: number;
}

const UNIT_KIND = new Map(DURATION_UNITS.flatMap((u) => u.words.map((w) => [w, u.kind] as const)));
const DURATION_TERM = new RegExp(
  `(?:(\\d+(?:\\.\\d+)?)\\s*(个)?\\s*(半)?|(半)\\s*(?:个)?)\\s*(${alternation([...UNIT_KIND.keys()])}|分(?!钟))\\s*(半)?`,
  'y',
);
const DURATION_JOINER = /[\s又零,，]*/y;
const HOURS_PREFIX = new RegExp(`^(?:${alternation(COUNT_PREFIXES)})\\s*`);

/** Hours such as 2, "1.5", "20学时", "15.5學時", "2小时", "2h", "半天", "3天", "两天", "2个半小时", "90分钟", "1小时30分". */
export function parseHours(value: CellScalar, options: HoursOptions = {}): Parsed<number> {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return value >= 0 && value < 10000 ? value : 'invalid';
  if (typeof value === 'boolean') return 'invalid';
  const hoursPerDay = options.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  const halfDay = options.halfDayHours ?? (options.hoursPerDay === undefined ? DEFAULT_HALF_DAY_HOURS : hoursPerDay / 2);
  const t = arabicNumerals(foldValueText(value)).replace(HOURS_PREFIX, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t) < 10000 ? Number(t) : 'invalid';
  let total = 0;
  let pos = 0;
  let terms = 0;
  while (pos < t.length) {
    if (terms > 0) {
      DURATION_JOINER.lastIndex = pos;
      DURATION_JOINER.exec(t);
      pos = DURATION_JOINER.lastIndex;
    }
    DURATION_TERM.lastIndex = pos;
    const m = DURATION_TERM.exec(t);
    if (!m) return 'invalid';
    pos = DURATION_TERM.lastIndex;
    const [, num, ge, halfAfterNumber, halfAlone, unit, halfAfterUnit] = m;
    // 分 alone is a minute only after hours (1小时30分); “30分” by itself is more likely a score.
    const kind = unit === '分' ? (terms > 0 ? 'minute' : null) : UNIT_KIND.get(unit!);
    if (!kind || ((halfAfterNumber || halfAlone) && halfAfterUnit)) return 'invalid';
    const n = num === undefined ? 0 : Number(num);
    const half = Boolean(halfAfterNumber || halfAlone || halfAfterUnit);
    if (kind === 'day') {
      // 两个半天 is two half-days; 两天半 and 2.5天 are two days and a half.
      total += ge && halfAfterNumber ? n * halfDay : n * hoursPerDay + (half ? halfDay : 0);
    } else {
      total += (kind === 'minute' ? 1 / 60 : 1) * (n + (half ? 0.5 : 0));
    }
    terms += 1;
  }
  const hours = Math.round(total * 1e6) / 1e6;
  return terms > 0 && hours < 10000 ? hours : 'invalid';
}

// ---------------------------------------------------------------- other values

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

// ---------------------------------------------------------------- months a payment is for

const DATE_IN_MONTH_COLUMN = /^(?:\d{5}(?:\.\d+)?|\d{8}|\d{4}([-/.])\d{2}\1\d{2}.*|.*[日号].*)$/;

/**
 * The 所属月份 cell of a payment list: 3 (a number 1–12), a date serial (its month), “2025-03”,
 * “2025年3月”, “3月”, “03”, “1-3月”, “1至3月”, “2025年1月至3月”, “1、2、3月”, “一季度”, “Q1”,
 * “上半年”, “全年”, “2025年全年”. Months with no year are the ledger's; a month of another year keeps its year.
 */
export function parseMonthsPaid(value: CellScalar, context: { readonly year: number }): Parsed<readonly MonthsOfYear[]> {
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return 'invalid';
  const fromDate = (p: Parsed<ParsedDate>): Parsed<readonly MonthsOfYear[]> =>
    p === null || p === 'invalid' ? 'invalid' : [{ year: p.date.year, months: [p.date.month] }];
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1 && value <= 12) return [{ year: context.year, months: [value] }];
    if (Number.isInteger(value) && value >= 190001 && value <= 210012) return fromDate(parseDate(String(value)));
    // 2025.03 (a General number) or a date serial; small numbers are neither a month nor a date.
    // A whole 2025 is a year, not a month nor the serial of 1905-07-17.
    if ((value >= 1900 && value < 2101 && !Number.isInteger(value)) || value >= TEXT_SERIAL_MIN) return fromDate(parseDate(value, 'General', context));
    return 'invalid';
  }
  const t = cleanText(value);
  if (DATE_IN_MONTH_COLUMN.test(t)) {
    const p = parseDate(t, undefined, context);
    if (p !== 'invalid') return fromDate(p);
  }
  return parseMonthList(t, context.year);
}
