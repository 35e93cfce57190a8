import { generateTemplate } from '../app/generateTemplate';
import type { WorkbookPort } from '../port/workbookPort';
import type { LedgerHost } from './ledgerHost';

/**
 * The pane opened in a plain browser with `?preview`: plans run through the real core against an
 * empty in-memory workbook, so the pane can be tried and screenshotted without Excel. Nothing is saved.
 */
export function previewHost(existingSheets: readonly string[] = []): LedgerHost {
  const port: WorkbookPort = {
    sheetNames: async () => [...existingSheets],
    readSheets: async () => [],
    applyPlan: async (plan) => ({ sheetsAdded: plan.sheets.map((s) => s.name), degraded: [] }),
  };
  return { generateTemplate: (request, policy) => generateTemplate(port, request, policy) };
}
