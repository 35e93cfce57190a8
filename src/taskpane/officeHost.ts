import { generateTemplate } from '../app/generateTemplate';
import { runExcelAction } from '../adapters/office/officeWorkbook';
import type { LedgerHost } from './ledgerHost';

/** Each pane action is one Excel.run (see runExcelAction). */
export const officeHost: LedgerHost = {
  generateTemplate: (request, policy) => runExcelAction((workbook) => generateTemplate(workbook, request, policy)),
};
