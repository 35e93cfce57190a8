import type ExcelJS from 'exceljs';

// ExcelJS's ValueType.Formula, as a constant so this module needs only ExcelJS's types at run time.
const ExcelJSValueType = { Formula: 6 } as const;
import type { ApplyReport, CellScalar, MergedArea, SheetGrid, WorkbookPort } from '../../port/workbookPort';
import { ReadSizeBudget, SheetExistsError } from '../../port/workbookPort';
import {
  HIGHLIGHT_STYLE,
  highlightFormula,
  isHighlightFormula,
  isDateValue,
  isFormula,
  type HighlightSpec,
  rangeAddress,
  type CellStyle,
  type ConditionalFormatSpec,
  type PlanValue,
  type SheetPlan,
  type ValidationSpec,
  type WritePlan,
} from '../../core/plan/writePlan';
import { toExcelSerial } from '../../core/calendar/calendarDate';

const MS_PER_DAY = 86400000;
const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFA6A6A6' } };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** ExcelJS gives dates as JS Dates at UTC midnight of the civil date; back to a 1900-system serial. */
function dateToSerial(d: Date): number {
  return 25569 + d.getTime() / MS_PER_DAY;
}

function readScalar(value: ExcelJS.CellValue): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (result instanceof Date) return dateToSerial(result);
      if (typeof result === 'object') return 'error' in result ? String(result.error) : null;
      return result;
    }
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : String(value.hyperlink);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/**
 * The last row and column that hold something (a value or a formula); cells that are only
 * formatted do not count. Visits only the cells the file has, never the empty space between.
 */
function contentBounds(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      if (v === null || v === undefined || v === '') return;
      rows = r;
      if (c > cols) cols = c;
    });
  });
  return { rows, cols };
}

type MergeRange = { readonly model?: { top: number; left: number; bottom: number; right: number } };

/**
 * The sheet's merged areas. ExcelJS keeps them in `_merges` (master address → Range); its public
 * `model` getter would rebuild the whole sheet's model just to list them.
 */
function mergedAreas(ws: ExcelJS.Worksheet): MergedArea[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  const out: MergedArea[] = [];
  for (const range of Object.values(merges)) {
    const m = range?.model;
    if (m && m.bottom >= m.top && m.right >= m.left) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return out;
}

function planValueToCell(v: PlanValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isFormula(v)) {
    const result = v.result === undefined || v.result === null ? undefined : v.result;
    return { formula: v.formula, result } as ExcelJS.CellFormulaValue;
  }
  // Serials, not Date objects: a civil date must not pass through a time zone.
  if (isDateValue(v)) return toExcelSerial(v.date);
  return v;
}

function mergeStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.border) cell.border = ALL_THIN;
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

function toExcelJsValidation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.strict ? 'stop' : 'warning',
    error: v.error,
    showInputMessage: Boolean(v.prompt),
    prompt: v.prompt,
  } as const;
  if (v.kind === 'list') return { ...common, type: 'list', formulae: [`"${v.options.join(',')}"`] };
  if (v.kind === 'date') {
    const asDate = (serial: number): Date => new Date((serial - 25569) * MS_PER_DAY);
    return { ...common, type: 'date', operator: 'between', formulae: [asDate(v.min), asDate(v.max)] };
  }
  return { ...common, type: v.kind, operator: 'between', formulae: [v.min, v.max] };
}

function toExcelJsConditionalFormat(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } };
  if (cf.style.fontColor || cf.style.bold) style.font = { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) };
  if (cf.style.border) style.border = ALL_THIN;
  return { ref: rangeAddress(cf.range), rules: [{ type: 'expression', priority, formulae: [cf.formula], style }] };
}

type ConditionalFormatting = { ref: string; rules: { formulae?: unknown[] }[] };
// ExcelJS keeps a sheet's conditional formats in a public but untyped array.
const conditionalFormattings = (ws: ExcelJS.Worksheet): ConditionalFormatting[] => (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings ?? [];
const setConditionalFormattings = (ws: ExcelJS.Worksheet, cfs: ConditionalFormatting[]): void => {
  (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings = cfs;
};
const isOurs = (cf: ConditionalFormatting): boolean => cf.rules.some((r) => (r.formulae ?? []).some((f) => isHighlightFormula(String(f))));

function addHighlight(ws: ExcelJS.Worksheet | undefined, h: HighlightSpec): void {
  if (!ws || h.addresses.length === 0) return;
  const s = HIGHLIGHT_STYLE[h.severity];
  // One rule per severity and sheet, over all its cells (a multi-area reference). It goes first in
  // the sheet's list: LibreOffice applies only the first of overlapping conditional formats.
  const rule: ConditionalFormatting = {
    ref: h.addresses.join(' '),
    rules: [{ type: 'expression', priority: 1, formulae: [highlightFormula(h.severity)], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.fill) } }, font: { color: { argb: argb(s.fontColor) }, bold: s.bold } } } as ConditionalFormatting['rules'][number]],
  };
  setConditionalFormattings(ws, [rule, ...conditionalFormattings(ws)]);
}

/** The workbook port over an ExcelJS workbook: .xlsx files in Node (CLI, tests) and in a browser page. */
export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((w) => w.name);
  }

  async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
    const wanted = this.workbook.worksheets.filter((w) => !names || names.includes(w.name));
    // The add-in's limit, checked on the cells that hold something before any grid is built: a stray
    // entry at A1048576 is refused with a message instead of building a million-row grid.
    const bounds = wanted.map(contentBounds);
    const budget = new ReadSizeBudget();
    wanted.forEach((ws, i) => budget.add(ws.name, bounds[i].rows, bounds[i].cols));
    return wanted.map((w, i) => this.readSheet(w, bounds[i]));
  }

  private readSheet(ws: ExcelJS.Worksheet, bounds: { rows: number; cols: number }): SheetGrid {
    const rowCount = bounds.rows;
    const colCount = bounds.cols;
    const values: CellScalar[][] = [];
    const numberFormats: string[][] = [];
    const formulaCells: boolean[][] = [];
    const columnFormats: string[] = [];
    for (let c = 1; c <= colCount; c++) columnFormats.push(ws.getColumn(c).numFmt || 'General');
    for (let r = 1; r <= rowCount; r++) {
      // find*, not get*: getting a cell creates it, and an empty cell costs memory and ends up in a written copy.
      const row = ws.findRow(r);
      const vals: CellScalar[] = [];
      const fmts: string[] = [];
      const formulas: boolean[] = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = row?.findCell(c);
        if (!cell) {
          vals.push(null);
          fmts.push(row?.numFmt || columnFormats[c - 1]);
          formulas.push(false);
          continue;
        }
        // Only the master cell of a merge holds the value.
        vals.push(cell.isMerged && cell.master !== cell ? null : readScalar(cell.value));
        fmts.push(cell.numFmt || 'General');
        formulas.push(cell.type === ExcelJSValueType.Formula);
      }
      values.push(vals);
      numberFormats.push(fmts);
      formulaCells.push(formulas);
    }
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
    const highlightRules = conditionalFormattings(ws).filter(isOurs).length;
    return { name: ws.name, visible: ws.state === 'visible' || ws.state === undefined, values, numberFormats, formulaCells, hiddenColumns, merges: mergedAreas(ws), highlightRules };
  }

  async applyPlan(plan: WritePlan): Promise<ApplyReport> {
    const deleting = (plan.deleteSheets ?? []).map((n) => n.toLocaleLowerCase());
    const existing = this.workbook.worksheets.map((w) => w.name.toLocaleLowerCase()).filter((n) => !deleting.includes(n));
    for (const sheet of plan.sheets) if (existing.includes(sheet.name.toLocaleLowerCase())) throw new SheetExistsError(sheet.name);
    if (plan.clearHighlights) {
      for (const ws of this.workbook.worksheets) setConditionalFormattings(ws, conditionalFormattings(ws).filter((cf) => !isOurs(cf)));
    }
    for (const name of plan.deleteSheets ?? []) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    for (const sheet of plan.sheets) this.addSheet(sheet);
    for (const w of plan.writes ?? []) {
      const ws = this.workbook.getWorksheet(w.sheet);
      if (!ws) throw new Error(`no sheet "${w.sheet}" to write into`);
      w.values.forEach((vals, i) => vals.forEach((v, j) => {
        if (v !== null) ws.getCell(w.row + i, w.col + j).value = planValueToCell(v);
      }));
    }
    for (const h of plan.highlights ?? []) addHighlight(this.workbook.getWorksheet(h.sheet), h);
    // ExcelJS cannot write charts: their figures get in-cell data bars instead (README says so).
    const degraded = plan.sheets.some((s) => s.charts?.length) ? ['native-charts'] : [];
    if (plan.activate) {
      const index = this.workbook.worksheets.findIndex((w) => w.name === plan.activate);
      if (index >= 0) this.workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
    }
    // Excel recomputes every formula on open, so cached results never go stale in the user's eyes.
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    return { sheetsAdded: plan.sheets.map((s) => s.name), degraded };
  }

  private addSheet(plan: SheetPlan): void {
    const ws = this.workbook.addWorksheet(plan.name, {
      properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
      views: plan.freeze ? [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }] : [],
    });
    // ExcelJS drops a width of exactly 9 as its 'default' (Excel's is 8.43): nudge it so it is written.
    plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w === 9 ? 9.01 : w));
    // ExcelJS cannot measure text: rows to fit get the core's estimate.
    for (const rh of [...(plan.rowHeights ?? []), ...(plan.fitRows?.estimatedHeights ?? [])]) ws.getRow(rh.row).height = rh.height;
    for (const styled of plan.styles) {
      const { row, col, rows, cols } = styled.range;
      for (let r = row; r < row + rows; r++) {
        const wr = ws.getRow(r);
        for (let c = col; c < col + cols; c++) mergeStyle(wr.getCell(c), styled.style);
      }
    }
    for (const block of plan.blocks) {
      block.values.forEach((vals, i) => {
        const wr = ws.getRow(block.row + i);
        vals.forEach((v, j) => {
          if (v !== null) wr.getCell(block.col + j).value = planValueToCell(v);
        });
      });
    }
    for (const m of plan.merges) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
    // ExcelJS's typings omit the range-level API (worksheet.dataValidations) that its writer supports.
    const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const v of plan.validations) validations.add(rangeAddress(v.range), toExcelJsValidation(v));
    plan.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(toExcelJsConditionalFormat(cf, i + 1)));
    for (const chart of plan.charts ?? []) {
      const d = chart.data;
      for (let c = d.col + 1; c < d.col + d.cols; c++) {
        // Light bar colours, so the figures stay readable over the bars.
        ws.addConditionalFormatting({
          ref: rangeAddress({ row: d.row + 1, col: c, rows: d.rows - 1, cols: 1 }),
          rules: [{ type: 'dataBar', priority: 1, gradient: false, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: c === d.col + 1 ? 'FFF4B183' : 'FFD9D9D9' } } as ExcelJS.ConditionalFormattingRule],
        });
      }
    }
    if (plan.print) {
      const p = plan.print;
      ws.pageSetup = {
        ...ws.pageSetup,
        paperSize: 9, // A4
        orientation: p.orientation,
        fitToPage: p.fitToWidth,
        fitToWidth: 1,
        fitToHeight: 0, // as many pages tall as needed
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
      };
      ws.headerFooter = {
        ...(p.centerHeader ? { oddHeader: `&C${p.centerHeader}` } : {}),
        ...(p.centerFooter ? { oddFooter: `&C${p.centerFooter}` } : {}),
      };
      for (const r of p.pageBreaksBefore ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
    }
  }
}
