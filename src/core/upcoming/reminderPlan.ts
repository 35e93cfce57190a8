import { addDays, calendarDate, daysBetween, formatIsoDate, lastDayOfMonth, type CalendarDate } from '../calendar/calendarDate';
import { localize, type Language, type Localized } from '../i18n/language';
import { range, sheetRef, type PlanValue, type SheetPlan, type StyledRange, type WritePlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import { GENERATED_NOTE, isGeneratedSheet } from '../scan/generatedSheets';
import { HEADER_STYLE, standardPrint, wrappedRowHeight } from '../template/ledgerLayout';
import { uniqueSheetName } from '../template/templatePlan';
import type { UpcomingItem, UpcomingKind } from './upcomingItem';

export const REMINDER_SHEET: Localized = { zh: '月度工作提醒', en: 'Monthly reminders' };

export const KIND_LABEL: Readonly<Record<UpcomingKind, Localized>> = {
  meeting: { zh: '组织生活', en: 'Meeting' },
  probation: { zh: '预备党员转正', en: 'Conversion' },
  'development-talk': { zh: '入党申请谈话', en: 'Applicant talk' },
  'development-review': { zh: '积极分子考察', en: 'Activist review' },
  'development-candidate': { zh: '确定发展对象', en: 'Candidate' },
  'term-report': { zh: '换届报告', en: 'Election report' },
  'term-end': { zh: '支委会换届', en: 'Committee election' },
  obligation: { zh: '年度工作清单', en: 'Annual obligation' },
  dues: { zh: '党费收缴', en: 'Dues' },
  study: { zh: '学习学时', en: 'Study hours' },
};

const HEADERS: readonly Localized[] = [
  { zh: '序号', en: 'No.' },
  { zh: '截止日期', en: 'Due' },
  { zh: '事项', en: 'What' },
  { zh: '内容', en: 'Details' },
  { zh: '党员/责任人', en: 'Member / owner' },
  { zh: '党小组', en: 'Group' },
  { zh: '期间', en: 'Period' },
  { zh: '位置', en: 'Where' },
  { zh: '完成情况', en: 'Done' },
];
const WIDTHS = [6, 12, 14, 54, 12, 12, 10, 18, 12];
const HEADER = 4;

/** The days from the as-of date to the end of next month: the reminder sheet's horizon. */
export function daysToEndOfNextMonth(asOf: CalendarDate): number {
  const next = asOf.month === 12 ? { year: asOf.year + 1, month: 1 } : { year: asOf.year, month: asOf.month + 1 };
  return daysBetween(asOf, lastDayOfMonth(next.year, next.month));
}

const isReminderSheet = (g: SheetGrid): boolean => isGeneratedSheet(g) && (g.values[0] ?? []).some((v) => typeof v === 'string' && /月度工作提醒|Monthly reminders/.test(v));

/**
 * The printable 月度工作提醒: this month's and next month's items, by month, with a tick column to
 * fill on paper. It replaces the previous one (never a user sheet) and is never read as a ledger.
 */
export function planReminderSheet(items: readonly UpcomingItem[], grids: readonly SheetGrid[], asOf: CalendarDate, lang: Language, branchName: string | null): WritePlan {
  const previous = grids.filter(isReminderSheet).map((g) => g.name);
  const wanted = localize(REMINDER_SHEET, lang);
  const taken = grids.map((g) => g.name).filter((n) => !previous.includes(n));
  const name = taken.some((n) => n.toLowerCase() === wanted.toLowerCase()) ? uniqueSheetName(wanted, taken) : wanted;
  return { deleteSheets: previous, sheets: [reminderSheet(name, items, asOf, lang, branchName)], activate: name };
}

function reminderSheet(name: string, items: readonly UpcomingItem[], asOf: CalendarDate, lang: Language, branchName: string | null): SheetPlan {
  const t = (l: Localized): string => localize(l, lang);
  const ncols = HEADERS.length;
  const first = calendarDate(asOf.year, asOf.month, 1);
  const end = addDays(asOf, daysToEndOfNextMonth(asOf));
  const months = [first, calendarDate(end.year, end.month, 1)];
  const monthTitle = (d: CalendarDate): string => (lang === 'en-US' ? `${d.year}-${String(d.month).padStart(2, '0')}` : `${d.year}年${d.month}月`);
  const title = lang === 'en-US' ? `${branchName ? `${branchName} — ` : ''}Monthly reminders, ${monthTitle(months[0])} and ${monthTitle(months[1])}` : `${branchName ?? ''}月度工作提醒（${monthTitle(months[0])}—${monthTitle(months[1])}）`;
  const blank = (n: number): PlanValue[] => Array<PlanValue>(n).fill(null);
  const blocks: SheetPlan['blocks'][number][] = [
    { row: 1, col: 1, values: [[title, ...blank(ncols - 1)]] },
    { row: 2, col: 1, values: [[t(GENERATED_NOTE), ...blank(ncols - 1)]] },
    { row: 3, col: 1, values: [[t({ zh: `检查基准日 ${formatIsoDate(asOf)}；已逾期的事项见“检查结果”。`, en: `As of ${formatIsoDate(asOf)}; overdue items are in the findings of a check.` }), ...blank(ncols - 1)]] },
    { row: HEADER, col: 1, values: [HEADERS.map(t)] },
  ];
  const styles: StyledRange[] = [
    { range: range(1, 1, 1, ncols), style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
    { range: range(2, 1, 2, ncols), style: { fontSize: 9, fontColor: '595959' } },
    { range: range(HEADER, 1, 1, ncols), style: HEADER_STYLE },
  ];
  const heights: { row: number; height: number }[] = [{ row: 1, height: 28 }];
  const merges = [range(1, 1, 1, ncols), range(2, 1, 1, ncols), range(3, 1, 1, ncols)];
  let row = HEADER + 1;
  let n = 0;
  for (const month of months) {
    const inMonth = items.filter((i) => i.due.startsWith(`${month.year}-${String(month.month).padStart(2, '0')}`));
    blocks.push({ row, col: 1, values: [[`${monthTitle(month)}${t({ zh: `（${inMonth.length}项）`, en: ` (${inMonth.length})` })}`, ...blank(ncols - 1)]] });
    styles.push({ range: range(row, 1, 1, ncols), style: { bold: true, fill: 'F2DCDB', border: true } });
    merges.push(range(row, 1, 1, ncols));
    row++;
    if (inMonth.length === 0) {
      blocks.push({ row, col: 1, values: [[null, null, null, t({ zh: '本月暂无待办事项。', en: 'Nothing due this month.' }), ...blank(ncols - 4)]] });
      styles.push({ range: range(row, 1, 1, ncols), style: { border: true } });
      row++;
      continue;
    }
    const values: PlanValue[][] = inMonth.map((i) => {
      n++;
      const cell = i.sheet ? `${i.sheet}${i.row ? `!A${i.row}` : ''}` : null;
      const link = i.sheet ? { formula: `HYPERLINK("#${sheetRef(i.sheet).replace(/"/g, '""')}!A${i.row ?? 1}","${(cell ?? '').replace(/"/g, '""')}")`, result: cell } : null;
      return [n, i.due, t(KIND_LABEL[i.kind]), i.message, i.member, i.group, i.period, link, null];
    });
    blocks.push({ row, col: 1, values });
    styles.push({ range: range(row, 1, values.length, ncols), style: { border: true, vAlign: 'top' } }, { range: range(row, 4, values.length, 1), style: { wrap: true } }, { range: range(row, 8, values.length, 1), style: { fontColor: '0563C1' } });
    inMonth.forEach((i, k) => heights.push({ row: row + k, height: wrappedRowHeight(i.message, WIDTHS[3]) }));
    row += values.length;
  }
  return {
    name,
    kind: 'summary',
    tabColor: 'C00000',
    columnWidths: WIDTHS,
    rowHeights: heights,
    styles,
    blocks,
    merges,
    freeze: { rows: HEADER, cols: 0 },
    validations: [],
    conditionalFormats: [],
    print: { ...standardPrint(title, lang, HEADER), orientation: 'portrait' },
  };
}
