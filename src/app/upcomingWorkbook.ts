import type { ApplyReport, WorkbookPort } from '../port/workbookPort';
import type { SheetGrid } from '../core/read/grid';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import { scanContextFor } from '../core/scan/scanWorkbook';
import { upcomingItems, type UpcomingItem } from '../core/upcoming/upcoming';
import { daysToEndOfNextMonth, planReminderSheet } from '../core/upcoming/reminderPlan';

export interface UpcomingRequest {
  /** An as-of date the user chose; otherwise the settings sheet's 检查基准日, otherwise today. */
  readonly asOf?: CalendarDate;
  readonly today: CalendarDate;
  readonly lang: Language;
  readonly days: number;
}

export interface UpcomingOutcome {
  readonly asOf: CalendarDate;
  readonly year: number;
  readonly days: number;
  readonly branchName: string | null;
  readonly items: readonly UpcomingItem[];
  /** The workbook holds no ledger the add-in recognises. */
  readonly noLedger: boolean;
}

/** 待办 from grids already read (the CLI and the pane share it). */
export function upcomingFromGrids(grids: readonly SheetGrid[], request: Omit<UpcomingRequest, 'days'> & { readonly days: number | ((asOf: CalendarDate) => number) }): UpcomingOutcome {
  const ctx = scanContextFor(grids, request);
  const days = typeof request.days === 'number' ? request.days : request.days(ctx.asOf);
  return {
    asOf: ctx.asOf,
    year: ctx.year,
    days,
    branchName: ctx.ledger.settings?.branchName ?? null,
    items: upcomingItems(ctx, days),
    noLedger: ctx.ledger.sheets.length === 0,
  };
}

/** One read round; nothing is written. */
export async function listUpcoming(port: WorkbookPort, request: UpcomingRequest): Promise<UpcomingOutcome> {
  return upcomingFromGrids(await port.readSheets(), request);
}

/** One read and one write round: the printable 月度工作提醒 (this month and next), replacing the previous one. */
export async function writeReminderSheet(port: WorkbookPort, request: Omit<UpcomingRequest, 'days'>): Promise<{ outcome: UpcomingOutcome; report: ApplyReport }> {
  const grids = await port.readSheets();
  const outcome = upcomingFromGrids(grids, { ...request, days: daysToEndOfNextMonth });
  const report = await port.applyPlan(planReminderSheet(outcome.items, grids, outcome.asOf, request.lang, outcome.branchName));
  return { outcome, report };
}
