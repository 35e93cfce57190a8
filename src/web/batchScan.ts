import { runScan } from '../app/scanWorkbook';
import { scanDocumentJson, scannedFile, unreadableFile, type ScannedFile } from '../app/scanDocument';
import { planBatchReport } from '../core/scan/reportPlan';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import type { ScanResult } from '../core/scan/scanWorkbook';
import type { OpenedFile } from './openedFiles';
import { emptyXlsx, readXlsxBytes } from './xlsxBytes';
import type { ExcelJsWorkbook } from '../adapters/exceljs/excelJsWorkbook';
import { loadTraditional } from '../core/i18n/traditional';

export interface BatchEntry {
  readonly file: OpenedFile;
  readonly scanned: ScannedFile;
  /** The scan's result, for listing the file's findings as the pane does (null when unreadable). */
  readonly result: ScanResult | null;
}

// Yields to the browser between files so the progress repaints and the page stays responsive.
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Checks many files one after another, as `cli scan FILE...` does: a file that cannot be read gets
 * its reason and the others go on. Read-only: the checked copies are made when one is asked for.
 */
export async function scanFiles(
  files: readonly OpenedFile[],
  request: { asOf: CalendarDate; today: CalendarDate; lang: Language },
  onProgress: (done: number, total: number, file: string) => void,
): Promise<BatchEntry[]> {
  if (request.lang === 'zh-TW') await loadTraditional();
  const out: BatchEntry[] = [];
  for (const [i, file] of files.entries()) {
    onProgress(i, files.length, file.name);
    await breathe();
    try {
      if (!file.bytes) throw new Error(file.problem ?? 'no content');
      const { result } = await runScan(await readXlsxBytes(file.bytes), { ...request, write: false });
      out.push({ file, scanned: scannedFile(file.name, result), result });
    } catch (e) {
      out.push({ file, scanned: unreadableFile(file.name, (e as Error).message, request.asOf), result: null });
    }
  }
  onProgress(files.length, files.length, '');
  return out;
}

export function batchJson(asOf: CalendarDate, entries: readonly BatchEntry[]): string {
  return scanDocumentJson(asOf, entries.map((e) => e.scanned));
}

/** The report workbook `cli scan --report` writes. */
export async function batchReport(asOf: CalendarDate, lang: Language, entries: readonly BatchEntry[]): Promise<ExcelJsWorkbook> {
  const book = emptyXlsx();
  await book.applyPlan(planBatchReport(entries.map((e) => e.scanned), asOf, lang));
  return book;
}

/** One file's checked copy, as `cli scan --out` writes it. */
export async function checkedCopy(file: OpenedFile, request: { asOf: CalendarDate; today: CalendarDate; lang: Language }): Promise<ExcelJsWorkbook> {
  if (!file.bytes) throw new Error(file.problem ?? 'no content');
  const book = await readXlsxBytes(file.bytes);
  await runScan(book, { ...request, write: true });
  return book;
}
