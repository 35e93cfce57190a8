import type { GenerateOutcome } from '../app/generateTemplate';
import type { ClashPolicy, TemplateRequest } from '../core/template/templatePlan';

/**
 * What the pane may ask of its host. Components receive this as a prop: in Excel it is backed by
 * Office.js (officeHost.ts); in tests and screenshots by a fake. Components never call Excel.
 */
export interface LedgerHost {
  generateTemplate(request: TemplateRequest, policy?: ClashPolicy): Promise<GenerateOutcome>;
}
