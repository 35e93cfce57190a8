import type { ApplyReport, CellScalar, SheetGrid, WorkbookPort } from '../../port/workbookPort';
import { SheetExistsError, WorkbookTooLargeError } from '../../port/workbookPort';
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
  type ValidationSpec,
  type WritePlan,
} from '../../core/plan/writePlan';
import { formatIsoDate, fromExcelSerial, toExcelSerial } from '../../core/calendar/calendarDate';

/** Requirement sets this adapter uses above the manifest's minimum (ExcelApi 1.7, where Office 2019 volume licences stop). */
export type RequirementCheck = (set: string, version: string) => boolean;

export const officeRequirementCheck: RequirementCheck = (set, version) =>
  typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(set, version));

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
/** Excel character widths to points (a default 8.43-character column is 48 points wide). */
const charsToPoints = (chars: number): number => Math.round(chars * 5.6 + 3);

function cellValue(v: PlanValue): string | number | boolean | null {
  if (v === null) return null;
  if (isFormula(v)) return `=${v.formula}`;
  // Serials, not Date objects or text: a civil date must not pass through a time zone or a locale.
  if (isDateValue(v)) return toExcelSerial(v.date);
  return v;
}

/** Cells per block when a used range is too large for one read (values, formulas and formats ≈ 1.5 MB, under the web's 5 MB). */
export const BLOCK_CELLS = 50_000;
/** Beyond this a workbook is not a ledger but a stray value far away: the user is told, nothing is read. */
export const MAX_READ_CELLS = 2_000_000;

type Content = { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] };

/** Excel's refusal of a response or request too large (5 MB on the web) or of a range too large to get. */
function isSizeLimitError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|PayloadTooLarge|ResourceLimit|InsufficientResources/i.test(code);
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

/**
 * The workbook port over Office.js. One instance serves one user action inside one `Excel.run`;
 * every method queues its whole work and makes one `context.sync()`: never a sync or a proxy per cell.
 */
export class OfficeWorkbook implements WorkbookPort {
  private knownNames: string[] | null = null;
  /** Ids of the add-in's highlight rules per sheet, found by the last read. */
  private highlightIds: Map<string, string[]> | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly supports: RequirementCheck = officeRequirementCheck,
  ) {}

  async sheetNames(): Promise<string[]> {
    const sheets = this.context.workbook.worksheets;
    sheets.load('items'); // 'items/name' would be leaner; office-addin-mock cannot navigate into arrays
    await this.context.sync();
    this.knownNames = sheets.items.map((s) => s.name);
    return [...this.knownNames];
  }

  async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
    const sheets = this.context.workbook.worksheets;
    sheets.load('items');
    await this.context.sync();
    this.knownNames = sheets.items.map((s) => s.name);
    const wanted = sheets.items.filter((s) => !names || names.includes(s.name));
    // All used ranges of all sheets are loaded together: one more round trip whatever the size...
    const used = this.loadUsedRanges(wanted, true);
    try {
      await this.context.sync();
    } catch (e) {
      if (!isSizeLimitError(e)) throw e;
      return this.readInBlocks(wanted);
    }
    // ...unless Excel refuses the payload (5 MB on the web) or, past its cell limit, returns no values:
    // then the ranges are read again in row blocks, a sync each, as Microsoft advises for large ranges.
    if (used.some(({ range }) => !range.isNullObject && !Array.isArray(range.values))) return this.readInBlocks(wanted);
    return this.gridsOf(used, (range) => ({ values: range.values, formulas: range.formulas, numberFormat: range.numberFormat }));
  }

  private loadUsedRanges(wanted: Excel.Worksheet[], withContent: boolean) {
    return wanted.map((s) => {
      const r = s.getUsedRangeOrNullObject(true);
      r.load(withContent ? 'values,formulas,numberFormat,rowIndex,columnIndex,rowCount,columnCount' : 'rowIndex,columnIndex,rowCount,columnCount');
      // The sheet's conditional formats, to find (and later remove) the add-in's own highlight rules.
      const cfs = s.getRange().conditionalFormats;
      cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
      return { sheet: s, range: r, cfs };
    });
  }

  /** The fallback for very large used ranges: sizes first, then blocks of at most BLOCK_CELLS cells, one sync each. */
  private async readInBlocks(wanted: Excel.Worksheet[]): Promise<SheetGrid[]> {
    const used = this.loadUsedRanges(wanted, false);
    await this.context.sync();
    let total = 0;
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      total += range.rowCount * range.columnCount;
      if (total > MAX_READ_CELLS) throw new WorkbookTooLargeError(sheet.name, range.rowCount, range.columnCount, MAX_READ_CELLS);
    }
    // Row blocks in sheet order; small sheets share a sync, so each sync carries up to BLOCK_CELLS cells.
    const content = new Map<Excel.Range, Content>();
    let queued: { whole: Content; block: Excel.Range }[] = [];
    let queuedCells = 0;
    const flush = async (): Promise<void> => {
      if (!queued.length) return;
      await this.context.sync();
      for (const { whole, block } of queued) {
        whole.values.push(...block.values);
        whole.formulas.push(...block.formulas);
        whole.numberFormat.push(...block.numberFormat);
      }
      queued = [];
      queuedCells = 0;
    };
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      const whole: Content = { values: [], formulas: [], numberFormat: [] };
      content.set(range, whole);
      const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, range.columnCount)));
      for (let first = 0; first < range.rowCount; first += rowsPerBlock) {
        const rows = Math.min(rowsPerBlock, range.rowCount - first);
        if (queuedCells + rows * range.columnCount > BLOCK_CELLS) await flush();
        const block = sheet.getRangeByIndexes(range.rowIndex + first, range.columnIndex, rows, range.columnCount);
        block.load('values,formulas,numberFormat');
        queued.push({ whole, block });
        queuedCells += rows * range.columnCount;
      }
    }
    await flush();
    return this.gridsOf(used, (range) => content.get(range) ?? { values: [], formulas: [], numberFormat: [] });
  }

  private gridsOf(
    used: { sheet: Excel.Worksheet; range: Excel.Range; cfs: Excel.ConditionalFormatCollection }[],
    contentOf: (range: Excel.Range) => Content,
  ): SheetGrid[] {
    this.highlightIds = new Map(
      used.map(({ sheet, cfs }) => [
        sheet.name,
        cfs.items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isHighlightFormula(cf.customOrNullObject.rule.formula)).map((cf) => cf.id),
      ]),
    );
    return used.map(({ sheet, range }) => {
      const highlightRules = this.highlightIds?.get(sheet.name)?.length ?? 0;
      if (range.isNullObject) return { name: sheet.name, visible: sheet.visibility === 'Visible', values: [], numberFormats: [], hiddenColumns: [], highlightRules };
      const { values: rawValues, formulas, numberFormat } = contentOf(range);
      // The used range may start below or right of A1: pad so grid indexes are sheet positions.
      const pad = <T,>(rows: T[][], filler: T): T[][] => [
        ...Array.from({ length: range.rowIndex }, () => Array<T>(range.columnIndex + range.columnCount).fill(filler)),
        ...rows.map((r) => [...Array<T>(range.columnIndex).fill(filler), ...r]),
      ];
      const values = pad(rawValues.map((row) => row.map((v) => (v === '' ? null : (v as CellScalar)))), null as CellScalar);
      const numberFormats = pad((numberFormat ?? []).map((row) => row.map((f) => String(f ?? 'General'))), 'General');
      const formulaCells = pad((formulas ?? []).map((row) => row.map((f) => typeof f === 'string' && f.startsWith('='))), false);
      return { name: sheet.name, visible: sheet.visibility === 'Visible', values, numberFormats, formulaCells, hiddenColumns: [], highlightRules };
    });
  }

  async applyPlan(plan: WritePlan): Promise<ApplyReport> {
    if (plan.clearHighlights && !this.highlightIds) await this.readSheets();
    const deleting = (plan.deleteSheets ?? []).map((n) => n.toLocaleLowerCase());
    const existing = (this.knownNames ?? (await this.sheetNames())).map((n) => n.toLocaleLowerCase()).filter((n) => !deleting.includes(n));
    for (const sheet of plan.sheets) if (existing.includes(sheet.name.toLocaleLowerCase())) throw new SheetExistsError(sheet.name);
    const degraded = new Set<string>();
    const canValidate = this.supports('ExcelApi', '1.8');
    const canPageLayout = this.supports('ExcelApi', '1.9');
    // Multi-area ranges (RangeAreas) arrived in ExcelApi 1.9; without them no highlight is written rather than one per cell.
    const canHighlight = this.supports('ExcelApi', '1.9');
    if (!canValidate && plan.sheets.some((s) => s.validations.length)) degraded.add('data-validation');
    if (!canPageLayout && plan.sheets.some((s) => s.print)) degraded.add('print-setup');
    if (!canHighlight && plan.highlights?.length) degraded.add('highlights');

    const sheets = this.context.workbook.worksheets;
    if (plan.clearHighlights) {
      for (const [name, ids] of this.highlightIds ?? []) {
        if (deleting.includes(name.toLocaleLowerCase())) continue;
        const cfs = sheets.getItem(name).getRange().conditionalFormats;
        for (const id of ids) cfs.getItem(id).delete();
      }
    }
    for (const name of plan.deleteSheets ?? []) sheets.getItem(name).delete();
    for (const sheet of plan.sheets) this.queueSheet(sheet, canValidate, canPageLayout);
    for (const w of plan.writes ?? []) {
      const rows = w.values.length;
      const cols = w.values[0]?.length ?? 0;
      if (!rows || !cols) continue;
      // One block per write; null entries leave the user's cells as they are.
      const target = sheets.getItem(w.sheet).getRangeByIndexes(w.row - 1, w.col - 1, rows, cols);
      const values = w.values.map((r) => r.map(cellValue));
      if (w.values.some((r) => r.some((v) => v !== null && isFormula(v)))) target.formulas = values as unknown[][];
      else target.values = values as unknown[][];
    }
    if (canHighlight) for (const h of plan.highlights ?? []) this.queueHighlight(h);
    if (plan.activate) this.context.workbook.worksheets.getItem(plan.activate).activate();
    await this.context.sync();
    this.knownNames = [...(this.knownNames ?? []).filter((n) => !deleting.includes(n.toLocaleLowerCase())), ...plan.sheets.map((s) => s.name)];
    this.highlightIds = null;
    return { sheetsAdded: plan.sheets.map((s) => s.name), degraded: [...degraded] };
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

  private queueSheet(plan: SheetPlan, canValidate: boolean, canPageLayout: boolean): void {
    const ws = this.context.workbook.worksheets.add(plan.name);
    const at = (r: RangeRef): Excel.Range => ws.getRangeByIndexes(r.row - 1, r.col - 1, r.rows, r.cols);
    if (plan.tabColor) ws.tabColor = `#${plan.tabColor}`;
    plan.columnWidths.forEach((w, i) => {
      at({ row: 1, col: i + 1, rows: 1, cols: 1 }).getEntireColumn().format.columnWidth = charsToPoints(w);
    });
    for (const rh of plan.rowHeights ?? []) at({ row: rh.row, col: 1, rows: 1, cols: 1 }).getEntireRow().format.rowHeight = rh.height;
    for (const s of plan.styles) applyStyle(at(s.range), s.range, s.style);
    for (const block of plan.blocks) {
      const rows = block.values.length;
      const cols = block.values[0]?.length ?? 0;
      if (!rows || !cols) continue;
      const target = ws.getRangeByIndexes(block.row - 1, block.col - 1, rows, cols);
      const values = block.values.map((r) => r.map(cellValue));
      // `formulas` writes constants too; plain `values` would turn a text "=..." into a formula either way.
      if (block.values.some((r) => r.some((v) => v !== null && isFormula(v)))) target.formulas = values as unknown[][];
      else target.values = values as unknown[][];
    }
    // After the values: Excel measures the wrapped text itself, one call for all the rows.
    if (plan.fitRows) at(plan.fitRows.range).format.autofitRows();
    for (const m of plan.merges) at(m).merge(false);
    if (plan.freeze && (plan.freeze.rows || plan.freeze.cols)) {
      if (plan.freeze.cols) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(plan.freeze.rows, 1), plan.freeze.cols));
      else ws.freezePanes.freezeRows(plan.freeze.rows);
    }
    plan.conditionalFormats.forEach((cf) => addConditionalFormat(at(cf.range), cf));
    if (canValidate) for (const v of plan.validations) setValidation(at(v.range), v);
    if (canPageLayout && plan.print) {
      const p = plan.print;
      const layout = ws.pageLayout;
      layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      layout.centerHorizontally = true;
      if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
      if (p.centerHeader) layout.headersFooters.defaultForAllPages.centerHeader = p.centerHeader;
      if (p.centerFooter) layout.headersFooters.defaultForAllPages.centerFooter = p.centerFooter;
      for (const r of p.pageBreaksBefore ?? []) ws.horizontalPageBreaks.add(at({ row: r, col: 1, rows: 1, cols: 1 }));
    }
    for (const c of plan.charts ?? []) {
      // Native charts (ExcelApi 1.1): one proxy per chart, placed over its anchor cells.
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
