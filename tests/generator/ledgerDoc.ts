import type { CellScalar, MergedArea, SheetGrid } from '../../src/core/read/grid';
import { LEDGER_SCHEMAS, type LedgerKind } from '../../src/core/schema/sheetSchemas';

/**
 * A ledger sheet held as a table (title lines, columns with header levels, rows), so that the
 * messy-ledger mutations can rewrite it the way people do and render it back to a grid with header
 * bands and merged areas. Columns keep their meaning (`key`) whatever their header becomes, so value
 * mutations still find the dates and amounts after the headers were rewritten.
 */
export interface Cell {
  v: CellScalar;
  fmt: string;
  formula: boolean;
}

export interface Column {
  /** Schema key (or a key of one of the other shapes); null for inserted columns with no meaning. */
  key: string | null;
  /** Header levels top to bottom: ['党费交纳情况', '1月'], or one level. */
  header: string[];
  hidden: boolean;
}

export type RowKind = 'data' | 'blank' | 'note' | 'total';

export interface Row {
  kind: RowKind;
  cells: Cell[];
  /** A note row whose text is merged across the table's width. */
  mergeAcross?: boolean;
}

/** Which layout of its ledger kind a table has (DOMAIN.md §3 "other layouts of the same ledger"). */
export type Shape = 'grid' | 'payments' | 'month-sheet' | 'attendees';

export interface Table {
  kind: LedgerKind;
  shape: Shape;
  name: string;
  /** Title and 填表说明 lines above the header. */
  title: string[];
  titleMerged: boolean;
  blankAfterTitle: number;
  columns: Column[];
  rows: Row[];
  /** Report merged areas (a host that can say); otherwise the reader must infer spans. */
  reportMerges: boolean;
  /** Set on tables split off one ledger (per quarter, per month): they keep the name they were given. */
  split?: boolean;
  /** A sheet passed through untouched (the settings sheet). */
  raw?: SheetGrid;
}

export interface Doc {
  tables: Table[];
}

export const blankCell = (): Cell => ({ v: null, fmt: 'General', formula: false });
export const textCell = (v: CellScalar, fmt = 'General'): Cell => ({ v, fmt, formula: false });

const stripStar = (s: string): string => s.replace(/\*$/, '');

/** Reads a grid the template wrote (title, 填表说明, header on row 3, records below) into a table. */
export function tableFromTemplateGrid(grid: SheetGrid, kind: LedgerKind): Table {
  if (kind === 'settings') {
    return { kind, shape: 'grid', name: grid.name, title: [], titleMerged: false, blankAfterTitle: 0, columns: [], rows: [], reportMerges: true, raw: grid };
  }
  const schema = LEDGER_SCHEMAS[kind];
  const headerRow = grid.values[2];
  const columns: Column[] = headerRow.map((h) => {
    const label = stripStar(String(h ?? ''));
    const spec = schema.columns.find((c) => c.label.zh === label);
    if (!spec) throw new Error(`unknown template header ${label} on ${grid.name}`);
    return { key: spec.key, header: [String(h)], hidden: false };
  });
  const rows: Row[] = [];
  for (let r = 3; r < grid.values.length; r++) {
    const values = grid.values[r];
    const cells = columns.map((_, c) => ({ v: values[c] ?? null, fmt: grid.numberFormats[r]?.[c] ?? 'General', formula: grid.formulaCells?.[r]?.[c] ?? false }));
    const empty = cells.every((c) => c.v === null || c.v === '');
    if (empty) continue;
    const first = cells.map((c) => c.v).find((v) => typeof v === 'string');
    rows.push({ kind: first === '合计' ? 'total' : 'data', cells });
  }
  const title = [grid.values[0][0], grid.values[1][0]].filter((v): v is string => typeof v === 'string');
  return { kind, shape: 'grid', name: grid.name, title, titleMerged: true, blankAfterTitle: 0, columns, rows, reportMerges: true };
}

/** `kinds[i]` null: a sheet that is none of the ledgers, kept as it is. */
export function docFromTemplateGrids(grids: readonly SheetGrid[], kinds: readonly (LedgerKind | null)[]): Doc {
  return { tables: grids.map((g, i) => tableFromTemplateGrid(g, kinds[i] ?? 'settings')) };
}

export function cloneDoc(doc: Doc): Doc {
  return {
    tables: doc.tables.map((t) => ({
      ...t,
      title: [...t.title],
      columns: t.columns.map((c) => ({ ...c, header: [...c.header] })),
      rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) })),
    })),
  };
}

export const columnIndexOf = (t: Table, key: string): number => t.columns.findIndex((c) => c.key === key);

/** Renders a table as a host would report it: values, formats, hidden columns and merged areas. */
export function renderTable(t: Table): SheetGrid {
  if (t.raw) return { ...t.raw, name: t.name };
  const width = Math.max(1, t.columns.length);
  const values: CellScalar[][] = [];
  const formats: string[][] = [];
  const formulas: boolean[][] = [];
  const merges: MergedArea[] = [];
  const push = (cells: readonly Cell[]): void => {
    const v: CellScalar[] = new Array(width);
    const f: string[] = new Array(width);
    const x: boolean[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      v[c] = cell ? cell.v : null;
      f[c] = cell ? cell.fmt : 'General';
      x[c] = cell ? cell.formula : false;
    }
    values.push(v);
    formats.push(f);
    formulas.push(x);
  };
  for (const line of t.title) {
    push([textCell(line)]);
    if (t.titleMerged && width > 1) merges.push({ top: values.length, left: 1, bottom: values.length, right: width });
  }
  for (let i = 0; i < t.blankAfterTitle; i++) push([]);

  const depth = t.columns.reduce((d, c) => (c.header.length > d ? c.header.length : d), 1);
  const top = values.length + 1;
  for (let level = 0; level < depth; level++) {
    const cells: Cell[] = t.columns.map((col, c) => {
      const own = col.header.length;
      if (level >= own) return blankCell();
      // A group label is written once, in the first column of its span.
      const isLeaf = level === own - 1;
      if (!isLeaf && c > 0 && sameGroup(t.columns[c - 1], col, level)) return blankCell();
      return textCell(col.header[level]);
    });
    push(cells);
  }
  for (let c = 0; c < t.columns.length; c++) {
    const col = t.columns[c];
    const own = col.header.length;
    // The leaf label spans down to the band's last row.
    if (own < depth) merges.push({ top: top + own - 1, left: c + 1, bottom: top + depth - 1, right: c + 1 });
    for (let level = 0; level < own - 1; level++) {
      if (c > 0 && sameGroup(t.columns[c - 1], col, level)) continue;
      let end = c;
      while (end + 1 < t.columns.length && sameGroup(t.columns[end], t.columns[end + 1], level)) end++;
      if (end > c) merges.push({ top: top + level, left: c + 1, bottom: top + level, right: end + 1 });
    }
  }
  for (const row of t.rows) {
    push(row.cells);
    if (row.mergeAcross && width > 1) merges.push({ top: values.length, left: 1, bottom: values.length, right: width });
  }
  const hiddenColumns = t.columns.flatMap((c, i) => (c.hidden ? [i + 1] : []));
  return { name: t.name, visible: true, values, numberFormats: formats, formulaCells: formulas, hiddenColumns, merges: t.reportMerges ? merges : undefined };
}

/** Two neighbouring columns share a group label at `level` (and every level above it). */
function sameGroup(a: Column, b: Column, level: number): boolean {
  if (a.header.length - 1 <= level || b.header.length - 1 <= level) return false;
  for (let l = 0; l <= level; l++) if (a.header[l] !== b.header[l]) return false;
  return true;
}

export function renderDoc(doc: Doc): SheetGrid[] {
  return doc.tables.map(renderTable);
}
