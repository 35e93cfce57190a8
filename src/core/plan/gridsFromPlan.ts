import { toExcelSerial } from '../calendar/calendarDate';
import type { CellScalar, SheetGrid } from '../read/grid';
import { isDateValue, isFormula, type WritePlan } from './writePlan';

/**
 * The grids a workbook would show after a plan is applied to an empty workbook (formulas as their
 * cached results). Lets the pane's preview mode and tests scan a planned ledger without a host.
 */
export function gridsFromPlan(plan: WritePlan): SheetGrid[] {
  return plan.sheets.map((sheet) => {
    let rows = 0;
    let cols = 0;
    for (const b of sheet.blocks) {
      rows = Math.max(rows, b.row + b.values.length - 1);
      cols = Math.max(cols, b.col + (b.values[0]?.length ?? 0) - 1);
    }
    const values: CellScalar[][] = Array.from({ length: rows }, () => Array<CellScalar>(cols).fill(null));
    const numberFormats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
    const formulaCells: boolean[][] = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));
    for (const s of sheet.styles) {
      if (!s.style.numberFormat) continue;
      for (let r = s.range.row; r < s.range.row + s.range.rows && r <= rows; r++) {
        for (let c = s.range.col; c < s.range.col + s.range.cols && c <= cols; c++) numberFormats[r - 1][c - 1] = s.style.numberFormat;
      }
    }
    for (const b of sheet.blocks) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell: CellScalar = v === null ? null : isFormula(v) ? (v.result === undefined || v.result === '' ? null : v.result) : isDateValue(v) ? toExcelSerial(v.date) : v;
          values[b.row - 1 + i][b.col - 1 + j] = cell;
          if (v !== null && isFormula(v)) formulaCells[b.row - 1 + i][b.col - 1 + j] = true;
        }),
      );
    }
    return { name: sheet.name, visible: true, values, numberFormats, formulaCells, hiddenColumns: [] };
  });
}
