import { formatIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import type { FileScan } from '../core/scan/reportPlan';
import type { ScanResult } from '../core/scan/scanWorkbook';

/** One file's entry in the findings document (and the batch report's input). */
export type ScannedFile = FileScan & { readonly asOf: string; readonly year: number | null; readonly sheets: readonly unknown[] };

/**
 * A scanned file's entry. A workbook with no ledger in it must not pass as a clean branch in a
 * batch: it is unusable, like an unreadable file, so it carries an error.
 */
export function scannedFile(file: string, result: ScanResult): ScannedFile {
  const errors = result.recognized.length ? [] : [`no ledger recognised in ${file} (sheets: ${result.unrecognized.join(', ') || 'none'})`];
  return { file, branchName: result.branchName, findings: result.findings, errors, asOf: formatIsoDate(result.asOf), year: result.year, sheets: result.recognized };
}

/** The entry of a file that could not be read; `reason` is the reader's first line. */
export function unreadableFile(file: string, reason: string, asOf: CalendarDate): ScannedFile {
  return { file, branchName: null, findings: [], errors: [`cannot read ${file}: ${reason.split('\n')[0]}`], asOf: formatIsoDate(asOf), year: null, sheets: [] };
}

/** An input left out of a batch, with why (an Excel/WPS lock file picked up by a glob). */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/**
 * The findings document, a public interface shared by `cli scan --format json` and the web
 * edition's download: `{asOf, files:[{file, asOf, year, sheets, findings, errors}], skipped}`.
 */
export function scanDocument(asOf: CalendarDate, scans: readonly ScannedFile[], skipped: readonly SkippedFile[] = []): object {
  return { asOf: formatIsoDate(asOf), files: scans.map((s) => ({ file: s.file, asOf: s.asOf, year: s.year, sheets: s.sheets, findings: s.findings, errors: s.errors })), skipped };
}

export function scanDocumentJson(asOf: CalendarDate, scans: readonly ScannedFile[], skipped: readonly SkippedFile[] = []): string {
  return JSON.stringify(scanDocument(asOf, scans, skipped), null, 2);
}
