import { addDays, formatIsoDate, parseIsoDate, type CalendarDate } from '../calendar/calendarDate';
import type { UpcomingItem } from './upcomingItem';

/**
 * The items as an iCalendar file (RFC 5545) that Outlook, WPS, phone calendars and Thunderbird
 * import: CRLF lines folded at 75 octets, one all-day VEVENT per item with a reminder the day before.
 * Written by hand (a few dozen lines, no dependency) and tested against a parser.
 */
export interface IcsSource {
  /** Goes into every UID, so two branches' events never collide. */
  readonly branchName: string | null;
  readonly items: readonly UpcomingItem[];
}

export interface IcsOptions {
  /** DTSTAMP (when the file was made), as a UTC instant; defaults to midnight UTC of the as-of date so output is reproducible. */
  readonly stamp: { readonly date: CalendarDate; readonly hours?: number; readonly minutes?: number; readonly seconds?: number };
  readonly calendarName?: string;
}

const CRLF = '\r\n';

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation begins with a space, leaving 74.
  let limit = 75;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function utf8Length(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

const basicDate = (d: CalendarDate): string => formatIsoDate(d).replace(/-/g, '');
const two = (n: number): string => String(n).padStart(2, '0');

/** A 64-bit FNV-1a of the text, as hex: stable across runs and machines, no crypto needed for an id. */
function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (c + h1), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * The same obligation keeps its UID from one export to the next (a calendar then updates the event
 * rather than adding a second one): branch, rule, who and which period; items with no period (a
 * 转正, a development step) are told apart by their due date, obligation rows by their place.
 */
export function itemUid(item: UpcomingItem, branchName: string | null): string {
  const key = [branchName ?? '', item.kind, item.rule, item.member ?? '', item.group ?? '', item.meetingType ?? '', item.period ?? item.due, item.kind === 'obligation' ? `${item.sheet ?? ''}!${item.row ?? ''}` : ''].join('\u001f');
  return `${fnv1a64(key)}-${item.due.slice(0, 4)}@branch-ledger`;
}

/** One calendar for one branch's items, or several branches' (the CLI given several files). */
export function upcomingCalendar(sources: readonly IcsSource[], options: IcsOptions): string {
  const s = options.stamp;
  const stamp = `${basicDate(s.date)}T${two(s.hours ?? 0)}${two(s.minutes ?? 0)}${two(s.seconds ?? 0)}Z`;
  const name = options.calendarName ?? `${sources.length === 1 ? (sources[0].branchName ?? '') : ''}待办提醒`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Branch Ledger//支部台账助手//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const { branchName, items } of sources) for (const item of items) {
    const due = parseIsoDate(item.due);
    if (!due) continue;
    const where = item.sheet ? `${item.sheet}${item.row ? ` 第${item.row}行` : ''}` : '';
    const description = [item.message, where && `位置：${where}`, `规则：${item.rule}`].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${itemUid(item, branchName)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(due)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(due, 1))}`,
      `SUMMARY:${escapeText(item.message)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(where ? [`LOCATION:${escapeText(where)}`] : []),
      `CATEGORIES:${escapeText(item.kind)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(item.message)}`,
      // 09:00 the day before an all-day event (which starts at midnight).
      'TRIGGER:-PT15H',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
