import { LEDGER_SCHEMAS, type ColumnSpec, type LedgerKind, type SheetSchema } from '../schema/sheetSchemas';
import type { EnumerationId } from '../schema/enumerations';
import type { CellScalar, SheetGrid } from './grid';
import { normalizeHeader } from './normalizeText';
import { parseMonthHeader } from './parseValues';
import { parseEnum } from './parseEnum';
import { idNumberProblem } from '../model/idNumber';

/**
 * Finds each ledger in a workbook and its columns by meaning (DOMAIN.md §3): header synonyms in
 * simplified, traditional or English, with noise; a title block above the header; the values
 * deciding where a header is ambiguous.
 */
export type RecordKind = Exclude<LedgerKind, 'settings'>;

export interface ColumnMatch {
  readonly key: string;
  /** 1-based column. */
  readonly col: number;
  /** The header as written in the file. */
  readonly header: string;
}

export interface RecognizedSheet {
  readonly kind: RecordKind;
  readonly grid: SheetGrid;
  readonly schema: SheetSchema;
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly columns: ReadonlyMap<string, ColumnMatch>;
  readonly missingRequired: readonly ColumnSpec[];
  /** 1-based rows holding records (blank, 合计 and repeated header rows left out). */
  readonly recordRows: readonly number[];
}

const SHEET_NAME_HINTS: readonly [RecordKind, RegExp][] = [
  ['dues', /党费/],
  ['roster', /名册|花名册|党员信息|党员基本|roster|members/],
  ['development', /积极分子|发展对象|发展党员|入党申请|development|pipeline/],
  ['meeting', /会议|三会一课|组织生活|主题党日|活动记录|meeting/],
  ['study', /学习|培训|学时|study|training/],
  ['talk', /谈心|谈话|talk/],
  ['obligation', /清单|工作计划|任务|obligation/],
];

type SynonymIndex = Map<string, string>;
const indexes = new Map<RecordKind, SynonymIndex>();

function synonymIndex(kind: RecordKind): SynonymIndex {
  let index = indexes.get(kind);
  if (!index) {
    index = new Map();
    for (const c of LEDGER_SCHEMAS[kind].columns) {
      for (const s of [c.label.zh, c.label.en, ...c.synonyms]) {
        const n = normalizeHeader(s);
        if (n && !index.has(n)) index.set(n, c.key);
      }
    }
    indexes.set(kind, index);
  }
  return index;
}

/** The column key a header names in a ledger kind, by exact synonym, then by the longest synonym it contains. */
export function matchHeader(kind: RecordKind, header: string): string | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  if (kind === 'dues') {
    const month = parseMonthHeader(header);
    if (month) return `m${month}`;
  }
  const index = synonymIndex(kind);
  const exact = index.get(h);
  if (exact) return exact;
  let best: { key: string; len: number } | null = null;
  for (const [syn, key] of index) {
    if (syn.length >= 2 && h.includes(syn) && (!best || syn.length > best.len)) best = { key, len: syn.length };
  }
  return best?.key ?? null;
}

const MAX_HEADER_SCAN = 30;
// Matched on raw text (spaces removed), simplified and traditional, without the cost of OpenCC per cell.
const TOTAL_ROW = /^(合计|合計|小计|小計|总计|總計|本页小计|本頁小計|累计|累計|total|subtotal)/i;
const END_MARK = /^(以下空白|以下無正文|以下无正文|以下无内容|以下無內容)/;
const quick = (v: CellScalar): string => (v === null ? '' : String(v).replace(/[\s\u3000*]+/g, ''));

function cellText(v: CellScalar): string {
  return v === null ? '' : String(v);
}

function headerColumns(kind: RecordKind, row: readonly CellScalar[]): Map<string, ColumnMatch> {
  const found = new Map<string, ColumnMatch>();
  row.forEach((v, i) => {
    if (typeof v !== 'string') return;
    const key = matchHeader(kind, v);
    if (key && !found.has(key)) found.set(key, { key, col: i + 1, header: v.trim() });
  });
  return found;
}

function score(kind: RecordKind, cols: Map<string, ColumnMatch>, sheetName: string): number {
  const schema = LEDGER_SCHEMAS[kind];
  let s = 0;
  for (const key of cols.keys()) {
    if (/^m\d+$/.test(key)) continue;
    s += schema.columns.find((c) => c.key === key)?.required ? 1.5 : 1;
  }
  if (kind === 'dues') s += Math.min(6, [...cols.keys()].filter((k) => /^m\d+$/.test(k)).length) * 0.75;
  const name = normalizeHeader(sheetName);
  if (SHEET_NAME_HINTS.some(([k, re]) => k === kind && re.test(name))) s += 2;
  return s;
}

/** Share of a column's non-blank values (first 200 records) that satisfy a test. */
function columnShare(grid: SheetGrid, col: number, rows: readonly number[], test: (text: string) => boolean): number {
  let seen = 0;
  let hits = 0;
  for (const r of rows.slice(0, 200)) {
    const v = grid.values[r - 1]?.[col - 1];
    if (v === null || v === undefined || String(v).trim() === '') continue;
    seen++;
    if (test(String(v).trim())) hits++;
  }
  return seen === 0 ? 0 : hits / seen;
}

const enumShare = (grid: SheetGrid, col: number, rows: readonly number[], id: EnumerationId): number => columnShare(grid, col, rows, (t) => parseEnum(id, t) !== null);
const idShare = (grid: SheetGrid, col: number, rows: readonly number[]): number =>
  columnShare(grid, col, rows, (t) => /^\d{17}[\dXx]$/.test(t) && idNumberProblem(t) !== 'format');

/** Where a header is ambiguous or unknown, a column whose values are clearly one enumeration takes that column's key. */
/** Returns whether a column changed hands. */
function letValuesDecide(kind: RecordKind, grid: SheetGrid, columns: Map<string, ColumnMatch>, recordRows: readonly number[], width: number, headerRow: number): boolean {
  let changed = false;
  const schema = LEDGER_SCHEMAS[kind];
  const decisive = schema.columns.filter((c) => c.type === 'enum' && c.enumeration && ['memberCategory', 'gender', 'personCategory', 'relationStatus'].includes(c.enumeration));
  for (const spec of decisive) {
    const id = spec.enumeration as EnumerationId;
    const current = columns.get(spec.key);
    if (current && enumShare(grid, current.col, recordRows, id) >= 0.5) continue;
    for (let col = 1; col <= width; col++) {
      const owner = [...columns.values()].find((m) => m.col === col);
      if (owner && owner.key !== spec.key && decisive.some((d) => d.key === owner.key) && enumShare(grid, col, recordRows, decisive.find((d) => d.key === owner.key)!.enumeration as EnumerationId) >= 0.8) continue;
      if (enumShare(grid, col, recordRows, id) >= 0.8) {
        if (owner) columns.delete(owner.key);
        columns.set(spec.key, { key: spec.key, col, header: cellText(grid.values[headerRow - 1]?.[col - 1] ?? null).trim() });
        changed = true;
        break;
      }
    }
  }
  const idSpec = schema.columns.find((c) => c.type === 'idNumber');
  if (idSpec && !columns.has(idSpec.key)) {
    for (let col = 1; col <= width; col++) {
      if ([...columns.values()].some((m) => m.col === col)) continue;
      if (idShare(grid, col, recordRows) >= 0.8) {
        columns.set(idSpec.key, { key: idSpec.key, col, header: cellText(grid.values[headerRow - 1]?.[col - 1] ?? null).trim() });
        changed = true;
        break;
      }
    }
  }
  return changed;
}

/**
 * Whether someone wrote in a cell. A formula copied down a blank row (=SUM(D5:O5) showing 0) is not
 * writing; a formula bringing a name or a date from the roster is.
 */
function typedIn(grid: SheetGrid, row: number, col: number): boolean {
  const v = grid.values[row - 1]?.[col - 1] ?? null;
  if (cellText(v).trim() === '') return false;
  return !(grid.formulaCells?.[row - 1]?.[col - 1] && (v === 0 || v === false));
}

function recordRowsOf(grid: SheetGrid, headerRow: number, columns: ReadonlyMap<string, ColumnMatch>): number[] {
  const rows: number[] = [];
  const mapped = [...columns.values()].map((m) => m.col);
  const width = Math.max(...mapped, 3);
  const headerSignature = mapped.map((c) => quick(grid.values[headerRow - 1]?.[c - 1] ?? null)).join('|');
  // Rows numbered in advance (序号 1…50) with nothing else written are blank rows, not records.
  const contentColumns = [...columns.values()].filter((m) => m.key !== 'serial').map((m) => m.col);
  for (let r = headerRow + 1; r <= grid.values.length; r++) {
    const row = grid.values[r - 1] ?? [];
    const firstTexts: string[] = [];
    for (let c = 0; c < width && firstTexts.length < 3; c++) {
      const t = quick(row[c] ?? null);
      if (t) firstTexts.push(t);
    }
    if (firstTexts.some((t) => END_MARK.test(t))) break;
    if (contentColumns.every((c) => !typedIn(grid, r, c))) continue;
    if (firstTexts.some((t) => TOTAL_ROW.test(t))) continue;
    if (mapped.map((c) => quick(row[c - 1] ?? null)).join('|') === headerSignature) continue;
    rows.push(r);
  }
  return rows;
}

/** Columns that identify a person (身份证号, 出生日期) wherever they appear: they break ties between namesakes. */
export const IDENTITY_COLUMNS = LEDGER_SCHEMAS.roster.columns.filter((c) => c.key === 'idNumber' || c.key === 'birthDate');

function addIdentityColumns(grid: SheetGrid, headerRow: number, columns: Map<string, ColumnMatch>): void {
  const row = grid.values[headerRow - 1] ?? [];
  row.forEach((v, i) => {
    if (typeof v !== 'string' || [...columns.values()].some((m) => m.col === i + 1)) return;
    const key = matchHeader('roster', v);
    if (key && IDENTITY_COLUMNS.some((c) => c.key === key) && !columns.has(key)) columns.set(key, { key, col: i + 1, header: v.trim() });
  });
}

/** Recognises one sheet as a ledger, or returns null when it is not one of ours. */
export function recognizeSheet(grid: SheetGrid): RecognizedSheet | null {
  let best: { kind: RecordKind; row: number; cols: Map<string, ColumnMatch>; score: number } | null = null;
  const rows = Math.min(MAX_HEADER_SCAN, grid.values.length);
  for (let r = 1; r <= rows; r++) {
    const row = grid.values[r - 1] ?? [];
    if (row.filter((v) => typeof v === 'string' && v.trim() !== '').length < 2) continue;
    for (const kind of Object.keys(LEDGER_SCHEMAS) as RecordKind[]) {
      const cols = headerColumns(kind, row);
      const distinct = [...cols.keys()].filter((k) => !/^m\d+$/.test(k)).length + (kind === 'dues' && [...cols.keys()].some((k) => /^m\d+$/.test(k)) ? 1 : 0);
      if (distinct < 2) continue;
      const s = score(kind, cols, grid.name);
      if (!best || s > best.score) best = { kind, row: r, cols, score: s };
    }
  }
  if (!best || best.score < 3) return null;
  const schema = LEDGER_SCHEMAS[best.kind];
  const width = Math.max(...grid.values.map((r) => r.length), 0);
  const columns = best.cols;
  let recordRows = recordRowsOf(grid, best.row, columns);
  // Record rows depend on the mapped columns: recount only when the values moved a column.
  if (letValuesDecide(best.kind, grid, columns, recordRows, width, best.row)) recordRows = recordRowsOf(grid, best.row, columns);
  addIdentityColumns(grid, best.row, columns);
  const missingRequired = schema.columns.filter((c) => c.required && !columns.has(c.key));
  return { kind: best.kind, grid, schema, headerRow: best.row, columns, missingRequired, recordRows };
}
