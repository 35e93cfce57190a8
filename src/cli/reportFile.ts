import type { ExcelJsWorkbook } from '../adapters/exceljs/excelJsWorkbook';
import { saveXlsx } from '../adapters/exceljs/xlsxFiles';
import { ensureFolderOf } from './outputs';

/** Writes a --report workbook; a write failure is reported on stderr (false), never thrown past the batch's results. */
export async function writeReport(book: ExcelJsWorkbook, path: string, io: { err(line: string): void }): Promise<boolean> {
  try {
    ensureFolderOf(path);
    await saveXlsx(book, path);
    return true;
  } catch (e) {
    const message = String((e as Error).message).split('\n')[0];
    io.err(`branch-ledger: ${/^cannot write /.test(message) ? message : `cannot write ${path}: ${message}`}`);
    return false;
  }
}
