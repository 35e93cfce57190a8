import { cleanText } from './normalizeText';

/**
 * The words people write around values in hand-made ledgers (DOMAIN.md §3), as tables: the
 * parsers in parseValues.ts read them from here, so a form met in a real file is one line added.
 * All words are in simplified characters and lower case: the parsers fold the cell first.
 */

/**
 * The traditional forms of every character in the words below (and in the parsers' patterns), to
 * simplified. A full converter costs ~15 µs per cell and a scan reads every cell, while only these
 * characters can change what a value parser reads; a test checks the table covers every word.
 */
export const TRADITIONAL_VALUE_CHARS: Readonly<Record<string, string>> = {
  兩: '两', 禮: '礼', 號: '号', 屬: '属', 與: '与', 黨: '党', 費: '费', 學: '学', 時: '时', 課: '课', 鍾: '钟', 鐘: '钟',
  頭: '头', 個: '个', 幣: '币', 塊: '块', 錢: '钱', 圓: '圆', 繳: '缴', 納: '纳', 補: '补', 實: '实', 計: '计', 應: '应',
  會: '会', 數: '数', 參: '参', 際: '际', 場: '场', 點: '点', 為: '为', 爲: '为', 週: '周', 後: '后', 無: '无', 現: '现', 轉: '转', 銀: '银', 線: '线', 網: '网', 沒: '没', 寶: '宝', 賬: '账', 帳: '账', 暫: '暂',
};
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_VALUE_CHARS).join('')}]`, 'g');

/** A cell's text ready for matching: width folded, emoji removed, simplified, lower case. */
export function foldValueText(text: string): string {
  return cleanText(text).replace(TRADITIONAL, (c) => TRADITIONAL_VALUE_CHARS[c]!).toLowerCase();
}

// ---------------------------------------------------------------- Chinese numerals

const CN_DIGIT: Readonly<Record<string, number>> = {
  〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100 };

/** A run of Chinese numeral characters, as found by {@link CN_NUMERAL_RUN}. */
export const CN_NUMERAL_RUN = /[〇○零一二两三四五六七八九十百]+/g;

/**
 * 二〇二五 → 2025 (digit by digit, as years are written), 十二 → 12, 二十五 → 25, 一百零五 → 105.
 * null when the run is not a well-formed number (十十, 五百百).
 */
export function chineseNumber(run: string): number | null {
  if (run === '') return null;
  const chars = [...run];
  if (chars.every((c) => c in CN_DIGIT)) {
    // 二〇二五: positional digits, as years are written. 一二 is no number (12 is 十二), so a
    // two-character run without a zero stays text: “一、二月” must not become December.
    if (chars.length > 1 && chars.includes('两')) return null;
    if (chars.length === 2 && !chars.some((c) => CN_DIGIT[c] === 0)) return null;
    return chars.reduce((n, c) => n * 10 + CN_DIGIT[c]!, 0);
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let zeroSeen = false;
  for (const c of chars) {
    if (c in CN_DIGIT) {
      if (digit !== null && !(CN_DIGIT[c] !== 0 && zeroSeen)) return null;
      if (CN_DIGIT[c] === 0) {
        zeroSeen = true;
        continue;
      }
      digit = CN_DIGIT[c]!;
    } else {
      const unit = CN_UNIT[c]!;
      if (unit >= lastUnit) return null;
      // 十二: a leading 十 means one ten.
      total += (digit ?? (total === 0 ? 1 : NaN)) * unit;
      if (Number.isNaN(total)) return null;
      lastUnit = unit;
      digit = null;
      zeroSeen = false;
    }
  }
  return total + (digit ?? 0);
}

/** Replaces every run of Chinese numerals by its Arabic value (三月五日 → 3月5日); unreadable runs are left as they are. */
export function arabicNumerals(text: string): string {
  return text.replace(CN_NUMERAL_RUN, (run) => {
    const n = chineseNumber(run);
    return n === null ? run : String(n);
  });
}

// ---------------------------------------------------------------- dates

/** A weekday people append to a date: （周三）, (星期三), 礼拜日. */
export const WEEKDAY_WORDS: readonly string[] = ['星期', '礼拜', '周'];
export const WEEKDAY_NAMES: readonly string[] = ['一', '二', '三', '四', '五', '六', '日', '天'];

/** Words for the time of day before a clock time: 2025-03-05 上午9:30. */
export const DAY_PART_WORDS: readonly string[] = ['上午', '下午', '晚上', '中午', '早上', '傍晚', 'am', 'pm'];

/** Day-of-month suffixes: 5日, 5号. */
export const DAY_SUFFIXES: readonly string[] = ['日', '号'];

/**
 * Excel serials read from text only in this range (1927-05-18 … 2100-12-31): in a date column
 * "45784" and a birth date's "23743" are dates; "9999" or "1234" are not.
 */
export const TEXT_SERIAL_MIN = 10000;
export const TEXT_SERIAL_MAX = 73415;

// ---------------------------------------------------------------- months

export const EN_MONTHS: readonly (readonly string[])[] = [
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'], ['jun', 'june'],
  ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
];

/** Named spans of months in a 所属月份 cell (after Chinese numerals became digits: 一季度 → 1季度). */
export const MONTH_SPANS: readonly { readonly words: readonly string[]; readonly months: readonly number[] }[] = [
  { words: ['全年度', '全年', '整年', '1整年'], months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  { words: ['上半年'], months: [1, 2, 3, 4, 5, 6] },
  { words: ['下半年'], months: [7, 8, 9, 10, 11, 12] },
  ...[1, 2, 3, 4].map((q) => ({
    words: [`第${q}季度`, `${q}季度`, `第${q}季`, `${q}季`, `q${q}`],
    months: [3 * q - 2, 3 * q - 1, 3 * q],
  })),
];

/** Between the two ends of a span of months: 1-3月, 1—3月, 1至3月, 1~3月. */
export const RANGE_MARKS: readonly string[] = ['-', '—', '–', '−', '~', '〜', '至', '到'];
/** Between the items of a list: 1、2、3月, 1,2月, 1月和2月. */
export const LIST_MARKS: readonly string[] = ['、', ',', ';', '和', '及', '与', '+', ' '];
/** Words that may follow a month without changing it: 3月党费, 1-3月的党费. */
export const MONTH_FILLERS: readonly string[] = ['的党费', '党费', '份'];

// ---------------------------------------------------------------- hours

export interface DurationUnit {
  readonly words: readonly string[];
  readonly kind: 'hour' | 'minute' | 'day';
}

/** Longest words first within a kind is not needed: the parser tries the longest word overall first. */
export const DURATION_UNITS: readonly DurationUnit[] = [
  { kind: 'hour', words: ['学时', '课时', '小时', '钟头', '个小时', '个钟头', '个学时', '个课时', 'hours', 'hour', 'hrs', 'hr', 'h'] },
  { kind: 'minute', words: ['分钟', '个分钟', 'minutes', 'minute', 'mins', 'min'] },
  { kind: 'day', words: ['天', '个工作日', '工作日', 'days', 'day'] },
];

/** Defaults for hours written as days (DOMAIN.md §3: 半天 = 4 h, 1天 = 8 h); the settings sheet overrides them. */
export const DEFAULT_HOURS_PER_DAY = 8;
export const DEFAULT_HALF_DAY_HOURS = 4;

// ---------------------------------------------------------------- money and payment marks

export const CURRENCY_PREFIXES: readonly string[] = ['人民币', 'rmb', 'cny', '¥'];
export const CURRENCY_SUFFIXES: readonly string[] = ['元整', '元/月', '元每月', '元', '块钱', '块', '圆', 'rmb', 'cny', 'yuan', 'yuan/month'];

/** A whole cell standing for “nothing here”, in any typed column: read as blank. */
export const PLACEHOLDERS: readonly string[] = ['—', '-', '/', '--', '——', '—-', '─', '\\', '无', '暂无', '空', 'n/a', 'na', 'nil'];

/** A whole cell meaning "paid, amount unknown". */
export const PAID_MARKS: readonly string[] = ['已交', '已缴', '已缴纳', '已交纳', '已付', '已收', '交', '缴', '√', '✓', '✔', '☑', '✅', '是', 'y', 'yes', 'paid', 'ok'];
/** A whole cell meaning "paid late for this month, amount unknown". */
export const CATCH_UP_MARKS: readonly string[] = ['补交', '补缴', '已补交', '已补缴', '补'];
/** A whole cell meaning "not paid". */
export const UNPAID_MARKS: readonly string[] = ['未交', '未缴', '未缴纳', '未交纳', '未付', '未收', '没交', '没缴', '无', '欠', '欠交', '欠缴', '×', '✗', '✘', '❌', 'x', '否', 'n', 'no', '—', '-', '/', '--', '——'];
/** A whole cell meaning "exempt from dues" (DOMAIN.md §4: approved exemption). */
export const EXEMPT_MARKS: readonly string[] = ['免', '免交', '免缴', '免收', '免交党费', '免缴党费'];

/** Words before an amount: 已交30元, 实交30, 补交270. Those in {@link CATCH_UP_WORDS} also mark a catch-up. */
/** How the money came: 微信30, 30元现金 (the amount is the same whichever way it came). */
export const PAYMENT_CHANNELS: readonly string[] = ['微信转账', '支付宝转账', '银行转账', '微信', '支付宝', '现金', '转账', '线上', '网银', '刷卡'];
export const AMOUNT_PREFIXES: readonly string[] = [
  '已补交', '已补缴', '补交', '补缴', '已交纳', '已缴纳', '已交', '已缴', '实交', '实缴', '交纳', '缴纳', '交', '缴', '已收', '收', '党费', ...PAYMENT_CHANNELS,
];
export const AMOUNT_SUFFIXES: readonly string[] = ['已交', '已缴', '补交', '补缴', ...PAYMENT_CHANNELS];
export const CATCH_UP_WORDS: readonly string[] = ['补交', '补缴'];
/** 补 alone marks a catch-up only before the months it names (补3月, 补1-3月, 补上半年), not in 补助 or 补充. */
export const CATCH_UP_BEFORE_MONTHS = '补(?=\\s*[\\d第上下全q])';

// ---------------------------------------------------------------- counts and attendance

export const COUNT_UNITS: readonly string[] = ['人', '名', '个', '位'];
export const COUNT_PREFIXES: readonly string[] = ['共', '计', '共计', '合计'];

/** Words for the expected and the present number in one attendance cell (应到12人实到10人). */
export const EXPECTED_WORDS: readonly string[] = ['应到会', '应到人数', '应到', '应出席', '应参会', '应参加'];
export const PRESENT_WORDS: readonly string[] = ['实到会', '实到人数', '实到', '实际到会', '实出席', '实参会', '实参加', '到会', '参会', '出席', '到场', '参加'];

// ---------------------------------------------------------------- helpers

/** Escapes a word for a RegExp alternation. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** An alternation of words, the longest first so that 已交纳 wins over 已交. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
