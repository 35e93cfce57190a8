import { compareDates, formatIsoDate } from '../calendar/calendarDate';
import { dateOf, textOf } from '../read/readLedger';
import type { Finding } from './finding';
import type { ScanContext } from './scanContext';

/** obligation.overdue: past its 截止日期 with no 完成日期. */
export function obligationRules(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows('obligation')) {
    const due = dateOf(row, 'dueDate')?.date;
    if (!due || dateOf(row, 'doneDate') || !ctx.ended(due) || compareDates(due, ctx.asOf) >= 0) continue;
    const item = textOf(row, 'item') ?? '';
    const c = row.cells.get('doneDate') ?? row.cells.get('dueDate');
    out.push(ctx.finding('obligation.overdue', { sheet: row.sheet, row: row.row, col: c?.col, column: c?.header }, ctx.text(`“${item}”截止日期${formatIsoDate(due)}已过，尚未完成`, `"${item}" was due on ${formatIsoDate(due)} and is not done`)));
  }
  return out;
}
