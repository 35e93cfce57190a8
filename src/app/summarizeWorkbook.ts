import type { ApplyReport, WorkbookPort } from '../port/workbookPort';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import type { SheetGrid } from '../core/read/grid';
import { scanContextFor, scanWithContext } from '../core/scan/scanWorkbook';
import { summarize, summaryAsOf, type SummaryData } from '../core/summary/summaryData';
import { planSummary, SUMMARY_BLOCKS, type SummaryBlock } from '../core/summary/summaryPlan';
import { checkLedgerYear } from './ledgerYear';

export { LedgerYearError } from './ledgerYear';

export interface SummaryRequest {
  readonly year?: number;
  /** Default: the year's end, or today when that is earlier. */
  readonly asOf?: CalendarDate;
  readonly today: CalendarDate;
  readonly lang: Language;
  readonly blocks?: ReadonlySet<SummaryBlock>;
}

/**
 * Reads the ledgers once and computes the figures and the open findings at the same as-of date.
 * A year other than the one the ledger states throws a LedgerYearError (its message names both
 * years, for the pane and the CLI): a 2026 summary of 2025's money must never be written.
 */
export function summarizeGrids(grids: readonly SheetGrid[], request: SummaryRequest): SummaryData {
  const ctx = scanContextFor(grids, { ...request, defaultAsOf: (year) => summaryAsOf(year, request.today) });
  if (request.year !== undefined) {
    const wrongYear = checkLedgerYear(ctx, request.year, { kind: 'summary' }, request.lang);
    if (wrongYear) throw wrongYear;
  }
  return summarize(ctx, scanWithContext(ctx).findings);
}

/**
 * The year-end summary use case: one read round, the pure summary, one write round that replaces
 * only the summary sheets the add-in wrote before.
 */
export async function writeSummary(port: WorkbookPort, request: SummaryRequest, target: WorkbookPort = port): Promise<{ data: SummaryData; report: ApplyReport }> {
  const grids = await port.readSheets();
  const data = summarizeGrids(grids, request);
  const plan = planSummary(data, target === port ? grids : [], request.lang, request.blocks ?? new Set(SUMMARY_BLOCKS));
  return { data, report: await target.applyPlan(plan) };
}
