import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { generateTemplate } from '../../src/app/generateTemplate';
import { calendarDate, formatIsoDate, type CalendarDate } from '../../src/core/calendar/calendarDate';
import { scanContextFor, scanWithContext } from '../../src/core/scan/scanWorkbook';
import type { Finding } from '../../src/core/scan/finding';
import type { SheetGrid } from '../../src/core/read/grid';
import { upcomingItems, type UpcomingItem } from '../../src/core/upcoming/upcoming';
import { generateSampleLedger } from '../../src/core/sample/sampleLedger';
import { TEMPLATE_SHEET_ORDER } from '../../src/core/schema/sheetSchemas';
import { writeReminderSheet } from '../../src/app/upcomingWorkbook';
import { generatedTemplate, roundTrip } from '../support/workbooks';

const DIR = path.join(__dirname, '..', 'fixtures', 'handmade');

function run(grids: readonly SheetGrid[], asOf: CalendarDate, days = 30) {
  const ctx = scanContextFor(grids, { asOf, today: asOf, lang: 'zh-CN' });
  return { ctx, items: upcomingItems(ctx, days), findings: scanWithContext(ctx).findings };
}

type Keyed = { rule: string; member: string | null; period: string | null; meetingType: string | null; group: string | null; sheet: string | null; row: number | null };
// An obligation row has neither member nor period: its place tells it apart.
const key = (x: Keyed): string => [x.rule, x.member, x.period, x.meetingType, x.group, x.member || x.period ? '' : `${x.sheet}!${x.row}`].join('|');

/** What is already wrong (warnings and worse) is the scan's; 待办 never lists the same obligation again. */
function expectDisjoint(items: readonly UpcomingItem[], findings: readonly Finding[]): void {
  const flagged = new Set(findings.filter((f) => f.severity !== 'info').map(key));
  expect(items.filter((i) => flagged.has(key(i)))).toEqual([]);
}

function expectWellFormed(items: readonly UpcomingItem[], asOf: CalendarDate, days: number, sheets: readonly string[]): void {
  const dues = items.map((i) => i.due);
  expect(dues).toEqual([...dues].sort());
  for (const i of items) {
    expect(i.due <= formatIsoDate(addDaysIso(asOf, days))).toBe(true);
    if (i.sheet) expect(sheets).toContain(i.sheet);
    expect(i.message.length).toBeGreaterThan(0);
  }
}

function addDaysIso(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return calendarDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

async function sampleBook(asOf: CalendarDate): Promise<ExcelJsWorkbook> {
  const sample = generateSampleLedger({ members: 20, year: 2025, asOf, plantProblems: false });
  const book = new ExcelJsWorkbook(new ExcelJS.Workbook());
  const { settings, ...data } = sample.data;
  await generateTemplate(book, { settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: asOf }, 'rename');
  return new ExcelJsWorkbook(await roundTrip(book));
}

describe('待办 on the template and the sample ledger', () => {
  test('a fresh template: its pre-filled annual obligations are due, nothing about members', async () => {
    const grids = await new ExcelJsWorkbook(await generatedTemplate()).readSheets();
    const asOf = calendarDate(2025, 6, 1);
    const { items, findings } = run(grids, asOf, 30);
    expect(items.filter((i) => i.kind === 'obligation').map((i) => i.due)).toContain('2025-06-15');
    expect(items.filter((i) => ['probation', 'dues', 'study'].includes(i.kind))).toEqual([]);
    expectDisjoint(items, findings);
  });

  test.each([
    [calendarDate(2025, 3, 15), 30],
    [calendarDate(2025, 6, 10), 90],
    [calendarDate(2025, 11, 20), 30],
  ])('the sample ledger as of %o, %i days: meetings, dues, obligations; never what the scan reports', async (asOf, days) => {
    const book = await sampleBook(asOf);
    const grids = await book.readSheets();
    const { items, findings } = run(grids, asOf, days);
    expect(items.some((i) => i.kind === 'meeting')).toBe(true);
    expect(items.some((i) => i.kind === 'dues')).toBe(true);
    expectWellFormed(items, asOf, days, grids.map((g) => g.name));
    expectDisjoint(items, findings);
  }, 30_000);

  test('the 月度工作提醒 sheet: this month and next, replaced on a second run, never read as a ledger', async () => {
    const asOf = calendarDate(2025, 11, 10);
    const book = await sampleBook(asOf);
    const before = scanWithContext(scanContextFor(await book.readSheets(), { asOf, today: asOf, lang: 'zh-CN' })).findings;
    const first = await writeReminderSheet(book, { asOf, today: asOf, lang: 'zh-CN' });
    expect(first.report.sheetsAdded).toEqual(['月度工作提醒']);
    expect(first.outcome.items.every((i) => i.due >= '2025-11-01' && i.due <= '2025-12-31')).toBe(true);
    await writeReminderSheet(book, { asOf, today: asOf, lang: 'zh-CN' });
    const back = await roundTrip(book);
    expect(back.worksheets.filter((w) => w.name.startsWith('月度工作提醒')).map((w) => w.name)).toEqual(['月度工作提醒']);
    const ws = back.getWorksheet('月度工作提醒')!;
    expect(String(ws.getCell('A1').value)).toContain('月度工作提醒（2025年11月—2025年12月）');
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(row.values ? (row.values as unknown[]).map((v) => (typeof v === 'object' && v && 'result' in v ? String((v as { result: unknown }).result) : String(v ?? ''))).join('|') : ''));
    expect(texts.some((t) => t.startsWith('|2025年11月（'))).toBe(true);
    expect(texts.some((t) => t.startsWith('|2025年12月（'))).toBe(true);
    const itemRows = texts.filter((t) => /^\|\d+\|2025-1[12]-\d\d\|/.test(t));
    expect(itemRows).toHaveLength(first.outcome.items.length);
    // A rescan reads the same ledger: the reminder sheet is the add-in's, not a ledger.
    const after = scanWithContext(scanContextFor(await new ExcelJsWorkbook(back).readSheets(), { asOf, today: asOf, lang: 'zh-CN' })).findings;
    expect(after).toEqual(before);
  }, 30_000);
});

describe('待办 on the hand-made ledgers', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
  const total: Record<string, number> = {};
  test.each(files)('%s: well formed at three as-of dates, never what the scan reports', async (file) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, file));
    const grids = await new ExcelJsWorkbook(wb).readSheets();
    for (const asOf of [calendarDate(2025, 3, 15), calendarDate(2025, 6, 10), calendarDate(2025, 11, 20)]) {
      for (const days of [30, 90]) {
        const { items, findings } = run(grids, asOf, days);
        expectWellFormed(items, asOf, days, grids.map((g) => g.name));
        expectDisjoint(items, findings);
        for (const i of items) total[i.kind] = (total[i.kind] ?? 0) + 1;
      }
    }
  }, 60_000);
  afterAll(() => {
    // Which kinds hand-made ledgers give data for (printed, for the closing note).
    console.log(`待办 items on the hand-made ledgers by kind: ${JSON.stringify(total)}`);
  });
});
