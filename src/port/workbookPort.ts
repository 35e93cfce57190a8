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

/**
 * A workbook whose used ranges are too large to check in one go (usually a stray value far below or
 * right of the data). It names the largest sheet, where the stray value most likely is, and the
 * total when other sheets add to it.
 */
export class WorkbookTooLargeError extends Error {
  constructor(readonly sheet: string, readonly rows: number, readonly columns: number, readonly limit: number, readonly total: number = rows * columns) {
    const others = total > rows * columns;
    super(
      `工作表“${sheet}”的已用区域过大（${rows} 行 × ${columns} 列${others ? `；全部工作表合计 ${total} 个单元格` : ''}），超过一次检查的上限 ${limit} 个单元格：请删除表格下方或右侧远处的多余内容后重试。` +
        ` / The used range of sheet "${sheet}" is ${rows} rows × ${columns} columns${others ? ` (all sheets together: ${total} cells)` : ''}, over the ${limit}-cell limit of one check: delete stray content far below or right of the table and try again.`,
    );
    this.name = 'WorkbookTooLargeError';
  }
}

/** Adds up the sheets' used areas as they are sized; past MAX_READ_CELLS it throws, naming the largest sheet. */
export class ReadSizeBudget {
  private total = 0;
  private largest: { sheet: string; rows: number; columns: number } | null = null;

  add(sheet: string, rows: number, columns: number): void {
    this.total += rows * columns;
    if (!this.largest || rows * columns > this.largest.rows * this.largest.columns) this.largest = { sheet, rows, columns };
    if (this.total > MAX_READ_CELLS) throw new WorkbookTooLargeError(this.largest.sheet, this.largest.rows, this.largest.columns, MAX_READ_CELLS, this.total);
  }
}
