import { monthlyDueFen } from '../../src/core/dues/duesRates';
import { defaultParameterValues } from '../../src/core/rules/ruleParameters';

const params = defaultParameterValues();
const due = (category: Parameters<typeof monthlyDueFen>[0], baseYuan: number | null): number | null =>
  monthlyDueFen(category, baseYuan === null ? null : Math.round(baseYuan * 100), params);

describe('dues rates (2008 regulations, whole-base brackets)', () => {
  it.each([
    [3000, 1500],
    [3200, 3200],
    [5000, 5000],
    [5001, 7502],
    [5400, 8100],
    [10000, 15000],
    [10001, 20002],
    [11500, 23000],
    [2800, 1400],
  ])('employed, base %d yuan pays %d fen', (base, fen) => {
    expect(due('在职', base)).toBe(fen);
  });

  it.each([
    [5000, 2500],
    [5001, 5001],
    [3800, 1900],
  ])('retired, base %d yuan pays %d fen', (base, fen) => {
    expect(due('离退休', base)).toBe(fen);
  });

  it('charges students, farmers and others a flat 0.20', () => {
    expect(due('学生', null)).toBe(20);
    expect(due('农民', 3000)).toBe(20);
    expect(due('其他', null)).toBe(20);
  });

  it('has no due for a percentage category without a base', () => {
    expect(due('在职', null)).toBeNull();
  });

  it('follows the settings: a changed bracket and jiao rounding', () => {
    const custom = defaultParameterValues();
    custom.set('dues.employed.bracket2', 6000);
    expect(monthlyDueFen('在职', 550000, custom)).toBe(5500);
    custom.set('dues.roundingDigits', 1);
    expect(monthlyDueFen('在职', 503300, custom)).toBe(5030);
    const jiao = defaultParameterValues();
    jiao.set('dues.roundingDigits', 1);
    expect(monthlyDueFen('在职', 500100, jiao)).toBe(7500);
    expect(monthlyDueFen('在职', 503700, jiao)).toBe(7560);
  });
});
