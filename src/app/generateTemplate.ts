import type { WorkbookPort, ApplyReport } from '../port/workbookPort';
import { planTemplate, type ClashPolicy, type PlannedSheet, type TemplateRequest } from '../core/template/templatePlan';

export type GenerateOutcome =
  | { readonly status: 'clash'; readonly clashes: readonly string[] }
  | { readonly status: 'written'; readonly sheets: readonly PlannedSheet[]; readonly report: ApplyReport };

/**
 * The "generate a ledger" use case, the same in Excel and in the CLI: read the sheet names (one
 * round trip), plan in the core, write the plan (one round trip). A clash without a policy writes
 * nothing and is handed back for the user to choose.
 */
export async function generateTemplate(port: WorkbookPort, request: TemplateRequest, policy?: ClashPolicy): Promise<GenerateOutcome> {
  const existing = await port.sheetNames();
  const result = planTemplate(request, existing, policy);
  if (result.status === 'clash') return result;
  const report = await port.applyPlan(result.plan);
  return { status: 'written', sheets: result.sheets, report };
}
