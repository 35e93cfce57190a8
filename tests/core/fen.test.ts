import fc from 'fast-check';
import { formatFen, parseYuanToFen, roundHalfUpDiv, yuanNumberToFen } from '../../src/core/money/fen';

describe('money in fen', () => {
  it('parses yuan text exactly', () => {
    expect(parseYuanToFen('30')).toBe(3000);
    expect(parseYuanToFen('30.5')).toBe(3050);
    expect(parseYuanToFen('1,234.56')).toBe(123456);
    expect(parseYuanToFen('0.2')).toBe(20);
    expect(parseYuanToFen('0.125')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
  });

  it('round-trips any fen amount through its text form', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (fen) => expect(parseYuanToFen(formatFen(fen))).toBe(fen)));
  });

  it('reads yuan numbers with binary noise as the intended fen', () => {
    expect(yuanNumberToFen(0.1 + 0.2)).toBe(30);
    expect(yuanNumberToFen(75.02)).toBe(7502);
    expect(yuanNumberToFen(1.234)).toBeNull();
  });

  it('refuses amounts too large to be exact in fen', () => {
    expect(yuanNumberToFen(1e300)).toBeNull();
    expect(parseYuanToFen('99999999999999999999')).toBeNull();
    expect(yuanNumberToFen(90_000_000_000_000)).toBe(9_000_000_000_000_000);
  });

  it('rounds half up', () => {
    expect(roundHalfUpDiv(75015000, 1000000)).toBe(75);
    expect(roundHalfUpDiv(15, 10)).toBe(2);
    expect(roundHalfUpDiv(14, 10)).toBe(1);
  });
});
