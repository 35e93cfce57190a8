import { LEDGER_SCHEMAS, readableColumns, type ColumnSpec, type LedgerKind, type SheetSchema } from '../schema/sheetSchemas';
import type { EnumerationId } from '../schema/enumerations';
import type { CellScalar, SheetGrid } from './grid';
import { normalizeHeader } from './normalizeText';
import { toSimplified } from '../i18n/simplified';
import { parseMonthHeader } from './parseValues';
import { parseEnum } from './parseEnum';
import { idNumberProblem } from '../model/idNumber';
import { bandColumns, bandWidth, headerText, headerTexts, isLabelRow, isTitleRow, type BandColumn } from './headerBand';

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

/**
 * How a sheet lays its ledger out (DOMAIN.md §3 “other layouts of the same ledger”). The model reads
 * every shape of a kind into the same facts; the shape is shown to users in the list of sheets read.
 * - dues: `month-grid` (one row per member, a column per month), `payment-list` (one row per
 *   payment with 所属月份), `month-sheet` (one sheet per month: the month is in the sheet's name or
 *   title), `unreadable` (a dues sheet with no month understood: a finding, never a silent pass);
 * - meeting: `absentee-log` or `attendee-log` (参会人员 listed, absentees are the expected others);
 * - study: `records` (one row per session) or `hours-grid` (one row per member, a month's hours per column);
 * - every other kind: `records`.
 */
export type SheetShape = 'records' | 'month-grid' | 'payment-list' | 'month-sheet' | 'unreadable' | 'absentee-log' | 'attendee-log' | 'hours-grid';

export interface RecognizedSheet {
  readonly kind: RecordKind;
  readonly shape: SheetShape;
  /** For a `month-sheet`: the month it is for (and its year when the name or title says). */
  readonly sheetMonth?: { readonly year: number | null; readonly month: number };
  readonly grid: SheetGrid;
  readonly schema: SheetSchema;
  /** 1-based row of the header (the last row of a header band). */
  readonly headerRow: number;
  /** 1-based first row of the header band (= headerRow for a one-row header). */
  readonly headerTop: number;
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

/** Each kind's synonyms, normalised, in the order the schema lists them (the first wins a tie), with their column key. */
export function synonymIndex(kind: RecordKind): ReadonlyMap<string, string> {
  let index = indexes.get(kind);
  if (!index) {
    index = new Map();
    for (const c of readableColumns(LEDGER_SCHEMAS[kind])) {
      for (const s of [c.label.zh, c.label.en, ...c.synonyms]) {
        const n = normalizeHeader(s);
        if (n && !index.has(n)) index.set(n, c.key);
      }
    }
    indexes.set(kind, index);
  }
  return index;
}

interface Synonym {
  readonly syn: string;
  readonly key: string;
  /** Place in the schema's order. */
  readonly order: number;
  /** A Chinese character weighs as much as a short English word (three letters). */
  readonly weight: number;
}

// The synonyms a header may contain, by their first character: a header is checked against the few
// that start with one of its own characters, not against all of a kind's hundred and more.
const byFirstChar = new Map<RecordKind, Map<string, Synonym[]>>();

function synonymsByFirstChar(kind: RecordKind): Map<string, Synonym[]> {
  let buckets = byFirstChar.get(kind);
  if (!buckets) {
    buckets = new Map();
    let order = 0;
    for (const [syn, key] of synonymIndex(kind)) {
      order++;
      if (syn.length < 2) continue;
      const list = buckets.get(syn[0]) ?? [];
      list.push({ syn, key, order, weight: syn.replace(/[\u3400-\u9fff]/g, 'xxx').length });
      buckets.set(syn[0], list);
    }
    byFirstChar.set(kind, buckets);
  }
  return buckets;
}

const RECORD_KINDS = Object.keys(LEDGER_SCHEMAS) as RecordKind[];
const KIND_INDEX = new Map(RECORD_KINDS.map((k, i) => [k, i]));

// One memo keyed by the text itself, holding the answer of every kind: recognition asks every kind
// about every label of up to 30 rows × 3 band heights, so one lookup serves all seven.
const matchMemo = new Map<string, readonly (string | null)[]>();

/** The column key a header names in each ledger kind (in RECORD_KINDS order). */
function headerKeys(header: string): readonly (string | null)[] {
  let keys = matchMemo.get(header);
  if (keys === undefined) {
    keys = RECORD_KINDS.map((kind) => matchHeaderUncached(kind, header));
    // Header texts repeat across sheets and bands; the memo is bounded so a hostile file cannot grow it without end.
    if (matchMemo.size > 20000) matchMemo.clear();
    matchMemo.set(header, keys);
  }
  return keys;
}

/** The column key a header names in a ledger kind, by exact synonym, then by the longest synonym it contains. */
export function matchHeader(kind: RecordKind, header: string): string | null {
  return headerKeys(header)[KIND_INDEX.get(kind)!];
}

const NEGATION = /[未缺不无非]/;

function matchHeaderUncached(kind: RecordKind, header: string): string | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  if (kind === 'dues') {
    const month = parseMonthHeader(header);
    if (month) return `m${month}`;
  }
  const exact = synonymIndex(kind).get(h);
  if (exact) return exact;
  // The longest synonym the header contains wins (the first in the schema's order on a tie); a
  // Chinese character weighs as much as a short English word, so “Full member 转正日期” is the
  // conversion date, not a member's name.
  const buckets = synonymsByFirstChar(kind);
  let best: Synonym | null = null;
  const tried = new Set<string>();
  // By UTF-16 unit, as a synonym's first character is indexed.
  for (let i = 0; i < h.length; i++) {
    const ch = h[i];
    if (tried.has(ch)) continue;
    tried.add(ch);
    for (const s of buckets.get(ch) ?? []) {
      const at = h.indexOf(s.syn);
      if (at < 0) continue;
      // “未参会人员” is not 参会人员: a negating character just before the word reverses it.
      if (at > 0 && NEGATION.test(h[at - 1]) && !NEGATION.test(s.syn[0])) continue;
      if (!best || s.weight > best.weight || (s.weight === best.weight && s.order < best.order)) best = s;
    }
  }
  return best?.key ?? null;
}

const MAX_HEADER_SCAN = 30;
// Matched on raw text (spaces removed), simplified and traditional, without the cost of OpenCC per cell.
const TOTAL_ROW = /^(合计|合計|小计|小計|总计|總計|本页小计|本頁小計|累计|累計|total|subtotal)/i;
const END_MARK = /^(以下空白|以下無正文|以下无正文|以下无内容|以下無內容)/;
// A note written under the records (“注：1.本表由…”, “说明：”, “填表说明”): the records have ended.
const NOTE_MARK = /^(注|注意|说明|説明|備註|备注|填表说明|填表說明|填报说明|填報說明)\d*[:：.、]|^注\d/;
const QUICK_DROP = /[\s\u3000*]+/g;
const quickMemo = new Map<string, string>();
/** A cell's text without spaces or asterisks, for the row tests below (run on every cell of a row's first columns). */
const quick = (v: CellScalar): string => {
  if (v === null) return '';
  if (typeof v !== 'string') return String(v);
  let out = quickMemo.get(v);
  if (out === undefined) {
    // Bounded, so a hostile file cannot grow it without end.
    if (quickMemo.size >= 50000) quickMemo.clear();
    quickMemo.set(v, (out = v.replace(QUICK_DROP, '')));
  }
  return out;
};

function cellText(v: CellScalar): string {
  return v === null ? '' : String(v);
}

/** A header as shown to users: as written, without the required-mark asterisk, line breaks or emoji. */
export function displayHeader(header: string): string {
  return header
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, '')
    .replace(/[*＊]/g, '')
    .replace(/\s*[\r\n]+\s*/g, '')
    .trim();
}

// Under a month (“1月” over “应交 | 实交”), the column of what was paid is the month's payment.
const PAID_WORD = /实交|实缴|已交|已缴|交纳|缴纳|实收|金额|党费|paid|amount/;
const NOT_PAID_WORD = /应交|应缴|日期|时间|签字|签名|due|date/;

function headerColumns(kind: RecordKind, band: readonly BandColumn[]): Map<string, ColumnMatch> {
  const kindIndex = KIND_INDEX.get(kind)!;
  const found = new Map<string, ColumnMatch>();
  for (const { col, labels, child, parents } of band) {
    if (kind === 'dues' && child && parents.length) {
      const month = parents.map((p) => parseMonthHeader(p)).find((m): m is number => m !== null);
      if (month) {
        const c = normalizeHeader(child);
        const key = `m${month}`;
        if (PAID_WORD.test(c) && !NOT_PAID_WORD.test(c) && !found.has(key)) found.set(key, { key, col, header: displayHeader(`${parents[parents.length - 1]}${child}`) });
        continue;
      }
    }
    for (const label of labels) {
      const key = headerKeys(label)[kindIndex];
      if (!key) continue;
      if (!found.has(key)) found.set(key, { key, col, header: displayHeader(label) });
      break;
    }
  }
  return found;
}

// Whether each key's column is required (the first column of that key, as the schema lists them).
const REQUIRED_KEYS = new Map(
  RECORD_KINDS.map((kind) => {
    const seen = new Map<string, boolean>();
    for (const c of readableColumns(LEDGER_SCHEMAS[kind])) if (!seen.has(c.key)) seen.set(c.key, Boolean(c.required));
    return [kind, new Set([...seen].filter(([, required]) => required).map(([key]) => key))];
  }),
);
const isMonthKey = (key: string): boolean => key.length <= 3 && /^m\d+$/.test(key);

/** How well a header matches a kind, and how many distinct things it names (the months of dues counting as one). */
function score(kind: RecordKind, cols: Map<string, ColumnMatch>, namedInSheetName: boolean): { score: number; distinct: number } {
  const required = REQUIRED_KEYS.get(kind)!;
  let s = 0;
  let months = 0;
  let others = 0;
  for (const key of cols.keys()) {
    if (isMonthKey(key)) months++;
    else {
      others++;
      s += required.has(key) ? 1.5 : 1;
    }
  }
  if (kind === 'dues') s += Math.min(6, months) * 0.75;
  if (namedInSheetName) s += 2;
  return { score: s, distinct: others + (kind === 'dues' && months > 0 ? 1 : 0) };
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

function recordRowsOf(grid: SheetGrid, headerTop: number, headerRow: number, columns: ReadonlyMap<string, ColumnMatch>): number[] {
  const rows: number[] = [];
  const mapped = [...columns.values()].map((m) => m.col);
  let width = 3;
  for (const c of mapped) if (c > width) width = c;
  // A header band repeated further down (printed pages) is not a record.
  const signature = (r: number): string => mapped.map((c) => quick(grid.values[r - 1]?.[c - 1] ?? null)).join('|');
  const headerSignatures = new Set<string>();
  // The whole signature only for a row whose first mapped cell is a header's (nearly never).
  const headerFirsts = new Set<string>();
  for (let r = headerTop; r <= headerRow; r++) {
    headerSignatures.add(signature(r));
    headerFirsts.add(quick(grid.values[r - 1]?.[mapped[0] - 1] ?? null));
  }
  const nameCol = columns.get('name')?.col ?? columns.get('subject')?.col ?? null;
  const labelCols = ['name', 'serial', 'subject', 'item', 'date'].map((k) => columns.get(k)?.col).filter((c): c is number => c !== undefined);
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
    if (firstTexts.length > 0 && NOTE_MARK.test(firstTexts[0]) && !typedIn(grid, r, nameCol ?? 0)) break;
    if (contentColumns.every((c) => !typedIn(grid, r, c))) continue;
    // A totals row says so in its first texts or in the name (or 序号) column, wherever that stands.
    if (firstTexts.some((t) => TOTAL_ROW.test(t)) || labelCols.some((c) => TOTAL_ROW.test(quick(row[c - 1] ?? null)))) continue;
    if (headerFirsts.has(quick(row[mapped[0] - 1] ?? null)) && headerSignatures.has(signature(r))) continue;
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

const MAX_BAND_ROWS = 3;

// The second half of a header written over two rows (“应到” / “人数”, “递交入党” / “申请书日期”).
const HEADER_TAIL = /(人数|日期|时间|時間|姓名|名称|名稱|情况|情況|原因|理由|人员|人員|名单|名單|内容|內容|摘要|金额|金額|学时|學時|时长|時長|类型|類型|类别|類別|编号|編號|号码|號碼|基数|基數|比例|职务|職務|状态|狀態|期限|事项|事項|备注|備註|次数|次數|年月|月份)$/;

/** Whether the last row of a band holds only the tails of headers begun above it. */
function continuesHeader(band: readonly BandColumn[]): boolean {
  const tails = band.filter((b) => b.child && b.parents.length > 0);
  return tails.length > 0 && band.every((b) => !b.child || b.parents.length === 0 || HEADER_TAIL.test(toSimplified(b.child.replace(/[\s*＊:：]/g, ''))));
}

/** At least two labels (texts, or months stored as dates), or a row that merged labels reach down into. */
function mayBeHeaderRow(grid: SheetGrid, r: number): boolean {
  const row = grid.values[r - 1] ?? [];
  let labels = 0;
  for (let c = 0; c < row.length && labels < 2; c++) {
    const v = row[c];
    if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && headerText(grid, r, c + 1) !== String(v))) labels++;
  }
  return labels >= 2 || (grid.merges ?? []).some((m) => m.top < r && m.bottom >= r);
}

/** Recognises one sheet as a ledger, or returns null when it is not one of ours. */
export function recognizeSheet(grid: SheetGrid): RecognizedSheet | null {
  let best: { kind: RecordKind; top: number; row: number; cols: Map<string, ColumnMatch>; score: number } | null = null;
  const rows = Math.min(MAX_HEADER_SCAN, grid.values.length);
  const sheetName = normalizeHeader(grid.name);
  const hinted = new Set(SHEET_NAME_HINTS.filter(([, re]) => re.test(sheetName)).map(([k]) => k));
  const texts = headerTexts(grid);
  for (let r = 1; r <= rows; r++) {
    if (!mayBeHeaderRow(grid, r)) continue;
    for (let height = 1; height <= MAX_BAND_ROWS && r - height + 1 >= 1; height++) {
      const top = r - height + 1;
      const width = bandWidth(grid, top, r);
      // Every row of a taller band holds labels only, and none is a title line.
      if (height > 1 && (isTitleRow(grid, top, width) || !isLabelRow(grid, top, width) || !isLabelRow(grid, r, width))) break;
      const band = bandColumns(grid, top, r, width, texts);
      for (const kind of RECORD_KINDS) {
        const cols = headerColumns(kind, band);
        if (cols.size < 2) continue;
        const { score: s, distinct } = score(kind, cols, hinted.has(kind));
        if (distinct < 2) continue;
        // A taller band wins a tie only when its last row names columns itself (应交 / 实交 under
        // each month); a record row under a one-row header names none, and stays a record.
        const tieToTaller =
          best !== null && s === best.score && height > 1 && r > best.row &&
          (band.filter((b) => b.parents.length > 0 && b.child && (matchHeader(kind, b.child) !== null || /^m\d+$/.test([...cols.values()].find((m) => m.col === b.col)?.key ?? ''))).length >= 2 ||
            continuesHeader(band));
        if (!best || s > best.score || tieToTaller) best = { kind, top, row: r, cols, score: s };
      }
    }
  }
  if (!best || best.score < 3) return null;
  const schema = LEDGER_SCHEMAS[best.kind];
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  const columns = best.cols;
  let recordRows = recordRowsOf(grid, best.top, best.row, columns);
  // Record rows depend on the mapped columns: recount only when the values moved a column.
  if (letValuesDecide(best.kind, grid, columns, recordRows, width, best.row)) recordRows = recordRowsOf(grid, best.top, best.row, columns);
  addIdentityColumns(grid, best.row, columns);
  const regrid = notDuesGrid(best.kind, grid, best.row, columns);
  if (regrid === 'other') return null;
  if (regrid === 'study') {
    // A member × month table of study hours (学习情况统计表): each month cell is that month's hours.
    const study = LEDGER_SCHEMAS.study;
    const studyColumns = new Map([...columns].filter(([k]) => k === 'name' || k === 'serial' || /^m\d+$/.test(k)));
    const missing = study.columns.filter((c) => c.required && !studyColumns.has(c.key) && !['date', 'content', 'hours'].includes(c.key));
    return { kind: 'study', shape: 'hours-grid', grid, schema: study, headerRow: best.row, headerTop: best.top, columns: studyColumns, missingRequired: missing, recordRows };
  }
  const { shape, sheetMonth } = shapeOf(best.kind, grid, best.top, columns);
  // Counts an attendee list can give are not missing when the list is there.
  const derivable = [
    ...(shape === 'hours-grid' ? ['date', 'content', 'hours'] : []),
    ...(shape === 'attendee-log' || columns.has('attendance') ? ['expected', 'present'] : []),
    // A log whose one column names the meeting and its subject (“支部党员大会暨主题党日：学习…”).
    ...(best.kind === 'meeting' && columns.has('type') ? ['topic'] : []),
  ];
  const missingRequired = schema.columns.filter((c) => c.required && !columns.has(c.key) && !derivable.includes(c.key));
  return { kind: best.kind, shape, sheetMonth, grid, schema, headerRow: best.row, headerTop: best.top, columns, missingRequired, recordRows };
}

// Month columns alone do not make a dues ledger: a table of study hours or of attendance by month
// has them too. Without a dues word in its name or title, or a dues column, such a table is not dues.
const DUES_WORDS = /党费|黨費|缴费|交费|繳費|dues/i;
const DUES_COLUMNS = ['incomeBase', 'monthlyDue', 'rate', 'yearDue', 'yearPaid', 'paidDate', 'amount', 'forMonth'];
const STUDY_WORDS = /学习|學習|学时|學時|培训|培訓|课时|課時|study|training/i;
const OTHER_WORDS = /组织生活|組織生活|参加|參加|出勤|考勤|参会|參會|到会|到會|谈心|談心|attendance/i;

function notDuesGrid(kind: RecordKind, grid: SheetGrid, headerRow: number, columns: ReadonlyMap<string, ColumnMatch>): 'study' | 'other' | null {
  if (kind !== 'dues' || ![...columns.keys()].some((k) => /^m\d+$/.test(k))) return null;
  if (DUES_COLUMNS.some((k) => columns.has(k))) return null;
  const texts = [grid.name];
  for (let r = 1; r <= headerRow; r++) for (const v of grid.values[r - 1] ?? []) if (typeof v === 'string') texts.push(v);
  const all = texts.join(' ');
  if (DUES_WORDS.test(all)) return null;
  if (STUDY_WORDS.test(all)) return 'study';
  if (OTHER_WORDS.test(all)) return 'other';
  return null;
}

const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** The one month a text names (“1月党费”, “2025年3月份党费收缴表”, “党费（十一月）”); null for none or a span (“1-12月”). */
export function singleMonthIn(text: string): { year: number | null; month: number } | null {
  const t = text.replace(/\s+/g, '');
  if (/\d{1,2}\s*[-—~～至到]\s*\d{1,2}月/.test(t)) return null;
  const m = /(?:(\d{4})年)?(?<![\d.])(\d{1,2})月/.exec(t) ?? /(?:(\d{4})年)?(十[一二]?|[一二三四五六七八九十])月/.exec(t);
  if (!m) return null;
  const month = /\d/.test(m[2]) ? Number(m[2]) : CN_MONTH[m[2]];
  return month >= 1 && month <= 12 ? { year: m[1] ? Number(m[1]) : null, month } : null;
}

function shapeOf(kind: RecordKind, grid: SheetGrid, headerTop: number, columns: ReadonlyMap<string, ColumnMatch>): { shape: SheetShape; sheetMonth?: { year: number | null; month: number } } {
  if (kind === 'meeting') return { shape: columns.has('attendees') && !columns.has('absentees') ? 'attendee-log' : 'absentee-log' };
  if (kind === 'study' && [...columns.keys()].some((k) => /^m\d+$/.test(k)) && !columns.has('date')) return { shape: 'hours-grid' };
  if (kind !== 'dues') return { shape: 'records' };
  // Payments no one can be named for cannot be read: a finding, not a month unpaid by everyone.
  if (!columns.has('name')) return { shape: 'unreadable' };
  if ([...columns.keys()].some((k) => /^m\d+$/.test(k))) return { shape: 'month-grid' };
  if (columns.has('forMonth') && (columns.has('amount') || columns.has('monthlyDue'))) return { shape: 'payment-list' };
  if (columns.has('amount') || columns.has('monthlyDue')) {
    let month = singleMonthIn(grid.name);
    for (let r = 1; r < headerTop && !month; r++) {
      for (const v of grid.values[r - 1] ?? []) {
        month = typeof v === 'string' ? singleMonthIn(v) : null;
        if (month) break;
      }
    }
    if (month) return { shape: 'month-sheet', sheetMonth: month };
  }
  return { shape: 'unreadable' };
}
