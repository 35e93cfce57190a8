import { readableColumns, type ColumnSpec } from '../schema/sheetSchemas';
import { ENUMERATIONS } from '../schema/enumerations';
import type { CellScalar, SheetGrid } from './grid';
import { IDENTITY_COLUMNS, recognizeSheet, type ColumnMatch, type RecognizedSheet, type RecordKind } from './recognizeSheets';
import { parseAttendance, parseCount, parseDate, parseFraction, parseHours, parseMoney, parseMonthsPaid, parsePayment, parseText, type HoursOptions, type ParsedDate } from './parseValues';
import { parseEnum } from './parseEnum';
import { cleanText, normalizeName, splitNames } from './normalizeText';
import type { Fen } from '../money/fen';
import type { Payment } from '../model/records';
import { holdsSettings, isSettingsName, readSettings, type SettingsReading } from './readSettings';

/** One cell of a record, read by its column's type. */
export interface ParsedCell {
  readonly key: string;
  readonly col: number;
  readonly header: string;
  readonly raw: CellScalar;
  readonly value: unknown;
  /** The cell has content that cannot be read as the column's type. */
  readonly invalid: boolean;
}

export interface ParsedRow {
  readonly sheet: string;
  readonly kind: RecordKind;
  /** 1-based Excel row. */
  readonly row: number;
  readonly cells: ReadonlyMap<string, ParsedCell>;
}

export interface LedgerSheet {
  readonly recognized: RecognizedSheet;
  readonly rows: readonly ParsedRow[];
}

export interface WorkbookLedger {
  readonly sheets: readonly LedgerSheet[];
  readonly settings: SettingsReading | null;
  /** Sheets that are none of the ledgers (the user's own notes, our generated sheets). */
  readonly unrecognized: readonly string[];
  /** The ledger's year as the workbook states it (settings, a title, a sheet name), or null. */
  readonly year: number | null;
}

/** What a cell's reading may depend on: the ledger's year (“3月5日”, “25.3.5”) and the settings' hours per day. */
export interface ReadingContext {
  readonly year: number | null;
  readonly hours: HoursOptions;
}

function parseCell(spec: ColumnSpec, raw: CellScalar, format: string, context: ReadingContext): { value: unknown; invalid: boolean } {
  const fromParsed = <T,>(p: T | null | 'invalid'): { value: unknown; invalid: boolean } => (p === 'invalid' ? { value: null, invalid: true } : { value: p, invalid: false });
  switch (spec.type) {
    case 'date':
      return fromParsed(parseDate(raw, format, context.year === null ? undefined : { year: context.year }));
    case 'integer':
      return fromParsed(parseCount(raw));
    case 'serial': {
      const n = parseCount(raw);
      return { value: n === 'invalid' ? null : n, invalid: false };
    }
    case 'money':
      return fromParsed(parseMoney(raw));
    case 'payment':
      return fromParsed(parsePayment(raw));
    case 'rate':
      return fromParsed(parseFraction(raw));
    case 'hours':
      return fromParsed(parseHours(raw, context.hours));
    case 'months':
      // A month without a year is in the ledger's year.
      return fromParsed(parseMonthsPaid(raw, { year: context.year ?? 2000 }));
    case 'attendance':
      return fromParsed(parseAttendance(raw));
    case 'names':
      return { value: raw === null ? [] : splitNames(String(raw)), invalid: false };
    case 'idNumber': {
      if (raw === null || String(raw).trim() === '') return { value: null, invalid: false };
      // A number here has lost its last digits to floating point (1.10101E+17): it cannot be checked.
      if (typeof raw === 'number') return { value: null, invalid: true };
      return { value: cleanText(String(raw)).replace(/\s+/g, '').toUpperCase(), invalid: false };
    }
    case 'enum': {
      const text = parseText(raw);
      if (text === null || !spec.enumeration) return { value: text, invalid: false };
      const canonical = parseEnum(spec.enumeration, text);
      if (canonical) return { value: canonical, invalid: false };
      return ENUMERATIONS[spec.enumeration].strict ? { value: null, invalid: true } : { value: text, invalid: false };
    }
    default:
      return { value: parseText(raw), invalid: false };
  }
}

function parseRows(sheet: RecognizedSheet, context: ReadingContext): ParsedRow[] {
  const specs = new Map([...IDENTITY_COLUMNS, ...readableColumns(sheet.schema)].map((c) => [c.key, c]));
  // A column repeats its values (dates of one session, 2学时, 在职): each distinct value of a column
  // is read once, per number format. Parsed values are never mutated, so rows may share them.
  type Parsed = { value: unknown; invalid: boolean };
  const columns = [...sheet.columns.values()].flatMap((m) => {
    const spec = specs.get(m.key);
    return spec ? [{ m, spec, computed: Boolean(spec.computed), byFormat: new Map<string, Map<CellScalar, Parsed>>() }] : [];
  });
  const read = (c: (typeof columns)[number], raw: CellScalar, format: string): Parsed => {
    if (raw === null || c.spec.type === 'names') return parseCell(c.spec, raw, format, context);
    let byValue = c.byFormat.get(format);
    if (!byValue) c.byFormat.set(format, (byValue = new Map()));
    let hit = byValue.get(raw);
    if (!hit) {
      hit = parseCell(c.spec, raw, format, context);
      if (byValue.size < 20000) byValue.set(raw, hit);
    }
    return hit;
  };
  const name = sheet.grid.name;
  const spread = mergedDown(sheet);
  return sheet.recordRows.map((row) => {
    const values = sheet.grid.values[row - 1] ?? [];
    const formats = sheet.grid.numberFormats[row - 1] ?? [];
    const fromAbove = spread.get(row);
    const cells = new Map<string, ParsedCell>();
    for (const c of columns) {
      const { m } = c;
      const top = fromAbove?.get(m.col);
      const at = top ?? row;
      const raw = top === undefined ? (values[m.col - 1] ?? null) : (sheet.grid.values[top - 1]?.[m.col - 1] ?? null);
      const { value, invalid } = read(c, raw, sheet.grid.numberFormats[at - 1]?.[m.col - 1] ?? formats[m.col - 1] ?? 'General');
      // Formula results are the workbook's business: a computed column never yields invalid-value.
      // A value merged down over several records is reported once, at its own (top) row.
      cells.set(m.key, { key: m.key, col: m.col, header: m.header, raw, value, invalid: invalid && !c.computed && top === undefined });
    }
    if (sheet.kind === 'meeting') readAttendanceWords(cells);
    return { sheet: name, kind: sheet.kind, row, cells };
  });
}

/**
 * 应到 / 实到 written with words (“到会7人”, “应到14人”), or both in one cell merged across the two
 * columns (“应到14人，实到13人”): read as the attendance they state. Each column takes its own side;
 * a blank neighbour takes the other side of the same cell.
 */
function readAttendanceWords(cells: Map<string, ParsedCell>): void {
  const sides = [['expected', 'present'], ['present', 'expected']] as const;
  for (const [own, other] of sides) {
    const cell = cells.get(own);
    if (!cell?.invalid) continue;
    const stated = parseAttendance(cell.raw);
    if (stated === null || stated === 'invalid' || stated[own] === null) continue;
    cells.set(own, { ...cell, value: stated[own], invalid: false });
    const next = cells.get(other);
    if (next && next.raw === null && stated[other] !== null) cells.set(other, { ...next, raw: cell.raw, value: stated[other] });
  }
}

/**
 * Cells of record rows covered by a value merged down from a record above (党小组 merged over a
 * group's members, 姓名 over one person's study sessions): row → column → the row holding the
 * value. DOMAIN.md §3: a merged cell is one value spread over its span. Only downwards, in the
 * merge's first column: a value merged across columns (“150” over 1月–3月) is not repeated, as
 * it was written once.
 */
function mergedDown(sheet: RecognizedSheet): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  const merges = sheet.grid.merges;
  if (!merges?.length) return out;
  let records: Set<number> | null = null;
  for (const m of merges) {
    if (m.bottom <= m.top) continue;
    records ??= new Set(sheet.recordRows);
    if (!records.has(m.top)) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      if (!records.has(r)) continue;
      let cols = out.get(r);
      if (!cols) out.set(r, (cols = new Map()));
      cols.set(m.left, m.top);
    }
  }
  return out;
}

/** A year named in a title above a header (“XX党支部2025年度党费收缴台账”) or in a sheet's name. */
export function yearFromTitles(sheets: readonly RecognizedSheet[]): number | null {
  for (const s of sheets) {
    for (let r = 0; r < s.headerTop - 1; r++) {
      for (const v of s.grid.values[r] ?? []) {
        const m = typeof v === 'string' ? /(20\d\d)\s*年/.exec(v) : null;
        if (m) return Number(m[1]);
      }
    }
  }
  for (const s of sheets) {
    const named = /(20\d\d)/.exec(s.grid.name);
    if (named) return Number(named[1]);
  }
  return null;
}

/** Reads every sheet of a workbook: the ledgers it recognises, and the settings. */
// Records whose dates belong to the ledger's year (a roster's dates are of other years).
const DATED_RECORDS: readonly { kind: RecordKind; key: string }[] = [
  { kind: 'meeting', key: 'date' },
  { kind: 'study', key: 'date' },
  { kind: 'talk', key: 'date' },
  { kind: 'dues', key: 'paidDate' },
];

/** The year most of the meetings, study sessions, talks and payments are dated in, when clearly one (two in three of at least three dates). */
function yearOfRecords(sheets: readonly LedgerSheet[]): number | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const s of sheets) {
    const keys = DATED_RECORDS.filter((d) => d.kind === s.recognized.kind).map((d) => d.key);
    for (const row of s.rows) {
      for (const key of keys) {
        const d = row.cells.get(key)?.value as ParsedDate | null | undefined;
        if (!d?.date) continue;
        counts.set(d.date.year, (counts.get(d.date.year) ?? 0) + 1);
        total++;
      }
    }
  }
  let best: [number, number] | null = null;
  for (const [y, n] of counts) if (!best || n > best[1]) best = [y, n];
  return best && total >= 3 && best[1] * 3 >= total * 2 ? best[0] : null;
}

/** `fallbackYear`: the year to read “3月5日” in when the workbook states none (the as-of date's). */
export function readWorkbook(grids: readonly SheetGrid[], fallbackYear?: number): WorkbookLedger {
  const recognizedSheets: RecognizedSheet[] = [];
  const unrecognized: string[] = [];
  let settings: SettingsReading | null = null;
  for (const grid of grids) {
    // A sheet named as settings is read as settings; otherwise a recognised ledger wins over
    // a sheet that merely mentions a few settings labels.
    const named: SettingsReading | null = !settings && isSettingsName(grid.name) ? readSettings(grid) : null;
    if (named && holdsSettings(named)) {
      settings = named;
      continue;
    }
    // “基本情况” may also name a roster: a sheet so named that holds no setting is read as a ledger.
    const recognized = grid.values.length ? recognizeSheet(grid) : null;
    if (recognized) {
      recognizedSheets.push(recognized);
      continue;
    }
    const s = named ?? (settings ? null : readSettings(grid));
    if (s) settings = s;
    else unrecognized.push(grid.name);
  }
  // Cells are read once the ledger's year is known: “3月5日” is in it.
  const stated = settings?.year ?? yearFromTitles(recognizedSheets);
  const year = stated ?? fallbackYear ?? null;
  const param = (id: string): number | undefined => {
    const v = settings?.parameters.get(id);
    return typeof v === 'number' ? v : undefined;
  };
  const context: ReadingContext = { year, hours: { hoursPerDay: param('study.hoursPerDay'), halfDayHours: param('study.halfDayHours') } };
  let sheets = recognizedSheets.map((recognized) => ({ recognized, rows: parseRows(recognized, context) }));
  if (stated !== null) return { sheets, settings, unrecognized, year: stated };
  // No settings sheet and no year in a title: the year the ledger's own records are dated in.
  const held = yearOfRecords(sheets);
  if (held !== null && held !== year) sheets = recognizedSheets.map((recognized) => ({ recognized, rows: parseRows(recognized, { ...context, year: held }) }));
  return { sheets, settings, unrecognized, year: held };
}

// Typed access to parsed cells, for the rules.
export const cellOf = (r: ParsedRow, key: string): ParsedCell | undefined => r.cells.get(key);
export const dateOf = (r: ParsedRow, key: string): ParsedDate | null => (r.cells.get(key)?.value as ParsedDate | null) ?? null;
export const textOf = (r: ParsedRow, key: string): string | null => (r.cells.get(key)?.value as string | null) ?? null;
export const numberOf = (r: ParsedRow, key: string): number | null => (r.cells.get(key)?.value as number | null) ?? null;
export const fenOf = (r: ParsedRow, key: string): Fen | null => (r.cells.get(key)?.value as Fen | null) ?? null;
export const paymentOf = (r: ParsedRow, key: string): Payment | null => (r.cells.get(key)?.value as Payment | null) ?? null;
export const namesOf = (r: ParsedRow, key: string): string[] => (r.cells.get(key)?.value as string[] | undefined) ?? [];
/** The people of a talk, each normalised: both sides, and each of several subjects of one joint talk (“王伟、陈静”). */
export const talkPeople = (r: ParsedRow): string[] =>
  ['subject', 'talker'].flatMap((key) => {
    const text = textOf(r, key);
    return text ? splitNames(text).map(normalizeName) : [];
  });
export const isBlankCell = (r: ParsedRow, key: string): boolean => {
  const c = r.cells.get(key);
  return !c || c.raw === null || (typeof c.raw === 'string' && cleanText(c.raw) === '');
};
/** The member's name normalised for matching across sheets. */
export const memberKey = (r: ParsedRow, key = 'name'): string | null => {
  const t = textOf(r, key);
  return t ? normalizeName(t) : null;
};
export type { ColumnMatch };
