import { lastDayOfMonth } from '../calendar/calendarDate';
import { formatFen } from '../money/fen';
import { numberParameter } from '../rules/ruleParameters';
import { buildDuesBook, liable, paidIn, type DuesLine, type DuesPlace } from '../ledger/dues';
import type { Finding } from './finding';
import type { ScanContext } from './scanContext';

export { liable, type DuesLine } from '../ledger/dues';

const monthId = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** dues.missing, dues.arrears, dues.underpaid, dues.roster-mismatch, and a dues sheet that could not be read. */
export function duesRules(ctx: ScanContext): Finding[] {
  if (!ctx.hasSheet('dues')) return [];
  const out: Finding[] = [];
  const book = buildDuesBook(ctx);
  const year = ctx.year;
  const elapsed = [...book.coveredMonths].sort((a, b) => a - b).filter((m) => ctx.ended(lastDayOfMonth(year, m)));
  const warn = numberParameter(ctx.params, 'dues.arrearsWarnMonths');
  const critical = numberParameter(ctx.params, 'dues.arrearsCriticalMonths');
  const at = (p: DuesPlace, line: DuesLine, period?: string) => ({ sheet: p.sheet, row: p.row, col: p.col, column: p.header, member: line.name, period });
  // A month with no cell of its own says where the mark stands instead.
  const elsewhere = (line: DuesLine): string => (line.anchorElsewhere ? ctx.text(`（${book.sheets.map((s) => s.grid.name).join('、')}中无此记录，标在${line.member ? '党员名册' : '表头'}）`, ` (no entry in ${book.sheets.map((s) => s.grid.name).join(', ')}; marked on ${line.member ? 'the roster' : 'the header'})`) : '');

  // A sheet with no name column already has its missing-column finding.
  for (const sheet of book.unreadableSheets.filter((s) => s.columns.has('name'))) {
    out.push(
      ctx.finding(
        'dues.missing-field',
        { sheet: sheet.grid.name, row: sheet.headerRow },
        ctx.text('本表未识别出各月交纳情况（没有“1月…12月”列，也没有“所属月份”和“金额”列），无法检查党费', 'No month of payment could be read on this sheet (no 1–12 month columns, nor a for-month and amount column), so dues cannot be checked'),
      ),
    );
  }
  for (const line of book.lines) {
    if (line.unplaced) continue;
    let run: number[] = [];
    let longest: number[] = [];
    for (const month of elapsed) {
      const entry = line.months.get(month);
      if (!liable(line, year, month) || entry?.unreadable) {
        run = [];
        continue;
      }
      const paid = paidIn(entry);
      const place = entry?.place ?? line.anchor;
      if (paid.exempt) {
        run = [];
        continue;
      }
      if (!paid.paid) {
        if (!line.exempt) out.push(ctx.finding('dues.missing', at(place, line, monthId(year, month)), ctx.text(`${month}月未登记交纳党费`, `No dues entered for ${monthId(year, month)}`) + (entry?.place ? '' : elsewhere(line))));
        run = [...run, month];
        if (run.length > longest.length) longest = run;
        continue;
      }
      run = [];
      if (paid.unknown === 0 && line.dueFen !== null && paid.fen < line.dueFen && !line.reduced) {
        out.push(ctx.finding('dues.underpaid', at(place, line, monthId(year, month)), ctx.text(`${month}月实交${formatFen(paid.fen)}元，应交${formatFen(line.dueFen)}元`, `Paid ${formatFen(paid.fen)} for ${monthId(year, month)}; ${formatFen(line.dueFen)} is due`)));
      }
    }
    if (longest.length >= warn && !line.exempt) {
      const first = line.months.get(longest[0])?.place ?? line.anchor;
      const months = `${longest[0]}–${longest[longest.length - 1]}`;
      out.push(
        ctx.finding(
          'dues.arrears',
          at(first, line),
          ctx.text(`连续${longest.length}个月（${months}月）未交党费`, `Dues unpaid for ${longest.length} consecutive months (${months})`),
          longest.length >= critical ? 'critical' : 'warning',
        ),
      );
    }
  }
  if (ctx.hasSheet('roster')) {
    const onLedger = new Set(book.lines.map((l) => l.member));
    // A ledger with a row per member misses a member with none; a payment list has no rows to miss.
    if (book.rowPerMember) {
      for (const m of ctx.members) {
        if (m.active && !onLedger.has(m)) {
          const c = m.row.cells.get('name');
          out.push(ctx.finding('dues.roster-mismatch', { sheet: m.row.sheet, row: m.row.row, col: c?.col, column: c?.header, member: m.name }, ctx.text('在册党员未列入党费收缴台账', 'Registered member missing from the dues ledger')));
        }
      }
    }
    for (const l of book.lines) {
      if (l.member || !l.row) continue;
      const c = l.row.cells.get('name');
      out.push(ctx.finding('dues.roster-mismatch', { sheet: l.row.sheet, row: l.row.row, col: c?.col, column: c?.header, member: l.name }, ctx.text('党员名册中没有此人', 'Not on the member roster')));
    }
  }
  return out;
}
