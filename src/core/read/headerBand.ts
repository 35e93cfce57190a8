import type { CellScalar, MergedArea, SheetGrid } from './grid';
import { fromExcelSerial } from '../calendar/calendarDate';
import { isDateFormat, parseMonthHeader } from './parseValues';

/**
 * A header of one to three rows, as people draw them (DOMAIN.md §3): a merged group label
 * (“党费交纳情况”) above the columns it spans (“1月 … 12月”), a label merged down over the band
 * (“姓名”), or one header split over two rows (“递交入党” / “申请书日期”).
 *
 * For each column the band offers its labels in the order they should be tried: the bottom row's
 * own label, then the parents composed with it, then a parent alone (a label standing over an empty
 * cell is the column's label).
 */
export interface BandColumn {
  /** 1-based column. */
  readonly col: number;
  readonly labels: readonly string[];
  /** The bottom row's own label, and the labels above it (outermost first). */
  readonly child: string;
  readonly parents: readonly string[];
}

const text = (v: CellScalar | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * A header cell's text. A month typed as “2025-01” is stored by Excel as a date: it reads as the
 * month it shows (“2025年1月”), not as its serial.
 */
export function headerText(grid: SheetGrid, row: number, col: number): string {
  const v = grid.values[row - 1]?.[col - 1];
  const format = grid.numberFormats[row - 1]?.[col - 1];
  // Only a format that shows no day is a month label; a full date in a row is a record's value.
  if (typeof v === 'number' && isDateFormat(format) && !/d/i.test(format!.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    const d = fromExcelSerial(v);
    if (d) return `${d.year}年${d.month}月`;
  }
  return text(v);
}

/** Header texts of a sheet's cells, each worked out once: recognition reads a row in up to three bands. */
export type HeaderTexts = (row: number, col: number) => string;

export function headerTexts(grid: SheetGrid): HeaderTexts {
  const rows = new Map<number, string[]>();
  return (row, col) => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    let t = cells[col];
    if (t === undefined) cells[col] = t = headerText(grid, row, col);
    return t;
  };
}

/** The value shown at a cell of the band: a merged area shows its top-left value over its whole span. */
function bandCell(texts: HeaderTexts, merges: readonly MergedArea[], top: number, row: number, col: number): string {
  for (const m of merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) {
      // A merge that starts above the band (a title block) is not part of it.
      return m.top >= top ? texts(m.top, m.left) : '';
    }
  }
  return texts(row, col);
}

/** Merged areas that touch rows top..bottom (a sheet can hold thousands of merges further down). */
function mergesIn(grid: SheetGrid, top: number, bottom: number): MergedArea[] {
  return (grid.merges ?? []).filter((m) => m.bottom >= top && m.top <= bottom);
}

const inMerge = (merges: readonly MergedArea[], row: number, col: number): boolean =>
  merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);

/**
 * The labels of each column of the band top..bottom. Where a parent row holds a label followed by
 * blanks over labelled columns and no merge says otherwise, the label is read as spanning them:
 * many files centre a group label across its columns without merging, and hosts that cannot
 * report merges give no spans at all.
 */
export function bandColumns(grid: SheetGrid, top: number, bottom: number, width: number, texts: HeaderTexts = headerTexts(grid)): BandColumn[] {
  const merges = mergesIn(grid, top, bottom);
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(bandCell(texts, merges, top, r, c));
    rows.push(cells);
  }
  const child = rows[rows.length - 1];
  for (let p = 0; p < rows.length - 1; p++) {
    const parent = rows[p];
    let carried = '';
    for (let c = 0; c < width; c++) {
      if (parent[c]) carried = parent[c];
      else if (carried && child[c] && !inMerge(merges, top + p, c + 1)) parent[c] = carried;
      else carried = '';
    }
  }
  const out: BandColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parents = rows.slice(0, -1).map((r) => r[c]).filter((t, i, all) => t && t !== child[c] && all.indexOf(t) === i);
    const labels: string[] = [];
    const add = (t: string): void => {
      if (t && !labels.includes(t)) labels.push(t);
    };
    add(child[c]);
    if (child[c]) {
      // A generic word under a group label takes its meaning from it: 缺席情况 / 人员 → 缺席人员.
      if (parents.length) add(parents[parents.length - 1].replace(/(情况|情形|记录|記錄|信息|資訊|情況)\s*$/, '') + child[c]);
      if (parents.length) add(parents[parents.length - 1] + child[c]);
      if (parents.length > 1) add(parents.join('') + child[c]);
    } else {
      if (parents.length > 1) add(parents.join(''));
      for (let i = parents.length - 1; i >= 0; i--) add(parents[i]);
    }
    if (labels.length) out.push({ col: c + 1, labels, child: child[c], parents });
  }
  return out;
}

/**
 * A row that cannot be a parent row of a band: blank, or a single text (a title, a merged title
 * block, a 填表说明 line). A group label alone over a row of labels needs no band: the row below
 * already names every column.
 */
export function isTitleRow(grid: SheetGrid, row: number, width: number): boolean {
  const values = grid.values[row - 1] ?? [];
  let filled = 0;
  for (let c = 0; c < Math.min(width, values.length) && filled < 2; c++) if (text(values[c])) filled++;
  return filled < 2;
}

// A value, not a label: an amount, a count, a date, a payment mark.
const VALUE = /^(已交|已缴|已繳|未交|未缴|欠交|paid|unpaid|yes|no|ok|是|否)$|^([¥￥$]|rmb)?\s*-?\d[\d,]*(\.\d+)?\s*(元|人|名|学时|小时|h)?$|^\d{2,4}\s*[-/.年]\s*\d{1,2}|^[√✓✔×✗☑]$/i;

/**
 * Whether a row can be the last row of a band taller than one: it holds labels only. A record row
 * under a one-row header would otherwise make a “band” whose composed labels (“Jan81”) still match.
 * Months written as the numbers 1–12 under a group label are labels.
 */
export function isLabelRow(grid: SheetGrid, row: number, width: number): boolean {
  const values = grid.values[row - 1] ?? [];
  for (let c = 0; c < Math.min(width, values.length); c++) {
    const v = values[c];
    if (typeof v === 'boolean') return false;
    if (typeof v === 'number') {
      if (Number.isInteger(v) && v >= 1 && v <= 12) continue;
      if (headerText(grid, row, c + 1) !== String(v)) continue;
      return false;
    }
    // A month written as 2025-01 or 2025年1月 is a header here, not a date.
    if (typeof v === 'string' && VALUE.test(v.trim()) && parseMonthHeader(v) === null) return false;
  }
  return true;
}

/** How wide the band is: the longest of its rows (read only what exists). */
export function bandWidth(grid: SheetGrid, top: number, bottom: number): number {
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, grid.values[r - 1]?.length ?? 0);
  return width;
}
