import { calendarDate, compareDates, lastDayOfMonth } from '../calendar/calendarDate';
import { numberParameter } from '../rules/ruleParameters';
import { dateOf, memberKey, numberOf, talkPeople } from '../read/readLedger';
import type { Finding } from './finding';
import type { ScanContext } from './scanContext';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Members (normalised names) with a study row whose hours or date could not be read: their total is unknown. */
export function unreadableStudy(ctx: ScanContext): Set<string> {
  const out = new Set<string>();
  for (const row of ctx.rows('study')) {
    const key = memberKey(row);
    if (key && [...row.cells.values()].some((c) => c.invalid && (c.key === 'hours' || c.key === 'date' || /^m\d+$/.test(c.key)))) out.add(key);
  }
  return out;
}

/** Study hours per member (normalised name) in the ledger year up to the as-of date. */
export function studyHoursByMember(ctx: ScanContext): Map<string, number> {
  const hours = new Map<string, number>();
  for (const row of ctx.rows('study')) {
    const key = memberKey(row);
    // A row of a month table carries a month's hours per column, up to the as-of date.
    const months = [...row.cells.keys()].filter((k) => /^m\d+$/.test(k));
    if (key && months.length) {
      let sum = 0;
      for (const k of months) {
        const mo = Number(k.slice(1));
        if (compareDates(calendarDate(ctx.year, mo, 1), ctx.asOf) > 0) continue;
        sum += numberOf(row, k) ?? 0;
      }
      hours.set(key, (hours.get(key) ?? 0) + sum);
      continue;
    }
    const d = dateOf(row, 'date')?.date;
    const h = numberOf(row, 'hours');
    if (!key || h === null || (d && (d.year !== ctx.year || compareDates(d, ctx.asOf) > 0))) continue;
    hours.set(key, (hours.get(key) ?? 0) + h);
  }
  return hours;
}

/** The yearly requirement for a member: more for the secretary and committee members. */
export const requiredStudyHours = (ctx: ScanContext, committee: boolean): number => numberParameter(ctx.params, committee ? 'study.hoursCommittee' : 'study.hoursMember');

/** study.hours: the year's hours per member against the requirement, pro rata before the year ends. */
export function studyRules(ctx: ScanContext): Finding[] {
  if (!ctx.hasSheet('study') || ctx.members.length === 0) return [];
  const out: Finding[] = [];
  const hours = studyHoursByMember(ctx);
  // An unreadable cell is one invalid-value finding, never also a shortfall computed without it.
  const unknown = unreadableStudy(ctx);
  const yearEnded = ctx.ended(calendarDate(ctx.year, 12, 31));
  const elapsedMonths = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => ctx.ended(lastDayOfMonth(ctx.year, m))).length;
  if (elapsedMonths === 0) return [];
  for (const m of ctx.members.filter((x) => x.active && !unknown.has(x.key))) {
    const required = requiredStudyHours(ctx, m.committee);
    const target = yearEnded ? required : round1((required * elapsedMonths) / 12);
    const got = round1(hours.get(m.key) ?? 0);
    if (got >= target) continue;
    const c = m.row.cells.get('name');
    out.push(
      ctx.finding(
        'study.hours',
        { sheet: m.row.sheet, row: m.row.row, col: c?.col, column: c?.header, member: m.name, period: String(ctx.year) },
        yearEnded
          ? ctx.text(`全年学习${got}学时，少于要求的${required}学时`, `${got} study hours this year, fewer than the ${required} required`)
          : ctx.text(`截至目前学习${got}学时，按进度应达${target}学时（全年${required}学时）`, `${got} study hours so far; ${target} expected by now (${required} a year)`),
        yearEnded ? 'warning' : 'info',
      ),
    );
  }
  return out;
}

/** talk.coverage: by the year's end, every member has had at least the required number of talks. */
export function talkRules(ctx: ScanContext): Finding[] {
  if (!ctx.hasSheet('talk') || !ctx.ended(calendarDate(ctx.year, 12, 31))) return [];
  const out: Finding[] = [];
  const required = numberParameter(ctx.params, 'talk.minPerYear');
  const talks = new Map<string, number>();
  for (const row of ctx.rows('talk')) {
    const d = dateOf(row, 'date')?.date;
    if (d && d.year !== ctx.year) continue;
    // A talk between two members counts for both of them; a joint talk for each of its subjects.
    for (const key of new Set(talkPeople(row))) talks.set(key, (talks.get(key) ?? 0) + 1);
  }
  for (const m of ctx.members.filter((x) => x.active)) {
    const n = talks.get(m.key) ?? 0;
    if (n >= required) continue;
    const c = m.row.cells.get('name');
    out.push(
      ctx.finding('talk.coverage', { sheet: m.row.sheet, row: m.row.row, col: c?.col, column: c?.header, member: m.name, period: String(ctx.year) }, ctx.text(`${ctx.year}年谈心谈话${n}次，少于${required}次`, `${n} heart-to-heart talks in ${ctx.year}, fewer than ${required}`)),
    );
  }
  return out;
}
