import type { LedgerHost } from './ledgerHost';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale, type Language } from '../core/i18n/language';
import { loadTraditional } from '../core/i18n/traditional';
import { subscribeRibbonScan } from './ribbonScanEvents';

// The helpers date their change-log lines today and word them in Office's language.
const helperContext = () => ({ today: calendarDateFromLocal(new Date()), lang: languageFromLocale(Office.context.displayLanguage) });

// The engine (templates, rules, summaries) is a chunk of its own, fetched on the first action:
// opening the pane needs only the form.
const engine = () => import(/* webpackChunkName: "engine" */ './paneEngine');
// Sheets written in traditional Chinese need OpenCC's phrase tables, also a chunk of their own.
const tables = (lang: Language) => (lang === 'zh-TW' ? loadTraditional() : Promise.resolve());

/** Each pane action is one Excel.run (see runExcelAction). */
export const officeHost: LedgerHost = {
  generateTemplate: async (request, policy) => {
    const [e] = await Promise.all([engine(), tables(request.lang)]);
    return e.runExcelAction((workbook) => e.generateTemplate(workbook, request, policy));
  },
  scan: async (request) => {
    const e = await engine();
    return e.runExcelAction((workbook) => e.runScan(workbook, { ...request, write: request.write ?? true }));
  },
  clearHighlights: async () => {
    const e = await engine();
    return e.runExcelAction((workbook) => e.clearScanOutput(workbook));
  },
  hasScanResults: async () => {
    const e = await engine();
    return e.runExcelAction(async (workbook) => e.hasFindingsSheet(await workbook.sheetNames()));
  },
  subscribeRibbonScan,
  summary: async (request) => {
    const [e] = await Promise.all([engine(), tables(request.lang)]);
    return e.runExcelAction(async (workbook) => (await e.writeSummary(workbook, request)).report);
  },
  roster: async () => {
    const e = await engine();
    return e.runExcelAction((workbook) => e.rosterForForm(workbook, helperContext()));
  },
  recordMeeting: async (input) => {
    const e = await engine();
    return e.runExcelAction((workbook) => e.recordMeeting(workbook, input, helperContext()));
  },
  previewFillDues: async (year, month) => {
    const e = await engine();
    return e.runExcelAction((workbook) => e.previewFillDues(workbook, year, month, helperContext()));
  },
  fillDues: async (year, month) => {
    const e = await engine();
    return e.runExcelAction(async (workbook) => (await e.fillDues(workbook, year, month, helperContext())).preview);
  },
  previewSyncRoster: async () => {
    const e = await engine();
    return e.runExcelAction((workbook) => e.previewSyncRoster(workbook, helperContext()));
  },
  syncRoster: async () => {
    const e = await engine();
    return e.runExcelAction(async (workbook) => (await e.syncRoster(workbook, helperContext())).preview);
  },
  upcoming: async (request) => {
    const e = await engine();
    return e.runExcelAction((workbook) => e.listUpcoming(workbook, request));
  },
  writeReminders: async (request) => {
    const [e] = await Promise.all([engine(), tables(request.lang)]);
    return e.runExcelAction(async (workbook) => (await e.writeReminderSheet(workbook, request)).report);
  },
  select: async (sheet, cell) => {
    const e = await engine();
    return e.runExcelAction((workbook) => workbook.select(sheet, cell));
  },
};
