import { compareDates, lastDayOfMonth } from '../calendar/calendarDate';
import { isDuesCategory, monthlyDueFen } from '../dues/duesRates';
import type { Fen } from '../money/fen';
import type { Payment } from '../model/records';
import { dateOf, fenOf, memberKey, paymentOf, textOf, type ParsedRow } from '../read/readLedger';
import type { RecognizedSheet } from '../read/recognizeSheets';
import { monthColumnKey } from '../schema/sheetSchemas';
import type { BranchLedger, Member } from './branchLedger';
import type { MonthsOfYear } from '../read/parseValues';

/**
 * The dues of the year as facts, whatever the ledger's layout (DOMAIN.md §3): a grid of months, a
 * list of payments naming the month each is for, or one sheet per month all give, per person and
 * month, the payments made and the cell each came from.
 */
export interface DuesPlace {
  readonly sheet: string;
  readonly row: number;
  readonly col: number | null;
  readonly header: string | null;
}

export interface MonthEntry {
  /** What was paid for the month: amounts, 已交/√ marks. Empty when the cell is blank. */
  readonly payments: readonly Payment[];
  /** A cell for the month could not be read: the month is neither paid nor missing. */
  readonly unreadable: boolean;
  /** The month's own cell (a grid cell, a payment row's amount); null when the layout has none. */
  readonly place: DuesPlace | null;
}

export interface DuesLine {
  readonly name: string;
  readonly key: string;
  readonly member: Member | null;
  /** The first ledger row naming this person (null for a roster member a payment list never names). */
  readonly row: ParsedRow | null;
  /** Where a finding about the person with no cell of its own points: their ledger row, else the roster row, else the list's header. */
  readonly anchor: DuesPlace;
  /** Whether the anchor is on the roster or a list's header rather than a row of the person's own. */
  readonly anchorElsewhere: boolean;
  readonly dueFen: Fen | null;
  readonly exempt: boolean;
  readonly reduced: boolean;
  /** Month (1–12) → entry, for months the ledger holds a place or a payment for this person. */
  readonly months: ReadonlyMap<number, MonthEntry>;
  /** A payment of this person could not be placed in a month (unreadable 所属月份): no month of theirs is reported missing. */
  readonly unplaced: boolean;
  /** The workbook has a roster to tell members from others. */
  readonly rosterKept: boolean;
}

export interface DuesBook {
  readonly lines: readonly DuesLine[];
  /** Months the ledger keeps a record for (a grid's month columns, a month sheet, every month of a payment list). */
  readonly coveredMonths: ReadonlySet<number>;
  /** The ledger has a row per member (a grid or month sheets), so a member with none is missing from it. */
  readonly rowPerMember: boolean;
  /** Dues sheets whose payments could not be read at all (no month understood). */
  readonly unreadableSheets: readonly RecognizedSheet[];
  readonly sheets: readonly RecognizedSheet[];
}

const EXEMPT = /免交|免缴/;
const REDUCED = /减免|减交|减缴|免交|免缴/;

interface Builder {
  name: string;
  key: string;
  member: Member | null;
  row: ParsedRow | null;
  anchor: DuesPlace | null;
  category: string | null;
  baseFen: Fen | null;
  remarks: string[];
  months: Map<number, { payments: Payment[]; unreadable: boolean; place: DuesPlace | null }>;
  unplaced: boolean;
}

function place(row: ParsedRow, key: string): DuesPlace {
  const c = row.cells.get(key) ?? row.cells.get('name');
  return { sheet: row.sheet, row: row.row, col: c?.col ?? null, header: c?.header ?? null };
}

/** Splits an amount over the months it pays for, to the fen: 90.00 for 1–3月 is 30.00 a month. */
function split(payment: Payment, months: number): Payment[] {
  if (!('fen' in payment) || months <= 1) return Array.from({ length: Math.max(1, months) }, () => payment);
  const each = Math.floor(payment.fen / months);
  const rest = payment.fen - each * months;
  return Array.from({ length: months }, (_, i) => ({ ...payment, fen: each + (i < rest ? 1 : 0) }));
}

export function buildDuesBook(ledger: BranchLedger): DuesBook {
  const sheets = ledger.ledger.sheets.filter((s) => s.recognized.kind === 'dues');
  const builders = new Map<string, Builder>();
  const order: Builder[] = [];
  const covered = new Set<number>();
  let rowPerMember = false;
  const unreadableSheets: RecognizedSheet[] = [];

  // A member's place on the roster, found once (indexOf per row grew with the square of the roster).
  const memberIndex = new Map<Member, number>();
  ledger.members.forEach((m, i) => memberIndex.has(m) || memberIndex.set(m, i));
  const lineFor = (row: ParsedRow): Builder | null => {
    const name = textOf(row, 'name');
    const nameKey = memberKey(row);
    if (!name || !nameKey) return null;
    const member = ledger.memberFor(row);
    const key = member ? `m:${memberIndex.get(member)}` : `n:${nameKey}`;
    let b = builders.get(key);
    if (!b) {
      b = { name, key, member, row, anchor: null, category: null, baseFen: null, remarks: [], months: new Map(), unplaced: false };
      builders.set(key, b);
      order.push(b);
    }
    b.category ??= textOf(row, 'personCategory');
    b.baseFen ??= fenOf(row, 'incomeBase');
    const remark = textOf(row, 'remark');
    if (remark) b.remarks.push(remark);
    return b;
  };
  const enter = (b: Builder, month: number, payments: readonly Payment[], unreadable: boolean, at: DuesPlace | null): void => {
    const e = b.months.get(month) ?? { payments: [], unreadable: false, place: null };
    e.payments.push(...payments);
    e.unreadable ||= unreadable;
    // The month's own cell: the first place that holds something, else the first blank cell.
    if (!e.place || (payments.length > 0 && e.payments.length === payments.length)) e.place = at ?? e.place;
    b.months.set(month, e);
  };

  for (const { recognized: sheet, rows } of sheets) {
    switch (sheet.shape) {
      case 'month-grid': {
        rowPerMember = true;
        const monthKeys = [...sheet.columns.keys()].filter((k) => /^m\d+$/.test(k)).map((k) => Number(k.slice(1)));
        for (const m of monthKeys) covered.add(m);
        for (const row of rows) {
          const b = lineFor(row);
          if (!b) continue;
          b.anchor ??= place(row, 'name');
          for (const m of monthKeys) {
            const key = monthColumnKey(m);
            const cell = row.cells.get(key);
            if (!cell) continue;
            const p = paymentOf(row, key);
            enter(b, m, p ? [p] : [], cell.invalid, place(row, key));
          }
        }
        break;
      }
      case 'month-sheet': {
        rowPerMember = true;
        const month = sheet.sheetMonth!;
        if (month.year !== null && month.year !== ledger.year) break;
        covered.add(month.month);
        for (const row of rows) {
          const b = lineFor(row);
          if (!b) continue;
          b.anchor ??= place(row, 'name');
          const cell = row.cells.get('amount');
          const p = cell ? paymentOf(row, 'amount') : null;
          enter(b, month.month, p ? [p] : [], cell?.invalid ?? false, cell ? place(row, 'amount') : place(row, 'name'));
        }
        break;
      }
      case 'payment-list': {
        for (let m = 1; m <= 12; m++) covered.add(m);
        for (const row of rows) {
          const b = lineFor(row);
          if (!b) continue;
          const amountKey = row.cells.has('amount') ? 'amount' : 'monthlyDue';
          const amountCell = row.cells.get(amountKey);
          const p = paymentOf(row, amountKey);
          const forMonth = row.cells.get('forMonth');
          let spans: readonly MonthsOfYear[] | 'invalid' | null = forMonth?.invalid ? 'invalid' : ((forMonth?.value as readonly MonthsOfYear[] | null | undefined) ?? null);
          // No 所属月份 written: the payment is for the month it was made in.
          if (spans === null) {
            const paid = dateOf(row, 'paidDate')?.date;
            spans = paid ? [{ year: paid.year, months: [paid.month] }] : null;
          }
          if (spans === 'invalid' || spans === null || (amountCell?.invalid ?? false)) {
            b.unplaced = true;
            continue;
          }
          const months = spans.filter((s) => s.year === ledger.year).flatMap((s) => s.months);
          const parts = p ? split(p, months.length) : [];
          months.forEach((m, i) => enter(b, m, parts[i] ? [parts[i]] : [], false, place(row, amountKey)));
        }
        break;
      }
      default:
        unreadableSheets.push(sheet);
    }
  }

  // A payment list has no row per member: every registered member is a line, paid or not.
  if (sheets.some((s) => s.recognized.shape === 'payment-list')) {
    for (const m of ledger.members) {
      const key = `m:${memberIndex.get(m)}`;
      if (!m.active || builders.has(key)) continue;
      const b: Builder = { name: m.name, key, member: m, row: null, anchor: null, category: null, baseFen: null, remarks: [], months: new Map(), unplaced: false };
      builders.set(key, b);
      order.push(b);
    }
  }

  const listSheet = sheets.find((s) => s.recognized.shape === 'payment-list')?.recognized ?? sheets[0]?.recognized;
  const lines = order.map((b): DuesLine => {
    const m = b.member;
    const category = b.category ?? m?.personCategory ?? null;
    const base = b.baseFen ?? m?.baseFen ?? null;
    const remark = `${b.remarks.join('；')}${m?.remark ?? ''}`;
    const nameCell = m?.row.cells.get('name');
    const fallback: DuesPlace = m
      ? { sheet: m.row.sheet, row: m.row.row, col: nameCell?.col ?? null, header: nameCell?.header ?? null }
      : { sheet: listSheet?.grid.name ?? '', row: listSheet?.headerRow ?? 1, col: listSheet?.columns.get('forMonth')?.col ?? null, header: listSheet?.columns.get('forMonth')?.header ?? null };
    return {
      name: b.name,
      key: b.key,
      member: m,
      row: b.row,
      anchor: b.anchor ?? fallback,
      anchorElsewhere: b.anchor === null,
      dueFen: category && isDuesCategory(category) ? monthlyDueFen(category, base, ledger.params) : null,
      exempt: EXEMPT.test(remark),
      reduced: REDUCED.test(remark),
      months: b.months,
      unplaced: b.unplaced,
      rosterKept: ledger.hasSheet('roster'),
    };
  });
  return { lines, coveredMonths: covered, rowPerMember, unreadableSheets, sheets: sheets.map((s) => s.recognized) };
}

/**
 * Liable from the admission month (probationary members included); not after leaving the branch.
 * Someone the roster does not list is its business (dues.roster-mismatch), not a month owed —
 * unless there is no roster to go by.
 */
export function liable(line: DuesLine, year: number, month: number): boolean {
  const m = line.member;
  if (!m) return !line.rosterKept;
  if (!m.active) return false;
  return !m.admission || compareDates(m.admission, lastDayOfMonth(year, month)) <= 0;
}

/**
 * The amounts paid for a month, to the fen, how many 已交/√ marks carried no amount, and whether the
 * month is marked 免交 (exempt: neither paid nor owed).
 */
export function paidIn(entry: MonthEntry | undefined): { fen: Fen; unknown: number; paid: boolean; exempt: boolean } {
  let fen = 0;
  let unknown = 0;
  let exempt = false;
  let paid = false;
  for (const p of entry?.payments ?? []) {
    if ('exempt' in p) exempt = true;
    else if ('fen' in p) {
      fen += p.fen;
      paid = true;
    } else {
      unknown++;
      paid = true;
    }
  }
  return { fen, unknown, paid, exempt: exempt && !paid };
}
