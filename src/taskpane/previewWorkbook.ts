import type { WorkbookPort } from '../port/workbookPort';
import { PREVIEW_TODAY } from './previewHost';
import type { CalendarDate } from '../core/calendar/calendarDate';
import { generateSampleLedger } from '../core/sample/sampleLedger';
import { planTemplate } from '../core/template/templatePlan';
import { TEMPLATE_SHEET_ORDER } from '../core/schema/sheetSchemas';
import { gridsFromPlan } from '../core/plan/gridsFromPlan';

export * from './paneEngine';

/** The day the preview lives on: the sample ledger's as-of date (see previewHost.ts). */
export const PREVIEW_YEAR = PREVIEW_TODAY.year;
export const PREVIEW_DAY = PREVIEW_TODAY;

/** An in-memory workbook holding a sample ledger (30 fictional members, with planted problems). */
export function samplePort(existingSheets: readonly string[], members: number, on: CalendarDate = PREVIEW_DAY): WorkbookPort {
  const sample = generateSampleLedger({ members, year: PREVIEW_YEAR, asOf: on, plantProblems: true });
  const { settings, ...data } = sample.data;
  const planned = planTemplate({ settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: on }, []);
  const grids = planned.status === 'planned' ? gridsFromPlan(planned.plan) : [];
  return {
    sheetNames: async () => [...existingSheets],
    readSheets: async () => grids,
    applyPlan: async (plan) => ({ sheetsAdded: plan.sheets.map((s) => s.name), degraded: [] }),
  };
}

/** The sample ledger as kept up to a day of the preview's year (待办 looks ahead from there). */
export function samplePortOn(asOf: CalendarDate | undefined, members: number): WorkbookPort {
  return samplePort([], members, asOf && asOf.year === PREVIEW_YEAR ? asOf : PREVIEW_DAY);
}
