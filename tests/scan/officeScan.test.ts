import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { clearScanOutput, runScan } from '../../src/app/scanWorkbook';
import { BLOCK_CELLS, MAX_READ_CELLS } from '../../src/adapters/office/officeWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { generatedSample } from '../support/workbooks';
import { harness, type FakeCf } from '../support/officeHarness';
import type { SheetGrid } from '../../src/core/read/grid';

const today = calendarDate(2025, 12, 31);

async function sampleGrids(members: number): Promise<SheetGrid[]> {
  const { wb } = await generatedSample(members, true);
  return new ExcelJsWorkbook(wb).readSheets();
}

describe('the scan on the Office.js adapter', () => {
  it('reads in two syncs and writes in one, whatever the size', async () => {
    for (const members of [30, 300]) {
      const h = harness(await sampleGrids(members));
      const { result } = await runScan(new OfficeWorkbook(h.context, () => true), { today, lang: 'zh-CN', write: true });
      expect(result.findings.length).toBeGreaterThan(5);
      expect(h.syncs).toHaveBeenCalledTimes(3);
    }
  });

  it('tells its stages as they start, each before the syncs of that stage, without adding a sync', async () => {
    const h = harness(await sampleGrids(30));
    const seen: string[] = [];
    const syncsAt = () => h.syncs.mock.calls.length;
    await runScan(new OfficeWorkbook(h.context, () => true), { today, lang: 'zh-CN', write: true, onStage: (s) => seen.push(`${s}@${syncsAt()}`) });
    expect(seen).toEqual(['reading@0', 'checking@2', 'writing@2']);
    expect(h.syncs).toHaveBeenCalledTimes(3);
    const readOnly: string[] = [];
    await runScan(new OfficeWorkbook(harness(await sampleGrids(30)).context, () => true), { today, lang: 'zh-CN', write: false, onStage: (s) => readOnly.push(s) });
    expect(readOnly).toEqual(['reading', 'checking']);
  });

  it('writes highlights as one multi-area rule per severity and sheet, never per cell', async () => {
    const h = harness(await sampleGrids(300));
    const { result } = await runScan(new OfficeWorkbook(h.context, () => true), { today, lang: 'zh-CN', write: true });
    const calls = h.rec.calls.filter((c) => c.path.endsWith('.getRanges'));
    const sheetsWithCells = new Set(result.findings.filter((f) => f.cell).map((f) => `${f.sheet}|${f.severity}`));
    expect(calls.length).toBe(sheetsWithCells.size);
    for (const c of calls) expect(String(c.args[0]).length).toBeLessThan(8192);
    const formulas = h.rec.writes.filter((w) => w.path.endsWith('custom.rule.formula')).map((w) => w.value);
    expect(formulas.every((f) => String(f).includes('branch-ledger:'))).toBe(true);
    // No value, formula or format of a user sheet is written: only the new findings sheet gets values.
    const userWrites = h.rec.writes.filter((w) => w.path.startsWith('sheet[') && !w.path.includes('conditionalFormats'));
    expect(userWrites).toEqual([]);
    expect(h.rec.writes.some((w) => w.path.startsWith('add[检查结果]') && w.path.endsWith('.formulas'))).toBe(true);
  });

  it('removes only its own earlier highlight rules and its own findings sheet, in the same write', async () => {
    const { wb } = await generatedSample(30, true);
    const book = new ExcelJsWorkbook(wb);
    await runScan(book, { today, lang: 'zh-CN', write: true }); // leaves a findings sheet behind, as a previous scan would
    const grids = await book.readSheets();
    const userCf: FakeCf = { id: 'user-1', type: 'Custom', customOrNullObject: { isNullObject: false, rule: { formula: '=$C4="女"' } } };
    const ourCf: FakeCf = { id: 'ours-1', type: 'Custom', customOrNullObject: { isNullObject: false, rule: { formula: '=LEN("branch-ledger:warning")>0' } } };
    const barCf: FakeCf = { id: 'bar-1', type: 'DataBar', customOrNullObject: { isNullObject: true, rule: { formula: '' } } };
    const h = harness(grids, { 党员名册: [userCf, ourCf, barCf] });
    await clearScanOutput(new OfficeWorkbook(h.context, () => true));
    expect(h.syncs).toHaveBeenCalledTimes(3);
    const deletedCfs = h.rec.calls.filter((c) => c.path.endsWith('conditionalFormats.getItem')).map((c) => c.args[0]);
    expect(deletedCfs).toEqual(['ours-1']);
    const deletedSheets = h.rec.calls.filter((c) => /^sheet\[[^\]]+\]\.delete$/.test(c.path)).map((c) => c.path);
    expect(deletedSheets).toEqual(['sheet[检查结果].delete']);
  });

  it('on Excel without ExcelApi 1.9 writes the findings sheet and says highlights were not possible', async () => {
    const h = harness(await sampleGrids(30));
    const only18 = (set: string, v: string): boolean => Number(v) <= 1.8;
    const { report } = await runScan(new OfficeWorkbook(h.context, only18), { today, lang: 'zh-CN', write: true });
    expect(report?.degraded).toContain('highlights');
    expect(h.rec.calls.some((c) => c.path.endsWith('.getRanges'))).toBe(false);
  });

  describe('when Excel refuses one read of everything (5 MB on the web)', () => {
    it('reads again in row blocks and finds exactly what one read finds', async () => {
      const grids = await sampleGrids(1000);
      const whole = await runScan(new OfficeWorkbook(harness(grids).context, () => true), { today, lang: 'zh-CN', write: false });
      // Every sync is refused past BLOCK_CELLS cells, the first (everything at once) included.
      const h = harness(grids, {}, { payloadLimitCells: BLOCK_CELLS });
      const { result } = await runScan(new OfficeWorkbook(h.context, () => true), { today, lang: 'zh-CN', write: false });
      expect(result.findings).toEqual(whole.result.findings);
      expect(result.recognized).toEqual(whole.result.recognized);
      const expected = grids
        .filter((g) => g.values.length)
        .reduce((n, g) => n + Math.ceil(g.values.length / Math.floor(BLOCK_CELLS / g.values[0].length)), 0);
      expect(h.blocks).toHaveLength(expected); // the study sheet takes two blocks
      expect(h.blocks.length).toBeGreaterThan(grids.filter((g) => g.values.length).length);
      // names, the refused read, the sizes, then the blocks: small sheets share a sync.
      const blockSyncs = h.syncs.mock.calls.length - 3;
      expect(blockSyncs).toBeLessThan(expected);
      expect(blockSyncs).toBeGreaterThanOrEqual(Math.ceil(grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0) / BLOCK_CELLS));
    });

    it('splits a sheet larger than a block into row blocks that rebuild it exactly', async () => {
      const rows = Array.from({ length: BLOCK_CELLS / 10 + 1000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 0 ? `甲${r}` : r * 10 + c)));
      const grid = { name: '大表', visible: true, values: rows, numberFormats: rows.map((r) => r.map(() => 'General')), hiddenColumns: [] };
      const h = harness([grid], {}, { payloadLimitCells: BLOCK_CELLS });
      const [read] = await new OfficeWorkbook(h.context, () => true).readSheets();
      expect(h.blocks.map((b) => [b.rowIndex, b.rows])).toEqual([
        [0, BLOCK_CELLS / 10],
        [BLOCK_CELLS / 10, 1000],
      ]);
      expect(read.values).toEqual(rows);
    });

    it('stops with a clear message, before reading any content, when a stray value makes the used range huge', async () => {
      const rows = Array.from({ length: MAX_READ_CELLS / 20 + 1 }, () => Array<string | null>(20).fill(null));
      rows[0][0] = '姓名';
      rows[rows.length - 1][19] = 'x';
      const grid = { name: '花名册', visible: true, values: rows, numberFormats: rows.map((r) => r.map(() => 'General')), hiddenColumns: [] };
      const h = harness([grid], {}, { payloadLimitCells: 60_000 });
      await expect(runScan(new OfficeWorkbook(h.context, () => true), { today, lang: 'zh-CN', write: true })).rejects.toThrow(/“花名册”的已用区域过大（100001 行 × 20 列）/);
      expect(h.blocks).toEqual([]);
      expect(h.rec.calls.length).toBe(0);
    });
  });
});
