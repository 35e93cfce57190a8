import { formatIsoDate, type CalendarDate } from '../calendar/calendarDate';
import { localize, LANGUAGES, type Language, type Localized } from '../i18n/language';
import { range, type PlanValue, type SheetPlan, type WritePlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import { HEADER_STYLE, standardPrint } from '../template/ledgerLayout';

/**
 * A 修改记录 sheet: one line per change a helper made (Office.js changes are not always on Excel's undo
 * stack, so the record is how a user sees and reverses what was written).
 */
export const CHANGE_LOG_SHEET: Localized = { zh: '修改记录', en: 'Change log', tw: '修改記錄' };
const HEADER: readonly Localized[] = [
  { zh: '日期', en: 'Date' },
  { zh: '操作', en: 'Action' },
  { zh: '工作表', en: 'Sheet' },
  { zh: '单元格', en: 'Cells' },
  { zh: '写入内容', en: 'Written' },
];

export interface ChangeEntry {
  readonly action: string;
  readonly sheet: string;
  readonly cells: string;
  readonly written: string;
}

/** Excel's limit on a cell's text: a longer string makes Excel repair (and cut) the file on opening. */
export const MAX_CELL_TEXT = 32767;

/** A long list (a month's dues for 14,000 members) is cut to what a cell holds, saying so. */
export function fitInCell(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const kept = MAX_CELL_TEXT - 24;
  return `${text.slice(0, kept)}…(+${text.length - kept})`;
}

/** Appends the entries to the workbook's change log, creating it when there is none. */
export function planChangeLog(grids: readonly SheetGrid[], entries: readonly ChangeEntry[], today: CalendarDate, lang: Language): Pick<WritePlan, 'sheets' | 'writes'> {
  if (entries.length === 0) return { sheets: [] };
  const names = LANGUAGES.map((l) => localize(CHANGE_LOG_SHEET, l));
  const existing = grids.find((g) => names.includes(g.name));
  const rows: PlanValue[][] = entries.map((e) => [formatIsoDate(today), fitInCell(e.action), fitInCell(e.sheet), fitInCell(e.cells), fitInCell(e.written)]);
  if (existing) {
    let last = existing.values.length;
    while (last > 0 && existing.values[last - 1].every((v) => v === null || v === '')) last--;
    return { sheets: [], writes: [{ sheet: existing.name, row: last + 1, col: 1, values: rows }] };
  }
  const name = localize(CHANGE_LOG_SHEET, lang);
  const sheet: SheetPlan = {
    name,
    kind: 'summary',
    tabColor: '808080',
    columnWidths: [12, 18, 18, 22, 60],
    styles: [{ range: range(1, 1, 1, 5), style: HEADER_STYLE }, { range: range(2, 5, Math.max(rows.length, 1) + 500, 1), style: { wrap: true } }],
    blocks: [{ row: 1, col: 1, values: [HEADER.map((h) => localize(h, lang))] }, { row: 2, col: 1, values: rows }],
    merges: [],
    freeze: { rows: 1, cols: 0 },
    validations: [],
    conditionalFormats: [],
    print: standardPrint(name, lang, 1),
  };
  return { sheets: [sheet] };
}
