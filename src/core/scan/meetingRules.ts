import { compareDates, lastDayOfMonth, type CalendarDate } from '../calendar/calendarDate';
import { numberParameter, type Frequency } from '../rules/ruleParameters';
import { attended, fullMembersPresent, groupsOf, meetingsOf, type Meeting } from '../ledger/meetings';
import type { Finding } from './finding';
import { inPeriod, periodsOf, type ScanContext } from './scanContext';
import { REQUIRED_MEETING_TYPES, type MeetingType } from './meetingTypes';

export { groupsOf, meetingsOf, type Meeting } from '../ledger/meetings';

const overlaps = (m: Meeting, first: { year: number; month: number; day: number }, last: { year: number; month: number; day: number }): boolean =>
  compareDates(m.window.from, last) <= 0 && compareDates(first, m.window.to) <= 0;

/** meeting.overdue, meeting.quorum, meeting.makeup, member.absent. */
export function meetingRules(ctx: ScanContext): Finding[] {
  if (!ctx.hasSheet('meeting')) return [];
  const out: Finding[] = [];
  const sheet = ctx.sheetName('meeting')!;
  const active = ctx.members.filter((m) => m.active);
  const groups = groupsOf(ctx);
  const committee = active.filter((m) => m.committee);
  const meetings = meetingsOf(ctx, groups);
  // A ledger split by quarter or month (一季度会议 …): a missing meeting is reported on the sheet
  // that holds the period's meetings, else on the one holding the last meetings before it.
  const sheetFor = (p: { first: CalendarDate; last: CalendarDate }): string => {
    let before: Meeting | null = null;
    for (const m of meetings) {
      if (!m.date || compareDates(m.date, p.last) > 0) continue;
      if (compareDates(m.date, p.first) >= 0) return m.row.sheet;
      if (!before || compareDates(m.date, before.date!) > 0) before = m;
    }
    return before?.row.sheet ?? sheet;
  };

  for (const t of REQUIRED_MEETING_TYPES) {
    const frequency = ctx.params.get(t.parameter) as Frequency | undefined;
    if (!frequency || frequency === 'none') continue;
    // A committee meeting is required only where there is a committee; group meetings only where there are groups.
    if (t.type === '支部委员会' && ctx.members.length > 0 && committee.length < 2) continue;
    const scopes: ({ name: string; key: string } | null)[] = t.type === '党小组会' ? groups : [null];
    const ofType = meetings.filter((m) => m.types.has(t.type));
    for (const group of scopes) {
      for (const p of periodsOf(ctx.year, frequency)) {
        if (!ctx.ended(p.last)) continue;
        const inScope = (m: Meeting): boolean => group === null || m.groupKey === group.key;
        const held = ofType.some((m) => m.date && inPeriod(m.date, p) && inScope(m));
        // A meeting whose date could not be read may be this period's: its invalid-value finding stands instead.
        const maybe = ofType.some((m) => !m.date && overlaps(m, p.first, p.last) && inScope(m));
        if (held || maybe) continue;
        const g = group?.name ?? null;
        out.push(
          ctx.finding(
            'meeting.overdue',
            { sheet: sheetFor(p), period: p.id, meetingType: t.type, group: g },
            ctx.text(`${p.id}${g ? ` ${g}` : ''}未召开${t.type}`, `No ${t.type}${g ? ` for ${g}` : ''} in ${p.id}`),
          ),
        );
      }
    }
  }

  const fraction = numberParameter(ctx.params, 'meeting.quorumFraction');
  for (const m of meetings) {
    const presentCell = m.row.cells.get('present') ?? m.row.cells.get('attendees') ?? m.row.cells.get('attendance');
    const checks: [MeetingType, number, number | null][] = [];
    // Committee meetings: committee members present; general meetings: full members present.
    if (m.types.has('支部委员会') && committee.length > 0 && m.present !== null) checks.push(['支部委员会', committee.length, m.attendees ? committee.filter((c) => m.attendees!.has(c.key)).length : m.present]);
    if (m.types.has('支部党员大会')) {
      const full = active.filter((x) => x.category === '正式党员' && (!m.date || !x.admission || compareDates(x.admission, m.date) <= 0)).length;
      if (full > 0) checks.push(['支部党员大会', full, fullMembersPresent(ctx, m)]);
    }
    for (const [type, base, present] of checks) {
      if (present === null || present > base * fraction) continue;
      out.push(
        ctx.finding(
          'meeting.quorum',
          { sheet: m.row.sheet, row: m.row.row, col: presentCell?.col, column: presentCell?.header, meetingType: type },
          type === '支部党员大会'
            ? ctx.text(`${type}到会正式党员${present}人，未超过应到正式党员${base}人的半数（预备党员不计入）`, `${type}: ${present} full members present, not more than half of ${base} (probationary members do not count)`)
            : ctx.text(`${type}实到${present}人，未超过应到${base}人的半数`, `${type}: ${present} present, not more than half of ${base}`),
        ),
      );
    }
    const absentCell = m.row.cells.get('absentees') ?? m.row.cells.get('attendees');
    m.absentNames.forEach((raw, i) => {
      if (m.madeUp.has(m.absentees[i])) return;
      out.push(
        ctx.finding('meeting.makeup', { sheet: m.row.sheet, row: m.row.row, col: absentCell?.col, column: absentCell?.header, member: raw }, ctx.text(`${raw}缺席后未登记补学`, `${raw} was absent and has not made up the session`)),
      );
    });
  }

  // member.absent: consecutive elapsed months of the year without attending a meeting one was expected at.
  const months = Array.from({ length: 12 }, (_, i) => i + 1).filter((mo) => ctx.ended(lastDayOfMonth(ctx.year, mo)));
  const limit = numberParameter(ctx.params, 'member.absentMonths');
  if (meetings.length > 0 && months.length >= limit) {
    // Meetings by month, so each member looks at one month's meetings, not the whole year's. A meeting
    // of unreadable date counts in every month it may fall in: a cell that cannot be read accuses nobody.
    const byMonth = new Map<number, Meeting[]>();
    for (const m of meetings) {
      for (const mo of months) {
        if (overlaps(m, { year: ctx.year, month: mo, day: 1 }, lastDayOfMonth(ctx.year, mo))) byMonth.set(mo, [...(byMonth.get(mo) ?? []), m]);
      }
    }
    for (const member of active) {
      let run = 0;
      let longest = 0;
      for (const mo of months) {
        if (member.admission && compareDates(member.admission, lastDayOfMonth(ctx.year, mo)) > 0) {
          run = 0;
          continue;
        }
        run = (byMonth.get(mo) ?? []).some((m) => attended(member, m)) ? 0 : run + 1;
        if (run > longest) longest = run;
      }
      if (longest >= limit) {
        const c = member.row.cells.get('name');
        out.push(
          ctx.finding('member.absent', { sheet: member.row.sheet, row: member.row.row, col: c?.col, column: c?.header, member: member.name }, ctx.text(`连续${longest}个月未参加组织生活`, `No organisational life for ${longest} consecutive months`)),
        );
      }
    }
  }
  return out;
}
