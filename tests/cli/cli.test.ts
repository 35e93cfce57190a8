import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { calendarDate } from '../../src/core/calendar/calendarDate';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), today: () => calendarDate(2026, 3, 1) } };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));

  it('init writes a template in the chosen language and subset', async () => {
    const t = io();
    const out = join(dir, 'tw.xlsx');
    const code = await main(['init', '--year', '2025', '--branch', '第二党支部', '--type', 'Village or community', '--lang', 'zh-TW', '--sheets', 'roster,dues', '--out', out], t.io);
    expect(code).toBe(0);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['設定', '黨員名冊', '黨費收繳台帳']);
    expect(wb.getWorksheet('設定')!.getCell('B6').value).toBe('村社區');
    expect(t.out.join('\n')).toContain('added: the formulas read it');
  });

  it('refuses to replace an existing file without --force, exit 2 and one line on stderr', async () => {
    const out = join(dir, 'exists.xlsx');
    writeFileSync(out, 'not a workbook');
    const t = io();
    expect(await main(['init', '--branch', 'x', '--out', out], t.io)).toBe(2);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain('exists');
  });

  it('adds sheets into a copy of an existing workbook without touching its sheets', async () => {
    const src = join(dir, 'mine.xlsx');
    const wb = new ExcelJS.Workbook();
    const mine = wb.addWorksheet('党员名册');
    mine.getCell('A1').value = '我自己的名册';
    mine.getCell('B2').value = { formula: '1+1', result: 2 };
    await wb.xlsx.writeFile(src);
    const out = join(dir, 'merged.xlsx');
    const t = io();
    expect(await main(['init', '--branch', '第一党支部', '--into', src, '--out', out], t.io)).toBe(0);
    const back = await load(out);
    expect(back.getWorksheet('党员名册')!.getCell('A1').value).toBe('我自己的名册');
    expect(back.getWorksheet('党员名册')!.getCell('B2').value).toEqual({ formula: '1+1', result: 2 });
    expect(back.worksheets.map((w) => w.name)).toContain('党员名册 (2)');
    expect(t.out.join('\n')).toContain('renamed');
  });

  it('reports unusable arguments and unreadable files with exit 2', async () => {
    const t = io();
    expect(await main(['init', '--branch', 'x', '--lang', 'fr', '--out', join(dir, 'a.xlsx')], t.io)).toBe(2);
    expect(await main(['init', '--branch', 'x', '--into', join(dir, 'missing.xlsx'), '--out', join(dir, 'b.xlsx')], t.io)).toBe(2);
    expect(await main(['frobnicate'], t.io)).toBe(2);
    expect(t.err).toHaveLength(3);
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(false);
  });

  it('sample writes a filled ledger and lists planted problems', async () => {
    const t = io();
    const out = join(dir, 'sample.xlsx');
    expect(await main(['sample', '--members', '12', '--year', '2025', '--problems', '--out', out], t.io)).toBe(0);
    const wb = await load(out);
    const roster = wb.getWorksheet('党员名册')!;
    let names = 0;
    roster.eachRow((r, n) => (n >= 4 && typeof r.getCell(2).value === 'string' ? names++ : 0));
    expect(names).toBe(13); // 12 members plus the planted duplicate
    expect(t.out.filter((l) => l.startsWith('planted ')).map((l) => l.split(' ')[1].replace(':', ''))).toEqual(
      expect.arrayContaining(['roster.missing-field', 'roster.id-number', 'dues.arrears', 'dues.underpaid', 'meeting.overdue', 'study.hours', 'talk.coverage', 'obligation.overdue', 'roster.duplicate']),
    );
  });
});

describe('the CLI scan and summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-scan-'));
  const sampleFile = join(dir, 'sample.xlsx');
  beforeAll(async () => {
    expect(await main(['sample', '--members', '12', '--year', '2025', '--problems', '--out', sampleFile], io().io)).toBe(0);
  });

  it('prints exactly one JSON document with the contract fields, exit 1 at --fail-on, 2 for an unreadable file', async () => {
    const t = io();
    const code = await main(['scan', sampleFile, join(dir, 'missing.xlsx'), '--format', 'json', '--as-of', '2025-12-31', '--fail-on', 'warning'], t.io);
    expect(code).toBe(2);
    expect(t.out).toHaveLength(1);
    const doc = JSON.parse(t.out[0]);
    expect(doc.asOf).toBe('2025-12-31');
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([sampleFile, join(dir, 'missing.xlsx')]);
    const f = doc.files[0].findings.find((x: { rule: string }) => x.rule === 'dues.arrears');
    expect(Object.keys(f).sort()).toEqual(['basis', 'cell', 'column', 'group', 'meetingType', 'member', 'message', 'period', 'row', 'rule', 'severity', 'sheet'].sort());
    expect(doc.files[1].errors).toHaveLength(1);
    expect(t.err).toHaveLength(1);
    const warn = io();
    expect(await main(['scan', sampleFile, '--as-of', '2025-12-31', '--fail-on', 'warning'], warn.io)).toBe(1);
    expect(await main(['scan', sampleFile, '--as-of', '2025-12-31', '--fail-on', 'critical'], io().io)).toBe(0);
  });

  it('does not let a workbook without any ledger pass as a clean branch: exit 2 and an error naming its sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '随便写的';
    const empty = join(dir, 'no-ledger.xlsx');
    await wb.xlsx.writeFile(empty);
    const t = io();
    expect(await main(['scan', empty, sampleFile, '--format', 'json', '--as-of', '2025-12-31'], t.io)).toBe(2);
    const doc = JSON.parse(t.out[0]);
    expect(doc.files[0].errors).toEqual([`no ledger recognised in ${empty} (sheets: Sheet1)`]);
    expect(doc.files[1].errors).toEqual([]);
    expect(t.err).toEqual([`branch-ledger: no ledger recognised in ${empty} (sheets: Sheet1)`]);
  });

  it('refuses a file over --max-mb before loading it, so one huge file cannot exhaust memory and end the batch', async () => {
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, Buffer.alloc(1.5 * 1024 * 1024, 1));
    const t = io();
    expect(await main(['scan', big, sampleFile, '--max-mb', '1', '--format', 'json', '--as-of', '2025-12-31'], t.io)).toBe(2);
    const doc = JSON.parse(t.out[0]);
    expect(doc.files[0].errors).toEqual([`cannot read ${big}: the file is 1.5 MB, over the 1 MB a ledger workbook is read up to (pass --max-mb to raise it)`]);
    expect(doc.files[1].findings.length).toBeGreaterThan(0);
    const raised = io();
    expect(await main(['scan', big, '--max-mb', '2'], raised.io)).toBe(2);
    expect(raised.err[0]).not.toContain('--max-mb');
  });

  it('writes a highlighted copy without touching the input, and a report across files', async () => {
    const before = (await load(sampleFile)).worksheets.map((w) => w.name);
    const out = join(dir, 'checked.xlsx');
    const report = join(dir, 'report.xlsx');
    expect(await main(['scan', sampleFile, '--as-of', '2025-12-31', '--out', out, '--report', report], io().io)).toBe(0);
    expect((await load(sampleFile)).worksheets.map((w) => w.name)).toEqual(before);
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual([...before, '检查结果']);
    const r = await load(report);
    expect(r.worksheets.map((w) => w.name)).toEqual(['汇总', '全部问题']);
    expect(r.getWorksheet('汇总')!.getCell('B4').value).toBe(sampleFile);
  });

  it('summary --only writes just the summary sheets; --report a row per branch', async () => {
    const out = join(dir, 'summary.xlsx');
    const report = join(dir, 'branches.xlsx');
    expect(await main(['summary', sampleFile, '--only', '--out', out, '--report', report], io().io)).toBe(0);
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(['年度汇总', '党费公布表']);
    const ws = (await load(report)).worksheets[0];
    expect(ws.getCell('A4').value).toBe(sampleFile);
    expect(ws.getCell('B4').value).toBe('示例党支部');
    // 13 roster rows, one of them a planted duplicate: 12 members.
    expect(ws.getCell('D4').value).toBe(12);
  });
});

describe('the CLI filling helpers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-fill-'));

  it('fill-dues writes a copy (never the input unless --in-place) and fills blank cells only', async () => {
    const file = join(dir, 'ledger.xlsx');
    expect(await main(['sample', '--members', '8', '--year', '2025', '--as-of', '2025-06-30', '--out', file], io().io)).toBe(0);
    expect(await main(['fill-dues', file, '--month', '2025-07'], io().io)).toBe(2);
    expect(await main(['fill-dues', file, '--month', '2025-07', '--out', file], io().io)).toBe(2);
    const t = io();
    const out = join(dir, 'filled.xlsx');
    expect(await main(['fill-dues', file, '--month', '2025-07', '--out', out], t.io)).toBe(0);
    expect(t.out[0]).toMatch(/^2025-07: \d+ blank cell\(s\) filled, total [\d.]+ yuan$/);
    expect((await load(file)).getWorksheet('党费收缴台账')!.getCell('M4').value).toBeNull();
    expect((await load(out)).getWorksheet('党费收缴台账')!.getCell('M4').value).toEqual(expect.any(Number));
    expect(await main(['fill-dues', out, '--month', '2025-07', '--in-place'], io().io)).toBe(0);
    // The second run found nothing blank: the log still has its header and the first run's line only.
    const log = (await load(out)).getWorksheet('修改记录')!;
    expect([1, 2, 3].map((r) => log.getCell(`B${r}`).value)).toEqual(['操作', '填写2025-07党费', null]);
  });

  it('sync-roster reports a ledger in step', async () => {
    const file = join(dir, 'clean.xlsx');
    expect(await main(['sample', '--members', '8', '--year', '2025', '--out', file], io().io)).toBe(0);
    const t = io();
    expect(await main(['sync-roster', file, '--out', join(dir, 'synced.xlsx')], t.io)).toBe(0);
    expect(t.out).toEqual(['the ledgers are in step with the roster']);
  });
});
