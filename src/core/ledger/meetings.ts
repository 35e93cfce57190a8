import { compareDates, lastDayOfMonth, calendarDate, type CalendarDate } from '../calendar/calendarDate';
import { normalizeHeader, normalizeName, personMention, splitNamesWithNotes } from '../read/normalizeText';
import { toSimplified } from '../i18n/simplified';
import { dateOf, namesOf, numberOf, textOf, type ParsedRow } from '../read/readLedger';
import { meetingTypesOf, type MeetingType } from './meetingTypes';
import type { BranchLedger, Member } from './branchLedger';

/**
 * Organisational life as facts, whatever the log's layout (DOMAIN.md §3): a log listing absentees
 * and one listing attendees (参会人员) give the same meetings, expected people, absentees and
 * make-ups; logs split one sheet per quarter read as one.
 */
export interface Meeting {
  readonly row: ParsedRow;
  /** Null when the date cell is blank or unreadable: see `window`. */
  readonly date: CalendarDate | null;
  /**
   * The days the meeting must lie in: its date, or, for an unreadable date, the span between the
   * readable dates around it on its sheet (logs are kept in order). A period it may fall in is never
   * reported as missed because of a cell that could not be read.
   */
  readonly window: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly types: ReadonlySet<MeetingType>;
  readonly group: string | null;
  /** The group normalised once, for comparisons. */
  readonly groupKey: string | null;
  /** Normalised names of those absent (listed, or the expected members an attendee list leaves out). */
  readonly absentees: readonly string[];
  /** The names as written, for messages, parallel to `absentees`. */
  readonly absentNames: readonly string[];
  /** Normalised names of those who attended, when the log lists them. */
  readonly attendees: ReadonlySet<string> | null;
  /** Normalised names who made the session up (补学情况, or 已补学 noted beside an absentee). */
  readonly madeUp: ReadonlySet<string>;
  readonly expected: number | null;
  readonly present: number | null;
}

// 已补学 / 已补课 / 补学完成, but not 未补学 or 待补.
const MADE_UP_NOTE = /(?<!未|待|需|应)补(学|课)|已补/;

/** The branch's 党小组 as the roster names them, with their normalised keys. */
export function groupsOf(ledger: BranchLedger): { name: string; key: string }[] {
  const names = [...new Set(ledger.members.filter((m) => m.active).map((m) => m.group).filter((g): g is string => !!g))];
  return names.map((name) => ({ name, key: normalizeHeader(name) }));
}

/** Who a meeting expects: the committee for a 支委会 alone, the group for a 党小组会 alone, else every member in good standing admitted by then. */
export function expectedAt(m: Member, types: ReadonlySet<string>, groupKey: string | null, on: CalendarDate | null): boolean {
  if (!m.active) return false;
  if (on && m.admission && compareDates(m.admission, on) > 0) return false;
  if (types.has('支部委员会') && types.size === 1) return m.committee;
  if (types.has('党小组会') && types.size === 1 && groupKey) return !!m.group && normalizeHeader(m.group) === groupKey;
  return true;
}

export function expectedMembers(ledger: BranchLedger, meeting: Pick<Meeting, 'types' | 'groupKey' | 'date'>): Member[] {
  return ledger.members.filter((m) => expectedAt(m, meeting.types, meeting.groupKey, meeting.date));
}

export function meetingsOf(ledger: BranchLedger, groups: readonly { name: string; key: string }[] = groupsOf(ledger)): Meeting[] {
  const rows = ledger.rows('meeting');
  const yearStart = calendarDate(ledger.year, 1, 1);
  const yearEnd = lastDayOfMonth(ledger.year, 12);
  const dates = rows.map((row) => dateOf(row, 'date')?.date ?? null);
  // The branch's names, to read “张应补学” as 张应 where the roster has a 张应.
  const names = new Set(ledger.members.map((m) => m.key));
  const known = (name: string): boolean => names.has(name);
  const out: Meeting[] = [];
  rows.forEach((row, i) => {
    const date = dates[i];
    const cell = row.cells.get('date');
    // A row with neither a date nor anything else about a meeting is not one (a stray note).
    if (!date && !cell) return;
    let from = yearStart;
    let to = yearEnd;
    if (date) from = to = date;
    else {
      for (let j = i - 1; j >= 0 && rows[j].sheet === row.sheet; j--) if (dates[j]) { from = dates[j]!; break; }
      for (let j = i + 1; j < rows.length && rows[j].sheet === row.sheet; j++) if (dates[j]) { to = dates[j]!; break; }
      if (compareDates(from, to) > 0) [from, to] = [yearStart, yearEnd];
    }
    const typeText = textOf(row, 'type');
    const topic = textOf(row, 'topic');
    const groupCell = textOf(row, 'group');
    // Hand-made logs often name the group only in the topic (“第二党小组学习”).
    const text = normalizeHeader(`${groupCell ?? ''} ${typeText ?? ''} ${topic ?? ''}`);
    const found = groups.find((g) => text.includes(g.key));
    const group = found?.name ?? groupCell;
    const groupKey = found?.key ?? (groupCell ? normalizeHeader(groupCell) : null);
    const types = meetingTypesOf(typeText, topic);
    // Everyone named in the make-up column made it up, except “张三未补学” / “李四待补学”.
    const madeUp = new Set(namesOf(row, 'makeUp').map((n) => personMention(n, known)).filter((m) => !m.owed).map((m) => normalizeName(m.name)));
    const absentCell = row.cells.get('absentees');
    // “李四（病假，已补学）” in the absentee cell itself records the make-up too.
    const noted = typeof absentCell?.raw === 'string' ? splitNamesWithNotes(absentCell.raw) : [];
    for (const { name, note } of noted) if (note && MADE_UP_NOTE.test(toSimplified(note))) madeUp.add(normalizeName(name));
    // “周文斌已补学” in the absentee list: absent, and made up.
    const mentions = namesOf(row, 'absentees').map((n) => personMention(n, known));
    for (const m of mentions) if (m.madeUp) madeUp.add(normalizeName(m.name));
    let absentNames = mentions.map((m) => m.name);
    let attendees: Set<string> | null = null;
    const attendeeCell = row.cells.get('attendees');
    if (attendeeCell && !absentCell && attendeeCell.raw !== null) {
      attendees = new Set(namesOf(row, 'attendees').map((n) => normalizeName(personMention(n, known).name)));
      const listed = attendees;
      // The absentees of an attendee list are the expected members it does not name.
      absentNames = expectedMembers(ledger, { types, groupKey, date }).filter((m) => !listed.has(m.key)).map((m) => m.name);
    }
    // 应到 and 实到 in their own columns, else in one cell (应到12人实到10人), else from an attendee list.
    const both = row.cells.get('attendance')?.value as { expected: number | null; present: number | null } | null | undefined;
    const expectedCount = numberOf(row, 'expected') ?? both?.expected ?? null;
    const presentCount = numberOf(row, 'present') ?? both?.present ?? (attendees ? attendees.size : null);
    out.push({
      row,
      date,
      window: { from, to },
      types,
      group,
      groupKey,
      absentees: absentNames.map(normalizeName),
      absentNames,
      attendees,
      madeUp,
      expected: expectedCount ?? (attendees ? expectedMembers(ledger, { types, groupKey, date }).length : null),
      present: presentCount,
    });
  });
  return out;
}

/** Whether a member attended: expected there, and not absent (or listed among the attendees). */
export function attended(m: Member, meeting: Meeting): boolean {
  if (!expectedAt(m, meeting.types, meeting.groupKey, meeting.date)) return false;
  if (meeting.attendees) return meeting.attendees.has(m.key);
  return !meeting.absentees.includes(m.key);
}

/**
 * Full (正式) members present, for the 党员大会 quorum: from the names where the log gives any
 * (probationary members attend but do not count), else the present count, capped at the number of
 * full members (a count alone cannot say who came, so it is never read against the branch).
 */
export function fullMembersPresent(ledger: BranchLedger, meeting: Meeting): number | null {
  const full = ledger.members.filter((m) => m.active && m.category === '正式党员' && expectedAt(m, meeting.types, meeting.groupKey, meeting.date));
  if (meeting.attendees) return full.filter((m) => meeting.attendees!.has(m.key)).length;
  if (meeting.absentees.length > 0) {
    const byNames = full.filter((m) => !meeting.absentees.includes(m.key)).length;
    if (meeting.present === null) return byNames;
    // The count may say fewer came than the names imply (someone left unlisted): take the smaller.
    const probationaryPresent = ledger.members.filter((m) => m.active && m.category === '预备党员' && expectedAt(m, meeting.types, meeting.groupKey, meeting.date) && !meeting.absentees.includes(m.key)).length;
    return Math.min(byNames, Math.max(0, meeting.present - probationaryPresent));
  }
  return meeting.present === null ? null : Math.min(meeting.present, full.length);
}
