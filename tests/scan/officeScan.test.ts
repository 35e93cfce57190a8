import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { clearScanOutput, runScan } from '../../src/app/scanWorkbook';
import { BLOCK_CELLS, MAX_READ_CELLS } from '../../src/adapters/office/officeWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { generatedSample, sampleGridsFromPlan } from '../support/workbooks';
import { harness } from '../support/officeHarness';
import type { StoredCf } from '../support/strictExcel';
import type { SheetGrid } from '../../src/core/read/grid';

const today = calendarDate(2025, 12, 31);

async function sampleGrids(members: number): Promise<SheetGrid[]> {
  return sampleGridsFromPlan(members, true);
}

jest.setTimeout(30000);

const rule = (formula: string, areas = 'A1'): StoredCf => ({ type: 'Custom', formula, areas, format: {} });

describe('the scan on the Office.js adapter (strict Excel fake, web profile)', () => {
  it('reads sizes before content and writes in one sync: 3 syncs for a small branch, 4 when a sheet outgrows the first window', async () => {
    // Names; sizes, rules, merged areas and content in one bounded window per sheet; the write. A
    // sheet larger than its window (the 300-member study sheet: 3,614 rows) is read in a block sync
    // once its size is known, so nothing unbounded is ever asked of Excel.
    for (const [members, syncs] of [[30, 3], [300, 4]] as const) {
      const h = harness(await sampleGrids(members));
      const { result, report } = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true });
      expect(result.findings.length).toBeGreaterThan(5);
      expect(report?.degraded).toEqual([]);
      expect(h.syncs).toHaveBeenCalledTimes(syncs);
    }
  });

  it('tells its stages as they start, each before the syncs of that stage, without adding a sync', async () => {
    const h = harness(await sampleGrids(30));
    const seen: string[] = [];
    const syncsAt = () => h.syncs.mock.calls.length;
    await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true, onStage: (s) => seen.push(`${s}@${syncsAt()}`) });
    expect(seen).toEqual(['reading@0', 'checking@2', 'writing@2']);
    expect(h.syncs).toHaveBeenCalledTimes(3);
    const readOnly: string[] = [];
    const again = harness(await sampleGrids(30));
    await runScan(new OfficeWorkbook(again.context, again.excel.supports), { today, lang: 'zh-CN', write: false, onStage: (s) => readOnly.push(s) });
    expect(readOnly).toEqual(['reading', 'checking']);
  });

  it('writes highlights as one multi-area rule per severity and sheet, and no value, formula or format of a user sheet', async () => {
    const grids = await sampleGrids(300);
    const h = harness(grids);
    const { result } = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true });
    const sheetsWithCells = new Set(result.findings.filter((f) => f.cell).map((f) => `${f.sheet}|${f.severity}`));
    const added = h.excel.sheets.flatMap((s) => s.cfs.map((cf) => ({ sheet: s.name, cf })));
    expect(added.length).toBe(sheetsWithCells.size);
    for (const { cf } of added) {
      expect(cf.areas.length).toBeLessThan(8192);
      expect(cf.formula).toContain('branch-ledger:');
    }
    for (const g of grids) {
      const s = h.excel.sheet(g.name);
      const now = g.values.map((row, r) => row.map((_, c) => h.excel.cell(g.name, r, c)?.value ?? null));
      expect(now).toEqual(g.values.map((row) => row.map((v) => (v === '' ? null : v))));
      expect([...s.props.keys()]).toEqual([]);
    }
    expect(h.excel.sheet('检查结果').cells.size).toBeGreaterThan(result.findings.length * 5);
  });

  it('removes only its own earlier highlight rules (deleting from the last position) and its own findings sheet, in the same write', async () => {
    const { wb } = await generatedSample(30, true);
    const book = new ExcelJsWorkbook(wb);
    await runScan(book, { today, lang: 'zh-CN', write: true }); // leaves a findings sheet behind, as a previous scan would
    const grids = await book.readSheets();
    // Ours at positions 0 and 2, the user's at 1 and 3: deleting 0 first would shift ours at 2 to 1
    // and the delete of "2" would take the user's rule (defect 1).
    const cfs = [rule('=LEN("branch-ledger:critical")>0'), rule('=$C4="女"'), rule('=LEN("branch-ledger:warning")>0'), { ...rule(''), type: 'DataBar' }];
    const h = harness(grids, { cfs: { 党员名册: cfs } });
    await clearScanOutput(new OfficeWorkbook(h.context, h.excel.supports));
    expect(h.syncs).toHaveBeenCalledTimes(3);
    expect(h.excel.sheet('党员名册').cfs.map((c) => c.type === 'DataBar' ? 'bar' : c.formula)).toEqual(['=$C4="女"', 'bar']);
    expect(h.excel.sheets.map((s) => s.name)).not.toContain('检查结果');
  });

  it('on a host without ExcelApi 1.9 writes the findings sheet and says highlights were not possible', async () => {
    const h = harness(await sampleGrids(30), { excelApi: '1.8' });
    const { report } = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true });
    expect(report?.degraded).toContain('highlights');
    expect(h.excel.sheets.flatMap((s) => s.cfs)).toEqual([]);
  });

  describe('large workbooks', () => {
    it('reads a sheet larger than the first window in row blocks and finds exactly what one read finds', async () => {
      const grids = sampleGridsFromPlan(600, true);
      const desktop = harness(grids, { profile: 'win365' });
      const whole = await runScan(new OfficeWorkbook(desktop.context, desktop.excel.supports), { today, lang: 'zh-CN', write: false });
      const h = harness(grids);
      const { result } = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: false });
      expect(result.findings).toEqual(whole.result.findings);
      expect(result.recognized.length).toBeGreaterThan(3);
      for (const s of h.excel.syncs) expect(s.responseBytes).toBeLessThan(5 * 1024 * 1024);
      // Names, the sizes with the window, then blocks of at most BLOCK_CELLS cells: small sheets came in the window.
      expect(h.syncs.mock.calls.length).toBeGreaterThan(2);
      expect(h.syncs.mock.calls.length).toBeLessThanOrEqual(2 + Math.ceil(grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0) / BLOCK_CELLS) + 1);
    });

    it('splits a block Excel refuses (RangeExceedsLimit) and rebuilds the sheet exactly', async () => {
      const rows = Array.from({ length: BLOCK_CELLS / 10 + 1000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 0 ? `甲${r}` : r * 10 + c)));
      const grid = { name: '大表', visible: true, values: rows, numberFormats: rows.map((r) => r.map(() => 'General')), hiddenColumns: [] };
      const h = harness([grid], { rangeCellLimit: 20_000 });
      const [read] = await new OfficeWorkbook(h.context, h.excel.supports).readSheets();
      expect(read.values).toEqual(rows);
      // Every content read Excel answered stayed within its limit.
      expect(h.blocks().length).toBeGreaterThan(2);
    });

    it('stops with a clear message, before reading any content, when a stray value makes the used range huge', async () => {
      for (const profile of ['web', 'win365'] as const) {
        const rows = Array.from({ length: MAX_READ_CELLS / 20 + 1 }, () => Array<string | null>(20).fill(null));
        rows[0][0] = '姓名';
        rows[rows.length - 1][19] = 'x';
        const grid = { name: '花名册', visible: true, values: rows, numberFormats: rows.map((r) => r.map(() => 'General')), hiddenColumns: [] };
        const h = harness([grid], { profile });
        await expect(runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true })).rejects.toThrow(/“花名册”的已用区域过大（100001 行 × 20 列）/);
        expect(h.blocks()).toEqual([]);
        // The window's share is bounded: nothing near the used range's size was asked for.
        for (const s of h.excel.syncs) expect(s.responseBytes).toBeLessThan(2 * 1024 * 1024);
        expect(h.excel.sheets.map((s) => s.name)).toEqual(['花名册']);
      }
    }, 30000);
  });
});
