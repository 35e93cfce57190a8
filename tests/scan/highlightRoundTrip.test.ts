import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { clearScanOutput, runScan } from '../../src/app/scanWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { generatedSample, roundTrip } from '../support/workbooks';

/** Everything a scan must leave alone: every cell's value, formula and style, and the user's conditional formats. */
function snapshot(wb: ExcelJS.Workbook, sheets: string[]): string {
  const out: unknown[] = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name)!;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => out.push([name, cell.address, cell.value, cell.style])),
    );
    out.push([name, 'cf', (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings]);
  }
  return JSON.stringify(out);
}

const today = calendarDate(2025, 12, 31);

describe('scan highlights on the ExcelJS adapter', () => {
  it('never changes values or formulas, does not stack on rescan, and clears back to the exact formats', async () => {
    const { wb: original } = await generatedSample(30, true);
    // The user's own conditional format must survive all of it.
    original.getWorksheet('党员名册')!.addConditionalFormatting({ ref: 'C4:C40', rules: [{ type: 'containsText', operator: 'containsText', text: '女', priority: 1, style: { font: { italic: true } } }] });
    const sheets = original.worksheets.map((w) => w.name);
    const wb = await roundTrip(new ExcelJsWorkbook(original));
    const before = snapshot(wb, sheets);
    const book = new ExcelJsWorkbook(wb);

    const first = await runScan(book, { today, lang: 'zh-CN', write: true });
    expect(first.result.findings.length).toBeGreaterThan(10);
    const afterScan = await roundTrip(book);
    const valuesOnly = (w: ExcelJS.Workbook) => JSON.stringify(sheets.map((n) => w.getWorksheet(n)!.getSheetValues()));
    expect(valuesOnly(afterScan)).toBe(valuesOnly(wb));
    const roster = afterScan.getWorksheet('党员名册') as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] };
    const ours = roster.conditionalFormattings.filter((cf) => cf.rules.some((r) => (r.formulae ?? []).some((f) => f.includes('branch-ledger:'))));
    expect(ours.length).toBeGreaterThan(0);
    expect(afterScan.getWorksheet('检查结果')).toBeDefined();

    // Rescanning replaces, never stacks.
    const book2 = new ExcelJsWorkbook(afterScan);
    await runScan(book2, { today, lang: 'zh-CN', write: true });
    const again = await roundTrip(book2);
    const count = (w: ExcelJS.Workbook) => w.worksheets.reduce((n, ws) => n + (ws as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings.filter((cf) => cf.rules.some((r) => (r.formulae ?? []).some((f) => f.includes('branch-ledger:')))).length, 0);
    expect(count(again)).toBe(count(afterScan));
    expect(again.worksheets.filter((w) => w.name.startsWith('检查结果'))).toHaveLength(1);

    const book3 = new ExcelJsWorkbook(again);
    await clearScanOutput(book3);
    const cleared = await roundTrip(book3);
    expect(cleared.worksheets.map((w) => w.name)).toEqual(sheets);
    expect(snapshot(cleared, sheets)).toBe(before);
  });

  it('keeps a user sheet that happens to be called 检查结果', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('检查结果').getCell('A1').value = '我的检查记录';
    const book = new ExcelJsWorkbook(wb);
    await runScan(book, { today, lang: 'zh-CN', write: true });
    expect(wb.getWorksheet('检查结果')!.getCell('A1').value).toBe('我的检查记录');
    expect(wb.getWorksheet('检查结果 (2)')).toBeDefined();
    await clearScanOutput(book);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['检查结果']);
  });
});

describe('our own settings sheet', () => {
  it('is read, not mistaken for a generated sheet', async () => {
    const { wb } = await generatedSample(12, false);
    const { result } = await runScan(new ExcelJsWorkbook(wb), { today, lang: 'zh-CN', write: false });
    expect(result.branchName).toBe('示例党支部');
    expect(result.recognized.map((r) => r.sheet)).not.toContain('设置');
    expect(result.unrecognized).toEqual([]);
  });
});

describe('the sample ledger', () => {
  it('is clean at its own as-of date, with its settings read', async () => {
    const { wb } = await generatedSample(30, false);
    const { result } = await runScan(new ExcelJsWorkbook(wb), { asOf: today, today, lang: 'zh-CN', write: false });
    expect(result.findings).toEqual([]);
    expect(result.recognized).toHaveLength(7);
  });
});
