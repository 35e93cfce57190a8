import { calendarDate } from '../../src/core/calendar/calendarDate';
import { planDuesFill, type DuesFillPreview } from '../../src/core/fill/fillDues';
import type { CellScalar, SheetGrid } from '../../src/core/read/grid';
import { recognizeSheet } from '../../src/core/read/recognizeSheets';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';

/**
 * A 9 MB real ledger (14,000 members) ended in "Maximum call stack size exceeded" from a
 * Math.max(...rows) spread. Sheets far taller than that go through recognition, the scan and the
 * dues plan without one; every such spread in src/ is a loop now.
 */
const ROWS = 150_000;

function tallGrid(): SheetGrid {
  const values: CellScalar[][] = [['姓名', '人员类别', '月收入基数', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']];
  // Every tenth member paid only January (eleven findings each, 165,000 in all, sorted and counted);
  // the others paid the year. Every row goes through recognition, the model and every rule.
  const paidYear = Array.from({ length: 12 }, () => 15);
  for (let i = 0; i < ROWS; i++) values.push(i % 10 === 0 ? [`党员${i}`, '在职', 3000, 15] : [`党员${i}`, '在职', 3000, ...paidYear]);
  return { name: '党费', visible: true, values, numberFormats: values.map((r) => r.map(() => 'General')), hiddenColumns: [] };
}

describe('tall sheets and no spread over rows', () => {
  const grid = tallGrid();

  it('recognises a sheet of 400,000 rows', () => {
    const header = grid.values[0];
    const values: (readonly CellScalar[])[] = [header];
    for (let i = 0; i < 400_000; i++) values.push([`党员${i}`]);
    expect(recognizeSheet({ ...grid, values, numberFormats: [] })?.kind).toBe('dues');
  });

  it('scans it without a stack overflow', () => {
    const result = scanWorkbook([grid], { asOf: calendarDate(2025, 12, 31), today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(result.recognized[0].records).toBeGreaterThan(ROWS / 2);
    expect(result.findings.length).toBeGreaterThan(150_000);
  });

  it('plans a month of dues for 150,000 rows; the change log stays within a cell', () => {
    const fills = Array.from({ length: ROWS }, (_, i) => ({ sheet: '党费', row: i + 2, col: 10, member: `党员${i}`, fen: 1500 }));
    const preview: DuesFillPreview = { month: 7, fills, totalFen: 1500 * ROWS, skipped: [], problem: null };
    const plan = planDuesFill(preview, [grid], calendarDate(2025, 12, 31), 'zh-CN');
    expect(plan.writes?.[0].values).toHaveLength(ROWS);
    const log = plan.sheets[0].blocks[1].values[0];
    for (const v of log) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(32767);
  });
});
