import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from './excelJsWorkbook';

/** Node-side file I/O for the CLI and tests. */
export async function openXlsx(path: string): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return new ExcelJsWorkbook(workbook);
}

export function newXlsx(): ExcelJsWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '支部台账助手 Branch Ledger';
  return new ExcelJsWorkbook(workbook);
}

export async function saveXlsx(book: ExcelJsWorkbook, path: string): Promise<void> {
  await book.workbook.xlsx.writeFile(path);
}
