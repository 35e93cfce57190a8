/**
 * Money is integer fen (分). Floating-point yuan never gets compared: 0.1 + 0.2 !== 0.3.
 */
export type Fen = number;

/** Rounds a non-negative rational amount given as numerator/denominator fen, half up. */
export function roundHalfUpDiv(numerator: number, denominator: number): Fen {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r >= denominator ? q + 1 : q;
}

/** Parses a decimal yuan string such as "30", "30.5", "1,234.56" into fen exactly; null when not a plain amount or finer than a fen. */
export function parseYuanToFen(text: string): Fen | null {
  const cleaned = text.replace(/[,，\s]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0') || '0');
  // Beyond 2^53 fen an integer is no longer exact: not an amount anybody pays.
  if (!Number.isSafeInteger(fen)) return null;
  return m[1] === '-' ? -fen : fen;
}

/** A yuan number read from a cell (may carry binary noise such as 30.000000000004) to fen. */
export function yuanNumberToFen(yuan: number): Fen | null {
  if (!Number.isFinite(yuan)) return null;
  const fen = Math.round(yuan * 100);
  if (!Number.isSafeInteger(fen)) return null;
  return Math.abs(fen - yuan * 100) < 1e-6 * Math.max(1, Math.abs(yuan)) ? fen : null;
}

export function fenToYuanNumber(fen: Fen): number {
  return fen / 100;
}

export function formatFen(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
