import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { writeSummary } from '../../src/app/summarizeWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { sampleGridsFromPlan } from '../support/workbooks';
import { harness } from '../support/officeHarness';

describe('the year-end summary on the Office.js adapter', () => {
  it('creates native charts through the port and writes any size in one round', async () => {
    for (const members of [30, 3000]) {
      const h = harness(sampleGridsFromPlan(members));
      const { report } = await writeSummary(new OfficeWorkbook(h.context, () => true), { today: calendarDate(2026, 3, 1), lang: 'zh-CN' });
      expect(report.sheetsAdded).toEqual(['年度汇总', '党费公布表']);
      expect(report.degraded).toEqual([]);
      // Two reads (names, grids) and one write, for 30 or 3,000 members.
      expect(h.syncs).toHaveBeenCalledTimes(3);
      const charts = h.rec.calls.filter((c) => c.path.endsWith('charts.add'));
      expect(charts.map((c) => [c.args[0], c.args[2]])).toEqual([['ColumnClustered', 'Columns'], ['ColumnClustered', 'Columns']]);
      expect(h.rec.writes.filter((w) => w.path.endsWith('title.text')).map((w) => w.value)).toEqual(['每月会议召开情况', '每月党费收缴（元）']);
      expect(h.rec.calls.filter((c) => c.path.endsWith('horizontalPageBreaks.add')).length).toBeGreaterThanOrEqual(5);
    }
  }, 60000);
});
