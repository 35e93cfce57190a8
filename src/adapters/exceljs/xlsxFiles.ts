import { readFileSync, statSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from './excelJsWorkbook';
import { writeFileAtomic } from '../files/atomicWrite';
import { leanXlsxBuffer } from './leanXlsxWrite';
import { withCompactValidations } from './validationRanges';
import { collectGarbage } from '../files/collectGarbage';
import { FileReadError, FileWriteError, plainReason } from '../files/fileErrors';
import { workbookFileKind } from '../files/workbookFileKind';

// ExcelJS takes about half a second to load: only when a workbook is opened or made (the CLI's
// `help`, and its option checks, import this module for the size limit).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excelJs = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

/**
 * ExcelJS holds a whole workbook in memory, about 250 times its file size for a dense ledger (a 2 MB
 * file of 3,000 members takes 550 MB). Past this size a file would exhaust Node's heap and end the
 * whole batch, so it is refused with a message instead; `--max-mb` raises the bar.
 */
export const DEFAULT_MAX_XLSX_MB = 12;
/**
 * The unpacked (XML) size allowed per MB of the file-size limit. Ledgers compress about 8 to 12
 * times; a zip that declares more than this is a decompression bomb or not a ledger.
 */
export const UNPACKED_PER_FILE_MB = 16;

export interface ReadLimits {
  /** The largest file read, in MB. */
  readonly maxMb: number;
}

const SAVE_AS_XLSX = 'open it in WPS or Excel and save it as .xlsx (WPS: 文件 › 另存为 › Excel 工作簿 (*.xlsx); Excel: 文件 › 另存为 › Excel 工作簿 (*.xlsx)), then run again';

/**
 * The one read path of the CLI: checks what the file is and how large it will be before loading it,
 * then loads it. Every failure is a FileReadError with a message a user can act on.
 */
export async function readWorkbookFile(path: string, limits: ReadLimits = { maxMb: DEFAULT_MAX_XLSX_MB }): Promise<ExcelJsWorkbook> {
  const bytes = checkWorkbookFile(path, limits);
  const workbook = new (excelJs().Workbook)();
  try {
    await loadCollectingAsItGoes(workbook, bytes);
  } catch (e) {
    throw new FileReadError(path, `the workbook cannot be opened (${plainReason(e)}); open it in Excel or WPS and save it again`);
  }
  return new ExcelJsWorkbook(workbook);
}

/** Rows in the sheets parsed past which the load collects its garbage as it goes. */
const LARGE_PARSE_ROWS = 5000;

// ExcelJS's load internals used here; not in its typings.
interface ParsedBook {
  worksheets: { forEach(f: (sheet: ParsedSheet, i: number, all: ParsedSheet[]) => void): void };
}
interface ParsedSheet {
  rows?: unknown[];
}
interface XlsxLoader {
  reconcile?: (model: ParsedBook, options: unknown) => void;
}

/**
 * `workbook.xlsx.load`, with memory given back as it goes. ExcelJS parses every sheet into plain
 * models, then builds the workbook's cells from them, and only then lets the models go: both are
 * held at the end, and V8, with a heap cap of gigabytes, collected late or not at all. A 3,000-member
 * ledger peaked anywhere from 470 to 580 MB. Here, between parsing and building (ExcelJS's
 * `reconcile` step, hooked on this one workbook), each sheet's parsed rows are dropped once its cells
 * are built, and the garbage is collected after the parse and after each large sheet: 470 MB every
 * time, in the same time. Small workbooks skip the collections.
 */
async function loadCollectingAsItGoes(workbook: ExcelJS.Workbook, bytes: Buffer): Promise<void> {
  const xlsx = workbook.xlsx as unknown as XlsxLoader;
  const reconcile = (Object.getPrototypeOf(xlsx) as Required<XlsxLoader>).reconcile;
  xlsx.reconcile = (model, options) => {
    reconcile.call(xlsx, model, options);
    const sheets: ParsedSheet[] = [];
    model.worksheets.forEach((sheet) => sheets.push(sheet));
    let rows = 0;
    for (const sheet of sheets) rows += sheet.rows?.length ?? 0;
    if (rows > LARGE_PARSE_ROWS) collectGarbage();
    // The workbook's model setter walks the sheets with forEach, and nothing else.
    model.worksheets = {
      forEach: (f) =>
        sheets.forEach((sheet, i, all) => {
          const n = sheet.rows?.length ?? 0;
          f(sheet, i, all);
          sheet.rows = [];
          if (n > LARGE_PARSE_ROWS) collectGarbage();
        }),
    };
  };
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } finally {
    delete xlsx.reconcile;
  }
}

/**
 * What every read path checks before it parses anything (the streaming read of a check alone too):
 * the file's size, what it is by its bytes, and its declared unpacked size. Returns the bytes.
 */
export function checkWorkbookFile(path: string, limits: ReadLimits = { maxMb: DEFAULT_MAX_XLSX_MB }): Buffer {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new FileReadError(path, 'it is a folder, not a workbook');
    if (stat.size > limits.maxMb * 1024 * 1024) {
      throw new FileReadError(path, `the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${limits.maxMb} MB a ledger workbook is read up to (pass --max-mb to raise it)`);
    }
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(path, plainReason(e));
  }
  const kind = workbookFileKind(bytes);
  switch (kind.kind) {
    case 'legacy-binary':
      throw new FileReadError(path, `it is an old binary workbook (.xls or WPS .et), which this tool does not read: ${SAVE_AS_XLSX}`);
    case 'encrypted':
      throw new FileReadError(path, 'the workbook is protected with a password to open (encrypted): remove the password in Excel (文件 › 信息 › 保护工作簿 › 用密码进行加密, clear it) or WPS (文件 › 文档加密 › 密码加密), save, and run again');
    case 'zip-not-workbook':
      throw new FileReadError(path, 'it is a zip file but not an Excel workbook (no xl/workbook.xml; a Word or other document?)');
    case 'broken-zip':
      throw new FileReadError(path, `the file is damaged: ${kind.reason}; open it in Excel or WPS to repair it, or use a backup`);
    case 'unknown':
      throw new FileReadError(path, `it is not an .xlsx workbook (a CSV, a web page saved as .xls, or another file type?): ${SAVE_AS_XLSX}`);
    case 'xlsx': {
      const maxUnpacked = limits.maxMb * UNPACKED_PER_FILE_MB * 1024 * 1024;
      if (kind.unpackedBytes > maxUnpacked) {
        throw new FileReadError(path, `the file unpacks to ${(kind.unpackedBytes / 1024 / 1024).toFixed(0)} MB, over the ${limits.maxMb * UNPACKED_PER_FILE_MB} MB allowed for a ${limits.maxMb} MB limit (a workbook this large is not a ledger; pass --max-mb to raise the limit)`);
      }
    }
  }
  return bytes;
}

/**
 * The whole workbook, for a command that writes a copy after reading the input streamed: what the
 * reading left (grids, the ledger model) is collected first, so it does not weigh with the load.
 */
export async function readWholeWorkbook(path: string, maxMb: number): Promise<ExcelJsWorkbook> {
  if (fileIsLarge(path)) collectGarbage();
  return readWorkbookFile(path, { maxMb });
}

// A full collection costs in proportion to the whole heap, not to the garbage: for a small workbook
// it costs more than it gives back (and in a long-lived process, such as a test run, far more).
const LARGE_FILE_BYTES = 512 * 1024;

function fileIsLarge(path: string): boolean {
  try {
    return statSync(path).size > LARGE_FILE_BYTES;
  } catch {
    return false;
  }
}

function rowsOf(workbook: ExcelJS.Workbook): number {
  let rows = 0;
  for (const ws of workbook.worksheets) rows += ws.rowCount;
  return rows;
}

/** Kept for callers and tests that read a file with a size limit only. */
export async function openXlsx(path: string, maxMb: number = DEFAULT_MAX_XLSX_MB): Promise<ExcelJsWorkbook> {
  return readWorkbookFile(path, { maxMb });
}

export function newXlsx(): ExcelJsWorkbook {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = '支部台账助手 Branch Ledger';
  return new ExcelJsWorkbook(workbook);
}

/** Writes atomically: on any failure the file at `path` is exactly what it was. */
export async function saveXlsx(book: ExcelJsWorkbook, path: string): Promise<void> {
  // The load's parse and the plan's working data are dead: collected before the writing adds its own.
  if (rowsOf(book.workbook) > LARGE_PARSE_ROWS) collectGarbage();
  let bytes: Buffer;
  try {
    // The same bytes as ExcelJS's writeBuffer, in a fraction of the memory (leanXlsxWrite.ts), with
    // drop-downs as Excel writes them: each cell in one range (validationRanges.ts).
    bytes = await withCompactValidations(book.workbook, () => leanXlsxBuffer(book.workbook));
  } catch (e) {
    throw new FileWriteError(path, `the workbook could not be serialised (${plainReason(e)}); nothing was written`);
  }
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    throw new FileWriteError(path, `${plainReason(e)}; ${path} was left as it was`);
  }
}
