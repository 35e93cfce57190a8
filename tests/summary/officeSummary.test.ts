import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { writeSummary } from '../../src/app/summarizeWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { sampleGridsFromPlan } from '../support/workbooks';
import { harness } from '../support/officeHarness';
import { BLOCK_CELLS } from '../../src/adapters/office/officeWorkbook';

describe('the year-end summary on the Office.js adapter (strict Excel fake)', () => {
  it('creates native charts and writes the summary in one sync, under the web cap', async () => {
    for (const members of [30, 1000]) {
      const grids = sampleGridsFromPlan(members);
      const h = harness(grids);
      const { report } = await writeSummary(new OfficeWorkbook(h.context, h.excel.supports), { today: calendarDate(2026, 3, 1), lang: 'zh-CN' });
      expect(report.sheetsAdded).toEqual(['年度汇总', '党费公布表']);
      expect(report.degraded).toEqual([]);
      // Names, sizes with the first window, blocks for sheets larger than it, one write.
      const cells = grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0);
      if (members === 30) expect(h.syncs).toHaveBeenCalledTimes(3);
      else expect(h.syncs.mock.calls.length).toBeLessThanOrEqual(3 + Math.ceil(cells / BLOCK_CELLS) + 1);
      expect(h.excel.syncs.at(-1)?.ops.filter((o) => o.startsWith('worksheets.add')).length).toBe(2);
      for (const s of h.excel.syncs) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5 * 1024 * 1024);
      const summary = h.excel.sheet('年度汇总');
      expect(summary.calls.filter((c) => c.startsWith('charts.add('))).toEqual([expect.stringMatching(/^charts\.add\("ColumnClustered",.*,"Columns"\)$/), expect.stringMatching(/"Columns"\)$/)]);
      expect(summary.calls.filter((c) => c.startsWith('chart.title.text'))).toEqual(['chart.title.text("每月会议召开情况")', 'chart.title.text("每月党费收缴（元）")']);
      expect(summary.calls.filter((c) => c.startsWith('horizontalPageBreaks.add')).length).toBeGreaterThanOrEqual(5);
    }
  }, 60000);

  it('keeps English month categories as text, so a chart plots them as categories and not as a series', async () => {
    const h = harness(sampleGridsFromPlan(30));
    await writeSummary(new OfficeWorkbook(h.context, h.excel.supports), { today: calendarDate(2026, 3, 1), lang: 'en-US' });
    const sheet = h.excel.sheets.find((s) => /summary/i.test(s.name))!;
    const months = [...sheet.cells].filter(([, c]) => c.quotePrefix && /^\d{1,2}$/.test(String(c.value)));
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect([...sheet.cells].some(([k, c]) => k.endsWith(',0') && typeof c.value === 'number' && c.value >= 1 && c.value <= 12 && !c.formula)).toBe(false);
  });
});
