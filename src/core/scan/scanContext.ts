import type { CalendarDate } from '../calendar/calendarDate';
import { localize, type Language } from '../i18n/language';
import { cellAddress } from '../plan/writePlan';
import type { WorkbookLedger } from '../read/readLedger';
import { buildBranchLedger } from '../ledger/branchLedger';
import type { LedgerContext } from '../ledger/ledgerContext';
import type { Finding, Severity } from './finding';
import { ruleInfo } from './ruleCatalogue';
import { citeBasis } from '../rules/basisDocuments';

export type { Member, Period } from '../ledger/branchLedger';
export { inPeriod, periodsOf } from '../ledger/branchLedger';

/** The branch ledger as the rules see it: the model, plus the way a finding is worded and placed. */
export interface ScanContext extends LedgerContext {
  finding(rule: string, at: FindingPlace, message: string, severity?: Severity): Finding;
}

export interface FindingPlace {
  readonly sheet: string;
  readonly row?: number | null;
  readonly col?: number | null;
  readonly column?: string | null;
  readonly member?: string | null;
  readonly period?: string | null;
  readonly meetingType?: string | null;
  readonly group?: string | null;
}

export function buildScanContext(ledger: WorkbookLedger, asOf: CalendarDate, lang: Language, yearOverride?: number): ScanContext {
  const model = buildBranchLedger(ledger, asOf, yearOverride);
  const text = (zh: string, en: string): string => localize({ zh, en }, lang);
  const localStandard = ledger.settings?.localStandardName ?? null;
  const basisByRule = new Map<string, string>();
  return {
    ...model,
    lang,
    text,
    finding(rule, at, message, severity) {
      const info = ruleInfo(rule);
      // One text per rule for the whole scan (a ledger of 14,000 members has hundreds of thousands of findings).
      let basis = basisByRule.get(rule);
      if (basis === undefined) basisByRule.set(rule, (basis = citeBasis(info.citations, lang, localStandard)));
      return {
        rule,
        severity: severity ?? info.severity,
        sheet: at.sheet,
        row: at.row ?? null,
        column: at.column ?? null,
        cell: at.row && at.col ? cellAddress(at.row, at.col) : null,
        member: at.member ?? null,
        period: at.period ?? null,
        meetingType: at.meetingType ?? null,
        group: at.group ?? null,
        message,
        basis,
      };
    },
  };
}
