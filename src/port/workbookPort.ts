import type { WritePlan } from '../core/plan/writePlan';

import type { CellScalar, SheetGrid } from '../core/read/grid';

export type { CellScalar, SheetGrid };

export interface ApplyReport {
  readonly sheetsAdded: readonly string[];
  /** Features the host could not apply (an older Excel without the requirement set), for the user to see. */
  readonly degraded: readonly string[];
}

/**
 * The workbook as the use cases see it. One port instance serves one user action; each method is
 * at most one round trip to the host (one `context.sync()` in Excel).
 */
export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  readSheets(names?: readonly string[]): Promise<SheetGrid[]>;
  /** Adds the plan's sheets; refuses a plan that names an existing sheet rather than touch user data. */
  applyPlan(plan: WritePlan): Promise<ApplyReport>;
}

export class SheetExistsError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" already exists; a plan never overwrites a sheet`);
    this.name = 'SheetExistsError';
  }
}
