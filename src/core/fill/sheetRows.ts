import type { PlanValue, SheetWrite } from '../plan/writePlan';
import type { RecognizedSheet } from '../read/recognizeSheets';
import type { CellScalar } from '../read/grid';

const TOTAL = /^(合计|合計|小计|小計|总计|總計|total)/i;
const blank = (v: CellScalar | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Rows where new records can go without touching anything the user wrote: after the last record,
 * every mapped input cell blank (formula cells of a template row and a 序号 are fine), and never past a 合计 row.
 * Returns fewer rows than asked when a totals row leaves no room.
 */
export function freeRows(sheet: RecognizedSheet, count: number): number[] {
  // 序号 numbered in advance down an empty ledger does not make a row taken: new records fill those rows.
  const inputs = [...sheet.columns.values()].filter((m) => m.key !== 'serial' && !sheet.schema.columns.find((c) => c.key === m.key)?.computed);
  const last = sheet.recordRows.length ? sheet.recordRows[sheet.recordRows.length - 1] : sheet.headerRow;
  const rows: number[] = [];
  for (let r = last + 1; rows.length < count; r++) {
    const row = sheet.grid.values[r - 1];
    if (row && row.some((v) => typeof v === 'string' && TOTAL.test(v.replace(/\s+/g, '')))) break;
    if (!row || inputs.every((m) => blank(row[m.col - 1]))) rows.push(r);
  }
  return rows;
}

/** A write of some columns (by key) on one row; cells not given, not blank or holding a formula stay untouched. */
export function rowWrite(sheet: RecognizedSheet, row: number, values: Readonly<Record<string, PlanValue | undefined>>): SheetWrite | null {
  const cols = Object.entries(values)
    .filter(([key, v]) => v !== undefined && v !== null && sheet.columns.has(key) && isBlankAt(sheet, row, sheet.columns.get(key)!.col))
    .map(([key, v]) => ({ col: sheet.columns.get(key)?.col, v: v as PlanValue }))
    .filter((x): x is { col: number; v: PlanValue } => x.col !== undefined);
  if (cols.length === 0) return null;
  let min = cols[0].col;
  let max = cols[0].col;
  for (const c of cols) {
    if (c.col < min) min = c.col;
    if (c.col > max) max = c.col;
  }
  const line: PlanValue[] = Array<PlanValue>(max - min + 1).fill(null);
  for (const c of cols) line[c.col - min] = c.v;
  return { sheet: sheet.grid.name, row, col: min, values: [line] };
}

/** Blank and not a formula: the only kind of cell a helper writes into. */
export function isBlankAt(sheet: RecognizedSheet, row: number, col: number): boolean {
  return blank(sheet.grid.values[row - 1]?.[col - 1]) && !sheet.grid.formulaCells?.[row - 1]?.[col - 1] && !coveredByMerge(sheet, row, col);
}

/**
 * A cell inside a merged area other than its top-left one reads as blank, but writing it writes the
 * area's value (a header merged down over a blank row would be overwritten): never a helper's cell.
 */
function coveredByMerge(sheet: RecognizedSheet, row: number, col: number): boolean {
  for (const m of sheet.grid.merges ?? []) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) return true;
  }
  return false;
}

/** Joins writes on consecutive rows of the same columns into one block: one range, not one per row. */
export function mergeRowWrites(writes: readonly SheetWrite[]): SheetWrite[] {
  const out: SheetWrite[] = [];
  for (const w of [...writes].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row)) {
    const prev = out[out.length - 1];
    if (prev && prev.sheet === w.sheet && prev.col === w.col && prev.values[0].length === w.values[0].length && prev.row + prev.values.length === w.row) {
      out[out.length - 1] = { ...prev, values: [...prev.values, ...w.values] };
    } else out.push(w);
  }
  return out;
}
