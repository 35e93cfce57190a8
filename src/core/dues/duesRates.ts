import { roundHalfUpDiv, type Fen } from '../money/fen';
import { numberParameter, type ParameterValues } from '../rules/ruleParameters';

/** 人员类别 as the dues rules see them (DOMAIN.md §4, 2008 regulations). */
export type DuesCategory = '在职' | '离退休' | '学生' | '农民' | '其他';

export interface DuesRate {
  /** Fraction of the base (0.015), or null for a flat amount. */
  readonly rate: number | null;
  readonly flatFen: Fen | null;
}

const yuanParamToFen = (values: ParameterValues, id: string): Fen => Math.round(numberParameter(values, id) * 100);

/** The rate applies to the whole base, not progressively: 5000 pays 1% (50.00), 5001 pays 1.5% (75.02). */
export function duesRate(category: DuesCategory, baseFen: Fen | null, values: ParameterValues): DuesRate {
  switch (category) {
    case '学生':
      return { rate: null, flatFen: yuanParamToFen(values, 'dues.flat.student') };
    case '农民':
      return { rate: null, flatFen: yuanParamToFen(values, 'dues.flat.farmer') };
    case '其他':
      return { rate: null, flatFen: yuanParamToFen(values, 'dues.flat.other') };
    case '离退休': {
      const base = baseFen ?? 0;
      const rate = base <= yuanParamToFen(values, 'dues.retired.bracket1')
        ? numberParameter(values, 'dues.retired.rate1')
        : numberParameter(values, 'dues.retired.rate2');
      return { rate, flatFen: null };
    }
    case '在职': {
      const base = baseFen ?? 0;
      const brackets = ['dues.employed.bracket1', 'dues.employed.bracket2', 'dues.employed.bracket3'].map((id) => yuanParamToFen(values, id));
      const rates = ['dues.employed.rate1', 'dues.employed.rate2', 'dues.employed.rate3', 'dues.employed.rate4'].map((id) => numberParameter(values, id));
      const bracket = brackets.findIndex((limit) => base <= limit);
      return { rate: rates[bracket < 0 ? 3 : bracket], flatFen: null };
    }
  }
}

/**
 * Monthly due in fen, rounded half up to the configured decimals; null when a percentage category
 * has no base to apply it to.
 */
export function monthlyDueFen(category: DuesCategory, baseFen: Fen | null, values: ParameterValues): Fen | null {
  const r = duesRate(category, baseFen, values);
  if (r.flatFen !== null) return r.flatFen;
  if (baseFen === null || r.rate === null) return null;
  // Rates are at most 4 decimals (0.015): work in ten-thousandths so no binary fraction is rounded.
  const rateTenThousandths = Math.round(r.rate * 10000);
  const digits = numberParameter(values, 'dues.roundingDigits');
  const unitFen = digits >= 2 ? 1 : digits === 1 ? 10 : 100;
  return roundHalfUpDiv(baseFen * rateTenThousandths, 10000 * unitFen) * unitFen;
}

export function isDuesCategory(value: string): value is DuesCategory {
  return value === '在职' || value === '离退休' || value === '学生' || value === '农民' || value === '其他';
}
