import { localize, type Language } from '../core/i18n/language';
import type { ScanContext } from '../core/scan/scanContext';

/** The year the ledger itself states (settings sheet, else a sheet title), or null when it says nothing. */
export function declaredLedgerYear(ctx: ScanContext): number | null {
  return ctx.ledger.year ?? null;
}

/** DOMAIN.md "The ledger's year": a helper or summary asked for another year refuses, naming both. */
export class LedgerYearError extends Error {
  constructor(readonly ledgerYear: number, readonly requestedYear: number, message: string) {
    super(message);
    this.name = 'LedgerYearError';
  }
}

export type YearPurpose = { readonly kind: 'summary' } | { readonly kind: 'dues'; readonly month: number } | { readonly kind: 'meeting'; readonly date: string };

export function ledgerYearMessage(ledgerYear: number, requested: number, purpose: YearPurpose, lang: Language): string {
  switch (purpose.kind) {
    case 'summary':
      return localize({
        zh: `这份台账是${ledgerYear}年度的，不能生成${requested}年度的汇总：请把年度改为${ledgerYear}，或打开${requested}年度的台账。`,
        en: `This ledger is for ${ledgerYear}, not ${requested}: no ${requested} summary is written from it. Choose the year ${ledgerYear}, or open the ${requested} ledger.`,
      }, lang);
    case 'dues': {
      const m = `${requested}-${String(purpose.month).padStart(2, '0')}`;
      return localize({
        zh: `这份台账是${ledgerYear}年度的，不能填写${m}的党费：请选择${ledgerYear}年的月份，或打开${requested}年度的台账。`,
        en: `This ledger is for ${ledgerYear}, not ${requested}: dues for ${m} are not written into it. Choose a month of ${ledgerYear}, or open the ${requested} ledger.`,
      }, lang);
    }
    case 'meeting':
      return localize({
        zh: `这份台账是${ledgerYear}年度的，会议日期 ${purpose.date} 在${requested}年：请登记到${requested}年度的台账中。`,
        en: `This ledger is for ${ledgerYear}; the meeting on ${purpose.date} is in ${requested}: record it in the ${requested} ledger.`,
      }, lang);
  }
}

/** Null when the years agree or the ledger states none; else the refusal. */
export function checkLedgerYear(ctx: ScanContext, requested: number, purpose: YearPurpose, lang: Language): LedgerYearError | null {
  const ledgerYear = declaredLedgerYear(ctx);
  if (ledgerYear === null || ledgerYear === requested) return null;
  return new LedgerYearError(ledgerYear, requested, ledgerYearMessage(ledgerYear, requested, purpose, lang));
}
