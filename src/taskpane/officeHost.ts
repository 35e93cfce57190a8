import { generateTemplate } from '../app/generateTemplate';
import { clearScanOutput, runScan } from '../app/scanWorkbook';
import { writeSummary } from '../app/summarizeWorkbook';
import { runExcelAction } from '../adapters/office/officeWorkbook';
import type { LedgerHost } from './ledgerHost';
import { fillDues, previewFillDues, previewSyncRoster, recordMeeting, rosterForForm, syncRoster } from '../app/fillHelpers';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';
import { hasFindingsSheet } from '../core/scan/scanPlan';
import { subscribeRibbonScan } from './ribbonScanEvents';

// The helpers date their change-log lines today and word them in Office's language.
const helperContext = () => ({ today: calendarDateFromLocal(new Date()), lang: languageFromLocale(Office.context.displayLanguage) });

/** Each pane action is one Excel.run (see runExcelAction). */
export const officeHost: LedgerHost = {
  generateTemplate: (request, policy) => runExcelAction((workbook) => generateTemplate(workbook, request, policy)),
  scan: (request) => runExcelAction((workbook) => runScan(workbook, { ...request, write: request.write ?? true })),
  clearHighlights: () => runExcelAction((workbook) => clearScanOutput(workbook)),
  hasScanResults: () => runExcelAction(async (workbook) => hasFindingsSheet(await workbook.sheetNames())),
  subscribeRibbonScan,
  summary: (request) => runExcelAction(async (workbook) => (await writeSummary(workbook, request)).report),
  roster: () => runExcelAction((workbook) => rosterForForm(workbook, helperContext())),
  recordMeeting: (input) => runExcelAction((workbook) => recordMeeting(workbook, input, helperContext())),
  previewFillDues: (year, month) => runExcelAction((workbook) => previewFillDues(workbook, year, month, helperContext())),
  fillDues: (year, month) => runExcelAction(async (workbook) => (await fillDues(workbook, year, month, helperContext())).preview),
  previewSyncRoster: () => runExcelAction((workbook) => previewSyncRoster(workbook, helperContext())),
  syncRoster: () => runExcelAction(async (workbook) => (await syncRoster(workbook, helperContext())).preview),
  select: (sheet, cell) => runExcelAction((workbook) => workbook.select(sheet, cell)),
};
