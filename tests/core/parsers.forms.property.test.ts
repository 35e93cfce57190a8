import fc from 'fast-check';
import {
  parseAttendance, parseCount, parseDate, parseFraction, parseHours, parseMoney, parseMonthHeader, parseMonthsPaid, parseNumber,
  parsePayment, parseText,
} from '../../src/core/read/parseValues';
import * as valueWords from '../../src/core/read/valueWords';
import { EXEMPT_MARKS, PAID_MARKS, PLACEHOLDERS, UNPAID_MARKS } from '../../src/core/read/valueWords';
import { toExcelSerial, formatIsoDate, type CalendarDate } from '../../src/core/calendar/calendarDate';
import { formatFen } from '../../src/core/money/fen';

/**
 * Render a value in every form people write it (DOMAIN.md §3), parse it back, get the value;
 * junk never throws; and what must stay unread stays 'invalid'.
 */
const RUNS = { numRuns: 200 };

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 0–99 as written in words: 十二, 二十五, 三十. */
function cnNumber(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens]}十${ones === 0 ? '' : CN[ones]}`;
}
/** A year digit by digit: 二〇二五. */
const cnYear = (y: number): string => [...String(y)].map((d) => CN[Number(d)]).join('');
const fullWidth = (s: string): string => s.replace(/[0-9.\-/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const p2 = (n: number): string => String(n).padStart(2, '0');

const EN_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const arbDay = (minYear: number, maxYear: number): fc.Arbitrary<CalendarDate> =>
  fc.record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

describe('dates in every written form', () => {
  const FORMS: Record<string, (d: CalendarDate) => string | number> = {
    iso: formatIsoDate,
    slash: (d) => `${d.year}/${d.month}/${d.day}`,
    dot: (d) => `${d.year}.${d.month}.${d.day}`,
    cn: (d) => `${d.year}年${d.month}月${d.day}日`,
    hao: (d) => `${d.year}年${d.month}月${d.day}号`,
    cnNumerals: (d) => `${cnYear(d.year)}年${cnNumber(d.month)}月${cnNumber(d.day)}日`,
    compact: (d) => `${d.year}${p2(d.month)}${p2(d.day)}`,
    compactNumber: (d) => d.year * 10000 + d.month * 100 + d.day,
    weekday: (d) => `${formatIsoDate(d)}（周三）`,
    weekdayLong: (d) => `${d.year}年${d.month}月${d.day}日 (星期日)`,
    time: (d) => `${formatIsoDate(d)} 14:30`,
    timeSeconds: (d) => `${d.year}/${d.month}/${d.day} 9:05:00`,
    isoTime: (d) => `${formatIsoDate(d)}T08:00:00Z`,
    cnTime: (d) => `${d.year}年${d.month}月${d.day}日上午9:30`,
    dayPart: (d) => `${d.year}年${d.month}月${d.day}日下午`,
    note: (d) => `${formatIsoDate(d)}（补记） 14:30`,
    fullStop: (d) => `${d.year}.${d.month}.${d.day}.`,
    enMonthFirst: (d) => `${EN_MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`,
    enDayFirst: (d) => `${d.day}-${EN_MONTH_NAMES[d.month - 1]!.slice(0, 3)}-${d.year}`,
    fullWidth: (d) => fullWidth(formatIsoDate(d)),
    padded: (d) => ` ${formatIsoDate(d)}\u3000`,
  };

  it('reads a date written in any form as the same calendar date', () => {
    fc.assert(
      fc.property(arbDay(1900, 2100), fc.constantFrom(...Object.keys(FORMS)), (d, form) => {
        expect(parseDate(FORMS[form]!(d), 'General')).toEqual({ date: d, precision: 'day' });
      }),
      RUNS,
    );
  });

  it('reads an Excel serial as a number, and as text only from 1927 (five digits) to 2100', () => {
    fc.assert(
      fc.property(arbDay(1928, 2100), fc.constantFrom('', '.0', '.25'), (d, tail) => {
        const serial = toExcelSerial(d);
        expect(parseDate(serial, 'yyyy-mm-dd')).toEqual({ date: d, precision: 'day' });
        expect(parseDate(`${serial}${tail}`)).toEqual({ date: d, precision: 'day' });
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }).filter((n) => n < 10000 || n > 73415), (n) => {
        expect(parseDate(String(n))).toBe('invalid');
      }),
      RUNS,
    );
  });

  it('reads a two-digit year with the pivot one year past the ledger year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('.', '/', '-', '年'), (ledgerYear, yy, month, day, sep) => {
        const pivot = (ledgerYear % 100) + 1;
        const year = yy <= pivot ? 2000 + yy : 1900 + yy;
        const text = sep === '年' ? `${p2(yy)}年${month}月${day}日` : `${p2(yy)}${sep}${month}${sep}${p2(day)}`;
        expect(parseDate(text, undefined, { year: ledgerYear })).toEqual({ date: { year, month, day }, precision: 'day' });
      }),
      RUNS,
    );
  });

  it('reads month-only dates with month precision', () => {
    const MONTH_FORMS: Record<string, (y: number, m: number) => string | number> = {
      cn: (y, m) => `${y}年${m}月`,
      cnFen: (y, m) => `${y}年${p2(m)}月份`,
      cnNumerals: (y, m) => `${cnYear(y)}年${cnNumber(m)}月`,
      dotPadded: (y, m) => `${y}.${p2(m)}`,
      dot: (y, m) => `${y}.${m}`,
      iso: (y, m) => `${y}-${p2(m)}`,
      slash: (y, m) => `${y}/${m}`,
      compact: (y, m) => `${y}${p2(m)}`,
    };
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...Object.keys(MONTH_FORMS)), (y, m, form) => {
        expect(parseDate(MONTH_FORMS[form]!(y, m))).toEqual({ date: { year: y, month: m, day: 1 }, precision: 'month' });
      }),
      RUNS,
    );
  });

  it('takes 3月5日 from the ledger year, and never reads it without one', () => {
    fc.assert(
      fc.property(arbDay(1990, 2100), fc.constantFrom('plain', 'padded', 'numerals', 'hao'), (d, form) => {
        const text = { plain: `${d.month}月${d.day}日`, padded: `${p2(d.month)}月${p2(d.day)}日`, numerals: `${cnNumber(d.month)}月${cnNumber(d.day)}日`, hao: `${d.month}月${d.day}号` }[form];
        expect(parseDate(text, undefined, { year: d.year })).toEqual({ date: d, precision: 'day' });
        expect(parseDate(text)).toBe('invalid');
      }),
      RUNS,
    );
  });

  it('reads 3.12 and 6/18 written as text in the ledger year, and never without one', () => {
    fc.assert(
      fc.property(arbDay(1990, 2100), fc.constantFrom('.', '/', '．'), (d, sep) => {
        expect(parseDate(`${d.month}${sep}${d.day}`, undefined, { year: d.year })).toEqual({ date: d, precision: 'day' });
        expect(parseDate(`${d.month}${sep}${d.day}`)).toBe('invalid');
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 99 }), (m, d) => expect(parseDate(`${m}.${d}`, undefined, { year: 2025 })).toBe('invalid')),
      RUNS,
    );
  });

  it('reads a date only from text that holds digits or Chinese numerals', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseDate(s, undefined, { year: 2025 });
        if (p !== null && p !== 'invalid') expect(/[0-9〇○零一二两三四五六七八九十]/.test(s.normalize('NFKC'))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('hours in every written form', () => {
  it('reads hours with their unit, in any script', () => {
    const FORMS: Record<string, (h: number) => string | number | null> = {
      number: (h) => h,
      text: (h) => String(h),
      xueshi: (h) => `${h}学时`,
      traditional: (h) => `${h}學時`,
      xiaoshi: (h) => `${h}小时`,
      xiaoshiTraditional: (h) => `${h}小時`,
      h: (h) => `${h}h`,
      keshi: (h) => `${h} 课时`,
      minutes: (h) => `${h * 60}分钟`,
      geBan: (h) => (Number.isInteger(h - 0.5) ? `${h - 0.5}个半小时` : null),
      numerals: (h) => (Number.isInteger(h) && h < 100 ? `${cnNumber(h)}学时` : null),
      fullWidth: (h) => fullWidth(`${h}学时`),
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }).map((n) => n / 2), fc.constantFrom(...Object.keys(FORMS)), (h, form) => {
        const text = FORMS[form]!(h);
        if (text !== null) expect(parseHours(text)).toBe(h);
      }),
      RUNS,
    );
  });

  it('reads days and half-days with the hours of a day given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.constantFrom('digits', 'numerals'), (days, hoursPerDay, half, script) => {
        const n = script === 'digits' ? String(days) : days === 2 ? '两' : cnNumber(days);
        const text = `${n}天${half ? '半' : ''}`;
        expect(parseHours(text, { hoursPerDay, halfDayHours: hoursPerDay / 2 })).toBe(days * hoursPerDay + (half ? hoursPerDay / 2 : 0));
        expect(parseHours(text)).toBe(days * 8 + (half ? 4 : 0));
      }),
      RUNS,
    );
    expect(parseHours('半天')).toBe(4);
  });

  it('leaves ranges, other units and words unread', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom('年', '次', '分', '元', '人', '周'), (a, b, unit) => {
        expect(parseHours(`${a}-${a + b}小时`)).toBe('invalid');
        expect(parseHours(`${a}${unit}`)).toBe('invalid');
      }),
      RUNS,
    );
  });
});

describe('amounts and payment marks', () => {
  const grouped = (fen: number): string => formatFen(fen).replace(/\B(?=(\d{3})+(?!\d)\.)/g, ',');
  const FORMS: Record<string, (fen: number) => string | number> = {
    plain: formatFen,
    number: (fen) => fen / 100,
    yen: (fen) => `¥${formatFen(fen)}`,
    yuan: (fen) => `${formatFen(fen)}元`,
    rmb: (fen) => `RMB${formatFen(fen)}`,
    grouped,
    groupedYuan: (fen) => `${grouped(fen)}元`,
    paid: (fen) => `已交${formatFen(fen)}元`,
    actual: (fen) => `实交${formatFen(fen)}`,
    jiao: (fen) => `交${formatFen(fen)}`,
    traditional: (fen) => `實繳${formatFen(fen)}元`,
    fullWidth: (fen) => fullWidth(formatFen(fen)),
    remark: (fen) => `${formatFen(fen)}元（转账）`,
  };

  it('reads an amount written any way to the exact fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.constantFrom(...Object.keys(FORMS)), (fen, form) => {
        const written = FORMS[form]!(fen);
        expect(parseMoney(written)).toBe(fen);
        expect(parsePayment(written)).toEqual({ fen });
      }),
      RUNS,
    );
  });

  it('remembers 补交 and the months a payment is for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('prefix', 'bracket', 'monthFirst', 'range'), (fen, first, extra, form) => {
        const last = Math.min(12, first + extra);
        const months = Array.from({ length: last - first + 1 }, (_, i) => first + i);
        const span = last === first ? `${first}月` : `${first}-${last}月`;
        const text = { prefix: `补交${formatFen(fen)}`, bracket: `${formatFen(fen)}元（补交${span}）`, monthFirst: `补交${span}${formatFen(fen)}元`, range: `${formatFen(fen)}(补${span})` }[form];
        expect(parsePayment(text)).toEqual(form === 'prefix' ? { fen, catchUp: true } : { fen, catchUp: true, forMonths: months });
        expect(parseMoney(text)).toBe(fen);
      }),
      RUNS,
    );
  });

  it('reads every mark of the tables: paid, not paid, exempt', () => {
    for (const mark of PAID_MARKS) expect(parsePayment(mark)).toEqual({ paidUnknownAmount: true });
    for (const mark of UNPAID_MARKS) expect(parsePayment(mark)).toBeNull();
    for (const mark of EXEMPT_MARKS) expect(parsePayment(mark)).toEqual({ exempt: true });
    // A mark is no amount; a dash or 无 standing for “nothing here” is a blank amount.
    for (const mark of [...PAID_MARKS, ...UNPAID_MARKS, ...EXEMPT_MARKS]) expect(parseMoney(mark)).toBe(PLACEHOLDERS.includes(mark) ? null : 'invalid');
    for (const mark of PLACEHOLDERS) for (const parse of [parseMoney, parseCount, parseHours, parseNumber, (v: string) => parseDate(v)]) expect(parse(mark)).toBeNull();
  });

  it('leaves two amounts, negative amounts, fractions of a fen and bad grouping unread', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        expect(parsePayment(`${a}元${b}元`)).toBe('invalid');
        expect(parseMoney(`-${a}`)).toBe('invalid');
        expect(parseMoney(`${a}.${String(b).padStart(3, '0')}1`)).toBe('invalid');
        expect(parseMoney(`${a},${b % 100}`)).toBe('invalid');
      }),
      RUNS,
    );
  });
});

describe('counts and attendance', () => {
  it('reads a count with its unit or in numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.constantFrom('人', ' 名', '位', '', '个'), fc.boolean(), (n, unit, numerals) => {
        expect(parseCount(`${numerals ? cnNumber(n) : n}${unit}`)).toBe(n);
      }),
      RUNS,
    );
  });

  it('reads expected and present from one cell written any way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.nat(99), fc.constantFrom('words', 'spaced', 'colon', 'ratio', 'reversed', 'numerals', 'traditional', 'presentOnly', 'daohui'), (expected, k, form) => {
        const present = k % (expected + 1);
        const text = {
          words: `应到${expected}人实到${present}人`,
          spaced: `应到${expected} 实到${present}`,
          colon: `应到：${expected}人，实到：${present}人`,
          ratio: `${present}/${expected}`,
          reversed: `${expected}人应到，${present}人实到`,
          numerals: `应到${cnNumber(expected)}人实到${cnNumber(present)}人`,
          traditional: `應到${expected}人 實到${present}人`,
          presentOnly: `实到${present}人`,
          daohui: `到会${present}人`,
        }[form];
        const onlyPresent = form === 'presentOnly' || form === 'daohui';
        expect(parseAttendance(text)).toEqual({ expected: onlyPresent ? null : expected, present });
      }),
      RUNS,
    );
  });

  it('leaves a bare number and a ratio with more present than expected unread', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 50 }), (n, more) => {
        expect(parseAttendance(String(n))).toBe('invalid');
        expect(parseAttendance(n)).toBe('invalid');
        expect(parseAttendance(`${n + more}/${n}`)).toBe('invalid');
      }),
      RUNS,
    );
  });
});

describe('months a payment is for', () => {
  const months = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

  it('reads one month written any way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('number', 'cn', 'padded', 'iso', 'cnYear', 'dot', 'serial', 'serialText', 'numerals', 'fen'), (year, m, form) => {
        const serial = toExcelSerial({ year, month: m, day: 15 });
        const text = { number: m, cn: `${m}月`, padded: p2(m), iso: `${year}-${p2(m)}`, cnYear: `${year}年${m}月`, dot: `${year}.${p2(m)}`, serial, serialText: String(serial), numerals: `${cnNumber(m)}月`, fen: `${m}月份` }[form];
        expect(parseMonthsPaid(text, { year })).toEqual([{ year, months: [m] }]);
      }),
      RUNS,
    );
  });

  it('reads spans and lists of months, and a month of another year with its year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('-', '—', '至', '~', '到'), fc.constantFrom('dash', 'both', 'year', 'list', 'comma', 'other'), (year, x, y, mark, form) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const text = {
          dash: `${a}${mark}${b}月`,
          both: `${a}月${mark}${b}月`,
          year: `${year}年${a}月${mark}${b}月`,
          list: `${months(a, b).join('、')}月`,
          comma: `${months(a, b).map((m) => `${m}月`).join(',')}`,
          other: `${year - 1}年${a}月${mark}${b}月`,
        }[form];
        expect(parseMonthsPaid(text, { year })).toEqual([{ year: form === 'other' ? year - 1 : year, months: months(a, b) }]);
      }),
      RUNS,
    );
  });

  it('reads a span that crosses a year end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 11 }), (year, from, to) => {
        expect(parseMonthsPaid(`${year - 1}年${from}月-${year}年${to}月`, { year })).toEqual([
          { year: year - 1, months: months(from, 12) },
          { year, months: months(1, to) },
        ]);
      }),
      RUNS,
    );
  });

  it('reads quarters, halves and the whole year', () => {
    for (const [q, cn] of [[1, '一'], [2, '二'], [3, '三'], [4, '四']] as const) {
      const expected = [{ year: 2025, months: months(3 * q - 2, 3 * q) }];
      for (const text of [`${cn}季度`, `第${cn}季度`, `Q${q}`, `q${q}`, `第${q}季度`, `2025年第${cn}季度`, `2025Q${q}`]) expect(parseMonthsPaid(text, { year: 2025 })).toEqual(expected);
    }
    expect(parseMonthsPaid('上半年', { year: 2025 })).toEqual([{ year: 2025, months: months(1, 6) }]);
    expect(parseMonthsPaid('下半年', { year: 2025 })).toEqual([{ year: 2025, months: months(7, 12) }]);
    for (const text of ['全年', '2025年全年', '2025全年']) expect(parseMonthsPaid(text, { year: 2025 })).toEqual([{ year: 2025, months: months(1, 12) }]);
    expect(parseMonthsPaid('2024年全年', { year: 2025 })).toEqual([{ year: 2024, months: months(1, 12) }]);
  });

  it('leaves months out of range and a backward span without a year unread', () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 99 }), fc.integer({ min: 2, max: 12 }), (n, from) => {
        expect(parseMonthsPaid(`${n}月`, { year: 2025 })).toBe('invalid');
        expect(parseMonthsPaid(n, { year: 2025 })).toBe('invalid');
        expect(parseMonthsPaid(`${from}-${from - 1}月`, { year: 2025 })).toBe('invalid');
      }),
      RUNS,
    );
  });
});

describe('month headers', () => {
  const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  it('recognises a month header in every form', () => {
    const FORMS: Record<string, (m: number) => string> = {
      fen: (m) => `${m}月份`,
      year: (m) => `2025年${m}月`,
      numeralsFen: (m) => `${cnNumber(m)}月份`,
      dot: (m) => `2025.${p2(m)}`,
      slash: (m) => `2025/${m}`,
      enYear: (m) => `${EN[m - 1]!.slice(0, 3)}-25`,
      enLong: (m) => `${EN[m - 1]} 2025`,
      padded: (m) => p2(m),
      traditional: (m) => `${m}月份（元）`,
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom(...Object.keys(FORMS)), (m, form) => {
        expect(parseMonthHeader(FORMS[form]!(m))).toBe(m);
      }),
      RUNS,
    );
  });

  it('takes no other number or word for a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 99 }), (n) => {
        expect(parseMonthHeader(`${n}月`)).toBeNull();
        expect(parseMonthHeader(String(n))).toBeNull();
        expect(parseMonthHeader(n)).toBeNull();
      }),
      RUNS,
    );
    for (const header of ['姓名', '合计', '备注', '党费', '金额', '序号', '季度', '上半年']) expect(parseMonthHeader(header)).toBeNull();
  });
});

describe('junk', () => {
  const ALPHABET = [...'0123456789０１２.,，、/-—~至到年月日号天半个小时学時分钟元¥已交补免未欠应到实人名季度Q上下全()（）周星期:：一二三四五六七八九十〇两 '];
  const junk = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 16 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const isParsed = (p: unknown): boolean => p === null || p === 'invalid' || typeof p === 'object' || typeof p === 'number';

  it('never makes any parser throw, and every answer is a value, null or invalid', () => {
    fc.assert(
      fc.property(junk, (v) => {
        for (const p of [parseDate(v), parseDate(v, 'yyyy-mm-dd', { year: 2025 }), parseHours(v), parseHours(v, { hoursPerDay: 6 }), parseMoney(v), parsePayment(v), parseCount(v), parseAttendance(v), parseMonthsPaid(v, { year: 2025 }), parseFraction(v), parseNumber(v)]) {
          expect(isParsed(p)).toBe(true);
        }
        const h = parseMonthHeader(v);
        expect(h === null || (Number.isInteger(h) && h >= 1 && h <= 12)).toBe(true);
        parseText(v);
      }),
      { numRuns: 300 },
    );
  });

  it('answers in the value ranges it promises', () => {
    fc.assert(
      fc.property(junk, (v) => {
        const hours = parseHours(v);
        if (typeof hours === 'number') expect(hours >= 0 && hours < 10000).toBe(true);
        const money = parseMoney(v);
        if (typeof money === 'number') expect(Number.isSafeInteger(money) && money >= 0).toBe(true);
        const months = parseMonthsPaid(v, { year: 2025 });
        if (Array.isArray(months)) for (const y of months) for (const m of y.months) expect(m >= 1 && m <= 12).toBe(true);
        const a = parseAttendance(v);
        if (a && a !== 'invalid') expect(a.expected !== null || a.present !== null).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the word tables', () => {
  it('read every word of every table in traditional characters too', () => {
    // opencc-js's cn→tw/hk converters give the traditional forms a Taiwan or Hong Kong ledger holds.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    const converters = ['tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
    const words = Object.values(valueWords).filter((v): v is readonly string[] => Array.isArray(v) && v.every((w) => typeof w === 'string')).flat();
    const spans = valueWords.MONTH_SPANS.flatMap((s) => s.words);
    const units = valueWords.DURATION_UNITS.flatMap((u) => u.words);
    for (const word of [...words, ...spans, ...units, '星期三', '礼拜天', '周三', '人数', '月份', '的党费'].filter((w) => w.trim() !== '')) {
      // Emoji ticks (✔ ✅) are matched on the raw cell before folding, which drops them.
      if (valueWords.foldValueText(word) === '') continue;
      // A word not already in folded form could never match.
      expect(valueWords.foldValueText(word)).toBe(word.toLowerCase());
      for (const convert of converters) expect(valueWords.foldValueText(convert(word))).toBe(word.toLowerCase());
    }
  });
});
