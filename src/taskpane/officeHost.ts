import { generateTemplate } from '../app/generateTemplate';
import { clearScanOutput, runScan } from '../app/scanWorkbook';
import { writeSummary } from '../app/summarizeWorkbook';
import { runExcelAction } from '../adapters/office/officeWorkbook';
import type { LedgerHost } from './ledgerHost';
import { hasFindingsSheet } from '../core/scan/scanPlan';

/** Each pane action is one Excel.run (see runExcelAction). */
export const officeHost: LedgerHost = {
  generateTemplate: (request, policy) => runExcelAction((workbook) => generateTemplate(workbook, request, policy)),
  scan: (request) => runExcelAction((workbook) => runScan(workbook, { ...request, write: request.write ?? true })),
  clearHighlights: () => runExcelAction((workbook) => clearScanOutput(workbook)),
  hasScanResults: () => runExcelAction(async (workbook) => hasFindingsSheet(await workbook.sheetNames())),
  summary: (request) => runExcelAction(async (workbook) => (await writeSummary(workbook, request)).report),
  select: (sheet, cell) => runExcelAction((workbook) => workbook.select(sheet, cell)),
};
