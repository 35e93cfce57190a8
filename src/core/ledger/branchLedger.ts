import { addDays, calendarDate, compareDates, type CalendarDate } from '../calendar/calendarDate';
import { defaultParameterValues, numberParameter, type Frequency, type ParameterValues } from '../rules/ruleParameters';
import type { ParsedRow, WorkbookLedger } from '../read/readLedger';
import type { RecordKind } from '../read/recognizeSheets';
import { buildPeople, type Member, type People } from './people';

export type { Member } from './people';

/**
 * One model of the branch's year, read from whatever sheets the workbook has (DESIGN.md): the
 * people, the settings in force, the ledger year and the as-of date. The scan's rules, the
 * summary, the filling helpers and 待办 all read this, never a sheet's layout.
 */
export interface BranchLedger {
  readonly ledger: WorkbookLedger;
  readonly params: ParameterValues;
  readonly asOf: CalendarDate;
  /** The ledger year: the settings' 台账年度, else a year in a sheet title, else the as-of year. */
  readonly year: number;
  /** Whether the year was stated (settings or a title) rather than taken from the as-of date. */
  readonly yearStated: boolean;
  /** One per person (a member listed twice on the roster is one member). */
  readonly members: readonly Member[];
  readonly people: People;
  /** The person a row of any sheet speaks of (see `People.personFor`). */
  memberFor(row: ParsedRow, nameKey?: string): Member | null;
  /** Record rows of a kind, from every sheet of that kind (a ledger split per quarter reads as one). */
  rows(kind: RecordKind): ParsedRow[];
  hasSheet(kind: RecordKind): boolean;
  /** The first sheet of a kind (for branch-level findings). */
  sheetName(kind: RecordKind): string | null;
  /** A period is checked once its last day plus the grace days is on or before the as-of date. */
  ended(lastDay: CalendarDate): boolean;
}

export function buildBranchLedger(ledger: WorkbookLedger, asOf: CalendarDate, yearOverride?: number): BranchLedger {
  const params = defaultParameterValues();
  for (const [k, v] of ledger.settings?.parameters ?? []) params.set(k, v as number | Frequency);
  const stated = ledger.year;
  const year = yearOverride ?? stated ?? asOf.year;
  const rowsByKind = new Map<RecordKind, ParsedRow[]>();
  for (const s of ledger.sheets) {
    const list = rowsByKind.get(s.recognized.kind) ?? [];
    for (const r of s.rows) list.push(r);
    rowsByKind.set(s.recognized.kind, list);
  }
  const people = buildPeople(rowsByKind.get('roster') ?? [], rowsByKind);
  const grace = numberParameter(params, 'period.graceDays');
  return {
    ledger,
    params,
    asOf,
    year,
    yearStated: yearOverride !== undefined || stated !== null,
    members: people.members,
    people,
    memberFor: people.personFor,
    rows: (kind) => rowsByKind.get(kind) ?? [],
    hasSheet: (kind) => ledger.sheets.some((s) => s.recognized.kind === kind),
    sheetName: (kind) => ledger.sheets.find((s) => s.recognized.kind === kind)?.recognized.grid.name ?? null,
    ended: (lastDay) => compareDates(addDays(lastDay, grace), asOf) <= 0,
  };
}

export interface Period {
  readonly id: string;
  readonly first: CalendarDate;
  readonly last: CalendarDate;
}

/** The periods of a year for a frequency: 2025-03, 2025-Q1, 2025-H1, 2025. */
export function periodsOf(year: number, frequency: Frequency): Period[] {
  const span = (fromMonth: number, months: number, id: string): Period => {
    const lastMonth = fromMonth + months - 1;
    return { id, first: calendarDate(year, fromMonth, 1), last: addDays(lastMonth === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, lastMonth + 1, 1), -1) };
  };
  switch (frequency) {
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => span(i + 1, 1, `${year}-${String(i + 1).padStart(2, '0')}`));
    case 'quarterly':
      return Array.from({ length: 4 }, (_, i) => span(i * 3 + 1, 3, `${year}-Q${i + 1}`));
    case 'half-yearly':
      return [span(1, 6, `${year}-H1`), span(7, 6, `${year}-H2`)];
    case 'yearly':
      return [span(1, 12, String(year))];
    case 'none':
      return [];
  }
}

export const inPeriod = (d: CalendarDate, p: Period): boolean => compareDates(p.first, d) <= 0 && compareDates(d, p.last) <= 0;
