import { addDays, addMonths, addYears, calendarDate, compareDates, daysBetween, formatIsoDate, lastDayOfMonth, type CalendarDate } from '../calendar/calendarDate';
import { numberParameter, type Frequency } from '../rules/ruleParameters';
import { dateOf, textOf, type ParsedRow } from '../read/readLedger';
import { buildDuesBook, liable, paidIn } from '../ledger/dues';
import { groupsOf, meetingsOf, type Meeting } from '../ledger/meetings';
import { inPeriod, periodsOf } from '../ledger/branchLedger';
import { REQUIRED_MEETING_TYPES } from '../scan/meetingTypes';
import { probationEnd } from '../scan/rosterRules';
import { requiredStudyHours, studyHoursByMember, unreadableStudy } from '../scan/studyTalkRules';
import type { ScanContext } from '../scan/scanContext';
import { UPCOMING_KINDS, type UpcomingItem, type UpcomingKind } from './upcomingItem';

export type { UpcomingItem, UpcomingKind } from './upcomingItem';

export const DEFAULT_UPCOMING_DAYS = 30;

/**
 * What is due from the as-of date to the horizon (DOMAIN.md §7), read from the same model the scan
 * reads, with the scan's own reading of "done" and "overdue": an item the scan would already report
 * at this as-of date is not listed (it belongs to the scan), nor is one already done. The horizon's
 * last day is included. Only the ledger's year is looked at: next year's duties live in next year's ledger.
 */
export function upcomingItems(ctx: ScanContext, days: number = DEFAULT_UPCOMING_DAYS): UpcomingItem[] {
  const horizon = addDays(ctx.asOf, days);
  const within = (d: CalendarDate): boolean => compareDates(d, horizon) <= 0;
  const items: UpcomingItem[] = [
    ...meetingItems(ctx, within),
    ...probationItems(ctx, within),
    ...developmentItems(ctx, within),
    ...termItems(ctx, within),
    ...obligationItems(ctx, within),
    ...duesItems(ctx, within),
    ...studyItems(ctx, within),
  ];
  return items.sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      UPCOMING_KINDS.indexOf(a.kind) - UPCOMING_KINDS.indexOf(b.kind) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.meetingType ?? '').localeCompare(b.meetingType ?? '') ||
      (a.group ?? '').localeCompare(b.group ?? '') ||
      (a.member ?? '').localeCompare(b.member ?? ''),
  );
}

type Within = (d: CalendarDate) => boolean;

function item(kind: UpcomingKind, rule: string, due: CalendarDate, rest: Partial<Omit<UpcomingItem, 'kind' | 'rule' | 'due' | 'message'>> & { message: string }): UpcomingItem {
  return { kind, rule, due: formatIsoDate(due), member: null, group: null, meetingType: null, period: null, sheet: null, row: null, ...rest };
}

const monthId = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** Each required meeting type's periods ending by the horizon and not yet ended, where no meeting of the type is recorded. */
function meetingItems(ctx: ScanContext, within: Within): UpcomingItem[] {
  if (!ctx.hasSheet('meeting')) return [];
  const sheet = ctx.sheetName('meeting')!;
  const groups = groupsOf(ctx);
  const committee = ctx.members.filter((m) => m.active && m.committee);
  const meetings = meetingsOf(ctx, groups);
  const out: UpcomingItem[] = [];
  for (const t of REQUIRED_MEETING_TYPES) {
    const frequency = ctx.params.get(t.parameter) as Frequency | undefined;
    if (!frequency || frequency === 'none') continue;
    // The same scope as meeting.overdue: a committee meeting only with a committee, group meetings only with groups.
    if (t.type === '支部委员会' && ctx.members.length > 0 && committee.length < 2) continue;
    const scopes: ({ name: string; key: string } | null)[] = t.type === '党小组会' ? groups : [null];
    const ofType = meetings.filter((m) => m.types.has(t.type));
    for (const group of scopes) {
      const inScope = (m: Meeting): boolean => group === null || m.groupKey === group.key;
      for (const p of periodsOf(ctx.year, frequency)) {
        if (ctx.ended(p.last) || !within(p.last)) continue;
        const held = ofType.some((m) => inScope(m) && (m.date ? inPeriod(m.date, p) : compareDates(m.window.from, p.last) <= 0 && compareDates(p.first, m.window.to) <= 0));
        if (held) continue;
        const g = group?.name ?? null;
        out.push(
          item('meeting', 'meeting.overdue', p.last, {
            meetingType: t.type,
            group: g,
            period: p.id,
            sheet,
            message: ctx.text(`${g ? `${g}` : ''}${p.id}的${t.type}尚未召开，最迟${formatIsoDate(p.last)}`, `${t.type}${g ? ` of ${g}` : ''} for ${p.id} not held yet: by ${formatIsoDate(p.last)}`),
          }),
        );
      }
    }
  }
  return out;
}

/** Probation ends (转正 due) with the 支部党员大会 that must discuss it. */
function probationItems(ctx: ScanContext, within: Within): UpcomingItem[] {
  const years = numberParameter(ctx.params, 'membership.probationYears');
  const out: UpcomingItem[] = [];
  for (const m of ctx.members) {
    if (m.category !== '预备党员' || m.conversion || !m.active) continue;
    const end = probationEnd(m, years);
    // The scan reports a probation ending on or before the as-of date as overdue.
    if (!end || daysBetween(ctx.asOf, end) <= 0 || !within(end)) continue;
    out.push(
      item('probation', 'membership.probation-overdue', end, {
        member: m.name,
        group: m.group,
        meetingType: '支部党员大会',
        sheet: m.row.sheet,
        row: m.row.row,
        message: ctx.text(`${m.name}预备期${formatIsoDate(end)}届满：召开支部党员大会讨论其转正`, `${m.name}'s probation ends on ${formatIsoDate(end)}: a general meeting must discuss the conversion`),
      }),
    );
  }
  return out;
}

function developmentItems(ctx: ScanContext, within: Within): UpcomingItem[] {
  const talkMonths = numberParameter(ctx.params, 'development.talkWithinMonths');
  const reviewMonths = numberParameter(ctx.params, 'development.reviewMonths');
  const minYears = numberParameter(ctx.params, 'development.minActivistYears');
  const out: UpcomingItem[] = [];
  // Not before the as-of date: the scan reports those (development.talk-late, review-overdue).
  const ahead = (d: CalendarDate): boolean => compareDates(d, ctx.asOf) >= 0 && within(d);
  for (const row of ctx.rows('development')) {
    const name = textOf(row, 'name');
    const has = (key: string): boolean => row.cells.has(key);
    const applied = dateOf(row, 'applicationDate')?.date;
    const talk = dateOf(row, 'talkDate')?.date;
    const activist = dateOf(row, 'activistDate')?.date;
    const review = dateOf(row, 'lastReviewDate')?.date;
    const candidate = dateOf(row, 'candidateDate')?.date;
    const admitted = dateOf(row, 'admissionDate')?.date;
    const at = { member: name, sheet: row.sheet, row: row.row };
    if (applied && has('talkDate') && !talk && !filled(row, 'talkDate')) {
      const limit = addMonths(applied, talkMonths);
      if (ahead(limit)) {
        out.push(item('development-talk', 'development.talk-late', limit, { ...at, message: ctx.text(`${name ?? ''}${formatIsoDate(applied)}递交入党申请书：${formatIsoDate(limit)}前派人谈话`, `${name ?? ''} applied on ${formatIsoDate(applied)}: talk to them by ${formatIsoDate(limit)}`) }));
      }
    }
    if (activist && !candidate && !admitted && has('lastReviewDate')) {
      const last = review && compareDates(review, activist) > 0 ? review : activist;
      const due = addMonths(last, reviewMonths);
      if (ahead(due)) {
        out.push(item('development-review', 'development.review-overdue', due, { ...at, message: ctx.text(`${name ?? ''}上次考察${formatIsoDate(last)}：${formatIsoDate(due)}前进行半年考察`, `${name ?? ''} last reviewed ${formatIsoDate(last)}: review again by ${formatIsoDate(due)}`) }));
      }
    }
    // Not a deadline but the first day a candidate may be named: naming one earlier is development.too-early.
    if (activist && !candidate && !admitted && has('candidateDate') && !filled(row, 'candidateDate')) {
      const from = addYears(activist, minYears);
      if (ahead(from)) {
        out.push(item('development-candidate', 'development.too-early', from, { ...at, message: ctx.text(`${name ?? ''}${formatIsoDate(from)}起培养满${minYears}年，可讨论确定为发展对象`, `${name ?? ''} completes ${minYears} year(s) as an activist on ${formatIsoDate(from)}: may then be named a candidate`) }));
      }
    }
  }
  return out;
}

/** A cell that holds something, read or not: the scan's invalid-value finding speaks for it, not a reminder. */
const filled = (row: ParsedRow, key: string): boolean => {
  const raw = row.cells.get(key)?.raw;
  return raw !== null && raw !== undefined && String(raw).trim() !== '';
};

/** The committee's term end, and the report to the higher level the reminder days before it. */
function termItems(ctx: ScanContext, within: Within): UpcomingItem[] {
  const s = ctx.ledger.settings;
  if (!s?.electionDate) return [];
  const years = s.termYears ?? numberParameter(ctx.params, s.unitType === '村社区' ? 'branch.termYearsVillage' : 'branch.termYears');
  const end = addYears(s.electionDate, years);
  const out: UpcomingItem[] = [];
  if (daysBetween(ctx.asOf, end) <= 0) return out;
  const report = addDays(end, -numberParameter(ctx.params, 'branch.termReminderDays'));
  if (compareDates(report, ctx.asOf) >= 0 && within(report)) {
    out.push(item('term-report', 'branch.term-expired', report, { sheet: s.sheet, message: ctx.text(`支委会任期${formatIsoDate(end)}届满：向上级党组织报告换届准备`, `The committee's term ends on ${formatIsoDate(end)}: report the coming election to the higher committee`) }));
  }
  if (within(end)) {
    out.push(item('term-end', 'branch.term-expired', end, { sheet: s.sheet, message: ctx.text(`支委会任期${formatIsoDate(end)}届满：按期换届选举`, `The committee's term ends on ${formatIsoDate(end)}: hold the election`) }));
  }
  return out;
}

/** Annual-obligation rows with no 完成日期 whose 截止日期 the scan has not yet passed. */
function obligationItems(ctx: ScanContext, within: Within): UpcomingItem[] {
  const out: UpcomingItem[] = [];
  for (const row of ctx.rows('obligation')) {
    const due = dateOf(row, 'dueDate')?.date;
    if (!due || filled(row, 'doneDate') || !within(due)) continue;
    if (ctx.ended(due) && compareDates(due, ctx.asOf) < 0) continue;
    const what = textOf(row, 'item') ?? '';
    out.push(item('obligation', 'obligation.overdue', due, { member: textOf(row, 'owner'), sheet: row.sheet, row: row.row, period: null, message: ctx.text(`${what}：截止${formatIsoDate(due)}`, `${what}: due ${formatIsoDate(due)}`) }));
  }
  return out;
}

/** Per month not yet ended, the liable members with nothing entered for it: one item per month. */
function duesItems(ctx: ScanContext, within: Within): UpcomingItem[] {
  if (!ctx.hasSheet('dues')) return [];
  const book = buildDuesBook(ctx);
  const out: UpcomingItem[] = [];
  for (let month = 1; month <= 12; month++) {
    const last = lastDayOfMonth(ctx.year, month);
    if (!book.coveredMonths.has(month) || ctx.ended(last) || !within(last)) continue;
    const owing: { name: string; sheet: string; row: number }[] = [];
    for (const line of book.lines) {
      if (line.unplaced || line.exempt || !liable(line, ctx.year, month)) continue;
      const entry = line.months.get(month);
      if (entry?.unreadable) continue;
      const paid = paidIn(entry);
      if (paid.paid || paid.exempt) continue;
      const place = entry?.place ?? line.anchor;
      owing.push({ name: line.name, sheet: place.sheet, row: place.row });
    }
    if (owing.length === 0) continue;
    const shown = owing.slice(0, 8).map((o) => o.name);
    const more = owing.length > shown.length;
    out.push(
      item('dues', 'dues.missing', last, {
        period: monthId(ctx.year, month),
        sheet: owing[0].sheet,
        row: owing[0].row,
        message: ctx.text(
          `${ctx.year}年${month}月党费尚有${owing.length}人未交：${shown.join('、')}${more ? '等' : ''}`,
          `Dues for ${monthId(ctx.year, month)}: ${owing.length} not yet paid (${shown.join(', ')}${more ? ', …' : ''})`,
        ),
      }),
    );
  }
  return out;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Members whose hours so far fall short of the pace the next month end asks (the year's end: the whole requirement). */
function studyItems(ctx: ScanContext, within: Within): UpcomingItem[] {
  if (!ctx.hasSheet('study') || ctx.members.length === 0) return [];
  let month = 0;
  for (let m = 1; m <= 12; m++) {
    if (!ctx.ended(lastDayOfMonth(ctx.year, m))) {
      month = m;
      break;
    }
  }
  if (month === 0) return [];
  const checkpoint = lastDayOfMonth(ctx.year, month);
  if (!within(checkpoint) || compareDates(checkpoint, calendarDate(ctx.year, 1, 1)) < 0) return [];
  const hours = studyHoursByMember(ctx);
  const unknown = unreadableStudy(ctx);
  const out: UpcomingItem[] = [];
  for (const m of ctx.members.filter((x) => x.active && !unknown.has(x.key))) {
    const required = requiredStudyHours(ctx, m.committee);
    const target = month === 12 ? required : round1((required * month) / 12);
    const got = round1(hours.get(m.key) ?? 0);
    if (got >= target) continue;
    out.push(
      item('study', 'study.hours', checkpoint, {
        member: m.name,
        group: m.group,
        period: String(ctx.year),
        sheet: m.row.sheet,
        row: m.row.row,
        message: ctx.text(`${m.name}已学习${got}学时，${month}月底前应达${target}学时（全年${required}学时）`, `${m.name}: ${got} study hours; ${target} due by the end of ${monthId(ctx.year, month)} (${required} a year)`),
      }),
    );
  }
  return out;
}
