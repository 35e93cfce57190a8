import type { CalendarDate } from '../calendar/calendarDate';
import type { SheetKind } from '../schema/sheetSchemas';

/**
 * A write plan: everything a host must do to a workbook, as data. The core builds plans; the
 * Office.js and ExcelJS adapters apply them. Rows and columns are 1-based like Excel's.
 */
export type FormulaValue = { readonly formula: string; readonly result?: string | number | boolean | null };
export type DateValue = { readonly date: CalendarDate };
export type PlanValue = string | number | boolean | null | FormulaValue | DateValue;

export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface CellBlock {
  readonly row: number;
  readonly col: number;
  /** A rectangle: every row has the same length. */
  readonly values: readonly (readonly PlanValue[])[];
}

export type HAlign = 'left' | 'center' | 'right';

export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string; // RRGGBB
  readonly fill?: string; // RRGGBB
  readonly hAlign?: HAlign;
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly border?: boolean; // thin on every edge
  readonly numberFormat?: string;
}

export interface StyledRange {
  readonly range: RangeRef;
  readonly style: CellStyle;
}

export interface ListValidation {
  readonly range: RangeRef;
  readonly kind: 'list';
  readonly options: readonly string[];
  /** true: a value outside the list is refused; false: Excel warns but accepts it. */
  readonly strict: boolean;
  readonly prompt?: string;
  readonly error?: string;
}

export interface NumberValidation {
  readonly range: RangeRef;
  readonly kind: 'decimal' | 'whole' | 'date';
  readonly min: number;
  readonly max: number;
  readonly strict: boolean;
  readonly prompt?: string;
  readonly error?: string;
}

export type ValidationSpec = ListValidation | NumberValidation;

/** A formula rule: the formula is written for the range's top-left cell, relative references move with it. */
export interface ConditionalFormatSpec {
  readonly range: RangeRef;
  readonly formula: string;
  readonly style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold' | 'border'>;
}

export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. [3, 3]. */
  readonly titleRows?: readonly [number, number];
  /** Excel header/footer codes (&P page, &N pages, &A sheet name). */
  readonly centerHeader?: string;
  readonly centerFooter?: string;
  /** Rows before which a manual page break goes. */
  readonly pageBreaksBefore?: readonly number[];
}

/**
 * A chart over a block of the sheet: the first column holds the categories, the first row the series
 * names. Excel gets a native chart; a file writer that cannot write charts shows data bars instead.
 */
export interface ChartSpec {
  readonly kind: 'column';
  readonly title: string;
  readonly data: RangeRef;
  /** Where the chart sits (its top-left and bottom-right cells). */
  readonly anchor: RangeRef;
}

export interface SheetPlan {
  readonly name: string;
  readonly kind: SheetKind;
  readonly tabColor?: string;
  /** Width of column i+1 in Excel character units. */
  readonly columnWidths: readonly number[];
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /**
   * Rows written with wrapped text longer than a line. Excel fits them itself (one call for the
   * range); a host that cannot measure text (ExcelJS) sets the estimated heights instead.
   */
  readonly fitRows?: { readonly range: RangeRef; readonly estimatedHeights: readonly { readonly row: number; readonly height: number }[] };
  /** Styles and number formats, applied in order and before values ('@' keeps ID numbers as text). */
  readonly styles: readonly StyledRange[];
  readonly blocks: readonly CellBlock[];
  readonly merges: readonly RangeRef[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly print?: PrintSetup;
  readonly charts?: readonly ChartSpec[];
}

export type HighlightSeverity = 'critical' | 'warning' | 'info';

/**
 * In-place highlights are conditional formats, never cell formats: removing them restores every
 * cell's formatting exactly, and the user's own conditional formats are never touched.
 */
export interface HighlightSpec {
  readonly sheet: string;
  readonly severity: HighlightSeverity;
  /** Cells or ranges in A1 notation (no sheet name). */
  readonly addresses: readonly string[];
}

export interface WritePlan {
  /** Sheets the add-in generated earlier and now replaces (never a user sheet). */
  readonly deleteSheets?: readonly string[];
  /** Remove the add-in's highlight rules from every sheet before anything else. */
  readonly clearHighlights?: boolean;
  /** Sheets to add, in order, after the workbook's existing sheets. */
  readonly sheets: readonly SheetPlan[];
  readonly highlights?: readonly HighlightSpec[];
  /**
   * Values written into existing sheets (the filling helpers). A null leaves its cell untouched, so a
   * block can span cells that already hold the user's values; the planner only puts values in blank cells.
   */
  readonly writes?: readonly SheetWrite[];
  /** The sheet to show when done. */
  readonly activate?: string;
}

export interface SheetWrite extends CellBlock {
  readonly sheet: string;
}

/** Marks the add-in's highlight rules: always true, and recognisable in the rule's formula. */
export const HIGHLIGHT_MARK = 'branch-ledger:';
export const highlightFormula = (severity: HighlightSeverity): string => `LEN("${HIGHLIGHT_MARK}${severity}")>0`;
export const isHighlightFormula = (formula: string | undefined | null): boolean => typeof formula === 'string' && formula.includes(HIGHLIGHT_MARK);

/** Severity colours (DOMAIN.md §5): readable in print, always paired with the findings sheet's words. */
export const HIGHLIGHT_STYLE: Readonly<Record<HighlightSeverity, { fill: string; fontColor: string; bold: boolean }>> = {
  critical: { fill: 'FFC7CE', fontColor: '9C0006', bold: true },
  warning: { fill: 'FFEB9C', fontColor: '7F4F00', bold: false },
  info: { fill: 'DDEBF7', fontColor: '1F4E79', bold: false },
};

export const range = (row: number, col: number, rows = 1, cols = 1): RangeRef => ({ row, col, rows, cols });

// Addresses are written for every formula and finding: the letters of the first 702 columns (A…ZZ) are made once.
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  if (col >= 1 && col <= 702 && Number.isInteger(col)) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

/** The column number of letters (“C” → 3, “AA” → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function lettersOf(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row}`;
}

export function rangeAddress(r: RangeRef): string {
  const tl = cellAddress(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** A sheet name as a formula reference: always quoted, with quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function isFormula(v: PlanValue): v is FormulaValue {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

export function isDateValue(v: PlanValue): v is DateValue {
  return typeof v === 'object' && v !== null && 'date' in v;
}
