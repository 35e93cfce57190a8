import { formatIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import type { Finding } from '../core/scan/finding';
import type { SummaryData } from '../core/summary/summaryData';
import { runScan } from '../app/scanWorkbook';
import { writeSummary } from '../app/summarizeWorkbook';
import { newXlsx, readWholeWorkbook, saveXlsx } from '../adapters/exceljs/xlsxFiles';
import { openXlsxForReading } from '../adapters/exceljs/streamingRead';
import type { WorkbookPort } from '../port/workbookPort';
import type { ExcelJsWorkbook } from '../adapters/exceljs/excelJsWorkbook';
import { FileWriteError } from '../adapters/files/fileErrors';
import { ensureFolderOf } from './outputs';
import { fillTask, type FillTask, type FillTaskResult } from './fillTask';

/**
 * One file's work in a batch (read, check or summarise, write its output), with inputs and results
 * that are plain data: a batch runs each in a worker with a memory cap, so a file that exhausts the
 * cap costs only its own result.
 */
export interface ScanTask {
  readonly kind: 'scan';
  readonly file: string;
  readonly out: string | null;
  readonly asOf: CalendarDate | undefined;
  readonly today: CalendarDate;
  readonly lang: Language;
  readonly maxMb: number;
}

export interface ScanTaskResult {
  readonly file: string;
  readonly branchName: string | null;
  readonly findings: readonly Finding[];
  readonly errors: readonly string[];
  readonly asOf: string;
  readonly year: number | null;
  readonly sheets: readonly unknown[];
  /** A write failure, told apart from a read failure. */
  readonly wrote: string | null;
}

export interface SummaryTask {
  readonly kind: 'summary';
  readonly file: string;
  readonly out: string | null;
  readonly only: boolean;
  readonly year: number | undefined;
  readonly asOf: CalendarDate | undefined;
  readonly today: CalendarDate;
  readonly lang: Language;
  readonly maxMb: number;
}

export interface SummaryTaskResult {
  readonly file: string;
  readonly data: SummaryData | null;
  readonly error: string | null;
  readonly sheetsAdded: readonly string[];
  readonly chartsAsBars: boolean;
  readonly wrote: string | null;
}

export type FileTask = ScanTask | SummaryTask | FillTask;
export type AnyTaskResult = ScanTaskResult | SummaryTaskResult | FillTaskResult;

const firstLine = (e: unknown): string => String((e as Error)?.message ?? e).split('\n')[0];
/** Read failures say "cannot read FILE: …" already; anything else thrown while reading is a read failure too. */
const asReadError = (file: string, e: unknown): string => (/^cannot (read|write) /.test(firstLine(e)) ? firstLine(e) : `cannot read ${file}: ${firstLine(e)}`);

async function save(book: Parameters<typeof saveXlsx>[0], path: string): Promise<void> {
  try {
    ensureFolderOf(path);
  } catch (e) {
    throw new FileWriteError(path, firstLine(e));
  }
  await saveXlsx(book, path);
}

export async function scanTask(t: ScanTask): Promise<ScanTaskResult> {
  const failed = (message: string): ScanTaskResult => ({ file: t.file, branchName: null, findings: [], errors: [message], asOf: formatIsoDate(t.asOf ?? t.today), year: null, sheets: [], wrote: null });
  let book: ExcelJsWorkbook | null = null;
  let outcome;
  try {
    // The check always streams the values (no styles, a third of the memory). A highlighted copy
    // needs the whole workbook: it is loaded only after the check, once its grids can go, so the
    // two never weigh together. Both reads check the file and the used-cell limit first.
    const openCopy = async (): Promise<WorkbookPort> => (book = await readWholeWorkbook(t.file, t.maxMb));
    outcome = await runScan(openXlsxForReading(t.file, t.maxMb), { asOf: t.asOf, today: t.today, lang: t.lang, write: t.out !== null }, t.out === null ? undefined : openCopy);
  } catch (e) {
    return failed(asReadError(t.file, e));
  }
  const { result } = outcome;
  // A workbook with no ledger in it must not pass as a clean branch in a batch: it is unusable, like an unreadable file.
  const errors = result.recognized.length ? [] : [`no ledger recognised in ${t.file} (sheets: ${result.unrecognized.join(', ') || 'none'})`];
  let wrote: string | null = null;
  if (t.out !== null && book) {
    try {
      await save(book, t.out);
      wrote = t.out;
    } catch (e) {
      errors.push(firstLine(e));
    }
  }
  return { file: t.file, branchName: result.branchName, findings: result.findings, errors, asOf: formatIsoDate(result.asOf), year: result.year, sheets: result.recognized, wrote };
}

export async function summaryTask(t: SummaryTask): Promise<SummaryTaskResult> {
  const failed = (message: string): SummaryTaskResult => ({ file: t.file, data: null, error: message, sheetsAdded: [], chartsAsBars: false, wrote: null });
  let target: ExcelJsWorkbook | null = null;
  let outcome;
  try {
    // The input is streamed. --only (or a --report alone): a new workbook holding just the summary
    // sheets; otherwise a full copy of the input, loaded once the figures are made (never both at once).
    const intoCopy = t.out !== null && !t.only;
    const openCopy = async (): Promise<WorkbookPort> => (target = await readWholeWorkbook(t.file, t.maxMb));
    target = intoCopy ? null : newXlsx();
    outcome = await writeSummary(openXlsxForReading(t.file, t.maxMb), { year: t.year, asOf: t.asOf, today: t.today, lang: t.lang }, target ?? openCopy);
  } catch (e) {
    return failed(e instanceof Error && e.name === 'LedgerYearError' ? `${t.file}: ${e.message}` : asReadError(t.file, e));
  }
  const { data, report } = outcome;
  let wrote: string | null = null;
  if (t.out !== null && target) {
    try {
      await save(target, t.out);
      wrote = t.out;
    } catch (e) {
      return { file: t.file, data, error: firstLine(e), sheetsAdded: report.sheetsAdded, chartsAsBars: false, wrote: null };
    }
  }
  return { file: t.file, data, error: null, sheetsAdded: report.sheetsAdded, chartsAsBars: report.degraded.includes('native-charts'), wrote };
}

export function runTaskInProcess(t: FileTask): Promise<AnyTaskResult> {
  return t.kind === 'scan' ? scanTask(t) : t.kind === 'summary' ? summaryTask(t) : fillTask(t);
}
