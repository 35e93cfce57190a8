import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { syncRoster } from '../../src/app/fillHelpers';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { ROSTER_HEADER } from '../support/ledgerBuilder';

/** The robustness suite's first catch (seed -802001522): a header merged down over a blank row was overwritten by 名册同步. */
it('sync-roster never writes into a merged cell below a header (it would overwrite the header)', async () => {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('党员名册');
  ROSTER_HEADER.forEach((h, c) => (roster.getCell(1, c + 1).value = h));
  roster.getCell(2, 1).value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  const talks = wb.addWorksheet('谈心谈话');
  ['谈话日期', '谈话人', '谈话对象', '内容'].forEach((h, c) => (talks.getCell(1, c + 1).value = h));
  talks.mergeCells('C1:C2');
  await syncRoster(new ExcelJsWorkbook(wb), { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
  expect(talks.getCell('C1').value).toBe('谈话对象');
});
