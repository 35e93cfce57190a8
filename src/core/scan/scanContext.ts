import { addDays, calendarDate, compareDates, type CalendarDate } from '../calendar/calendarDate';
import { localize, type Language } from '../i18n/language';
import { cellAddress } from '../plan/writePlan';
import { defaultParameterValues, numberParameter, type Frequency, type ParameterValues } from '../rules/ruleParameters';
import { dateOf, fenOf, memberKey, textOf, type ParsedRow, type WorkbookLedger } from '../read/readLedger';
import type { RecordKind } from '../read/recognizeSheets';
import type { Fen } from '../money/fen';
import type { Finding, Severity } from './finding';
import { ruleInfo } from './ruleCatalogue';

/** A roster member as the rules see them. */
export interface Member {
  readonly name: string;
  readonly key: string;
  readonly row: ParsedRow;
  readonly birth: CalendarDate | null;
  readonly idNumber: string | null;
  readonly category: '正式党员' | '预备党员' | null;
  readonly admission: CalendarDate | null;
  readonly conversion: CalendarDate | null;
  readonly group: string | null;
  readonly post: string | null;
  readonly personCategory: string | null;
  readonly baseFen: Fen | null;
  readonly status: string | null;
  readonly remark: string | null;
  /** 在册 or 转入 (or blank): still a member of this branch. */
  readonly active: boolean;
  /** Holds a committee post (书记, 副书记, 委员 …), not 党小组长. */
  readonly committee: boolean;
}

export interface ScanContext {
  readonly ledger: WorkbookLedger;
  readonly params: ParameterValues;
  readonly asOf: CalendarDate;
  /** The ledger year: the settings' 台账年度, else a year in a sheet title, else the as-of year. */
  readonly year: number;
  readonly lang: Language;
  readonly members: readonly Member[];
  /**
   * The roster member a row of another sheet speaks of: by normalised name; namesakes are told
   * apart by ID number or birth date where the sheet has them, else by order of appearance.
   */
  memberFor(row: ParsedRow, nameKey?: string): Member | null;
  rows(kind: RecordKind): ParsedRow[];
  hasSheet(kind: RecordKind): boolean;
  /** The first sheet of a kind (for branch-level findings). */
  sheetName(kind: RecordKind): string | null;
  text(zh: string, en: string): string;
  finding(rule: string, at: FindingPlace, message: string, severity?: Severity): Finding;
  /** A period is checked once its last day plus the grace days is on or before the as-of date. */
  ended(lastDay: CalendarDate): boolean;
}

export interface FindingPlace {
  readonly sheet: string;
  readonly row?: number | null;
  readonly col?: number | null;
  readonly column?: string | null;
  readonly member?: string | null;
  readonly period?: string | null;
  readonly meetingType?: string | null;
  readonly group?: string | null;
}

const COMMITTEE_POST = /书记|委员/;

function toMember(row: ParsedRow): Member | null {
  const name = textOf(row, 'name');
  const key = memberKey(row);
  if (!name || !key) return null;
  const status = textOf(row, 'relationStatus');
  const post = textOf(row, 'post');
  return {
    name,
    key,
    row,
    birth: dateOf(row, 'birthDate')?.date ?? null,
    idNumber: textOf(row, 'idNumber'),
    category: (textOf(row, 'memberCategory') as Member['category']) ?? null,
    admission: dateOf(row, 'admissionDate')?.date ?? null,
    conversion: dateOf(row, 'conversionDate')?.date ?? null,
    group: textOf(row, 'group'),
    post,
    personCategory: textOf(row, 'personCategory'),
    baseFen: fenOf(row, 'incomeBase'),
    status,
    remark: textOf(row, 'remark'),
    active: status === null || status === '在册' || status === '转入',
    committee: post !== null && COMMITTEE_POST.test(post) && !/党小组/.test(post),
  };
}

/** A year named in a title above the header ("XX党支部2025年度党费收缴台账"). */
function yearFromTitles(ledger: WorkbookLedger): number | null {
  for (const s of ledger.sheets) {
    for (let r = 0; r < s.recognized.headerRow - 1; r++) {
      for (const v of s.recognized.grid.values[r] ?? []) {
        const m = typeof v === 'string' ? /(20\d\d)\s*年/.exec(v) : null;
        if (m) return Number(m[1]);
      }
    }
  }
  return null;
}

export function buildScanContext(ledger: WorkbookLedger, asOf: CalendarDate, lang: Language, yearOverride?: number): ScanContext {
  const params = defaultParameterValues();
  for (const [k, v] of ledger.settings?.parameters ?? []) params.set(k, v as number | Frequency);
  const year = yearOverride ?? ledger.settings?.year ?? yearFromTitles(ledger) ?? asOf.year;
  const rowsByKind = new Map<RecordKind, ParsedRow[]>();
  for (const s of ledger.sheets) rowsByKind.set(s.recognized.kind, [...(rowsByKind.get(s.recognized.kind) ?? []), ...s.rows]);
  const members = (rowsByKind.get('roster') ?? []).map(toMember).filter((m): m is Member => m !== null);
  const grace = numberParameter(params, 'period.graceDays');
  const byKey = new Map<string, Member[]>();
  for (const m of members) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const occurrence = new Map<ParsedRow, number>();
  const seen = new Map<string, number>();
  for (const rows of rowsByKind.values()) {
    for (const r of rows) {
      const k = `${r.sheet}|${memberKey(r) ?? ''}`;
      occurrence.set(r, seen.get(k) ?? 0);
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }
  const memberFor = (row: ParsedRow, nameKey = 'name'): Member | null => {
    const key = memberKey(row, nameKey);
    const candidates = key ? (byKey.get(key) ?? []) : [];
    if (candidates.length <= 1) return candidates[0] ?? null;
    const id = textOf(row, 'idNumber');
    if (id) return candidates.find((m) => m.idNumber === id) ?? null;
    const birth = dateOf(row, 'birthDate')?.date;
    if (birth) return candidates.find((m) => m.birth && compareDates(m.birth, birth) === 0) ?? null;
    return candidates[occurrence.get(row) ?? 0] ?? null;
  };
  const text = (zh: string, en: string): string => localize({ zh, en }, lang);
  return {
    ledger,
    params,
    asOf,
    year,
    lang,
    members,
    memberFor,
    rows: (kind) => rowsByKind.get(kind) ?? [],
    hasSheet: (kind) => ledger.sheets.some((s) => s.recognized.kind === kind),
    sheetName: (kind) => ledger.sheets.find((s) => s.recognized.kind === kind)?.recognized.grid.name ?? null,
    text,
    ended: (lastDay) => compareDates(addDays(lastDay, grace), asOf) <= 0,
    finding(rule, at, message, severity) {
      const info = ruleInfo(rule);
      return {
        rule,
        severity: severity ?? info.severity,
        sheet: at.sheet,
        row: at.row ?? null,
        column: at.column ?? null,
        cell: at.row && at.col ? cellAddress(at.row, at.col) : null,
        member: at.member ?? null,
        period: at.period ?? null,
        meetingType: at.meetingType ?? null,
        group: at.group ?? null,
        message,
        basis: localize(info.basis, lang),
      };
    },
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
