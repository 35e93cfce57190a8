import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../adapters/exceljs/excelJsWorkbook';
import { withCompactValidations } from '../adapters/exceljs/validationRanges';

/**
 * Workbooks as bytes, for the web edition: nothing here touches a disk or the network. In the
 * browser `exceljs` resolves to its own browser build (package.json "browser" field).
 */
export async function readXlsxBytes(bytes: ArrayBuffer): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return new ExcelJsWorkbook(workbook);
}

export function emptyXlsx(): ExcelJsWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '支部台账助手 Branch Ledger';
  return new ExcelJsWorkbook(workbook);
}

export async function xlsxBytes(book: ExcelJsWorkbook): Promise<ArrayBuffer> {
  // Drop-downs as Excel writes them: each cell in one range (validationRanges.ts).
  const data = (await withCompactValidations(book.workbook, () => book.workbook.xlsx.writeBuffer())) as unknown as Uint8Array;
  // A copy that owns exactly its bytes (the writer's buffer may be a view into a larger one).
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
