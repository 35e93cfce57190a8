import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { summarizeGrids } from '../../src/app/summarizeWorkbook';
import { calendarDate, type CalendarDate } from '../../src/core/calendar/calendarDate';
import type { Language } from '../../src/core/i18n/language';
import { toSimplified } from '../../src/core/i18n/simplified';
import type { SheetGrid } from '../../src/core/read/grid';
import type { Finding } from '../../src/core/scan/finding';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';

/**
 * Recall and precision of the scan on hand-made ledgers it has never seen (issues #9, #14).
 * Each workbook of a set (tests/fixtures/handmade, handmade2 …) has its expected findings, written
 * by hand from DOMAIN.md §4 before the first scan, in <name>.expected.json. Both sets are scored
 * by this one matcher.
 */
interface Expected {
  readonly rule: string;
  readonly member: string | null;
  readonly period: string | null;
  readonly meetingType: string | null;
  readonly sheet: string;
  /** For field findings: the 1-based row, so a sheet-level "missing column" finding cannot stand in for it. */
  readonly row?: number;
  readonly why: string;
}

interface SummaryExpectation {
  readonly membersTotal: number | null;
  readonly duesPaidFen: number;
  readonly duesPaidFenAlternatives?: readonly number[];
  readonly publication: Readonly<Record<string, number>>;
}

interface Fixture {
  readonly workbook: string;
  readonly asOf: string;
  readonly lang: Language;
  readonly expected: readonly Expected[];
  readonly summary?: SummaryExpectation;
}

/** One set of hand-made fixture ledgers: where it lives, how it is titled, how many workbooks it must hold. */
export interface FixtureSet {
  readonly folder: string;
  readonly title: string;
  readonly minWorkbooks: number;
}

export function describeFixtureSet({ folder, title, minWorkbooks }: FixtureSet): void {
const DIR = path.join(__dirname, '..', 'fixtures', folder);
const TARGET = 0.97;

const fixtures: Fixture[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Fixture);

const dateOf = (iso: string): CalendarDate => {
  const [y, m, d] = iso.split('-').map(Number);
  return calendarDate(y, m, d);
};

/** The same person however the name is written: spaces, emoji, traditional characters. */
const person = (name: string | null): string | null =>
  name === null ? null : toSimplified(name.normalize('NFKC').replace(/[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ''));

// Periods are compared strictly only where the period is what the finding is about.
const PERIOD_STRICT = new Set(['dues.missing', 'dues.underpaid', 'meeting.overdue']);
const isFieldRule = (rule: string): boolean => /\.(missing-field|invalid-value)$/.test(rule);

function matches(e: Expected, f: Finding, strict: boolean): boolean {
  if (e.rule !== f.rule) return false;
  if (isFieldRule(e.rule) && (e.sheet !== f.sheet || (e.row !== undefined && e.row !== f.row))) return false;
  if (e.member !== null && person(e.member) !== person(f.member)) return false;
  if (strict && e.member === null && f.member !== null) return false;
  if (e.period !== null && f.period !== e.period && (PERIOD_STRICT.has(e.rule) || f.period !== null)) return false;
  if (strict && e.period === null && f.period !== null) return false;
  if (e.meetingType !== null && f.meetingType !== e.meetingType) return false;
  return true;
}

/** One-to-one matching: exact matches first, then lenient ones (null in the expectation = any). */
function pair(expected: readonly Expected[], findings: readonly Finding[]): { missed: Expected[]; extra: Finding[] } {
  const used = new Set<number>();
  const open: Expected[] = [];
  for (const strict of [true, false]) {
    const pending = strict ? expected : open.splice(0);
    for (const e of pending) {
      const i = findings.findIndex((f, k) => !used.has(k) && matches(e, f, strict));
      if (i >= 0) used.add(i);
      else open.push(e);
    }
  }
  return { missed: open, extra: findings.filter((_, k) => !used.has(k)) };
}

async function gridsOf(file: string): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(DIR, file));
  return new ExcelJsWorkbook(wb).readSheets();
}

const describeFinding = (f: Finding): string =>
  `${f.rule} | ${f.sheet}!${f.cell ?? f.row ?? '-'} | member=${f.member ?? '-'} period=${f.period ?? '-'} type=${f.meetingType ?? '-'} | ${f.message}`;
const describeExpected = (e: Expected): string =>
  `${e.rule} | ${e.sheet} | member=${e.member ?? '-'} period=${e.period ?? '-'} type=${e.meetingType ?? '-'} | ${e.why}`;

interface Score {
  readonly workbook: string;
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly missed: Expected[];
  readonly extra: Finding[];
  readonly error: string | null;
  readonly recognized: string;
}

describe(`hand-made fixture ledgers${title}: recall and precision against hand-written expectations`, () => {
  const scores: Score[] = [];

  beforeAll(async () => {
    for (const fx of fixtures) {
      const asOf = dateOf(fx.asOf);
      let findings: Finding[] = [];
      let error: string | null = null;
      let recognized = '';
      try {
        const result = scanWorkbook(await gridsOf(fx.workbook), { asOf, today: asOf, lang: fx.lang });
        findings = [...result.findings];
        recognized = result.recognized.map((r) => `${r.sheet}=${r.kind}`).join(', ');
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const { missed, extra } = pair(fx.expected, findings);
      scores.push({ workbook: fx.workbook, expected: fx.expected.length, found: findings.length, matched: fx.expected.length - missed.length, missed, extra, error, recognized });
    }
    const lines: string[] = [];
    let exp = 0;
    let found = 0;
    let matched = 0;
    for (const s of scores) {
      exp += s.expected;
      found += s.found;
      matched += s.matched;
      const recall = s.expected ? s.matched / s.expected : 1;
      const precision = s.found ? s.matched / s.found : 1;
      lines.push(`\n## ${s.workbook}: recall ${recall.toFixed(2)} (${s.matched}/${s.expected}), precision ${precision.toFixed(2)} (${s.matched}/${s.found})${s.error ? ` ERROR ${s.error}` : ''}`);
      lines.push(`  read as: ${s.recognized || '(nothing)'}`);
      for (const m of s.missed) lines.push(`  MISSED  ${describeExpected(m)}`);
      for (const f of s.extra) lines.push(`  FALSE   ${describeFinding(f)}`);
    }
    const recall = exp ? matched / exp : 1;
    const precision = found ? matched / found : 1;
    lines.unshift(`# Hand-made fixtures${title}: overall recall ${recall.toFixed(3)} (${matched}/${exp}), precision ${precision.toFixed(3)} (${matched}/${found})`);
    const report = lines.join('\n');
    fs.writeFileSync(path.join(os.tmpdir(), `${folder}-fixtures-report.txt`), report);
    console.log(report);
  }, 120_000);

  it('has a fixture for every workbook and expectations for each', () => {
    const workbooks = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
    expect(fixtures.map((f) => f.workbook).sort()).toEqual(workbooks);
    expect(workbooks.length).toBeGreaterThanOrEqual(minWorkbooks);
  });

  it(`finds the planted problems: overall recall >= ${TARGET}`, () => {
    const exp = scores.reduce((s, x) => s + x.expected, 0);
    const matched = scores.reduce((s, x) => s + x.matched, 0);
    expect(matched / exp).toBeGreaterThanOrEqual(TARGET);
  });

  it(`reports little else: overall precision >= ${TARGET}`, () => {
    const found = scores.reduce((s, x) => s + x.found, 0);
    const matched = scores.reduce((s, x) => s + x.matched, 0);
    expect(found === 0 ? 0 : matched / found).toBeGreaterThanOrEqual(TARGET);
  });

  it('scans every workbook without an error', () => {
    expect(scores.filter((s) => s.error).map((s) => `${s.workbook}: ${s.error}`)).toEqual([]);
  });

  describe.each(fixtures.filter((f) => f.summary).map((f) => [f.workbook, f] as const))('year-end summary of %s equals the hand count', (_name, fx) => {
    const expected = fx.summary as SummaryExpectation;
    const summary = async () => {
      const asOf = dateOf(fx.asOf);
      return summarizeGrids(await gridsOf(fx.workbook), { year: 2025, asOf, today: asOf, lang: fx.lang });
    };

    it('counts each member once', async () => {
      if (expected.membersTotal === null) return;
      expect((await summary()).membership?.total).toBe(expected.membersTotal);
    });

    it('states the dues paid to the fen, and the 公布表 rows add up to it', async () => {
      const dues = (await summary()).dues;
      expect(dues).not.toBeNull();
      if (!dues) return;
      expect([expected.duesPaidFen, ...(expected.duesPaidFenAlternatives ?? [])]).toContain(dues.paidFen);
      expect(dues.publication.reduce((s, r) => s + r.paidFen, 0)).toBe(dues.paidFen);
    });

    it('gives each member named in the hand count their amount in the 公布表', async () => {
      const dues = (await summary()).dues;
      const rows = new Map((dues?.publication ?? []).map((r) => [person(r.name), r.paidFen]));
      const got = Object.fromEntries(Object.keys(expected.publication).map((n) => [n, rows.get(person(n)) ?? null]));
      expect(got).toEqual(expected.publication);
    });
  });
});
}
