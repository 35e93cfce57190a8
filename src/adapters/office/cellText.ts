/**
 * How the adapter writes a plan's values so Excel keeps them as the plan says. Excel parses a string
 * written through `Range.values` or `Range.formulas` as if it were typed: "=…", "+…" and "-…" become
 * formulas (Office.js reference, Range.values), number-like text a number, date-like text a date. A
 * plan's string is text, so one Excel would parse is written with the quote prefix, which Excel keeps
 * out of the value; a cell already formatted as Text ("@") takes the string as it is.
 */
import { isDateValue, isFormula, type PlanValue } from '../../core/plan/writePlan';
import { toExcelSerial } from '../../core/calendar/calendarDate';

/**
 * Strings Excel would not keep as the same text: a formula or sign lead, a quote (it would be eaten),
 * an error literal, TRUE/FALSE, or text made only of digits and the marks of numbers, dates, times,
 * percentages and currency (“2025-03”, “1/2”, “3,000”, “(12)”, “2025年3月”, “¥5”).
 */
export function excelWouldParse(text: string): boolean {
  if (/^[=+\-@'#]/.test(text)) return true;
  const t = text.trim();
  if (!t) return false;
  if (/^(true|false)$/i.test(t)) return true;
  return /^[\d\s.,:/\-+()%$¥￥年月日时分秒eE]+$/.test(t) && /\d/.test(t);
}

/** A plan value as Office.js takes it; `textCell`: the target cell is formatted "@". */
export function officeCellValue(v: PlanValue, textCell = false): string | number | boolean | null {
  if (v === null) return null;
  if (isFormula(v)) return `=${v.formula}`;
  // Serials, not Date objects or text: a civil date must not pass through a time zone or a locale.
  if (isDateValue(v)) return toExcelSerial(v.date);
  if (typeof v === 'string') return !textCell && excelWouldParse(v) ? `'${v}` : v;
  return v;
}

/** Number formats that show a serial as a date (not "General", not text, not a plain number or money format). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /[年月日]/.test(format);
}

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
