import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { main } from '../../src/cli/main';
import { calendarDate } from '../../src/core/calendar/calendarDate';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), today: () => calendarDate(2026, 3, 1), now: () => new Date(Date.UTC(2025, 5, 10, 8, 30, 0)) } };
}

describe('branch-ledger upcoming', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-upcoming-'));
  const sample = join(dir, 'sample.xlsx');

  beforeAll(async () => {
    expect(await main(['sample', '--year', '2025', '--as-of', '2025-06-10', '--members', '12', '--out', sample], io().io)).toBe(0);
  }, 60_000);

  it('prints the JSON contract: {asOf, days, files:[{file, items, errors}]}, items by due date', async () => {
    const t = io();
    expect(await main(['upcoming', sample, join(dir, 'missing.xlsx'), '--as-of', '2025-06-10', '--days', '90', '--format', 'json'], t.io)).toBe(2);
    const doc = JSON.parse(t.out.join('\n'));
    expect(Object.keys(doc)).toEqual(['asOf', 'days', 'files']);
    expect(doc).toMatchObject({ asOf: '2025-06-10', days: 90 });
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([sample, join(dir, 'missing.xlsx')]);
    const [ok, bad] = doc.files;
    expect(Object.keys(ok)).toEqual(['file', 'items', 'errors']);
    expect(ok.errors).toEqual([]);
    expect(bad.items).toEqual([]);
    expect(bad.errors[0]).toContain('cannot read');
    expect(ok.items.length).toBeGreaterThan(0);
    for (const item of ok.items) {
      expect(Object.keys(item)).toEqual(['kind', 'rule', 'due', 'member', 'group', 'meetingType', 'period', 'sheet', 'row', 'message']);
      expect(item.due >= '2025-06-10' && item.due <= '2025-09-08').toBe(true);
    }
    const dues = ok.items.map((i: { due: string }) => i.due);
    expect(dues).toEqual([...dues].sort());
    const kinds = new Set(ok.items.map((i: { kind: string }) => i.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['meeting', 'obligation', 'dues']));
  });

  it('writes an .ics a parser reads back: one all-day event per item, stable UIDs, a reminder the day before', async () => {
    const t = io();
    const ics = join(dir, 'out', '待办.ics');
    expect(await main(['upcoming', sample, '--as-of', '2025-06-10', '--days', '90', '--format', 'json', '--ics', ics], t.io)).toBe(0);
    const items = JSON.parse(t.out.join('\n')).files[0].items as { due: string; message: string }[];
    const bytes = readFileSync(ics);
    const text = bytes.toString('utf8');
    // CRLF only, and no line over 75 octets.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(items.length);
    events.forEach((e, i) => {
      const ev = new ICAL.Event(e);
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.startDate.toString()).toBe(items[i].due);
      expect(ev.endDate.toString()).toBe(nextDay(items[i].due));
      // Folding never split a character: the summary comes back whole.
      expect(ev.summary).toBe(items[i].message);
      expect(e.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-06-10T08:30:00Z');
      const alarm = e.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    });
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    // The same items a second time: the same UIDs (a calendar updates rather than duplicates).
    const again = join(dir, 'again.ics');
    expect(await main(['upcoming', sample, '--as-of', '2025-06-10', '--days', '90', '--ics', again], io().io)).toBe(0);
    const uids2 = new ICAL.Component(ICAL.parse(readFileSync(again, 'utf8'))).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids2).toEqual(uids);
  });

  it('refuses an existing .ics without --force and an input as the output; writes no temp file', async () => {
    const existing = join(dir, 'exists.ics');
    writeFileSync(existing, 'mine');
    const t = io();
    expect(await main(['upcoming', sample, '--ics', existing], t.io)).toBe(2);
    expect(t.err.join('\n')).toContain('exists');
    expect(readFileSync(existing, 'utf8')).toBe('mine');
    expect(await main(['upcoming', sample, '--as-of', '2025-06-10', '--ics', existing, '--force'], io().io)).toBe(0);
    expect(readFileSync(existing, 'utf8')).toContain('BEGIN:VCALENDAR');
    const asInput = join(dir, 'in.ics');
    writeFileSync(asInput, 'x');
    expect(await main(['upcoming', sample, asInput, '--ics', asInput, '--force'], io().io)).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'in.ics'))).toBe(true);
  });

  it('prints a table by default', async () => {
    const t = io();
    expect(await main(['upcoming', sample, '--as-of', '2025-06-10'], t.io)).toBe(0);
    expect(t.out[0]).toContain('2025-06-10起30天内待办');
    expect(t.out.slice(1).every((l) => /^ {2}\d{4}-\d{2}-\d{2} {2}/.test(l))).toBe(true);
  });
});

function nextDay(iso: string): string {
  const t = ICAL.Time.fromDateString(iso);
  t.adjust(1, 0, 0, 0);
  return t.toString();
}
