import { generateTemplate } from '../app/generateTemplate';
import { clearScanOutput, runScan } from '../app/scanWorkbook';
import { writeSummary } from '../app/summarizeWorkbook';
import type { WorkbookPort } from '../port/workbookPort';
import { calendarDate } from '../core/calendar/calendarDate';
import { generateSampleLedger } from '../core/sample/sampleLedger';
import { planTemplate } from '../core/template/templatePlan';
import { TEMPLATE_SHEET_ORDER } from '../core/schema/sheetSchemas';
import { gridsFromPlan } from '../core/plan/gridsFromPlan';
import type { LedgerHost } from './ledgerHost';
import { fillDues, previewFillDues, previewSyncRoster, recordMeeting, rosterForForm, syncRoster } from '../app/fillHelpers';

/**
 * The pane opened in a plain browser with `?preview`: the real core runs against an in-memory
 * sample ledger (30 fictional members, with planted problems), so the pane can be tried and
 * screenshotted without Excel. Nothing is saved.
 */
export function previewHost(existingSheets: readonly string[] = [], members = 30): LedgerHost {
  const sample = generateSampleLedger({ members, year: 2025, asOf: calendarDate(2025, 12, 31), plantProblems: true });
  const { settings, ...data } = sample.data;
  const planned = planTemplate({ settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: calendarDate(2025, 12, 31) }, []);
  const grids = planned.status === 'planned' ? gridsFromPlan(planned.plan) : [];
  const h = { today: calendarDate(2025, 12, 31), lang: 'zh-CN' as const };
  const port: WorkbookPort = {
    sheetNames: async () => [...existingSheets],
    readSheets: async () => grids,
    applyPlan: async (plan) => ({ sheetsAdded: plan.sheets.map((s) => s.name), degraded: [] }),
  };
  return {
    generateTemplate: (request, policy) => generateTemplate(port, request, policy),
    scan: (request) => runScan(port, { ...request, write: request.write ?? true }),
    clearHighlights: () => clearScanOutput(port),
    hasScanResults: async () => false,
    summary: async (request) => (await writeSummary(port, request)).report,
    roster: () => rosterForForm(port, h),
    recordMeeting: (input) => recordMeeting(port, input, h),
    previewFillDues: (year, month) => previewFillDues(port, year, month, h),
    fillDues: async (year, month) => (await fillDues(port, year, month, h)).preview,
    previewSyncRoster: () => previewSyncRoster(port, h),
    syncRoster: async () => (await syncRoster(port, h)).preview,
    select: async () => undefined,
  };
}
