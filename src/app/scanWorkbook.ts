import type { WorkbookPort, ApplyReport } from '../port/workbookPort';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import { scanWorkbook, type ScanResult } from '../core/scan/scanWorkbook';
import { planClearHighlights, planScanOutput } from '../core/scan/scanPlan';

export interface ScanRequest {
  readonly asOf?: CalendarDate;
  readonly today: CalendarDate;
  readonly lang: Language;
  /** Write the findings sheet and the in-place highlights (false: report only). */
  readonly write: boolean;
  /** Told as each stage starts, so a pane can say what a long scan is doing. */
  readonly onStage?: (stage: ScanStage) => void;
}

export type ScanStage = 'reading' | 'checking' | 'writing';

// Lets the pane paint the stage before the next long step (the rules run synchronously).
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface ScanOutcome {
  readonly result: ScanResult;
  readonly report: ApplyReport | null;
}

/**
 * The one-click scan, the same in Excel and the CLI: one read round (the grids), the pure scan,
 * one write round (findings sheet and highlights, replacing the previous scan's). Never changes a
 * value, a formula or a cell format of the user's sheets.
 */
export async function runScan(port: WorkbookPort, request: ScanRequest): Promise<ScanOutcome> {
  const stage = async (s: ScanStage): Promise<void> => {
    if (!request.onStage) return;
    request.onStage(s);
    await paint();
  };
  await stage('reading');
  const grids = await port.readSheets();
  await stage('checking');
  const result = scanWorkbook(grids, request);
  if (!request.write) return { result, report: null };
  await stage('writing');
  const report = await port.applyPlan(planScanOutput(result, grids, request.lang, result.branchName));
  return { result, report };
}

/** Removes the add-in's highlights and findings sheet; every cell's formatting is as before the scan. */
export async function clearScanOutput(port: WorkbookPort): Promise<ApplyReport> {
  const grids = await port.readSheets();
  return port.applyPlan(planClearHighlights(grids));
}
