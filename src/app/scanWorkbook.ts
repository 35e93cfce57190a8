import type { WorkbookPort, ApplyReport } from '../port/workbookPort';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import { scanWorkbook, type ScanResult } from '../core/scan/scanWorkbook';
import { planClearHighlights, planScanOutput } from '../core/scan/scanPlan';
import type { WritePlan } from '../core/plan/writePlan';

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
 * Where a use case writes when it is not the workbook it read: a full copy of the input, opened only
 * once the reading and checking are done, so that the input's grids and the copy are never held in
 * memory together (the CLI's `--out`).
 */
export type OpenCopy = () => Promise<WorkbookPort>;

/**
 * The one-click scan, the same in Excel and the CLI: one read round (the grids), the pure scan,
 * one write round (findings sheet and highlights, replacing the previous scan's). Never changes a
 * value, a formula or a cell format of the user's sheets.
 */
export async function runScan(port: WorkbookPort, request: ScanRequest, openCopy?: OpenCopy): Promise<ScanOutcome> {
  const stage = async (s: ScanStage): Promise<void> => {
    if (!request.onStage) return;
    request.onStage(s);
    await paint();
  };
  const { result, plan } = await readAndCheck(port, request, stage);
  if (!plan) return { result, report: null };
  await stage('writing');
  const report = await (openCopy ? await openCopy() : port).applyPlan(plan);
  return { result, report };
}

/** The grids live only in here: once the plan is made they can go. */
async function readAndCheck(port: WorkbookPort, request: ScanRequest, stage: (s: ScanStage) => Promise<void>): Promise<{ result: ScanResult; plan: WritePlan | null }> {
  await stage('reading');
  const grids = await port.readSheets();
  await stage('checking');
  const result = scanWorkbook(grids, request);
  return { result, plan: request.write ? planScanOutput(result, grids, request.lang, result.branchName) : null };
}

/** Removes the add-in's highlights and findings sheet; every cell's formatting is as before the scan. */
export async function clearScanOutput(port: WorkbookPort): Promise<ApplyReport> {
  const grids = await port.readSheets();
  return port.applyPlan(planClearHighlights(grids));
}
