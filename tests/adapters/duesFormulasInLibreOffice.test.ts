import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generatedTemplate } from '../support/workbooks';
import { FIRST_DATA_ROW } from '../../src/core/template/ledgerLayout';

/**
 * The dues formulas the template writes, evaluated by a real spreadsheet engine (LibreOffice) on
 * the DOMAIN.md cases, with no cached results to fall back on. Runs where `soffice` is installed
 * (Debian: libreoffice-calc); elsewhere the core's own dues tests still cover the rates.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice) console.warn('tests/adapters: no soffice found (apt-get install libreoffice-calc): the dues formulas are not evaluated by LibreOffice, that test is SKIPPED.');
const maybe = hasSoffice ? describe : describe.skip;

maybe('dues formulas evaluated by LibreOffice', () => {
  it('give the 2008 rates with whole-base brackets', async () => {
    const wb = await generatedTemplate('zh-CN');
    const ws = wb.getWorksheet('党费收缴台账')!;
    const cases: [string, number | null, string][] = [
      ['在职', 3000, '15'], ['在职', 3200, '32'], ['在职', 5000, '50'], ['在职', 5001, '75.02'], ['在职', 5400, '81'],
      ['在职', 10000, '150'], ['在职', 11500, '230'], ['离退休', 5000, '25'], ['离退休', 5001, '50.01'], ['学生', null, '0.2'], ['农民', null, '0.2'],
    ];
    cases.forEach(([category, base], i) => {
      const r = FIRST_DATA_ROW + i;
      ws.getCell(`B${r}`).value = `测试${i}`;
      ws.getCell(`C${r}`).value = category;
      if (base !== null) ws.getCell(`D${r}`).value = base;
    });
    // Drop every cached result so the figures can only come from LibreOffice evaluating the formulas.
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellFormulaValue | null;
      if (v && typeof v === 'object' && 'formula' in v) cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
    }));
    const dir = mkdtempSync(join(tmpdir(), 'lo-'));
    const file = join(dir, 'dues.xlsx');
    await wb.xlsx.writeFile(file);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,4', '--outdir', dir, file], { stdio: 'ignore', timeout: 120000 });
    const csv = readdirSync(dir).find((f) => f.includes('党费收缴台账') && f.endsWith('.csv'))!;
    const rows = readFileSync(join(dir, csv), 'utf8').split('\n').map((l) => l.split(','));
    cases.forEach(([, , expected], i) => expect(rows[FIRST_DATA_ROW - 1 + i][5]).toBe(expected));
    // The 合计 row sums the monthly dues.
    const total = rows.find((r) => r[1] === '合计')!;
    expect(total[5]).toBe('708.43');
  }, 180000);
});
