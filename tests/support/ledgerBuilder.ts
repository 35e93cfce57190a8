import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { calendarDate, toExcelSerial, type CalendarDate } from '../../src/core/calendar/calendarDate';
import { scanWorkbook, type ScanResult } from '../../src/core/scan/scanWorkbook';
import type { Finding } from '../../src/core/scan/finding';

/** Builds a real .xlsx workbook from rows (first row = header), round-trips it, and scans it. */
export type Rows = (string | number | boolean | null | { formula: string; result: string | number })[][];

/** Merged ranges per sheet name, as A1 ranges ("C1:N1"). */
export type Merges = Record<string, string[]>;

export async function scanSheets(sheets: Record<string, Rows>, asOf: CalendarDate, lang: 'zh-CN' | 'zh-TW' | 'en-US' = 'zh-CN', merges: Merges = {}): Promise<ScanResult> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
    }));
    for (const m of merges[name] ?? []) ws.mergeCells(m);
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return scanWorkbook(await new ExcelJsWorkbook(back).readSheets(), { asOf, today: asOf, lang });
}

export const d = (y: number, m: number, day: number): number => toExcelSerial(calendarDate(y, m, day));
export const only = (r: ScanResult, rule: string): Finding[] => r.findings.filter((f) => f.rule === rule);

export const ROSTER_HEADER = ['姓名', '性别', '出生日期', '身份证号', '人员类别', '党员类别', '入党日期', '转正日期', '党小组', '党内职务', '月收入基数', '组织关系状态', '备注'];

/** A valid roster row; override fields by header. */
export function member(name: string, overrides: Partial<Record<(typeof ROSTER_HEADER)[number], string | number | null>> = {}): (string | number | null)[] {
  const base: Record<string, string | number | null> = {
    姓名: name,
    性别: '男',
    出生日期: '1980-05-01',
    身份证号: null,
    人员类别: '在职',
    党员类别: '正式党员',
    入党日期: '2005-07-01',
    转正日期: '2006-07-01',
    党小组: null,
    党内职务: null,
    月收入基数: 5000,
    组织关系状态: '在册',
    备注: null,
  };
  const row = { ...base, ...overrides };
  return ROSTER_HEADER.map((h) => row[h] ?? null);
}
