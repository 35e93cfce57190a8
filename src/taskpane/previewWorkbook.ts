import type { WorkbookPort } from '../port/workbookPort';
import { PREVIEW_TODAY } from './previewHost';
import { generateSampleLedger } from '../core/sample/sampleLedger';
import { planTemplate } from '../core/template/templatePlan';
import { TEMPLATE_SHEET_ORDER } from '../core/schema/sheetSchemas';
import { gridsFromPlan } from '../core/plan/gridsFromPlan';

export * from './paneEngine';

/** The day the preview lives on: the sample ledger's as-of date (see previewHost.ts). */
export const PREVIEW_YEAR = PREVIEW_TODAY.year;
export const PREVIEW_DAY = PREVIEW_TODAY;

/** An in-memory workbook holding a sample ledger (30 fictional members, with planted problems). */
export function samplePort(existingSheets: readonly string[], members: number): WorkbookPort {
  const sample = generateSampleLedger({ members, year: PREVIEW_YEAR, asOf: PREVIEW_DAY, plantProblems: true });
  const { settings, ...data } = sample.data;
  const planned = planTemplate({ settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: PREVIEW_DAY }, []);
  const grids = planned.status === 'planned' ? gridsFromPlan(planned.plan) : [];
  return {
    sheetNames: async () => [...existingSheets],
    readSheets: async () => grids,
    applyPlan: async (plan) => ({ sheetsAdded: plan.sheets.map((s) => s.name), degraded: [] }),
  };
}
