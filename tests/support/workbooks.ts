import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { withCompactValidations } from '../../src/adapters/exceljs/validationRanges';
import { generateTemplate } from '../../src/app/generateTemplate';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import type { Language } from '../../src/core/i18n/language';
import type { LedgerKind } from '../../src/core/schema/sheetSchemas';
import { TEMPLATE_SHEET_ORDER } from '../../src/core/schema/sheetSchemas';
import { planTemplate, type TemplateRequest } from '../../src/core/template/templatePlan';
import { gridsFromPlan } from '../../src/core/plan/gridsFromPlan';
import type { SheetGrid } from '../../src/core/read/grid';
import { generateSampleLedger } from '../../src/core/sample/sampleLedger';

export const TODAY = calendarDate(2025, 11, 20);

export function templateRequest(lang: Language = 'zh-CN', sheets: readonly LedgerKind[] = TEMPLATE_SHEET_ORDER): TemplateRequest {
  return { settings: { branchName: '第一党支部', unitType: '机关', year: 2025 }, lang, sheets, today: TODAY };
}

/** Writes the workbook to xlsx bytes as the product does (drop-downs as ranges) and reads it back: what a user's Excel would open. */
export async function roundTrip(book: ExcelJsWorkbook): Promise<ExcelJS.Workbook> {
  const buffer = await withCompactValidations(book.workbook, () => book.workbook.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

export async function generatedTemplate(lang: Language = 'zh-CN'): Promise<ExcelJS.Workbook> {
  const book = new ExcelJsWorkbook(new ExcelJS.Workbook());
  const outcome = await generateTemplate(book, templateRequest(lang));
  if (outcome.status !== 'written') throw new Error('expected a written template');
  return roundTrip(book);
}

export async function generatedSample(members = 30, plantProblems = false, lang: Language = 'zh-CN'): Promise<{ wb: ExcelJS.Workbook; sample: ReturnType<typeof generateSampleLedger> }> {
  const sample = generateSampleLedger({ members, year: 2025, asOf: calendarDate(2025, 12, 31), plantProblems, lang });
  const book = new ExcelJsWorkbook(new ExcelJS.Workbook());
  const { settings, ...data } = sample.data;
  await generateTemplate(book, { settings, lang, sheets: TEMPLATE_SHEET_ORDER, data, today: calendarDate(2025, 12, 31) }, 'rename');
  return { wb: await roundTrip(book), sample };
}

/** The sample ledger's grids straight from its plan (no .xlsx round trip): fast for large sizes. */
export function sampleGridsFromPlan(members: number, plantProblems = false): SheetGrid[] {
  const asOf = calendarDate(2025, 12, 31);
  const sample = generateSampleLedger({ members, year: 2025, asOf, plantProblems });
  const { settings, ...data } = sample.data;
  const planned = planTemplate({ settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: asOf }, []);
  if (planned.status !== 'planned') throw new Error('expected a plan');
  return gridsFromPlan(planned.plan);
}
