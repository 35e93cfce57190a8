import { calendarDate, compareDates, fullYearsBetween, lastDayOfMonth, type CalendarDate } from '../calendar/calendarDate';
import { numberParameter, type Frequency } from '../rules/ruleParameters';
import { dateOf, talkPeople } from '../read/readLedger';
import type { Fen } from '../money/fen';
import type { ScanContext } from '../scan/scanContext';
import { buildDuesBook, liable, paidIn, type DuesBook, type DuesLine } from '../ledger/dues';
import { groupsOf, meetingsOf, type Meeting } from '../ledger/meetings';
import { REQUIRED_MEETING_TYPES, type MeetingType } from '../scan/meetingTypes';
import { inPeriod, periodsOf } from '../scan/scanContext';
import { requiredStudyHours, studyHoursByMember } from '../scan/studyTalkRules';
import type { Finding } from '../scan/finding';

/**
 * The year-end figures (DOMAIN.md §6), from whatever ledgers the workbook has. A block is null when
 * its source sheet is missing, so the summary can say so instead of showing zeros.
 */
export const AGE_BANDS = [
  { label: '≤30', max: 30 },
  { label: '31–35', max: 35 },
  { label: '36–40', max: 40 },
  { label: '41–45', max: 45 },
  { label: '46–50', max: 50 },
  { label: '51–55', max: 55 },
  { label: '56–60', max: 60 },
  { label: '61–70', max: 70 },
  { label: '71–80', max: 80 },
  { label: '>80', max: Infinity },
] as const;

export interface Tally {
  readonly label: string;
  readonly count: number;
}

export interface MembershipSummary {
  readonly total: number;
  readonly byCategory: readonly Tally[];
  readonly byGender: readonly Tally[];
  readonly byAge: readonly Tally[];
  readonly byEducation: readonly Tally[];
  readonly byPersonCategory: readonly Tally[];
  readonly admitted: number;
  readonly converted: number;
  readonly transferredIn: number;
  readonly transferredOut: number;
  /** Average 党龄 in whole years, counted from the 转正 date, of full members with one. */
  readonly averageStanding: number | null;
  readonly unknownBirth: number;
}

export interface MeetingTypeSummary {
  readonly type: MeetingType;
  readonly frequency: Frequency;
  readonly required: number;
  readonly held: number;
  /** held / required, null when nothing was required yet. */
  readonly completion: number | null;
  readonly meetings: number;
  readonly averageAttendance: number | null;
}

export interface LifeSummary {
  readonly types: readonly MeetingTypeSummary[];
  /** Elapsed months with no 支委会 / no 主题党日. */
  readonly monthsWithoutCommittee: readonly number[];
  readonly monthsWithoutThemeDay: readonly number[];
  /** Meetings held per month (index 0 = January) and required per month, for the chart. */
  readonly heldByMonth: readonly number[];
  readonly requiredByMonth: readonly number[];
}

export interface DuesMonth {
  readonly month: number;
  readonly dueFen: Fen;
  readonly paidFen: Fen;
  /** Months marked 已交/√ without an amount. */
  readonly paidUnknown: number;
  readonly rate: number | null;
}

export interface PublicationRow {
  readonly name: string;
  readonly monthsPaid: number;
  readonly paidFen: Fen;
  readonly remark: string;
}

export interface DuesSummary {
  readonly months: readonly DuesMonth[];
  readonly dueFen: Fen;
  readonly paidFen: Fen;
  readonly rate: number | null;
  readonly arrears: readonly { name: string; longestRun: number; unpaidMonths: number }[];
  readonly publication: readonly PublicationRow[];
  /** Dues sheets whose payments could not be read (left out of every figure, and said so). */
  readonly unreadableSheets: readonly string[];
}

export interface StudyRow {
  readonly name: string;
  readonly required: number;
  readonly hours: number;
}

export interface SummaryData {
  readonly year: number;
  readonly asOf: CalendarDate;
  readonly branchName: string | null;
  readonly membership: MembershipSummary | null;
  readonly life: LifeSummary | null;
  readonly dues: DuesSummary | null;
  /** Dues sheets that were found but whose payments could not be read at all (the block says so instead of 0.00). */
  readonly duesUnreadable: readonly string[];
  readonly study: readonly StudyRow[] | null;
  readonly talks: { readonly covered: number; readonly members: number; readonly talks: number } | null;
  readonly development: { readonly applicants: number; readonly activists: number; readonly candidates: number; readonly admittedThisYear: number } | null;
  readonly findings: readonly Finding[];
}

function tally(values: readonly (string | null)[], order: readonly string[] = [], unknown = '未填'): Tally[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v ?? unknown, (counts.get(v ?? unknown) ?? 0) + 1);
  const labels = [...order.filter((o) => counts.has(o)), ...[...counts.keys()].filter((k) => !order.includes(k)).sort()];
  return labels.map((label) => ({ label, count: counts.get(label) ?? 0 }));
}

const inYear = (d: CalendarDate | null | undefined, year: number, asOf: CalendarDate): boolean => !!d && d.year === year && compareDates(d, asOf) <= 0;

function membership(ctx: ScanContext): MembershipSummary | null {
  if (!ctx.hasSheet('roster')) return null;
  const year = ctx.year;
  const all = ctx.members;
  const active = all.filter((m) => m.active);
  const ages = active.map((m) => (m.birth ? fullYearsBetween(m.birth, ctx.asOf) : null));
  const standings = active.filter((m) => m.category === '正式党员' && m.conversion).map((m) => fullYearsBetween(m.conversion!, ctx.asOf));
  return {
    total: active.length,
    byCategory: tally(active.map((m) => m.category), ['正式党员', '预备党员']),
    byGender: tally(active.map((m) => (m.row.cells.get('gender')?.value as string | null) ?? null), ['男', '女']),
    byAge: AGE_BANDS.map((band, i) => ({
      label: band.label,
      count: ages.filter((a) => a !== null && a <= band.max && (i === 0 || a > AGE_BANDS[i - 1].max)).length,
    })),
    byEducation: tally(active.map((m) => (m.row.cells.get('education')?.value as string | null) ?? null), ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下']),
    byPersonCategory: tally(active.map((m) => m.personCategory), ['在职', '离退休', '学生', '农民', '其他']),
    admitted: all.filter((m) => inYear(m.admission, year, ctx.asOf)).length,
    converted: all.filter((m) => inYear(m.conversion, year, ctx.asOf)).length,
    transferredIn: all.filter((m) => m.status === '转入').length,
    transferredOut: all.filter((m) => m.status === '转出').length,
    averageStanding: standings.length ? Math.round((standings.reduce((a, b) => a + b, 0) / standings.length) * 10) / 10 : null,
    unknownBirth: ages.filter((a) => a === null).length,
  };
}

function life(ctx: ScanContext): LifeSummary | null {
  if (!ctx.hasSheet('meeting')) return null;
  const groups = groupsOf(ctx);
  // Meetings of unreadable date are left out of the counts (the scan reports the cell).
  const meetings = meetingsOf(ctx, groups).filter((m): m is Meeting & { date: CalendarDate } => m.date !== null && m.date.year === ctx.year && compareDates(m.date, ctx.asOf) <= 0);
  const committee = ctx.members.filter((m) => m.active && m.committee);
  const requiredByMonth = Array<number>(12).fill(0);
  const types = REQUIRED_MEETING_TYPES.map((t): MeetingTypeSummary => {
    const frequency = (ctx.params.get(t.parameter) as Frequency | undefined) ?? 'none';
    const ofType = meetings.filter((m) => m.types.has(t.type));
    const skip = frequency === 'none' || (t.type === '支部委员会' && ctx.members.length > 0 && committee.length < 2) || (t.type === '党小组会' && groups.length === 0);
    const scopes = t.type === '党小组会' ? groups : [null];
    let required = 0;
    let held = 0;
    if (!skip) {
      for (const p of periodsOf(ctx.year, frequency)) {
        if (!ctx.ended(p.last)) continue;
        for (const g of scopes) {
          required++;
          requiredByMonth[p.last.month - 1]++;
          if (ofType.some((m) => inPeriod(m.date, p) && (g === null || m.groupKey === g.key))) held++;
        }
      }
    }
    const rates = ofType.map((m) => [m.present, m.expected]).filter((x): x is [number, number] => x[0] !== null && x[1] !== null && x[1] > 0);
    return {
      type: t.type,
      frequency: skip ? 'none' : frequency,
      required,
      held,
      completion: required ? held / required : null,
      meetings: ofType.length,
      averageAttendance: rates.length ? rates.reduce((a, [p, e]) => a + Math.min(1, p / e), 0) / rates.length : null,
    };
  });
  const elapsed = Array.from({ length: 12 }, (_, i) => i + 1).filter((mo) => ctx.ended(lastDayOfMonth(ctx.year, mo)));
  const without = (type: MeetingType): number[] => elapsed.filter((mo) => !meetings.some((m) => m.types.has(type) && m.date.month === mo));
  const heldByMonth = Array.from({ length: 12 }, (_, i) => meetings.filter((m) => m.date.month === i + 1).length);
  return { types, monthsWithoutCommittee: committee.length >= 2 || ctx.members.length === 0 ? without('支部委员会') : [], monthsWithoutThemeDay: without('主题党日'), heldByMonth, requiredByMonth };
}

function dues(ctx: ScanContext, book: DuesBook | null): DuesSummary | null {
  if (!book) return null;
  // A dues ledger none of whose payments can be read gives no figure at all, never 0.00.
  if (book.unreadableSheets.length === book.sheets.length) return null;
  const year = ctx.year;
  const elapsed = (mo: number): boolean => ctx.ended(lastDayOfMonth(year, mo)) && book.coveredMonths.has(mo);
  const counts = (l: DuesLine, mo: number): boolean => elapsed(mo) && liable(l, year, mo) && !l.exempt && !l.unplaced && !l.months.get(mo)?.unreadable && !paidIn(l.months.get(mo)).exempt;
  const months: DuesMonth[] = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    let dueFen = 0;
    let paidFen = 0;
    let paidUnknown = 0;
    for (const l of book.lines) {
      const p = paidIn(l.months.get(month));
      paidFen += p.fen;
      paidUnknown += p.unknown;
      if (counts(l, month) && l.dueFen !== null) dueFen += l.dueFen;
    }
    return { month, dueFen, paidFen, paidUnknown, rate: dueFen > 0 ? paidFen / dueFen : null };
  });
  const warn = numberParameter(ctx.params, 'dues.arrearsWarnMonths');
  const arrears: { name: string; longestRun: number; unpaidMonths: number }[] = [];
  const publication: PublicationRow[] = [];
  for (const l of book.lines) {
    let run = 0;
    let longest = 0;
    let unpaid = 0;
    let monthsPaid = 0;
    let paidFen = 0;
    let unknown = 0;
    for (let mo = 1; mo <= 12; mo++) {
      const p = paidIn(l.months.get(mo));
      if (p.paid) {
        monthsPaid++;
        paidFen += p.fen;
        unknown += p.unknown > 0 && p.fen === 0 ? 1 : 0;
      }
      if (!counts(l, mo)) {
        run = 0;
        continue;
      }
      if (!p.paid) {
        run++;
        unpaid++;
        if (run > longest) longest = run;
      } else run = 0;
    }
    if (unpaid > 0) arrears.push({ name: l.name, longestRun: longest, unpaidMonths: unpaid });
    // Every person who paid keeps a row, so the rows add up to the total the table states.
    const status = l.member && !l.member.active ? l.member.status : null;
    const remarks = [status ?? '', l.member ? '' : '名册中无此人', l.exempt ? '免交' : l.reduced ? '减免' : '', unknown ? `${unknown}个月已交未记金额` : '', longest >= warn ? `连续${longest}个月未交` : ''].filter(Boolean);
    if (status && monthsPaid === 0) continue;
    publication.push({ name: l.name, monthsPaid, paidFen, remark: remarks.join('；') });
  }
  arrears.sort((a, b) => b.longestRun - a.longestRun || b.unpaidMonths - a.unpaidMonths);
  let dueFen = 0;
  let paidFen = 0;
  for (const m of months) {
    dueFen += m.dueFen;
    paidFen += m.paidFen;
  }
  return { months, dueFen, paidFen, rate: dueFen > 0 ? paidFen / dueFen : null, arrears, publication, unreadableSheets: book.unreadableSheets.map((s) => s.grid.name) };
}

function study(ctx: ScanContext): StudyRow[] | null {
  if (!ctx.hasSheet('study') || !ctx.hasSheet('roster')) return null;
  const hours = studyHoursByMember(ctx);
  return ctx.members
    .filter((m) => m.active)
    .map((m) => ({ name: m.name, required: requiredStudyHours(ctx, m.committee), hours: Math.round((hours.get(m.key) ?? 0) * 10) / 10 }));
}

function talks(ctx: ScanContext): SummaryData['talks'] {
  if (!ctx.hasSheet('talk') || !ctx.hasSheet('roster')) return null;
  const talked = new Set<string>();
  let count = 0;
  for (const row of ctx.rows('talk')) {
    const d = dateOf(row, 'date')?.date;
    if (d && (d.year !== ctx.year || compareDates(d, ctx.asOf) > 0)) continue;
    count++;
    for (const key of talkPeople(row)) talked.add(key);
  }
  const active = ctx.members.filter((m) => m.active);
  return { covered: active.filter((m) => talked.has(m.key)).length, members: active.length, talks: count };
}

function development(ctx: ScanContext): SummaryData['development'] {
  if (!ctx.hasSheet('development')) return null;
  let applicants = 0;
  let activists = 0;
  let candidates = 0;
  let admittedThisYear = 0;
  for (const row of ctx.rows('development')) {
    const admitted = dateOf(row, 'admissionDate')?.date;
    if (admitted && compareDates(admitted, ctx.asOf) <= 0) {
      if (admitted.year === ctx.year) admittedThisYear++;
    } else if (dateOf(row, 'candidateDate')) candidates++;
    else if (dateOf(row, 'activistDate')) activists++;
    else applicants++;
  }
  return { applicants, activists, candidates, admittedThisYear };
}

export function summarize(ctx: ScanContext, findings: readonly Finding[]): SummaryData {
  // The dues model is built once for the figures and for saying which sheets could not be read.
  const book = ctx.hasSheet('dues') ? buildDuesBook(ctx) : null;
  return {
    year: ctx.year,
    asOf: ctx.asOf,
    branchName: ctx.ledger.settings?.branchName ?? null,
    membership: membership(ctx),
    life: life(ctx),
    dues: dues(ctx, book),
    duesUnreadable: book ? book.unreadableSheets.map((x) => x.grid.name) : [],
    study: study(ctx),
    talks: talks(ctx),
    development: development(ctx),
    findings,
  };
}

/** The summary's default as-of date: the year's end, or today when that is earlier. */
export function summaryAsOf(year: number, today: CalendarDate): CalendarDate {
  const end = calendarDate(year, 12, 31);
  return compareDates(today, end) < 0 ? today : end;
}
