import type { ApplyReport, WorkbookPort } from '../port/workbookPort';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import type { SheetGrid } from '../core/read/grid';
import { scanContextFor, scanWithContext } from '../core/scan/scanWorkbook';
import { summarize, summaryAsOf, type SummaryData } from '../core/summary/summaryData';
import { planSummary, SUMMARY_BLOCKS, type SummaryBlock } from '../core/summary/summaryPlan';
import { checkLedgerYear } from './ledgerYear';
import type { OpenCopy } from './scanWorkbook';
import type { WritePlan } from '../core/plan/writePlan';

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
 * only the summary sheets the add-in wrote before. The target is the workbook read, another one
 * (a new workbook for the summary alone), or a copy of the input opened once the figures are made.
 */
export async function writeSummary(port: WorkbookPort, request: SummaryRequest, target: WorkbookPort | OpenCopy = port): Promise<{ data: SummaryData; report: ApplyReport }> {
  // A copy has the input's sheets: its earlier summary sheets are replaced as the input's would be.
  const { data, plan } = await readAndPlan(port, request, target === port || typeof target === 'function');
  const out = typeof target === 'function' ? await target() : target;
  return { data, report: await out.applyPlan(plan) };
}

/** The grids live only in here: once the plan is made they can go. */
async function readAndPlan(port: WorkbookPort, request: SummaryRequest, targetHasInputSheets: boolean): Promise<{ data: SummaryData; plan: WritePlan }> {
  const grids = await port.readSheets();
  const data = summarizeGrids(grids, request);
  return { data, plan: planSummary(data, targetHasInputSheets ? grids : [], request.lang, request.blocks ?? new Set(SUMMARY_BLOCKS)) };
}
