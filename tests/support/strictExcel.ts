/* eslint-disable @typescript-eslint/no-this-alias -- the fake's proxies are object literals with getters and setters: `fake` is the workbook they act on */
/**
 * A stricter fake of Excel's JavaScript API than office-addin-mock, for the adapter's tests. It models
 * what the mock accepts silently and real Excel does not (see the issue-16 closing note for sources):
 *
 * - **Deferred batches.** Calls are queued and run, in order, at `context.sync()`; a loaded property
 *   read before its sync throws PropertyNotLoaded. A failure in the middle of a batch stops it there:
 *   the operations before it stay applied (one sync is not a transaction), and the error carries the
 *   `traceMessages` queued by `context.trace()` before the failure, as OfficeExtension.Error does.
 * - **Values parsed as typed.** A string written through `values` or `formulas` becomes what Excel
 *   makes of typed text: "=…", "+…", "-…", "@…" formulas, number-like and date-like text numbers (a
 *   date gets a date format), TRUE/FALSE booleans; a leading apostrophe keeps the rest as text (and is
 *   not part of the value, nor of `formulas` when read back: office-js #6687); a cell formatted "@"
 *   keeps whatever is written as text. `null` in a written array leaves its cell unchanged.
 * - **Conditional formats by position.** `ConditionalFormat.id` is the rule's priority in its
 *   collection; deleting one shifts the ids of those after it, and `getItem` of a missing id fails
 *   with ItemNotFound at sync. A sheet can be set to refuse loading its rules (office-js #6827).
 * - **Payload limits.** Each sync's request and response are sized (roughly, as JSON); on the web
 *   profile either past 5 MB fails with Request/ResponsePayloadSizeLimitExceeded (a refused request
 *   runs nothing; an oversized response has already run). A range read past `rangeCellLimit` cells
 *   fails with RangeExceedsLimit on any profile.
 * - **Requirement sets per host profile.** Each API carries its ExcelApi version; one above the
 *   profile's fails with ApiNotFound at sync. `supports` answers as `Office.context.requirements` would.
 *
 * Sources: Range.values ("+", "-", "=" are read as formulas) and getMergedAreasOrNullObject (ExcelApi
 * 1.13, fails past 512 areas) in the Office.js reference; ConditionalFormat.id ("the priority of the
 * conditional format in the current collection") and .priority (contiguous, shifts others);
 * OfficeExtension.Error.traceMessages ("all trace messages that were executed before the error");
 * Request/ResponsePayloadSizeLimitExceeded ("only occurs in Excel on the web") and RangeExceedsLimit
 * in "Error handling with the application-specific JavaScript APIs"; requirement-set tables for
 * ExcelApi and SharedRuntime; office-js issues #6687 (quote prefix), #6827 (rule lists refused),
 * #5222 (ItemNotFound deleting rules), #3611 (merged areas by top-left cell). Not confirmed and
 * modelled as assumed: Text-formatted cells taking "=…" as text, `null` leaving a cell unchanged,
 * which strings each locale parses as dates, the exact byte accounting of a request.
 */
import { toExcelSerial, calendarDate } from '../../src/core/calendar/calendarDate';
import type { SheetGrid } from '../../src/core/read/grid';

export type HostProfile = 'web' | 'win365' | 'mac' | 'win2021';

/** ExcelApi level and payload cap per host (requirement-set table of the Office.js reference). */
export const PROFILES: Readonly<Record<HostProfile, { readonly excelApi: string; readonly payloadLimit: number | null }>> = {
  web: { excelApi: '1.20', payloadLimit: 5 * 1024 * 1024 },
  win365: { excelApi: '1.20', payloadLimit: null },
  mac: { excelApi: '1.20', payloadLimit: null },
  // Volume-licensed Office 2021: ExcelApi 1.14 and SharedRuntime 1.1, the oldest host that can load the add-in.
  win2021: { excelApi: '1.14', payloadLimit: null },
};

/** ExcelApi versions compared as numbers: "1.13" must rank above "1.9". */
const apiLevel = (v: string | number): number => {
  const [major, minor] = String(v).split('.');
  return Number(major) * 1000 + Number(minor ?? 0);
};

export interface StrictOptions {
  readonly profile?: HostProfile;
  /** Overrides the profile's ExcelApi level (a hypothetical host). */
  readonly excelApi?: string;
  /** Sheets whose conditional formats Excel refuses to list (two rules on one range, office-js #6827). */
  readonly cfLoadFails?: readonly string[];
  /** Cells per range read beyond which Excel answers RangeExceedsLimit. */
  readonly rangeCellLimit?: number;
  /** Makes the operation whose description matches fail when it runs (the first match only). */
  readonly failOn?: RegExp;
  readonly failCode?: string;
}

export interface StoredCf {
  type: string;
  formula: string;
  /** Where it applies, as A1 addresses. */
  areas: string;
  format: Record<string, unknown>;
}

interface Cell {
  value: string | number | boolean;
  formula?: string;
  quotePrefix?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden';
  cells: Map<string, Cell>;
  formats: Map<string, string>;
  cfs: StoredCf[];
  merges: { row: number; col: number; rows: number; cols: number }[];
  /** Everything else the add-in set (layout, validation, charts...), by description, for assertions. */
  props: Map<string, unknown>;
  calls: string[];
}

export class ExcelError extends Error {
  traceMessages: string[] = [];
  constructor(readonly code: string, message = code) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const key = (r: number, c: number): string => `${r},${c}`;
/** A value's size in a request or response: its JSON in UTF-8 (a Chinese character is 3 bytes). */
const jsonBytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? '');

/** What Excel makes of a string typed into a General cell. */
export function parseTyped(text: string): Cell {
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  if (/^[=+\-@]/.test(text) && text.length > 1) {
    const number = parseNumber(text);
    if (number !== null) return { value: number };
    const formula = text.startsWith('=') ? text : `=${text}`;
    return { value: formulaResult(formula), formula };
  }
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const number = parseNumber(t);
  if (number !== null) return { value: number };
  const date = parseDate(t);
  if (date !== null) return { value: date };
  return { value: text };
}

function parseNumber(t: string): number | null {
  const m = /^([+-]?)[¥$]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(t.trim());
  if (!m) return null;
  const n = Number(`${m[1]}${t.trim().slice(m[1].length).replace(/[¥$,%]/g, '')}`);
  return Number.isFinite(n) ? (m[7] ? n / 100 : n) : null;
}

function parseDate(t: string): number | null {
  const ymd = /^(\d{4})[-/年](\d{1,2})(?:[-/月](\d{1,2})日?|月)?$/.exec(t);
  const md = /^(\d{1,2})[-/](\d{1,2})$/.exec(t);
  const [y, m, d] = ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3] ?? 1)] : md ? [2025, Number(md[1]), Number(md[2])] : [0, 0, 0];
  if (!y || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return toExcelSerial(calendarDate(y, m, d));
}

function formulaResult(formula: string): string | number {
  const link = /^=HYPERLINK\(".*","([^"]*)"\)$/.exec(formula);
  if (link) return link[1];
  return '#NAME?';
}

function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "B3", "B3:D4", "3:3" or "A:C" to a 0-based box. */
function parseArea(a: string): { row: number; col: number; rows: number; cols: number } {
  const plain = a.replace(/\$/g, '').replace(/^.*!/, '');
  const [from, to = from] = plain.split(':');
  const cell = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s)!;
    return { col: m[1] ? colNumber(m[1]) - 1 : -1, row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const f = cell(from);
  const t = cell(to);
  const row = f.row < 0 ? 0 : f.row;
  const col = f.col < 0 ? 0 : f.col;
  return { row, col, rows: (t.row < 0 ? 1048575 : t.row) - row + 1, cols: (t.col < 0 ? 16383 : t.col) - col + 1 };
}

type Box = { row: number; col: number; rows: number; cols: number };

interface Op {
  describe: string;
  api: string;
  run: () => void;
  requestBytes: number;
  responseBytes?: () => number;
  deliver?: () => void;
}

/** A fake workbook and the request context the adapter is handed. */
export class StrictExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: { ops: string[]; requestBytes: number; responseBytes: number }[] = [];
  /** Range and other proxies created, the way Excel counts objects in a request. */
  proxies = 0;
  active: string | null = null;
  private queue: Op[] = [];
  private failArmed: boolean;
  readonly profile: HostProfile;
  private readonly api: number;

  constructor(grids: readonly SheetGrid[] = [], readonly options: StrictOptions = {}) {
    this.profile = options.profile ?? 'web';
    this.api = apiLevel(options.excelApi ?? PROFILES[this.profile].excelApi);
    this.failArmed = Boolean(options.failOn);
    for (const g of grids) this.addSheet(g);
  }

  /** As `Office.context.requirements.isSetSupported` answers on this host. */
  readonly supports = (set: string, version: string): boolean => set === 'ExcelApi' && apiLevel(version) <= this.api;

  addSheet(g: SheetGrid, cfs: StoredCf[] = []): FakeSheet {
    const sheet: FakeSheet = { name: g.name, visibility: g.visible ? 'Visible' : 'Hidden', cells: new Map(), formats: new Map(), cfs, merges: [], props: new Map(), calls: [] };
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') sheet.cells.set(key(r, c), { value: v, ...(g.formulaCells?.[r]?.[c] ? { formula: `=${String(v)}` } : {}) });
        const f = g.numberFormats[r]?.[c];
        if (f && f !== 'General') sheet.formats.set(key(r, c), f);
      }),
    );
    for (const m of g.merges ?? []) sheet.merges.push({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new ExcelError('ItemNotFound', `The requested resource doesn't exist (sheet ${name}).`);
    return s;
  }

  /** A cell as Excel holds it (0-based), for assertions. */
  cell(sheet: string, row: number, col: number): (Cell & { numberFormat: string }) | null {
    const s = this.sheet(sheet);
    const c = s.cells.get(key(row, col));
    return c ? { ...c, numberFormat: s.formats.get(key(row, col)) ?? 'General' } : null;
  }

  get context(): Excel.RequestContext {
    return this.requestContext as unknown as Excel.RequestContext;
  }

  private readonly requestContext = {
    workbook: { worksheets: this.worksheetCollection() },
    trace: (message: string) => this.enqueue({ describe: `trace ${message}`, api: '1.1', run: () => undefined, requestBytes: 40, trace: message } as Op & { trace: string }),
    sync: () => this.sync(),
  };

  private enqueue(op: Op): void {
    this.queue.push(op);
  }

  private async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, o) => n + o.requestBytes, 0);
    const limit = PROFILES[this.profile].payloadLimit;
    const record = { ops: ops.map((o) => o.describe), requestBytes, responseBytes: 0 };
    this.syncs.push(record);
    if (limit !== null && requestBytes > limit) throw new ExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const traces: string[] = [];
    for (const op of ops) {
      try {
        if (apiLevel(op.api) > this.api) throw new ExcelError('ApiNotFound', `The API you are trying to use could not be found (ExcelApi ${op.api}).`);
        if (this.failArmed && this.options.failOn?.test(op.describe)) {
          this.failArmed = false;
          throw new ExcelError(this.options.failCode ?? 'GeneralException', `Excel failed at ${op.describe}`);
        }
        op.run();
      } catch (e) {
        if (e instanceof ExcelError) e.traceMessages = traces;
        throw e;
      }
      const t = (op as Op & { trace?: string }).trace;
      if (t) traces.push(t);
    }
    record.responseBytes = ops.reduce((n, o) => n + (o.responseBytes?.() ?? 0), 0);
    if (limit !== null && record.responseBytes > limit) throw new ExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const op of ops) op.deliver?.();
  }

  // --- the object model -------------------------------------------------------------------------

  private worksheetCollection() {
    const fake = this;
    let items: unknown[] | null = null;
    return {
      get items() {
        if (!items) throw new ExcelError('PropertyNotLoaded', 'worksheets.items is not loaded');
        return items;
      },
      load(props?: string) {
        const wide = !props || !props.includes('/');
        let snapshot: unknown[] = [];
        fake.enqueue({
          describe: `worksheets.load(${props ?? ''})`,
          api: '1.1',
          requestBytes: 60,
          run: () => {
            snapshot = fake.sheets.map((s) => ({ ...fake.worksheet(s.name), name: s.name, visibility: s.visibility }));
          },
          // Loading 'items' alone returns every scalar property of every sheet.
          responseBytes: () => snapshot.length * (wide ? 600 : 60),
          deliver: () => {
            items = snapshot;
          },
        });
      },
      getItem: (name: string) => fake.worksheet(name),
      add: (name: string) => {
        fake.enqueue({
          describe: `worksheets.add(${name})`,
          api: '1.1',
          requestBytes: 80,
          run: () => {
            if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new ExcelError('ItemAlreadyExists', `sheet ${name} exists`);
            fake.addSheet({ name, visible: true, values: [], numberFormats: [], hiddenColumns: [] });
          },
        });
        return fake.worksheet(name);
      },
    };
  }

  private op(describe: string, api: string, run: () => void, requestBytes = 80): void {
    this.enqueue({ describe, api, run, requestBytes });
  }

  private worksheet(name: string) {
    const fake = this;
    this.proxies++;
    const s = () => fake.sheet(name);
    const setter = (path: string, api: string) => (value: unknown) => fake.op(`sheet[${name}].${path}=`, api, () => void s().props.set(path, value), 80 + jsonBytes(value ?? null));
    const setters = (path: string, api: string, keys: string[], extra: Record<string, unknown> = {}) => {
      const o: Record<string, unknown> = { ...extra };
      for (const k of keys) Object.defineProperty(o, k, { set: setter(`${path}.${k}`, api), enumerable: true });
      return o;
    };
    const call = (path: string, api: string) => (...args: unknown[]) =>
      fake.op(`sheet[${name}].${path}(${args.map((a) => (a && typeof a === 'object' && 'box' in a ? 'range' : JSON.stringify(a))).join(',')})`, api, () => void s().calls.push(`${path}(${args.map((a) => (a && typeof a === 'object' && 'box' in a ? fake.addressOf((a as { box: () => Box }).box()) : JSON.stringify(a))).join(',')})`));
    const sheetProxy = {
      name,
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => fake.range(name, () => fake.usedBox(s(), valuesOnly ?? false), '1.4', true),
      getRange: (address?: string) => fake.range(name, () => (address ? parseArea(address) : { row: 0, col: 0, rows: 1048576, cols: 16384 }), '1.1'),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => fake.range(name, () => ({ row, col, rows, cols }), '1.7'),
      getRanges: (address: string) => fake.rangeAreas(name, address),
      delete: () => fake.op(`sheet[${name}].delete()`, '1.1', () => void fake.sheets.splice(fake.sheets.indexOf(s()), 1)),
      activate: () => fake.op(`sheet[${name}].activate()`, '1.1', () => void (fake.active = s().name)),
      set tabColor(v: string) {
        setter('tabColor', '1.7')(v);
      },
      freezePanes: { freezeRows: call('freezePanes.freezeRows', '1.7'), freezeColumns: call('freezePanes.freezeColumns', '1.7'), freezeAt: call('freezePanes.freezeAt', '1.7') },
      pageLayout: setters('pageLayout', '1.9', ['orientation', 'paperSize', 'centerHorizontally', 'zoom'], {
        setPrintTitleRows: call('pageLayout.setPrintTitleRows', '1.9'),
        headersFooters: { defaultForAllPages: setters('pageLayout.headersFooters', '1.9', ['centerHeader', 'centerFooter']) },
      }),
      horizontalPageBreaks: { add: call('horizontalPageBreaks.add', '1.9') },
      charts: {
        add: (type: string, source: { box: () => Box }, seriesBy: string) => {
          call('charts.add', '1.1')(type, source, seriesBy);
          const title = Object.defineProperty({}, 'text', { set: (v: string) => call('chart.title.text', '1.1')(v) });
          return { title, setPosition: call('chart.setPosition', '1.1') };
        },
      },
    };
    return sheetProxy;
  }

  addressOf(b: Box): string {
    const letter = (c: number): string => {
      let n = c + 1;
      let out = '';
      while (n > 0) {
        out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
        n = Math.floor((n - 1) / 26);
      }
      return out;
    };
    return `${letter(b.col)}${b.row + 1}:${letter(b.col + b.cols - 1)}${b.row + b.rows}`;
  }

  private usedBox(s: FakeSheet, valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    // Called for every used-range read: no copies of the key lists, no array per key.
    const widen = (k: string): void => {
      const comma = k.indexOf(',');
      const r = Number(k.slice(0, comma));
      const c = Number(k.slice(comma + 1));
      if (r < top) top = r;
      if (c < left) left = c;
      if (r > bottom) bottom = r;
      if (c > right) right = c;
    };
    for (const k of s.cells.keys()) widen(k);
    if (!valuesOnly) for (const k of s.formats.keys()) widen(k);
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  private readCell(s: FakeSheet, r: number, c: number): { value: unknown; formula: unknown; format: string } {
    const cell = s.cells.get(key(r, c));
    const format = s.formats.get(key(r, c)) ?? 'General';
    if (!cell) return { value: '', formula: '', format };
    return { value: cell.value, formula: cell.formula ?? cell.value, format };
  }

  /** Writes one cell as Excel does: typed parsing unless the cell is Text ("@"). */
  private writeCell(s: FakeSheet, r: number, c: number, v: unknown, asFormula: boolean): void {
    if (v === null || v === undefined) return;
    const k = key(r, c);
    if (v === '') {
      s.cells.delete(k);
      return;
    }
    if (typeof v !== 'string') {
      s.cells.set(k, { value: v as number | boolean });
      return;
    }
    if (s.formats.get(k) === '@') {
      s.cells.set(k, { value: v });
      return;
    }
    const parsed = parseTyped(v);
    s.cells.set(k, parsed);
    // Excel gives a typed date a date format, so the serial shows as a date.
    if (!parsed.formula && !parsed.quotePrefix && typeof parsed.value === 'number' && parseDate(v.trim()) !== null && (s.formats.get(k) ?? 'General') === 'General') s.formats.set(k, 'yyyy/m/d');
    void asFormula;
  }

  private range(sheetName: string, box: () => Box | null, api: string, orNull = false) {
    const fake = this;
    this.proxies++;
    const s = () => fake.sheet(sheetName);
    const loaded = new Map<string, unknown>();
    const got = (prop: string) => {
      if (!loaded.has(prop)) throw new ExcelError('PropertyNotLoaded', `range.${prop} is not loaded`);
      return loaded.get(prop);
    };
    const write = (prop: 'values' | 'formulas' | 'numberFormat') => (m: unknown[][]) =>
      fake.op(`sheet[${sheetName}].range.${prop}=`, api, () => {
        const b = box();
        if (!b) throw new ExcelError('InvalidReference', 'null range');
        if (m.length !== b.rows || m.some((row) => row.length !== b.cols)) throw new ExcelError('InvalidArgument', `${prop} of ${m.length}×${m[0]?.length} for ${b.rows}×${b.cols}`);
        m.forEach((row, r) =>
          row.forEach((v, c) => {
            if (prop === 'numberFormat') {
              if (v !== null && v !== undefined) s().formats.set(key(b.row + r, b.col + c), String(v));
            } else fake.writeCell(s(), b.row + r, b.col + c, v, prop === 'formulas');
          }),
        );
      }, 100 + jsonBytes(m));
    const format = this.formatProxy(sheetName, box, api);
    const proxy = {
      box: () => box(),
      get isNullObject() {
        return got('isNullObject') as boolean;
      },
      get values(): unknown[][] {
        return got('values') as unknown[][];
      },
      set values(m: unknown[][]) {
        write('values')(m);
      },
      get formulas(): unknown[][] {
        return got('formulas') as unknown[][];
      },
      set formulas(m: unknown[][]) {
        write('formulas')(m);
      },
      get numberFormat(): unknown[][] {
        return got('numberFormat') as unknown[][];
      },
      set numberFormat(m: unknown[][]) {
        write('numberFormat')(m);
      },
      get rowIndex() {
        return got('rowIndex');
      },
      get columnIndex() {
        return got('columnIndex');
      },
      get rowCount() {
        return got('rowCount');
      },
      get columnCount() {
        return got('columnCount');
      },
      load(props: string) {
        const wanted = props.split(',').map((p) => p.trim());
        const snapshot = new Map<string, unknown>();
        let bytes = 0;
        fake.enqueue({
          describe: `sheet[${sheetName}].range.load(${props})`,
          api,
          requestBytes: 60,
          run: () => {
            const b = box();
            snapshot.set('isNullObject', b === null);
            if (!b) {
              if (!orNull) throw new ExcelError('ItemNotFound', 'range not found');
              return;
            }
            const content = wanted.some((p) => ['values', 'formulas', 'numberFormat'].includes(p));
            if (content && fake.options.rangeCellLimit !== undefined && b.rows * b.cols > fake.options.rangeCellLimit) throw new ExcelError('RangeExceedsLimit', 'The number of cells in the range has exceeded the maximum supported number.');
            const sh = s();
            for (const p of wanted) {
              if (p === 'rowIndex') snapshot.set(p, b.row);
              else if (p === 'columnIndex') snapshot.set(p, b.col);
              else if (p === 'rowCount') snapshot.set(p, b.rows);
              else if (p === 'columnCount') snapshot.set(p, b.cols);
              else if (p === 'values' || p === 'formulas' || p === 'numberFormat') {
                const m = Array.from({ length: b.rows }, (_, r) =>
                  Array.from({ length: b.cols }, (_, c) => {
                    const x = fake.readCell(sh, b.row + r, b.col + c);
                    return p === 'values' ? x.value : p === 'formulas' ? x.formula : x.format;
                  }),
                );
                snapshot.set(p, m);
                bytes += jsonBytes(m);
              }
            }
          },
          responseBytes: () => bytes + 40,
          deliver: () => {
            for (const [k, v] of snapshot) loaded.set(k, v);
          },
        });
      },
      format,
      getEntireColumn: () => fake.range(sheetName, () => ({ ...box()!, row: 0, rows: 1048576 }), '1.1'),
      getEntireRow: () => fake.range(sheetName, () => ({ ...box()!, col: 0, cols: 16384 }), '1.1'),
      merge: (across: boolean) =>
        fake.op(`sheet[${sheetName}].range.merge(${across})`, '1.2', () => {
          const b = box()!;
          s().merges.push(b);
        }),
      select: () => fake.op(`sheet[${sheetName}].range.select()`, '1.1', () => undefined),
      conditionalFormats: this.cfCollection(sheetName, () => fake.addressOf(box()!), api),
      dataValidation: this.validationProxy(sheetName, box),
      getMergedAreasOrNullObject: () => this.mergedAreas(sheetName, box),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) =>
        fake.range(sheetName, () => {
          const b = box();
          const u = b && fake.usedBox(s(), valuesOnly ?? false);
          if (!b || !u) return null;
          const row = Math.max(b.row, u.row);
          const col = Math.max(b.col, u.col);
          const bottom = Math.min(b.row + b.rows, u.row + u.rows);
          const right = Math.min(b.col + b.cols, u.col + u.cols);
          return bottom > row && right > col ? { row, col, rows: bottom - row, cols: right - col } : null;
        }, '1.4', true),
    };
    return proxy;
  }

  private mergedAreas(sheetName: string, box: () => Box | null) {
    const fake = this;
    this.proxies++;
    let items: Box[] | null = null;
    let isNull: boolean | null = null;
    const areas = {
      get items() {
        if (!items) throw new ExcelError('PropertyNotLoaded', 'areas.items is not loaded');
        return items.map((b) => ({ rowIndex: b.row, columnIndex: b.col, rowCount: b.rows, columnCount: b.cols }));
      },
      load(props: string) {
        let snapshot: Box[] = [];
        let nul = true;
        fake.enqueue({
          describe: `sheet[${sheetName}].mergedAreas.load(${props})`,
          api: '1.13',
          requestBytes: 60,
          run: () => {
            const b = box();
            // Only areas whose top-left cell lies in the range (office-js #3611).
            snapshot = b ? fake.sheet(sheetName).merges.filter((m) => m.row >= b.row && m.row < b.row + b.rows && m.col >= b.col && m.col < b.col + b.cols) : [];
            // "If the merged areas count in this range is more than 512, then this method will fail."
            if (snapshot.length > 512) throw new ExcelError('GeneralException', 'too many merged areas');
            nul = snapshot.length === 0;
          },
          responseBytes: () => snapshot.length * 60,
          deliver: () => {
            items = snapshot;
            isNull = nul;
          },
        });
      },
    };
    return {
      get isNullObject() {
        if (isNull === null) throw new ExcelError('PropertyNotLoaded', 'isNullObject is not loaded');
        return isNull;
      },
      load(props: string) {
        areas.load(props);
      },
      areas,
    };
  }

  private formatProxy(sheetName: string, box: () => Box | null, api: string) {
    const fake = this;
    const set = (path: string) => (v: unknown) =>
      fake.op(`sheet[${sheetName}].format.${path}=`, api, () => {
        const b = box();
        fake.sheet(sheetName).props.set(`${fake.addressOf(b!)}.${path}`, v);
      });
    const obj = (path: string, keys: string[], extra: Record<string, unknown> = {}) => {
      const o: Record<string, unknown> = { ...extra };
      for (const k of keys) Object.defineProperty(o, k, { set: set(`${path}${k}`), enumerable: true });
      return o;
    };
    return obj('', ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight'], {
      font: obj('font.', ['bold', 'size', 'color']),
      fill: obj('fill.', ['color']),
      borders: { getItem: (edge: string) => obj(`borders.${edge}.`, ['style', 'color']) },
      autofitRows: () => fake.op(`sheet[${sheetName}].format.autofitRows()`, '1.2', () => undefined),
    });
  }

  private validationProxy(sheetName: string, box: () => Box | null) {
    const fake = this;
    const o: Record<string, unknown> = {};
    for (const k of ['rule', 'errorAlert', 'prompt', 'ignoreBlanks'])
      Object.defineProperty(o, k, {
        set: (v: unknown) => fake.op(`sheet[${sheetName}].dataValidation.${k}=`, '1.8', () => void fake.sheet(sheetName).props.set(`${fake.addressOf(box()!)}.dataValidation.${k}`, v)),
      });
    return o;
  }

  private rangeAreas(sheetName: string, address: string) {
    const fake = this;
    this.proxies++;
    return {
      conditionalFormats: this.cfCollection(sheetName, () => address, '1.9'),
      get address() {
        return `${sheetName}!${address}`;
      },
      _check: fake,
    };
  }

  private cfCollection(sheetName: string, areas: () => string, api: string) {
    const fake = this;
    let items: unknown[] | null = null;
    return {
      get items() {
        if (!items) throw new ExcelError('PropertyNotLoaded', 'conditionalFormats.items is not loaded');
        return items;
      },
      load(props: string) {
        let snapshot: unknown[] = [];
        fake.enqueue({
          describe: `sheet[${sheetName}].conditionalFormats.load(${props})`,
          api: '1.6',
          requestBytes: 60,
          run: () => {
            if (fake.options.cfLoadFails?.includes(sheetName)) throw new ExcelError('GeneralException', 'An internal error has occurred.');
            snapshot = fake.sheet(sheetName).cfs.map((cf, i) => ({
              id: String(i),
              type: cf.type,
              customOrNullObject: cf.type === 'Custom' ? { isNullObject: false, rule: { formula: cf.formula } } : { isNullObject: true },
            }));
          },
          responseBytes: () => snapshot.length * 120,
          deliver: () => {
            items = snapshot;
          },
        });
      },
      getItem: (id: string) => ({
        delete: () =>
          fake.op(`sheet[${sheetName}].conditionalFormats.getItem(${id}).delete()`, '1.6', () => {
            const cfs = fake.sheet(sheetName).cfs;
            const i = Number(id);
            if (!(i >= 0 && i < cfs.length)) throw new ExcelError('ItemNotFound', `conditional format ${id} not found`);
            cfs.splice(i, 1);
          }),
      }),
      add: (type: string) => {
        const cf: StoredCf = { type, formula: '', areas: '', format: {} };
        fake.op(`sheet[${sheetName}].conditionalFormats.add(${type})`, api === '1.9' ? '1.9' : '1.6', () => {
          cf.areas = areas();
          // A new rule goes to the top of the collection (priority 0).
          fake.sheet(sheetName).cfs.unshift(cf);
        });
        const fmt = (path: string, keys: string[]) => {
          const o: Record<string, unknown> = {};
          for (const k of keys) Object.defineProperty(o, k, { set: (v: unknown) => fake.op(`cf.${path}${k}=`, '1.6', () => void (cf.format[`${path}${k}`] = v)), enumerable: true });
          return o;
        };
        return {
          custom: {
            rule: Object.defineProperty({}, 'formula', { set: (v: string) => fake.op('cf.rule.formula=', '1.6', () => void (cf.formula = v)) }),
            format: { fill: fmt('fill.', ['color']), font: fmt('font.', ['color', 'bold']), borders: { getItem: (edge: string) => fmt(`borders.${edge}.`, ['style', 'color']) } },
          },
        };
      },
    };
  }
}
