import type { WritePlan } from '../core/plan/writePlan';

import type { CellScalar, MergedArea, SheetGrid } from '../core/read/grid';

export type { CellScalar, MergedArea, SheetGrid };

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

/**
 * Beyond this many cells (the sum of the sheets' used areas) a workbook is not a ledger but a stray
 * value far away: the user is told, nothing is read. The same in Excel and in the CLI.
 */
export const MAX_READ_CELLS = 2_000_000;

/** A workbook whose used ranges are too large to check in one go (usually a stray value far below or right of the data). */
export class WorkbookTooLargeError extends Error {
  constructor(readonly sheet: string, readonly rows: number, readonly columns: number, readonly limit: number) {
    super(
      `工作表“${sheet}”的已用区域过大（${rows} 行 × ${columns} 列），超过一次检查的上限 ${limit} 个单元格：请删除表格下方或右侧远处的多余内容后重试。` +
        ` / The used range of sheet "${sheet}" is ${rows} rows × ${columns} columns, over the ${limit}-cell limit of one check: delete stray content far below or right of the table and try again.`,
    );
    this.name = 'WorkbookTooLargeError';
  }
}
