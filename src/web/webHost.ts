import { generateTemplate } from '../app/generateTemplate';
import { clearScanOutput, runScan } from '../app/scanWorkbook';
import { writeSummary } from '../app/summarizeWorkbook';
import { listUpcoming, writeReminderSheet } from '../app/upcomingWorkbook';
import { fillDues, previewFillDues, previewSyncRoster, recordMeeting, rosterForForm, syncRoster, type HelperContext } from '../app/fillHelpers';
import { scanDocumentJson, scannedFile } from '../app/scanDocument';
import { hasFindingsSheet } from '../core/scan/scanPlan';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import type { ExcelJsWorkbook } from '../adapters/exceljs/excelJsWorkbook';
import type { LedgerHost } from '../taskpane/ledgerHost';
import { JSON_MIME, XLSX_MIME, type Download } from './download';
import { baseName, type OpenedFile } from './openedFiles';
import { emptyXlsx, readXlsxBytes, xlsxBytes } from './xlsxBytes';
import { web } from './webText';
import { loadTraditional } from '../core/i18n/traditional';

// Text in traditional Chinese needs OpenCC's phrase tables loaded first (as in the pane's hosts).
const tables = (lang: Language): Promise<void> => (lang === 'zh-TW' ? loadTraditional() : Promise.resolve());

/** What an action left for the user to download. */
export type OutputKind = 'checked' | 'findings' | 'filled' | 'summary' | 'template';

export interface WebHostEvents {
  output(kind: OutputKind, download: Download): void;
  /** A helper changed the working copy: these are its new bytes. */
  changed(bytes: ArrayBuffer): void;
}

export function xlsxDownload(name: string, book: ExcelJsWorkbook): Download {
  let bytes: Promise<ArrayBuffer> | null = null;
  return { name, mime: XLSX_MIME, make: () => (bytes ??= xlsxBytes(book)) };
}

/**
 * The third host behind the pane's components (after Excel and the preview): the workbook is the
 * opened file's bytes, read afresh by ExcelJS for every action, so each download is what the CLI
 * would write from the same file. Scans and summaries leave the working copy as it is; the
 * helpers change it (with their 修改记录 lines), and the changed copy is offered for download.
 */
export function webHost(file: OpenedFile | null, ui: { today: () => CalendarDate; lang: Language }, events: WebHostEvents): LedgerHost {
  const h = (): HelperContext => ({ today: ui.today(), lang: ui.lang });
  const open = async (): Promise<ExcelJsWorkbook> => {
    await tables(ui.lang);
    if (!file) throw new Error(web('openFirst', ui.lang));
    if (!file.bytes) throw new Error(file.problem ?? web('openFirst', ui.lang));
    return readXlsxBytes(file.bytes);
  };
  const name = file ? baseName(file.name) : '';
  // A helper that wrote something: the working copy becomes the changed workbook.
  const keep = async (book: ExcelJsWorkbook): Promise<void> => {
    const bytes = await xlsxBytes(book);
    events.changed(bytes);
    events.output('filled', { name: `${name}.filled.xlsx`, mime: XLSX_MIME, make: async () => bytes });
  };
  return {
    generateTemplate: async (request, policy) => {
      await tables(request.lang);
      const book = emptyXlsx();
      const outcome = await generateTemplate(book, request, policy);
      if (outcome.status !== 'clash') events.output('template', xlsxDownload(`${request.settings.branchName}-${request.settings.year}.xlsx`, book));
      return outcome;
    },
    scan: async (request) => {
      await tables(request.lang);
      const book = await open();
      const write = request.write ?? true;
      const outcome = await runScan(book, { ...request, write });
      if (write && file) {
        events.output('checked', xlsxDownload(`${name}.checked.xlsx`, book));
        const json = scanDocumentJson(outcome.result.asOf, [scannedFile(file.name, outcome.result)]);
        events.output('findings', { name: `${name}.findings.json`, mime: JSON_MIME, make: async () => json });
      }
      return outcome;
    },
    hasScanResults: async () => (file?.bytes ? hasFindingsSheet(await (await open()).sheetNames()) : false),
    clearHighlights: async () => {
      const book = await open();
      const report = await clearScanOutput(book);
      await keep(book);
      return report;
    },
    // There is no cursor to move: the finding's cell is in its text and highlighted in the checked copy.
    select: async () => undefined,
    summary: async (request) => {
      await tables(request.lang);
      const book = await open();
      const { report } = await writeSummary(book, request);
      events.output('summary', xlsxDownload(`${name}.summary-${request.year}.xlsx`, book));
      return report;
    },
    roster: async () => (file?.bytes ? rosterForForm(await open(), h()) : []),
    recordMeeting: async (input) => {
      const book = await open();
      const outcome = await recordMeeting(book, input, h());
      if (outcome.ok) await keep(book);
      return outcome;
    },
    previewFillDues: async (year, month) => previewFillDues(await open(), year, month, h()),
    fillDues: async (year, month) => {
      const book = await open();
      const { preview, report } = await fillDues(book, year, month, h());
      if (report) await keep(book);
      return preview;
    },
    // 待办 over the opened file; the 月度工作提醒 sheet goes into the working copy, offered for download.
    upcoming: async (request) => listUpcoming(await open(), request),
    writeReminders: async (request) => {
      await tables(request.lang);
      const book = await open();
      const { report } = await writeReminderSheet(book, request);
      await keep(book);
      return report;
    },
    previewSyncRoster: async () => previewSyncRoster(await open(), h()),
    syncRoster: async () => {
      const book = await open();
      const { preview, report } = await syncRoster(book, h());
      if (report) await keep(book);
      return preview;
    },
  };
}
