import { compareDates, lastDayOfMonth } from '../calendar/calendarDate';
import { monthlyDueFen, isDuesCategory } from '../dues/duesRates';
import { formatFen, type Fen } from '../money/fen';
import { numberParameter } from '../rules/ruleParameters';
import { monthColumnKey } from '../schema/sheetSchemas';
import { fenOf, memberKey, paymentOf, textOf, type ParsedRow } from '../read/readLedger';
import type { Finding } from './finding';
import type { Member, ScanContext } from './scanContext';

const monthId = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

export interface DuesLine {
  readonly row: ParsedRow;
  readonly name: string;
  readonly member: Member | null;
  readonly dueFen: Fen | null;
  readonly exempt: boolean;
  readonly reduced: boolean;
}

export function duesLines(ctx: ScanContext): DuesLine[] {
  return ctx.rows('dues').flatMap((row) => {
    const name = textOf(row, 'name');
    if (!name || !memberKey(row)) return [];
    const member = ctx.memberFor(row);
    const category = textOf(row, 'personCategory') ?? member?.personCategory ?? null;
    const base = fenOf(row, 'incomeBase') ?? member?.baseFen ?? null;
    const remark = `${textOf(row, 'remark') ?? ''}${member?.remark ?? ''}`;
    return [{
      row,
      name,
      member,
      dueFen: category && isDuesCategory(category) ? monthlyDueFen(category, base, ctx.params) : null,
      exempt: /免交|免缴/.test(remark),
      reduced: /减免|减交|减缴|免交|免缴/.test(remark),
    }];
  });
}

/** Liable from the admission month (probationary members included); not after leaving the branch. */
export function liable(line: DuesLine, year: number, month: number): boolean {
  const m = line.member;
  if (!m) return true;
  if (!m.active) return false;
  return !m.admission || compareDates(m.admission, lastDayOfMonth(year, month)) <= 0;
}

/** dues.missing, dues.arrears, dues.underpaid, dues.roster-mismatch. */
export function duesRules(ctx: ScanContext): Finding[] {
  if (!ctx.hasSheet('dues')) return [];
  const out: Finding[] = [];
  const year = ctx.year;
  const elapsed = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => ctx.ended(lastDayOfMonth(year, m)));
  const warn = numberParameter(ctx.params, 'dues.arrearsWarnMonths');
  const critical = numberParameter(ctx.params, 'dues.arrearsCriticalMonths');
  const lines = duesLines(ctx);
  for (const line of lines) {
    const cells = line.row.cells;
    if (![...cells.keys()].some((k) => /^m\d+$/.test(k))) continue;
    let run: number[] = [];
    let longest: number[] = [];
    for (const month of elapsed) {
      const key = monthColumnKey(month);
      const cell = cells.get(key);
      if (!cell || !liable(line, year, month)) {
        run = [];
        continue;
      }
      const payment = paymentOf(line.row, key);
      const at = { sheet: line.row.sheet, row: line.row.row, col: cell.col, column: cell.header, member: line.name, period: monthId(year, month) };
      if (payment === null && !cell.invalid) {
        if (!line.exempt) out.push(ctx.finding('dues.missing', at, ctx.text(`${month}月未登记交纳党费`, `No dues entered for ${monthId(year, month)}`)));
        run = [...run, month];
        if (run.length > longest.length) longest = run;
        continue;
      }
      run = [];
      if (payment && 'fen' in payment && line.dueFen !== null && payment.fen < line.dueFen && !line.reduced) {
        out.push(ctx.finding('dues.underpaid', at, ctx.text(`${month}月实交${formatFen(payment.fen)}元，应交${formatFen(line.dueFen)}元`, `Paid ${formatFen(payment.fen)} for ${monthId(year, month)}; ${formatFen(line.dueFen)} is due`)));
      }
    }
    if (longest.length >= warn && !line.exempt) {
      const first = cells.get(monthColumnKey(longest[0]))!;
      const months = `${longest[0]}–${longest[longest.length - 1]}`;
      out.push(
        ctx.finding(
          'dues.arrears',
          { sheet: line.row.sheet, row: line.row.row, col: first.col, column: first.header, member: line.name },
          ctx.text(`连续${longest.length}个月（${months}月）未交党费`, `Dues unpaid for ${longest.length} consecutive months (${months})`),
          longest.length >= critical ? 'critical' : 'warning',
        ),
      );
    }
  }
  if (ctx.hasSheet('roster')) {
    const onLedger = new Set(lines.map((l) => l.member));
    for (const m of ctx.members) {
      if (m.active && !onLedger.has(m)) {
        const c = m.row.cells.get('name');
        out.push(ctx.finding('dues.roster-mismatch', { sheet: m.row.sheet, row: m.row.row, col: c?.col, column: c?.header, member: m.name }, ctx.text('在册党员未列入党费收缴台账', 'Registered member missing from the dues ledger')));
      }
    }
    for (const l of lines) {
      if (l.member) continue;
      const c = l.row.cells.get('name');
      out.push(ctx.finding('dues.roster-mismatch', { sheet: l.row.sheet, row: l.row.row, col: c?.col, column: c?.header, member: l.name }, ctx.text('党员名册中没有此人', 'Not on the member roster')));
    }
  }
  return out;
}
