import { LIST_MARKS, MONTH_FILLERS, MONTH_SPANS, RANGE_MARKS, alternation, arabicNumerals, foldValueText } from './valueWords';

/** Months of one year that a payment covers. */
export interface MonthsOfYear {
  readonly year: number;
  readonly months: readonly number[];
}

type Token =
  | { readonly kind: 'month'; readonly year: number | null; readonly month: number }
  | { readonly kind: 'span'; readonly year: number | null; readonly months: readonly number[] }
  | { readonly kind: 'range' }
  | { readonly kind: 'separator' };

const SPAN_WORD = new Map(MONTH_SPANS.flatMap((s) => s.words.map((w) => [w, s.months] as const)));
const SPAN = new RegExp(`(?:(\\d{4})\\s*年?\\s*度?\\s*)?(${alternation([...SPAN_WORD.keys()])})`, 'y');
// 2025-03, 2025年3月, 2025.3, 202503; a day after it (2025-03-01) is read and ignored only when it
// repeats the same separator with two digits, so that 2025.1-3 stays January to March.
const YEAR_MONTH = /(\d{4})(?:\s*(?:年|([-./]))\s*(\d{1,2})(?:\2(\d{2})(?!\d))?|(\d{2}))(?!\d)\s*(?:月份?)?/y;
const MONTH = /(\d{1,2})(?!\d)\s*(?:月份?)?/y;
const RANGE = new RegExp(`\\s*(?:${alternation(RANGE_MARKS)})+\\s*`, 'y');
const SEPARATOR = new RegExp(`(?:${alternation([...LIST_MARKS, ...MONTH_FILLERS])})+`, 'y');

function tokenize(text: string): Token[] | 'invalid' {
  const tokens: Token[] = [];
  let pos = 0;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) pos = re.lastIndex;
    return m;
  };
  while (pos < text.length) {
    let m: RegExpExecArray | null;
    if ((m = at(SPAN))) tokens.push({ kind: 'span', year: m[1] ? Number(m[1]) : null, months: SPAN_WORD.get(m[2]!)! });
    else if ((m = at(YEAR_MONTH))) tokens.push({ kind: 'month', year: Number(m[1]), month: Number(m[3] ?? m[5]) });
    else if ((m = at(MONTH))) tokens.push({ kind: 'month', year: null, month: Number(m[1]) });
    else if (at(RANGE)) tokens.push({ kind: 'range' });
    else if (at(SEPARATOR)) tokens.push({ kind: 'separator' });
    else return 'invalid';
  }
  return tokens;
}

const MAX_RANGE_MONTHS = 24;

/**
 * The months a 所属月份 cell names, as text: “3月”, “03”, “2025-03”, “1-3月”, “1至3月”,
 * “2025年1月至3月”, “2024年11月-2025年2月”, “1、2、3月”, “一季度”, “Q1”, “上半年”, “2025年全年”.
 * A month with no year belongs to the last year named before it, else to `year`.
 */
export function parseMonthList(text: string, year: number): MonthsOfYear[] | 'invalid' {
  const tokens = tokenize(arabicNumerals(foldValueText(text)).replace(/第(?=\d季)/g, ''));
  if (tokens === 'invalid') return 'invalid';
  const byYear = new Map<number, Set<number>>();
  const add = (y: number, m: number): void => {
    if (!byYear.has(y)) byYear.set(y, new Set());
    byYear.get(y)!.add(m);
  };
  let currentYear = year;
  let i = 0;
  const next = (): Token | undefined => tokens[i++];
  while (i < tokens.length) {
    const a = next()!;
    if (a.kind === 'separator') continue;
    if (a.kind === 'range') return 'invalid';
    if (a.kind === 'span') {
      currentYear = a.year ?? currentYear;
      for (const m of a.months) add(currentYear, m);
    } else {
      if (a.month < 1 || a.month > 12) return 'invalid';
      const startYear = a.year ?? currentYear;
      if (tokens[i]?.kind === 'range') {
        i += 1;
        const b = next();
        if (!b || b.kind !== 'month' || b.month < 1 || b.month > 12) return 'invalid';
        // 11-2月 with no year could be November to February or a slip: not guessed.
        const endYear = b.year ?? startYear;
        const count = (endYear - startYear) * 12 + b.month - a.month + 1;
        if (count < 1 || count > MAX_RANGE_MONTHS) return 'invalid';
        for (let k = 0; k < count; k++) add(startYear + Math.floor((a.month - 1 + k) / 12), ((a.month - 1 + k) % 12) + 1);
        currentYear = endYear;
      } else {
        add(startYear, a.month);
        currentYear = startYear;
      }
    }
    // Items are separated: “1 2月” is a list, “12月3月” without a mark is two months too.
    const after = tokens[i];
    if (after && after.kind === 'range') return 'invalid';
  }
  if (byYear.size === 0) return 'invalid';
  return [...byYear.entries()].sort(([x], [y]) => x - y).map(([y, months]) => ({ year: y, months: [...months].sort((p, q) => p - q) }));
}
