import type { WritePlan } from '../core/plan/writePlan';

/** A cell as read: formulas are read as their last computed value; dates as 1900-system serials. */
export type CellScalar = string | number | boolean | null;

export interface SheetGrid {
  readonly name: string;
  readonly visible: boolean;
  /** Values from A1 to the last used cell, rectangular. */
  readonly values: readonly (readonly CellScalar[])[];
  /** Number formats parallel to `values` ('General' where none), so date serials can be told from numbers. */
  readonly numberFormats: readonly (readonly string[])[];
  /** 1-based indexes of hidden columns. */
  readonly hiddenColumns: readonly number[];
}

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
