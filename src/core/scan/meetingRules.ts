import { compareDates, lastDayOfMonth, type CalendarDate } from '../calendar/calendarDate';
import { numberParameter, type Frequency } from '../rules/ruleParameters';
import { dateOf, namesOf, numberOf, textOf, type ParsedRow } from '../read/readLedger';
import { normalizeHeader, normalizeName, splitNamesWithNotes } from '../read/normalizeText';
import type { Finding } from './finding';
import { inPeriod, periodsOf, type Member, type ScanContext } from './scanContext';
import { meetingTypesOf, REQUIRED_MEETING_TYPES, type MeetingType } from './meetingTypes';

export interface Meeting {
  readonly row: ParsedRow;
  readonly date: CalendarDate;
  readonly types: Set<MeetingType>;
  readonly group: string | null;
  /** The group normalised once, for comparisons. */
  readonly groupKey: string | null;
  readonly absentees: string[];
}

export function meetingsOf(ctx: ScanContext, groups: readonly { name: string; key: string }[]): Meeting[] {
  return ctx.rows('meeting').flatMap((row) => {
    const date = dateOf(row, 'date')?.date;
    if (!date) return [];
    const typeText = textOf(row, 'type');
    const topic = textOf(row, 'topic');
    const groupCell = textOf(row, 'group');
    // Hand-made logs often name the group only in the topic (“第二党小组学习”).
    const text = normalizeHeader(`${groupCell ?? ''} ${typeText ?? ''} ${topic ?? ''}`);
    const found = groups.find((g) => text.includes(g.key));
    const group = found?.name ?? groupCell;
    const groupKey = found?.key ?? (groupCell ? normalizeHeader(groupCell) : null);
    return [{ row, date, types: meetingTypesOf(typeText, topic), group, groupKey, absentees: namesOf(row, 'absentees').map(normalizeName) }];
  });
}

/** The branch's 党小组 as the roster names them, with their normalised keys. */
export function groupsOf(ctx: ScanContext): { name: string; key: string }[] {
  const names = [...new Set(ctx.members.filter((m) => m.active).map((m) => m.group).filter((g): g is string => !!g))];
  return names.map((name) => ({ name, key: normalizeHeader(name) }));
}

const expectedAt = (m: Member, groupKey: string | null, meeting: Meeting): boolean => {
  if (meeting.types.has('支部委员会') && meeting.types.size === 1) return m.committee;
  if (meeting.types.has('党小组会') && meeting.types.size === 1 && meeting.groupKey) return groupKey === meeting.groupKey;
  return true;
};

// 已补学 / 已补课 / 补学完成, but not 未补学 or 待补.
const MADE_UP_NOTE = /(?<!未|待|需|应)补(学|课)|已补/;

/** meeting.overdue, meeting.quorum, meeting.makeup, member.absent. */
export function meetingRules(ctx: ScanContext): Finding[] {
  if (!ctx.hasSheet('meeting')) return [];
  const out: Finding[] = [];
  const sheet = ctx.sheetName('meeting')!;
  const active = ctx.members.filter((m) => m.active);
  const groups = groupsOf(ctx);
  const committee = active.filter((m) => m.committee);
  const meetings = meetingsOf(ctx, groups);

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
        const held = ofType.some((m) => inPeriod(m.date, p) && (group === null || m.groupKey === group.key));
        if (held) continue;
        const g = group?.name ?? null;
        out.push(
          ctx.finding(
            'meeting.overdue',
            { sheet, period: p.id, meetingType: t.type, group: g },
            ctx.text(`${p.id}${g ? ` ${g}` : ''}未召开${t.type}`, `No ${t.type}${g ? ` for ${g}` : ''} in ${p.id}`),
          ),
        );
      }
    }
  }

  const fraction = numberParameter(ctx.params, 'meeting.quorumFraction');
  const fullMembers = active.filter((m) => m.category === '正式党员').length;
  for (const m of meetings) {
    const present = numberOf(m.row, 'present');
    const presentCell = m.row.cells.get('present');
    if (present !== null && presentCell) {
      const checks: [MeetingType, number][] = [];
      if (m.types.has('支部委员会') && committee.length > 0) checks.push(['支部委员会', committee.length]);
      if (m.types.has('支部党员大会') && fullMembers > 0) checks.push(['支部党员大会', fullMembers]);
      for (const [type, base] of checks) {
        if (present <= base * fraction) {
          out.push(
            ctx.finding(
              'meeting.quorum',
              { sheet: m.row.sheet, row: m.row.row, col: presentCell.col, column: presentCell.header, meetingType: type },
              ctx.text(`${type}实到${present}人，未超过应到${base}人的半数`, `${type}: ${present} present, not more than half of ${base}`),
            ),
          );
        }
      }
    }
    const absentCell = m.row.cells.get('absentees');
    const madeUp = new Set(namesOf(m.row, 'makeUp').map(normalizeName));
    // “李四（病假，已补学）” in the absentee cell itself records the make-up too.
    const noted = typeof absentCell?.raw === 'string' ? splitNamesWithNotes(absentCell.raw) : [];
    for (const { name, note } of noted) if (note && MADE_UP_NOTE.test(note)) madeUp.add(normalizeName(name));
    for (const raw of namesOf(m.row, 'absentees')) {
      if (madeUp.has(normalizeName(raw))) continue;
      out.push(
        ctx.finding('meeting.makeup', { sheet: m.row.sheet, row: m.row.row, col: absentCell?.col, column: absentCell?.header, member: raw }, ctx.text(`${raw}缺席后未登记补学`, `${raw} was absent and has not made up the session`)),
      );
    }
  }

  // member.absent: consecutive elapsed months of the year without attending a meeting one was expected at.
  const months = Array.from({ length: 12 }, (_, i) => i + 1).filter((mo) => ctx.ended(lastDayOfMonth(ctx.year, mo)));
  const limit = numberParameter(ctx.params, 'member.absentMonths');
  if (meetings.length > 0 && months.length >= limit) {
    // Meetings by month, so each member looks at one month's meetings, not the whole year's.
    const byMonth = new Map<number, Meeting[]>();
    for (const m of meetings) if (m.date.year === ctx.year) byMonth.set(m.date.month, [...(byMonth.get(m.date.month) ?? []), m]);
    for (const member of active) {
      const groupKey = member.group ? normalizeHeader(member.group) : null;
      let run = 0;
      let longest = 0;
      for (const mo of months) {
        if (member.admission && compareDates(member.admission, lastDayOfMonth(ctx.year, mo)) > 0) {
          run = 0;
          continue;
        }
        const attended = (byMonth.get(mo) ?? []).some((m) => expectedAt(member, groupKey, m) && !m.absentees.includes(member.key));
        run = attended ? 0 : run + 1;
        longest = Math.max(longest, run);
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
