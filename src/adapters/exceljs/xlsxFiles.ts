import { statSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from './excelJsWorkbook';

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

/** Node-side file I/O for the CLI and tests. */
export async function openXlsx(path: string, maxMb: number = DEFAULT_MAX_XLSX_MB): Promise<ExcelJsWorkbook> {
  const size = statSync(path).size;
  if (size > maxMb * 1024 * 1024) {
    throw new Error(`the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxMb} MB a ledger workbook is read up to (pass --max-mb to raise it)`);
  }
  const workbook = new (excelJs().Workbook)();
  await workbook.xlsx.readFile(path);
  return new ExcelJsWorkbook(workbook);
}

export function newXlsx(): ExcelJsWorkbook {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = '支部台账助手 Branch Ledger';
  return new ExcelJsWorkbook(workbook);
}

export async function saveXlsx(book: ExcelJsWorkbook, path: string): Promise<void> {
  await book.workbook.xlsx.writeFile(path);
}
