import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { previewFillDues } from '../../src/app/fillHelpers';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { ROSTER_HEADER, member } from '../support/ledgerBuilder';

/** DOMAIN.md “The ledger's year”: settings, a title, or else the dates the ledger's records hold. */
describe('the ledger’s year from the dates it holds', () => {
  function book(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const put = (name: string, rows: (string | number | null)[][]) => {
      const ws = wb.addWorksheet(name);
      rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    };
    put('名册', [ROSTER_HEADER, member('甲'), member('乙')]);
    put('会议', [
      ['日期', '类型', '主题', '主持人', '记录人', '应到人数', '实到人数', '内容摘要'],
      ['2025.3.5', '支部党员大会', '学习', '甲', '乙', 2, 2, '学习'],
      ['4月6日', '主题党日', '学习', '甲', '乙', 2, 2, '学习'],
      ['2025-06-30', '支部党员大会', '学习', '甲', '乙', 2, 2, '学习'],
      ['2025-09-30', '支部党员大会', '学习', '甲', '乙', 2, 2, '学习'],
    ]);
    put('党费', [['姓名', '人员类别', '月收入基数', '1月', '2月'], ['甲', '在职', 5000, 50, 50]]);
    return wb;
  }

  it('is the records’ year when no settings or title says it, even when checked in the next year', async () => {
    const grids = await new ExcelJsWorkbook(book()).readSheets();
    const r = scanWorkbook(grids, { today: calendarDate(2026, 1, 15), lang: 'zh-CN' });
    expect(r.year).toBe(2025);
    // “4月6日” was read in that year, so April holds a 主题党日 and Q2 a 党员大会.
    expect(r.findings.filter((f) => f.rule === 'meeting.invalid-value')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'meeting.overdue' && f.period === '2025-04')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'meeting.overdue' && f.meetingType === '支部党员大会')).toEqual([expect.objectContaining({ period: '2025-Q4' })]);
  });

  it('makes a helper asked for another year refuse, naming both years', async () => {
    const preview = await previewFillDues(new ExcelJsWorkbook(book()), 2026, 1, { today: calendarDate(2026, 1, 15), lang: 'zh-CN' });
    expect(preview.problem).toMatch(/2025/);
    expect(preview.problem).toMatch(/2026/);
    expect(preview.fills).toEqual([]);
  });
});
