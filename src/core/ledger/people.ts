import { compareDates, formatIsoDate, type CalendarDate } from '../calendar/calendarDate';
import type { Fen } from '../money/fen';
import { dateOf, fenOf, memberKey, textOf, type ParsedRow } from '../read/readLedger';
import type { RecordKind } from '../read/recognizeSheets';

/**
 * The branch's people: one entry per person, however many roster rows name them (DOMAIN.md §3: a
 * member listed twice is one member for every rule, count and statistic). Every sheet finds who a
 * row speaks of through `personFor`.
 */
export interface Member {
  readonly name: string;
  readonly key: string;
  /** The first roster row naming this person: where findings about them point. */
  readonly row: ParsedRow;
  /** Further roster rows naming the same person (evidence for `roster.duplicate`). */
  readonly duplicates: readonly ParsedRow[];
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

export interface People {
  /** One per person, in roster order. */
  readonly members: readonly Member[];
  /** Roster rows that repeat a person already listed, with the row they repeat. */
  readonly duplicateRows: ReadonlyMap<ParsedRow, Member>;
  /**
   * The person a row of any sheet speaks of: by normalised name; namesakes are told apart by ID
   * number or birth date where the sheet has them, else by order of appearance.
   */
  personFor(row: ParsedRow, nameKey?: string): Member | null;
  /** The person a bare name (an absentee, an attendee, a talker) means, when the name is not shared. */
  personNamed(normalisedName: string): Member | null;
}

const COMMITTEE_POST = /书记|委员/;

function toMember(row: ParsedRow): Member | null {
  const name = textOf(row, 'name');
  const key = memberKey(row);
  if (!name || !key) return null;
  const status = textOf(row, 'relationStatus');
  const post = textOf(row, 'post');
  return {
    // “孙　丽”, “韩  梅”: shown as the name, without the spaces that pad it to the column's width.
    name: /\p{Script=Latin}/u.test(name) ? name.trim() : name.replace(/\s+/g, ''),
    key,
    row,
    duplicates: [],
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

/** Everything the row says, except its 序号: two rows saying the same of one name are one person. */
function rowSignature(row: ParsedRow): string {
  const parts: string[] = [];
  for (const [key, cell] of row.cells) if (key !== 'serial') parts.push(`${key}=${cell.raw === null ? '' : String(cell.raw).replace(/\s+/g, '')}`);
  return parts.sort().join('|');
}

/** The same person twice: same ID number, or same name and birth date, or the same row written again. */
function samePerson(a: Member, b: Member): boolean {
  if (a.idNumber && b.idNumber) return a.idNumber === b.idNumber;
  if (a.key !== b.key) return false;
  if (a.birth && b.birth) return compareDates(a.birth, b.birth) === 0;
  return rowSignature(a.row) === rowSignature(b.row);
}

export function buildPeople(rosterRows: readonly ParsedRow[], rowsByKind: ReadonlyMap<RecordKind, readonly ParsedRow[]>): People {
  const members: Member[] = [];
  const duplicateRows = new Map<ParsedRow, Member>();
  const byKey = new Map<string, Member[]>();
  const byId = new Map<string, Member>();
  for (const row of rosterRows) {
    const m = toMember(row);
    if (!m) continue;
    const first = (m.idNumber ? byId.get(m.idNumber) : undefined) ?? (byKey.get(m.key) ?? []).find((x) => samePerson(x, m));
    if (first) {
      (first.duplicates as ParsedRow[]).push(row);
      duplicateRows.set(row, first);
      continue;
    }
    members.push(m);
    byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
    if (m.idNumber) byId.set(m.idNumber, m);
  }
  // Namesakes without an ID or birth date on the other sheet are matched by order of appearance.
  const occurrence = new Map<ParsedRow, number>();
  const seen = new Map<string, number>();
  for (const rows of rowsByKind.values()) {
    for (const r of rows) {
      const k = `${r.sheet}|${memberKey(r) ?? ''}`;
      occurrence.set(r, seen.get(k) ?? 0);
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }
  const personFor = (row: ParsedRow, nameKey = 'name'): Member | null => {
    const key = memberKey(row, nameKey);
    const candidates = key ? (byKey.get(key) ?? []) : [];
    if (candidates.length <= 1) return candidates[0] ?? null;
    const dup = duplicateRows.get(row);
    if (dup) return dup;
    if (candidates.some((m) => m.row === row)) return candidates.find((m) => m.row === row) ?? null;
    const id = textOf(row, 'idNumber');
    if (id) return candidates.find((m) => m.idNumber === id) ?? null;
    const birth = dateOf(row, 'birthDate')?.date;
    if (birth) return candidates.find((m) => m.birth && formatIsoDate(m.birth) === formatIsoDate(birth)) ?? null;
    return candidates[occurrence.get(row) ?? 0] ?? null;
  };
  const personNamed = (name: string): Member | null => {
    const candidates = byKey.get(name) ?? [];
    return candidates.length === 1 ? candidates[0] : null;
  };
  return { members, duplicateRows, personFor, personNamed };
}
