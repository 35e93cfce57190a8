import type ExcelJS from 'exceljs';
import { columnLetter, columnNumber } from '../../core/plan/writePlan';

/**
 * Drop-downs and other data validations written as non-overlapping ranges.
 *
 * ExcelJS reads a validation's range (sqref) into one entry per cell, and on writing joins the cells
 * back with a search that goes by address text: A10 sorts before A2, so C4:C3023 comes back as
 * C10:C3023 *and* C4:C3023. Overlapping validations are not what Excel writes and not what its
 * schema intends (EPPlus refuses to save them), and a check of every cell pair against its
 * neighbours costs a deep comparison each, about 5 % of writing a 3,000-member ledger. Here each
 * sheet's validations are grouped by content and laid out as rectangles, each cell in exactly one,
 * before the writer sees them; ExcelJS writes a range entry as it is.
 */
type Validation = object;
type ValidationModel = Record<string, Validation | undefined>;
interface SheetWithValidations {
  dataValidations?: { model: ValidationModel };
}

const CELL = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/;
const RANGE = /^\$?([A-Z]{1,3})\$?([1-9]\d*):\$?([A-Z]{1,3})\$?([1-9]\d*)$/;

interface Group {
  readonly validation: Validation;
  /** Rows per column. */
  readonly columns: Map<number, number[]>;
}

/** One sheet's validation model as rectangles; entries it cannot read as cells or ranges are kept as they are. */
export function compactValidationModel(model: ValidationModel): ValidationModel {
  const out: ValidationModel = {};
  const groups = new Map<string, Group>();
  const keyOf = new Map<Validation, string>();
  // A cell given two validations keeps the last, as ExcelJS's per-cell model does when it reads one.
  const owner = new Map<number, Group>();
  const add = (validation: Validation, col: number, row: number): void => {
    // Cells read from one range share one object: it is written out once.
    let key = keyOf.get(validation);
    if (key === undefined) keyOf.set(validation, (key = JSON.stringify(validation)));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { validation, columns: new Map() }));
    let rows = group.columns.get(col);
    if (!rows) group.columns.set(col, (rows = []));
    rows.push(row);
    owner.set(col * 2_097_152 + row, group); // rows are under 2^21
  };
  for (const [address, validation] of Object.entries(model)) {
    if (!validation) continue; // removed (ExcelJS's remove leaves the key undefined)
    const cell = CELL.exec(address);
    if (cell) {
      add(validation, columnNumber(cell[1]), Number(cell[2]));
      continue;
    }
    const range = RANGE.exec(address);
    if (!range) {
      out[address] = validation;
      continue;
    }
    const [left, right] = [columnNumber(range[1]), columnNumber(range[3])].sort((a, b) => a - b);
    const [top, bottom] = [Number(range[2]), Number(range[4])].sort((a, b) => a - b);
    for (let col = left; col <= right; col++) for (let row = top; row <= bottom; row++) add(validation, col, row);
  }
  for (const group of groups.values()) {
    // Runs of rows per column, then runs of equal row spans across neighbouring columns.
    const open = new Map<string, { left: number; right: number; top: number; bottom: number }>();
    const emit = (r: { left: number; right: number; top: number; bottom: number }): void => {
      const from = `${columnLetter(r.left)}${r.top}`;
      const to = `${columnLetter(r.right)}${r.bottom}`;
      out[from === to ? from : `${from}:${to}`] = group.validation;
    };
    const cols = [...group.columns.keys()].sort((a, b) => a - b);
    for (const col of cols) {
      const rows = group.columns.get(col)!.filter((row) => owner.get(col * 2_097_152 + row) === group).sort((a, b) => a - b);
      const spans: string[] = [];
      for (let i = 0; i < rows.length; ) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] <= rows[j] + 1) j++;
        spans.push(`${rows[i]}:${rows[j]}`);
        i = j + 1;
      }
      for (const [span, r] of open) {
        if (r.right === col - 1 && spans.includes(span)) continue;
        emit(r);
        open.delete(span);
      }
      for (const span of spans) {
        const r = open.get(span);
        if (r && r.right === col - 1) r.right = col;
        else {
          const [top, bottom] = span.split(':').map(Number);
          open.set(span, { left: col, right: col, top, bottom });
        }
      }
    }
    for (const r of open.values()) emit(r);
  }
  return out;
}

/** Runs `write` with every sheet's validations as non-overlapping ranges, and puts the workbook's own model back after. */
export async function withCompactValidations<T>(workbook: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const sheets = workbook.worksheets as unknown as SheetWithValidations[];
  const saved = sheets.map((ws) => ws.dataValidations?.model);
  try {
    for (const ws of sheets) if (ws.dataValidations) ws.dataValidations.model = compactValidationModel(ws.dataValidations.model);
    return await write();
  } finally {
    sheets.forEach((ws, i) => {
      if (ws.dataValidations && saved[i]) ws.dataValidations.model = saved[i];
    });
  }
}
