import type { ApplyReport, CellScalar, MergedArea, SheetGrid, WorkbookPort } from '../../port/workbookPort';
import { ReadSizeBudget, SheetExistsError } from '../../port/workbookPort';
import {
  HIGHLIGHT_STYLE,
  highlightFormula,
  isHighlightFormula,
  isDateValue,
  isFormula,
  type HighlightSpec,
  type CellStyle,
  type ConditionalFormatSpec,
  type PlanValue,
  type RangeRef,
  type SheetPlan,
  type SheetWrite,
  type ValidationSpec,
  type WritePlan,
} from '../../core/plan/writePlan';
import { formatIsoDate, fromExcelSerial } from '../../core/calendar/calendarDate';
import { DEFAULT_DATE_FORMAT, isDateFormat, officeCellValue } from './cellText';
import { PartialWriteError } from './partialWriteError';

/** Requirement sets this adapter uses above the manifest's minimum (ExcelApi 1.7, where Office 2019 volume licences stop). */
export type RequirementCheck = (set: string, version: string) => boolean;

export const officeRequirementCheck: RequirementCheck = (set, version) =>
  typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(set, version));

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
/** Excel character widths to points (a default 8.43-character column is 48 points wide). */
const charsToPoints = (chars: number): number => Math.round(chars * 5.6 + 3);

/** Cells per read sync (values, formulas and formats ≈ 1.5 MB of ordinary ledger text, under the web's 5 MB). */
export const BLOCK_CELLS = 50_000;
/** Beyond this a workbook is not a ledger but a stray value far away (one limit for every host). */
export { MAX_READ_CELLS } from '../../port/workbookPort';
/** Columns of the first read's window per sheet (a ledger is rarely wider); rows follow from the cell budget. */
export const WINDOW_COLUMNS = 40;
/**
 * Estimated request bytes per write sync. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded); the desktop has no cap but stalls on huge batches.
 */
export const WRITE_BUDGET_BYTES = 3_500_000;

type Content = { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] };

/** Excel's refusal of a request, a response or a range too large (5 MB on the web; cells per range anywhere). */
export function isSizeLimitError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|PayloadTooLarge|RangeExceedsLimit|ResourceLimit|InsufficientResources/i.test(code);
}

/** Excel refuses range address strings of 8,192 characters or more. */
export const MAX_ADDRESS_CHARS = 8000;

export function addressChunks(addresses: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A part of one batch: queued together, marked by a trace, so a failure can be placed. */
interface Group {
  readonly name: string;
  readonly optional: boolean;
  readonly queue: () => void;
}

class GroupFailure extends Error {
  constructor(readonly group: string, readonly done: readonly string[], readonly inner: unknown) {
    super(inner instanceof Error ? inner.message : String(inner));
  }
}

const utf8 = typeof TextEncoder !== 'undefined' ? new TextEncoder() : null;
/** A write's share of a request, as Excel counts it: the JSON of its value, in UTF-8. */
const payloadBytes = (v: unknown): number => {
  const json = JSON.stringify(v) ?? '';
  return 100 + (utf8 ? utf8.encode(json).length : json.length * 3);
};

type Thunk = { bytes: number; run: () => void };

interface UsedEntry {
  sheet: Excel.Worksheet;
  range: Excel.Range;
  chunks: { first: number; content: Content }[];
}

/**
 * The workbook port over Office.js. One instance serves one user action inside one `Excel.run`.
 * Reads: names, then the used ranges' sizes (and the rule list), then content in blocks; writes:
 * one batch (more only past the request budget) with the essential writes first and each optional
 * extra after them, placed by trace markers so a failure costs only its own part.
 */
export class OfficeWorkbook implements WorkbookPort {
  private knownNames: string[] | null = null;
  /** Positions (ids) of the add-in's highlight rules per sheet, found by the last read; null: not read. */
  private highlightIds: Map<string, string[]> | null = null;
  /** Excel refused to list some sheet's conditional formats (office-js #6827): ours cannot be told apart. */
  private rulesUnreadable = false;
  /** Number formats of the last read, by sheet, at sheet positions: how a write keeps text text and dates dates. */
  private readFormats = new Map<string, readonly (readonly string[])[]>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly supports: RequirementCheck = officeRequirementCheck,
  ) {}

  private trace(message: string): void {
    const ctx = this.context as { trace?: (m: string) => void };
    if (typeof ctx.trace === 'function') ctx.trace(message);
  }

  /**
   * Runs groups in one sync. When one fails, the trace messages executed before the failure tell
   * which: a required group's failure is thrown (as GroupFailure); an optional one is dropped and the
   * rest run again in a new sync. Reads re-run the groups before it (their results were lost with the
   * sync); writes never do (they were applied).
   */
  private async runGroups(groups: readonly Group[], reads: boolean): Promise<{ name: string; error: unknown }[]> {
    const failed: { name: string; error: unknown }[] = [];
    let pending = [...groups];
    const doneBefore: string[] = [];
    while (pending.length) {
      for (const g of pending) {
        g.queue();
        this.trace(g.name);
      }
      try {
        await this.context.sync();
        return failed;
      } catch (e) {
        const done = (e as { traceMessages?: string[] } | null)?.traceMessages ?? [];
        const i = pending.findIndex((g) => !done.includes(g.name));
        const group = pending[Math.max(i, 0)];
        if (i < 0 || !group.optional) throw new GroupFailure(group.name, [...doneBefore, ...pending.slice(0, Math.max(i, 0)).map((g) => g.name)], e);
        failed.push({ name: group.name, error: e });
        if (!reads) doneBefore.push(...pending.slice(0, i).map((g) => g.name));
        pending = reads ? [...pending.slice(0, i), ...pending.slice(i + 1)] : pending.slice(i + 1);
      }
    }
    return failed;
  }

  private loadNames(): Excel.WorksheetCollection {
    const sheets = this.context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    return sheets;
  }

  async sheetNames(): Promise<string[]> {
    const sheets = this.loadNames();
    await this.context.sync();
    this.knownNames = sheets.items.map((s) => s.name);
    return [...this.knownNames];
  }

  async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
    const sheets = this.loadNames();
    await this.context.sync();
    this.knownNames = sheets.items.map((s) => s.name);
    const wanted = sheets.items.filter((s) => !names || names.includes(s.name));
    // One sync: every used range's size, and with it, each optional and placed by a trace, the rule
    // lists (Excel refuses to list some workbooks' rules: office-js #6827, #6835), the merged areas
    // (ExcelApi 1.13; at most 512 per range) and the content inside a bounded window per sheet, so the
    // request never asks more than Excel can answer and an ordinary ledger is read in this one sync.
    const used: UsedEntry[] = wanted.map((sheet) => ({ sheet, range: sheet.getUsedRangeOrNullObject(true), chunks: [] }));
    const windowCells = Math.min(BLOCK_CELLS, Math.max(10_000, Math.floor((3 * BLOCK_CELLS) / Math.max(1, wanted.length))));
    const windowRows = Math.floor(windowCells / WINDOW_COLUMNS);
    let rules: { sheet: string; cfs: Excel.ConditionalFormatCollection }[] = [];
    let mergeAreas: { sheet: string; m: Excel.RangeAreas }[] = [];
    let windows: Excel.Range[] = [];
    const canMerge = this.supports('ExcelApi', '1.13');
    const failed = await this.runGroups(
      [
        { name: 'sizes', optional: false, queue: () => used.forEach((u) => u.range.load('rowIndex,columnIndex,rowCount,columnCount')) },
        {
          name: 'rules',
          optional: true,
          queue: () => {
            rules = wanted.map((s) => {
              const cfs = s.getRange().conditionalFormats;
              cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
              return { sheet: s.name, cfs };
            });
          },
        },
        ...(canMerge
          ? [
              {
                name: 'merges',
                optional: true,
                queue: () => {
                  mergeAreas = wanted.map((s) => {
                    const m = s.getRange().getMergedAreasOrNullObject();
                    m.load('areaCount');
                    m.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
                    return { sheet: s.name, m };
                  });
                },
              },
            ]
          : []),
        {
          name: 'window',
          optional: true,
          queue: () => {
            windows = used.map((u) => {
              // The window's own used part: no call on the sheet's used range, a null object for an empty sheet.
              const w = u.sheet.getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS).getUsedRangeOrNullObject(true);
              w.load('values,formulas,numberFormat,rowIndex,columnIndex,rowCount,columnCount');
              return w;
            });
          },
        },
      ],
      true,
    ).catch((e: unknown) => {
      throw e instanceof GroupFailure ? e.inner : e;
    });
    const failedGroup = (name: string): boolean => failed.some((f) => f.name === name);
    this.rulesUnreadable = failedGroup('rules');
    this.highlightIds = this.rulesUnreadable
      ? null
      : new Map(rules.map(({ sheet, cfs }) => [sheet, cfs.items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isHighlightFormula(cf.customOrNullObject.rule.formula)).map((cf) => cf.id)]));
    const merges = canMerge && !failedGroup('merges')
      ? new Map(mergeAreas.map(({ sheet, m }) => [sheet, m.isNullObject ? [] : m.areas.items.map((a) => ({ top: a.rowIndex + 1, left: a.columnIndex + 1, bottom: a.rowIndex + a.rowCount, right: a.columnIndex + a.columnCount }))]))
      : null;

    const budget = new ReadSizeBudget();
    for (const { sheet, range } of used) if (!range.isNullObject) budget.add(sheet.name, range.rowCount, range.columnCount);
    const units: { entry: UsedEntry; first: number; rows: number }[] = [];
    used.forEach((entry, i) => {
      const { range } = entry;
      if (range.isNullObject) return;
      const w = failedGroup('window') ? null : windows[i];
      // The window held the whole used range: its content is the sheet's.
      if (w && !w.isNullObject && w.rowIndex === range.rowIndex && w.columnIndex === range.columnIndex && w.rowCount === range.rowCount && w.columnCount === range.columnCount) {
        entry.chunks.push({ first: 0, content: { values: w.values, formulas: w.formulas, numberFormat: w.numberFormat } });
        return;
      }
      const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, range.columnCount)));
      for (let first = 0; first < range.rowCount; first += rowsPerBlock) units.push({ entry, first, rows: Math.min(rowsPerBlock, range.rowCount - first) });
    });
    // Larger sheets in row blocks, in sheet order; small ones share a sync, each sync up to BLOCK_CELLS cells.
    let batch: typeof units = [];
    let cells = 0;
    for (const u of units) {
      const n = u.rows * u.entry.range.columnCount;
      if (batch.length && cells + n > BLOCK_CELLS) {
        await this.readUnits(batch);
        batch = [];
        cells = 0;
      }
      batch.push(u);
      cells += n;
    }
    await this.readUnits(batch);
    const grids = this.gridsOf(used, merges);
    this.readFormats = new Map(grids.map((g) => [g.name, g.numberFormats]));
    return grids;
  }

  /** One sync of content blocks; a block Excel finds too large is split in two and read again. */
  private async readUnits(units: { entry: UsedEntry; first: number; rows: number }[]): Promise<void> {
    if (!units.length) return;
    let loads: { u: (typeof units)[number]; r: Excel.Range }[] = [];
    try {
      await this.runGroups(
        [
          {
            name: 'content',
            optional: false,
            queue: () => {
              loads = units.map((u) => {
                const r = u.entry.sheet.getRangeByIndexes(u.entry.range.rowIndex + u.first, u.entry.range.columnIndex, u.rows, u.entry.range.columnCount);
                r.load('values,formulas,numberFormat');
                return { u, r };
              });
            },
          },
        ],
        true,
      );
      for (const { u, r } of loads) u.entry.chunks.push({ first: u.first, content: { values: r.values, formulas: r.formulas, numberFormat: r.numberFormat } });
    } catch (e) {
      const cause = e instanceof GroupFailure ? e.inner : e;
      if (!isSizeLimitError(cause)) throw cause;
      if (units.length > 1) {
        const half = Math.ceil(units.length / 2);
        await this.readUnits(units.slice(0, half));
        await this.readUnits(units.slice(half));
        return;
      }
      const [u] = units;
      if (u.rows <= 1) throw cause;
      const top = Math.ceil(u.rows / 2);
      await this.readUnits([{ ...u, rows: top }]);
      await this.readUnits([{ ...u, first: u.first + top, rows: u.rows - top }]);
    }
  }

  private gridsOf(used: UsedEntry[], merges: Map<string, MergedArea[]> | null): SheetGrid[] {
    return used.map(({ sheet, range, chunks }) => {
      const highlightRules = this.highlightIds?.get(sheet.name)?.length ?? 0;
      const sheetMerges = merges ? { merges: merges.get(sheet.name) ?? [] } : {};
      if (range.isNullObject) return { name: sheet.name, visible: sheet.visibility === 'Visible', values: [], numberFormats: [], hiddenColumns: [], highlightRules, ...sheetMerges };
      chunks.sort((a, b) => a.first - b.first);
      const rawValues = chunks.flatMap((c) => c.content.values);
      const formulas = chunks.flatMap((c) => c.content.formulas ?? []);
      const numberFormat = chunks.flatMap((c) => c.content.numberFormat ?? []);
      // The used range may start below or right of A1: pad so grid indexes are sheet positions.
      const pad = <T,>(rows: T[][], filler: T): T[][] => [
        ...Array.from({ length: range.rowIndex }, () => Array<T>(range.columnIndex + range.columnCount).fill(filler)),
        ...rows.map((r) => [...Array<T>(range.columnIndex).fill(filler), ...r]),
      ];
      const values = pad(rawValues.map((row) => row.map((v) => (v === '' ? null : (v as CellScalar)))), null as CellScalar);
      const numberFormats = pad(numberFormat.map((row) => row.map((f) => String(f ?? 'General'))), 'General');
      // A quote-prefixed text "=…" reads back from `formulas` as "=…" too (office-js #6687): a formula differs from its value.
      const formulaCells = pad(formulas.map((row, r) => row.map((f, c) => typeof f === 'string' && f.startsWith('=') && f !== rawValues[r]?.[c])), false);
      return { name: sheet.name, visible: sheet.visibility === 'Visible', values, numberFormats, formulaCells, hiddenColumns: [], highlightRules, ...sheetMerges };
    });
  }

  async applyPlan(plan: WritePlan): Promise<ApplyReport> {
    if (plan.clearHighlights && !this.highlightIds && !this.rulesUnreadable) await this.readSheets();
    const deleting = (plan.deleteSheets ?? []).map((n) => n.toLocaleLowerCase());
    const before = this.knownNames ?? (await this.sheetNames());
    const existing = before.map((n) => n.toLocaleLowerCase()).filter((n) => !deleting.includes(n));
    for (const sheet of plan.sheets) if (existing.includes(sheet.name.toLocaleLowerCase())) throw new SheetExistsError(sheet.name);
    const degraded = new Set<string>();
    const canValidate = this.supports('ExcelApi', '1.8');
    const canPageLayout = this.supports('ExcelApi', '1.9');
    // Multi-area ranges (RangeAreas) arrived in ExcelApi 1.9; without them no highlight is written rather than one per cell.
    const canHighlight = this.supports('ExcelApi', '1.9');
    if (!canValidate && plan.sheets.some((s) => s.validations.length)) degraded.add('data-validation');
    if (!canPageLayout && plan.sheets.some((s) => s.print)) degraded.add('print-setup');
    if (!canHighlight && plan.highlights?.length) degraded.add('highlights');
    // The add-in's old rules cannot be told from the user's: leave every rule alone and add none on top.
    // A feature Excel refused at run time is "<feature>-failed"; a missing requirement set, "<feature>".
    if (this.rulesUnreadable && (plan.clearHighlights || plan.highlights?.length)) degraded.add('highlights-failed');

    const sheets = this.context.workbook.worksheets;
    const essential: Thunk[] = [];
    for (const name of plan.deleteSheets ?? []) essential.push({ bytes: 100, run: () => sheets.getItem(name).delete() });
    for (const sheet of plan.sheets) essential.push(...this.sheetThunks(sheet));
    for (const w of plan.writes ?? []) essential.push(...this.writeThunks(w));
    if (plan.activate) {
      const name = plan.activate;
      essential.push({ bytes: 100, run: () => this.context.workbook.worksheets.getItem(name).activate() });
    }

    const extras: Group[] = [];
    if (!this.rulesUnreadable && (plan.clearHighlights || (canHighlight && plan.highlights?.length))) {
      extras.push({
        name: 'highlights',
        optional: true,
        queue: () => {
          if (plan.clearHighlights) {
            for (const [name, ids] of this.highlightIds ?? []) {
              if (deleting.includes(name.toLocaleLowerCase()) || !ids.length) continue;
              const cfs = sheets.getItem(name).getRange().conditionalFormats;
              // An id is the rule's position in its collection and every delete shifts the later ones:
              // delete from the last position to the first so each id still names the rule it named.
              for (const id of [...ids].sort((a, b) => Number(b) - Number(a))) cfs.getItem(id).delete();
            }
          }
          if (canHighlight) for (const h of plan.highlights ?? []) this.queueHighlight(h);
        },
      });
    }
    const extraOf = (name: string, queue: (s: SheetPlan) => void, has: (s: SheetPlan) => boolean, can: boolean) => {
      if (can && plan.sheets.some(has)) extras.push({ name, optional: true, queue: () => plan.sheets.filter(has).forEach(queue) });
    };
    extraOf('data-validation', (s) => this.queueValidations(s), (s) => s.validations.length > 0, canValidate);
    extraOf('print-setup', (s) => this.queuePrint(s), (s) => Boolean(s.print), canPageLayout);
    extraOf('charts', (s) => this.queueCharts(s), (s) => Boolean(s.charts?.length), true);

    // Essential writes in batches within the request budget; the last one carries the extras.
    const batches: Thunk[][] = [[]];
    let bytes = 0;
    for (const t of essential) {
      if (bytes + t.bytes > WRITE_BUDGET_BYTES && batches[batches.length - 1].length) {
        batches.push([]);
        bytes = 0;
      }
      batches[batches.length - 1].push(t);
      bytes += t.bytes;
    }
    let failed: { name: string; error: unknown }[] = [];
    try {
      for (const [i, batch] of batches.entries()) {
        const group: Group = { name: `essential-${i}`, optional: false, queue: () => batch.forEach((t) => t.run()) };
        failed = await this.runGroups(i === batches.length - 1 ? [group, ...extras] : [group], false);
      }
    } catch (e) {
      const cause = e instanceof GroupFailure ? e.inner : e;
      if (e instanceof GroupFailure && !e.group.startsWith('essential')) throw cause;
      throw await this.partialWrite(cause, plan, before);
    }
    for (const f of failed) degraded.add(`${f.name}-failed`);
    this.knownNames = [...before.filter((n) => !deleting.includes(n.toLocaleLowerCase())), ...plan.sheets.map((s) => s.name)];
    this.highlightIds = null;
    return { sheetsAdded: plan.sheets.map((s) => s.name), degraded: [...degraded] };
  }

  /** After essential writes stopped: looks (one sync) at which sheets are there now, for a truthful message. */
  private async partialWrite(cause: unknown, plan: WritePlan, before: readonly string[]): Promise<PartialWriteError> {
    const reason = cause instanceof Error ? cause.message : String(cause);
    let now: string[] | null = null;
    try {
      const sheets = this.loadNames();
      await this.context.sync();
      now = sheets.items.map((s) => s.name);
    } catch {
      now = null;
    }
    this.knownNames = now;
    this.highlightIds = null;
    const has = (list: readonly string[], n: string) => list.some((x) => x.toLocaleLowerCase() === n.toLocaleLowerCase());
    const added = now ? plan.sheets.map((s) => s.name).filter((n) => has(now!, n) && !has(before, n)) : plan.sheets.map((s) => s.name);
    const removed = now ? (plan.deleteSheets ?? []).filter((n) => !has(now!, n)) : [...(plan.deleteSheets ?? [])];
    const touched = [...new Set((plan.writes ?? []).map((w) => w.sheet))];
    return new PartialWriteError(reason, added, touched, removed);
  }

  /** Shows a finding's cell: activates its sheet and selects the cell (one sync). */
  async select(sheet: string, address: string): Promise<void> {
    const ws = this.context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await this.context.sync();
  }

  /** One conditional format per severity and sheet over a multi-area range, in address chunks Excel accepts. */
  private queueHighlight(h: HighlightSpec): void {
    const ws = this.context.workbook.worksheets.getItem(h.sheet);
    const style = HIGHLIGHT_STYLE[h.severity];
    for (const chunk of addressChunks(h.addresses, MAX_ADDRESS_CHARS)) {
      const cf = ws.getRanges(chunk).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${highlightFormula(h.severity)}`;
      cf.custom.format.fill.color = `#${style.fill}`;
      cf.custom.format.font.color = `#${style.fontColor}`;
      if (style.bold) cf.custom.format.font.bold = true;
    }
  }

  /**
   * A block of values as thunks within the request budget (rows split when one block is larger).
   * `cellOf` turns a plan value at a sheet position into what Office.js takes.
   */
  private blockThunks(
    target: (row0: number, rows: number) => Excel.Range,
    values: readonly (readonly PlanValue[])[],
    cellOf: (v: PlanValue, r: number, c: number) => string | number | boolean | null,
  ): Thunk[] {
    const cols = values[0]?.length ?? 0;
    if (!values.length || !cols) return [];
    const converted = values.map((row, r) => row.map((v, c) => cellOf(v, r, c)));
    const hasFormula = values.some((r) => r.some((v) => v !== null && isFormula(v)));
    const rowBytes = converted.map((row) => payloadBytes(row));
    const thunks: Thunk[] = [];
    let first = 0;
    while (first < converted.length) {
      let bytes = 0;
      let last = first;
      while (last < converted.length && (last === first || bytes + rowBytes[last] <= WRITE_BUDGET_BYTES / 2)) bytes += rowBytes[last++];
      const from = first;
      const to = last;
      thunks.push({
        bytes,
        run: () => {
          const range = target(from, to - from);
          // `formulas` takes constants too; either way a string is written so Excel keeps it as text.
          if (hasFormula) range.formulas = converted.slice(from, to) as unknown[][];
          else range.values = converted.slice(from, to) as unknown[][];
        },
      });
      first = to;
    }
    return thunks;
  }

  /**
   * Values into an existing (user) sheet. Text goes with the quote prefix where Excel would parse it,
   * unless the cell is formatted as Text; a date into a cell without a date format gets the date
   * format of the nearest date cell above it in the column, else yyyy-mm-dd.
   */
  private writeThunks(w: SheetWrite): Thunk[] {
    const formats = this.readFormats.get(w.sheet) ?? [];
    const fmt = (r: number, c: number): string => formats[r]?.[c] ?? 'General';
    const r0 = w.row - 1;
    const c0 = w.col - 1;
    const dateFormatFor = (r: number, c: number): string => {
      for (let up = r - 1; up >= Math.max(0, r - 200); up--) if (isDateFormat(fmt(up, c))) return fmt(up, c);
      return DEFAULT_DATE_FORMAT;
    };
    const ws = () => this.context.workbook.worksheets.getItem(w.sheet);
    // Date formats go only on the cells that need one, one range per run of such cells down a column:
    // no other cell's format is written (one beyond the read range may carry the user's own format).
    const runs: { row: number; col: number; formats: string[] }[] = [];
    for (let c = 0; c < (w.values[0]?.length ?? 0); c++) {
      let run: { row: number; col: number; formats: string[] } | null = null;
      w.values.forEach((row, r) => {
        const v = row[c];
        const needs = v !== null && v !== undefined && isDateValue(v) && !isDateFormat(fmt(r0 + r, c0 + c));
        if (!needs) {
          run = null;
          return;
        }
        if (!run) runs.push((run = { row: r0 + r, col: c0 + c, formats: [] }));
        run.formats.push(dateFormatFor(r0 + r, c0 + c));
      });
    }
    const dateFormats: Thunk[] = runs.length
      ? [
          {
            bytes: runs.reduce((n, r) => n + payloadBytes(r.formats), 0),
            run: () => {
              for (const r of runs) ws().getRangeByIndexes(r.row, r.col, r.formats.length, 1).numberFormat = r.formats.map((f) => [f]);
            },
          },
        ]
      : [];
    // Formats before the values, so a serial never shows as a number.
    return [
      ...dateFormats,
      ...this.blockThunks(
        (from, rows) => ws().getRangeByIndexes(r0 + from, c0, rows, w.values[0].length),
        w.values,
        (v, r, c) => officeCellValue(v, fmt(r0 + r, c0 + c) === '@'),
      ),
    ];
  }

  private sheetThunks(plan: SheetPlan): Thunk[] {
    let ws: Excel.Worksheet | null = null;
    const sheet = (): Excel.Worksheet => ws ?? (ws = this.context.workbook.worksheets.getItem(plan.name));
    const at = (r: RangeRef): Excel.Range => sheet().getRangeByIndexes(r.row - 1, r.col - 1, r.rows, r.cols);
    const textRanges = plan.styles.filter((s) => s.style.numberFormat === '@').map((s) => s.range);
    const isText = (row: number, col: number) => textRanges.some((t) => row >= t.row && row < t.row + t.rows && col >= t.col && col < t.col + t.cols);
    const layout: Thunk = {
      bytes: 200 + plan.styles.length * 400 + plan.columnWidths.length * 120 + (plan.rowHeights?.length ?? 0) * 120,
      run: () => {
        ws = this.context.workbook.worksheets.add(plan.name);
        if (plan.tabColor) ws.tabColor = `#${plan.tabColor}`;
        plan.columnWidths.forEach((w, i) => {
          at({ row: 1, col: i + 1, rows: 1, cols: 1 }).getEntireColumn().format.columnWidth = charsToPoints(w);
        });
        for (const rh of plan.rowHeights ?? []) at({ row: rh.row, col: 1, rows: 1, cols: 1 }).getEntireRow().format.rowHeight = rh.height;
        // Styles first: a Text ("@") format must be in place before the values it keeps as text.
        for (const s of plan.styles) applyStyle(at(s.range), s.range, s.style);
      },
    };
    const blocks = plan.blocks.flatMap((block) =>
      this.blockThunks(
        (from, rows) => sheet().getRangeByIndexes(block.row - 1 + from, block.col - 1, rows, block.values[0].length),
        block.values,
        (v, r, c) => officeCellValue(v, isText(block.row + r, block.col + c)),
      ),
    );
    const finish: Thunk = {
      bytes: 200 + plan.merges.length * 150 + plan.conditionalFormats.length * 400,
      run: () => {
        // After the values: Excel measures the wrapped text itself, one call for all the rows.
        if (plan.fitRows) at(plan.fitRows.range).format.autofitRows();
        for (const m of plan.merges) at(m).merge(false);
        const freeze = plan.freeze;
        if (freeze && (freeze.rows || freeze.cols)) {
          if (freeze.rows && freeze.cols) sheet().freezePanes.freezeAt(sheet().getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
          else if (freeze.cols) sheet().freezePanes.freezeColumns(freeze.cols);
          else sheet().freezePanes.freezeRows(freeze.rows);
        }
        plan.conditionalFormats.forEach((cf) => addConditionalFormat(at(cf.range), cf));
      },
    };
    return [layout, ...blocks, finish];
  }

  private queueValidations(plan: SheetPlan): void {
    const ws = this.context.workbook.worksheets.getItem(plan.name);
    for (const v of plan.validations) setValidation(ws.getRangeByIndexes(v.range.row - 1, v.range.col - 1, v.range.rows, v.range.cols), v);
  }

  private queuePrint(plan: SheetPlan): void {
    const p = plan.print;
    if (!p) return;
    const ws = this.context.workbook.worksheets.getItem(plan.name);
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    layout.centerHorizontally = true;
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
    if (p.centerHeader) layout.headersFooters.defaultForAllPages.centerHeader = p.centerHeader;
    if (p.centerFooter) layout.headersFooters.defaultForAllPages.centerFooter = p.centerFooter;
    for (const r of p.pageBreaksBefore ?? []) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r - 1, 0, 1, 1));
  }

  private queueCharts(plan: SheetPlan): void {
    const ws = this.context.workbook.worksheets.getItem(plan.name);
    const at = (r: RangeRef): Excel.Range => ws.getRangeByIndexes(r.row - 1, r.col - 1, r.rows, r.cols);
    for (const c of plan.charts ?? []) {
      // Native charts (ExcelApi 1.1): one proxy per chart, placed over its anchor cells. The category
      // labels were written as text (quote prefix where Excel would read a number), so they stay categories.
      const chart = ws.charts.add('ColumnClustered', at(c.data), 'Columns');
      chart.title.text = c.title;
      chart.setPosition(at({ ...c.anchor, rows: 1, cols: 1 }), at({ row: c.anchor.row + c.anchor.rows - 1, col: c.anchor.col + c.anchor.cols - 1, rows: 1, cols: 1 }));
    }
  }
}

function applyStyle(target: Excel.Range, r: RangeRef, style: CellStyle): void {
  const f = target.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor) f.font.color = `#${style.fontColor}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.hAlign) f.horizontalAlignment = style.hAlign === 'left' ? 'Left' : style.hAlign === 'center' ? 'Center' : 'Right';
  if (style.vAlign) f.verticalAlignment = style.vAlign === 'top' ? 'Top' : style.vAlign === 'middle' ? 'Center' : 'Bottom';
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#A6A6A6';
    }
  }
  // One 2-D array for the whole range: a single write, not one per cell.
  if (style.numberFormat) target.numberFormat = Array.from({ length: r.rows }, () => Array<string>(r.cols).fill(style.numberFormat as string));
}

function addConditionalFormat(target: Excel.Range, cf: ConditionalFormatSpec): void {
  const conditional = target.conditionalFormats.add('Custom');
  conditional.custom.rule.formula = `=${cf.formula}`;
  const format = conditional.custom.format;
  if (cf.style.fill) format.fill.color = `#${cf.style.fill}`;
  if (cf.style.fontColor) format.font.color = `#${cf.style.fontColor}`;
  if (cf.style.bold) format.font.bold = true;
  if (cf.style.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const b = format.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#A6A6A6';
    }
  }
}

function setValidation(target: Excel.Range, v: ValidationSpec): void {
  const dv = target.dataValidation;
  if (v.kind === 'list') {
    dv.rule = { list: { inCellDropDown: true, source: v.options.join(',') } };
  } else if (v.kind === 'date') {
    const iso = (serial: number): string => {
      const d = fromExcelSerial(serial);
      return d ? formatIsoDate(d) : '1900-01-01';
    };
    dv.rule = { date: { operator: 'Between', formula1: iso(v.min), formula2: iso(v.max) } };
  } else {
    const rule = { operator: 'Between' as const, formula1: v.min, formula2: v.max };
    dv.rule = v.kind === 'whole' ? { wholeNumber: rule } : { decimal: rule };
  }
  dv.errorAlert = { showAlert: true, style: v.strict ? 'Stop' : 'Warning', title: '', message: v.error ?? '' };
  if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: v.prompt };
  dv.ignoreBlanks = true;
}

/**
 * The one place the add-in enters Excel: one `Excel.run` per user action, with the request context
 * named `context` and handed to the port.
 */
export function runExcelAction<T>(action: (workbook: OfficeWorkbook) => Promise<T>): Promise<T> {
  return Excel.run(async (context) => action(new OfficeWorkbook(context)));
}
