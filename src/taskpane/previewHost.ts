import type { WorkbookPort } from '../port/workbookPort';
import { calendarDate, type CalendarDate } from '../core/calendar/calendarDate';
import type { LedgerHost } from './ledgerHost';
import type { Language } from '../core/i18n/language';
import { loadTraditional } from '../core/i18n/traditional';

const tables = (lang: Language) => (lang === 'zh-TW' ? loadTraditional() : Promise.resolve());

/**
 * The preview's one "today": the sample ledger's as-of date. The pane in preview shows this date
 * (not the machine's), so the forms' defaults and the scan agree with the sample data.
 */
export const PREVIEW_TODAY: CalendarDate = calendarDate(2025, 12, 31);

/**
 * The pane opened in a plain browser with `?preview`: the real core runs against an in-memory
 * sample ledger (30 fictional members, with planted problems), so the pane can be tried and
 * screenshotted without Excel. Nothing is saved. The sample and the engine load on first use.
 */
export function previewHost(existingSheets: readonly string[] = [], members = 30): LedgerHost {
  let loading: Promise<{ e: typeof import(/* webpackChunkName: "preview" */ './previewWorkbook'); port: WorkbookPort }> | null = null;
  const load = () => (loading ??= import(/* webpackChunkName: "preview" */ './previewWorkbook').then((e) => ({ e, port: e.samplePort(existingSheets, members) })));
  const h = { today: PREVIEW_TODAY, lang: 'zh-CN' as const };
  return {
    generateTemplate: async (request, policy) => {
      const [{ e, port }] = await Promise.all([load(), tables(request.lang)]);
      return e.generateTemplate(port, request, policy);
    },
    scan: async (request) => {
      const { e, port } = await load();
      return e.runScan(port, { ...request, write: request.write ?? true });
    },
    clearHighlights: async () => {
      const { e, port } = await load();
      return e.clearScanOutput(port);
    },
    hasScanResults: async () => false,
    summary: async (request) => {
      const [{ e, port }] = await Promise.all([load(), tables(request.lang)]);
      return (await e.writeSummary(port, request)).report;
    },
    roster: async () => {
      const { e, port } = await load();
      return e.rosterForForm(port, h);
    },
    recordMeeting: async (input) => {
      const { e, port } = await load();
      return e.recordMeeting(port, input, h);
    },
    previewFillDues: async (year, month) => {
      const { e, port } = await load();
      return e.previewFillDues(port, year, month, h);
    },
    fillDues: async (year, month) => {
      const { e, port } = await load();
      return (await e.fillDues(port, year, month, h)).preview;
    },
    previewSyncRoster: async () => {
      const { e, port } = await load();
      return e.previewSyncRoster(port, h);
    },
    syncRoster: async () => {
      const { e, port } = await load();
      return (await e.syncRoster(port, h)).preview;
    },
    // 待办 looks at the sample as it stood on the chosen date (a ledger kept up to then), not at year end.
    upcoming: async (request) => {
      const { e } = await load();
      return e.listUpcoming(e.samplePortOn(request.asOf, members), request);
    },
    writeReminders: async (request) => {
      const [{ e }] = await Promise.all([load(), tables(request.lang)]);
      return (await e.writeReminderSheet(e.samplePortOn(request.asOf, members), request)).report;
    },
    select: async () => undefined,
  };
}
