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
