import { localize, type Language } from '../i18n/language';
import type { ColumnSpec, ColumnType, SheetSchema } from '../schema/sheetSchemas';
import {
  columnLetter,
  range,
  type CellStyle,
  type ConditionalFormatSpec,
  type PlanValue,
  type PrintSetup,
  type SheetPlan,
  type StyledRange,
  type ValidationSpec,
} from '../plan/writePlan';
import { toExcelSerial, calendarDate } from '../calendar/calendarDate';
import { enumLabels, word } from './labels';

/** Layout shared by every ledger sheet: title, 填表说明, header, data rows. */
export const TITLE_ROW = 1;
export const INSTRUCTIONS_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export const PARTY_RED = 'C00000';
export const HEADER_STYLE: CellStyle = { bold: true, fontColor: 'FFFFFF', fill: PARTY_RED, hAlign: 'center', vAlign: 'middle', wrap: true, border: true };

export const NUMBER_FORMATS = {
  date: 'yyyy-mm-dd',
  money: '"¥"#,##0.00',
  rate: '0.0%',
  hours: '0.0',
  integer: '0',
  text: '@',
} as const;

export function numberFormatFor(type: ColumnType): string | undefined {
  switch (type) {
    case 'date':
      return NUMBER_FORMATS.date;
    case 'money':
    case 'payment':
      return NUMBER_FORMATS.money;
    case 'rate':
      return NUMBER_FORMATS.rate;
    case 'hours':
      return NUMBER_FORMATS.hours;
    case 'integer':
    case 'serial':
      return NUMBER_FORMATS.integer;
    case 'idNumber':
    case 'phone':
      // Typed as numbers these become 1.10101E+17 and lose their last digits.
      return NUMBER_FORMATS.text;
    default:
      return undefined;
  }
}

export function headerLabel(column: ColumnSpec, lang: Language): string {
  const label = localize(column.label, lang);
  return column.required ? `${label}*` : label;
}

export interface LedgerSheetInput {
  readonly schema: SheetSchema;
  readonly name: string;
  readonly title: string;
  readonly lang: Language;
  /** Data rows in column order (computed columns included as formulas). */
  readonly rows: readonly (readonly PlanValue[])[];
  /** How many rows get formats, drop-downs and formulas. */
  readonly capacity: number;
  /** Formula for a computed column at a given row, or null to leave it blank. */
  readonly formulaFor?: (columnKey: string, row: number) => PlanValue;
  /** Extra rows after the capacity (e.g. 合计). */
  readonly footerRows?: readonly (readonly PlanValue[])[];
  readonly freezeColumns?: number;
  /** Borders on every prepared row (a paper-like ledger) instead of only on filled rows. */
  readonly staticBorders?: boolean;
  readonly extraConditionalFormats?: readonly ConditionalFormatSpec[];
}

const DATE_MIN = toExcelSerial(calendarDate(1900, 1, 1));
const DATE_MAX = toExcelSerial(calendarDate(2099, 12, 31));

function validationFor(column: ColumnSpec, col: number, rows: number, lang: Language): ValidationSpec | null {
  const r = range(FIRST_DATA_ROW, col, rows, 1);
  if (column.computed) return null;
  if (column.type === 'enum' && column.enumeration) {
    return {
      range: r,
      kind: 'list',
      options: enumLabels(column.enumeration, lang),
      strict: column.required && column.enumeration !== 'meetingType',
      prompt: word('pickFromList', lang),
      error: word('notInList', lang),
    };
  }
  if (column.type === 'date') {
    return { range: r, kind: 'date', min: DATE_MIN, max: DATE_MAX, strict: false, prompt: word('dateHint', lang), error: word('notADate', lang) };
  }
  if (column.type === 'integer') {
    return { range: r, kind: 'whole', min: 0, max: 100000, strict: false, error: word('notANumber', lang) };
  }
  if (column.type === 'money' || column.type === 'hours') {
    return { range: r, kind: 'decimal', min: 0, max: 100000000, strict: false, error: word('notANumber', lang) };
  }
  return null;
}

/** Excel's row height for one line of 10–11 point text. */
const DEFAULT_ROW_HEIGHT = 21;

/** Height that fits `text` wrapped across `widthChars` (CJK counts double), at ~15 points a line. */
export function wrappedRowHeight(text: string, widthChars: number, fontPoints = 10): number {
  let units = 0;
  for (const ch of text) units += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1;
  const lines = Math.max(1, Math.ceil((units * 1.1) / Math.max(1, widthChars)));
  return Math.ceil(lines * fontPoints * 1.45 + 6);
}

/**
 * A4 landscape, fit to width, the header row repeated and page numbers below. The title is the
 * sheet's own first row: a page header with it too printed the title twice on the first page.
 */
export function standardPrint(_title: string, lang: Language, headerRow: number): PrintSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: [headerRow, headerRow],
    centerFooter: word('pageFooter', lang),
  };
}

// Characters a bold “¥12,345.67” needs beyond its text, so that it prints instead of ###.
const BOLD_PADDING = 2;
const TOTALS_MIN_WIDTH = 11;

/** “¥1,234,567.89” as the money format shows an amount in yuan: its length in characters. */
function moneyTextLength(yuan: number): number {
  const whole = Math.trunc(Math.abs(yuan)).toString();
  return 1 + (yuan < 0 ? 1 : 0) + whole.length + Math.floor((whole.length - 1) / 3) + 3;
}

/**
 * A money column under a totals row is as wide as its largest total needs: the sums outgrow the
 * monthly amounts, and a column too narrow prints ### for them.
 */
function columnWidth(c: ColumnSpec, index: number, footerRows: LedgerSheetInput['footerRows']): number {
  if (!footerRows?.length || (c.type !== 'money' && c.type !== 'payment')) return c.width;
  let width = Math.max(c.width, TOTALS_MIN_WIDTH);
  for (const row of footerRows) {
    const v = row[index];
    const amount = typeof v === 'number' ? v : v !== null && typeof v === 'object' && 'formula' in v && typeof v.result === 'number' ? v.result : null;
    if (amount !== null) width = Math.max(width, moneyTextLength(amount) + BOLD_PADDING);
  }
  return width;
}

export function buildLedgerSheet(input: LedgerSheetInput): SheetPlan {
  const { schema, lang, capacity } = input;
  const ncols = schema.columns.length;
  const widths = schema.columns.map((c, i) => columnWidth(c, i, input.footerRows));
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const lastRow = FIRST_DATA_ROW + capacity - 1;

  const formats: StyledRange[] = [];
  schema.columns.forEach((c, i) => {
    const numberFormat = numberFormatFor(c.type);
    if (numberFormat) formats.push({ range: range(FIRST_DATA_ROW, i + 1, capacity + (input.footerRows?.length ?? 0), 1), style: { numberFormat } });
  });
  const styles: StyledRange[] = [
    { range: range(TITLE_ROW, 1, 1, ncols), style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
    { range: range(INSTRUCTIONS_ROW, 1, 1, ncols), style: { fontSize: 9, fontColor: '595959', wrap: true, vAlign: 'top' } },
    { range: range(HEADER_ROW, 1, 1, ncols), style: HEADER_STYLE },
    { range: range(FIRST_DATA_ROW, 1, capacity, ncols), style: { vAlign: 'middle', ...(input.staticBorders ? { border: true } : {}) } },
  ];
  // Long free-text columns wrap so a printed page shows all of it.
  const wrapped = schema.columns.flatMap((c, i) => (c.type === 'text' && c.width >= 20 ? [i] : []));
  for (const i of wrapped) styles.push({ range: range(FIRST_DATA_ROW, i + 1, capacity, 1), style: { wrap: true } });
  // Rows written now need the height of their wrapped text: Excel fits a row to wrapped text only
  // when someone types in it, so a filled-in ledger would otherwise open with its text cut off.
  const dataHeights = input.rows.flatMap((given, i) => {
    let height = 0;
    for (const ci of wrapped) if (typeof given?.[ci] === 'string') height = Math.max(height, wrappedRowHeight(given[ci] as string, widths[ci]));
    return height > DEFAULT_ROW_HEIGHT ? [{ row: FIRST_DATA_ROW + i, height }] : [];
  });
  if (input.footerRows?.length) {
    styles.push({ range: range(lastRow + 1, 1, input.footerRows.length, ncols), style: { bold: true, fill: 'F2F2F2', border: true } });
  }

  const rows: PlanValue[][] = [];
  for (let i = 0; i < capacity; i++) {
    const row = FIRST_DATA_ROW + i;
    const given = input.rows[i];
    rows.push(
      schema.columns.map((c, ci) => {
        if (c.computed && input.formulaFor) return input.formulaFor(c.key, row);
        return given ? (given[ci] ?? null) : null;
      }),
    );
  }

  const blocks = [
    { row: TITLE_ROW, col: 1, values: [[input.title, ...Array<PlanValue>(ncols - 1).fill(null)]] },
    { row: INSTRUCTIONS_ROW, col: 1, values: [[schema.instructions ? localize(schema.instructions, lang) : null, ...Array<PlanValue>(ncols - 1).fill(null)]] },
    { row: HEADER_ROW, col: 1, values: [schema.columns.map((c) => headerLabel(c, lang))] },
    { row: FIRST_DATA_ROW, col: 1, values: rows },
    ...(input.footerRows?.length ? [{ row: lastRow + 1, col: 1, values: input.footerRows }] : []),
  ];

  const validations = schema.columns
    .map((c, i) => validationFor(c, i + 1, capacity, lang))
    .filter((v): v is ValidationSpec => v !== null);

  const conditionalFormats: ConditionalFormatSpec[] = [...(input.extraConditionalFormats ?? [])];
  if (!input.staticBorders) {
    // Borders appear as a row is filled, so an empty template shows no blank grid. LEN, not COUNTA:
    // a formula returning "" (出席率 of an empty row) counts for COUNTA.
    conditionalFormats.push({
      range: range(FIRST_DATA_ROW, 1, capacity, ncols),
      formula: `SUMPRODUCT(LEN($A${FIRST_DATA_ROW}:$${columnLetter(ncols)}${FIRST_DATA_ROW}))>0`,
      style: { border: true },
    });
  }

  const instructionsText = schema.instructions ? localize(schema.instructions, lang) : '';
  return {
    name: input.name,
    kind: schema.kind,
    tabColor: schema.tabColor,
    columnWidths: widths,
    rowHeights: [
      { row: TITLE_ROW, height: 30 },
      { row: INSTRUCTIONS_ROW, height: wrappedRowHeight(instructionsText, totalWidth, 9) },
      { row: HEADER_ROW, height: 30 },
    ],
    ...(dataHeights.length ? { fitRows: { range: range(FIRST_DATA_ROW, 1, input.rows.length, ncols), estimatedHeights: dataHeights } } : {}),
    styles: [...formats, ...styles],
    blocks,
    merges: [range(TITLE_ROW, 1, 1, ncols), range(INSTRUCTIONS_ROW, 1, 1, ncols)],
    freeze: { rows: HEADER_ROW, cols: input.freezeColumns ?? 0 },
    validations,
    conditionalFormats,
    print: standardPrint(input.title, lang, HEADER_ROW),
  };
}
