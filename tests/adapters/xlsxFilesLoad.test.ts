import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/adapters/exceljs/xlsxFiles';
import { xlsxParts } from '../support/xlsxParts';

// readWorkbookFile hooks ExcelJS's load to give memory back as it goes (xlsxFiles.ts): the workbook
// it gives must be the one ExcelJS's own load gives, written part for part the same.

const FIXTURES = ['handmade', 'handmade2'].flatMap((set) => {
  const dir = join(__dirname, '..', 'fixtures', set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(dir, f));
});

async function expectSameAsExcelJs(file: string): Promise<void> {
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ours = (await readWorkbookFile(file, { maxMb: 50 })).workbook;
  expect(await xlsxParts((await ours.xlsx.writeBuffer()) as ArrayBuffer)).toEqual(await xlsxParts((await plain.xlsx.writeBuffer()) as ArrayBuffer));
  // The hook is gone: a later load of the same workbook object is ExcelJS's own.
  expect(Object.prototype.hasOwnProperty.call(ours.xlsx, 'reconcile')).toBe(false);
}

describe('readWorkbookFile loads what ExcelJS loads', () => {
  it.each(FIXTURES.map((f) => [f.replace(/^.*[\\/]/, ''), f]))('%s', async (_name, file: string) => {
    await expectSameAsExcelJs(file);
  });

  it('a workbook large enough to be collected as it loads (a sheet of over 5,000 rows)', async () => {
    const wb = new ExcelJS.Workbook();
    const roster = wb.addWorksheet('党员名册');
    roster.addRow(['序号', '姓名', '入党时间', '党费']);
    for (let i = 1; i <= 5200; i++) roster.addRow([i, `党员${i}`, new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 27))), { formula: `${i}*2`, result: i * 2 }]);
    roster.mergeCells('F1:G2');
    roster.getCell('A2').note = '备注';
    wb.addWorksheet('学习').addRow(['日期', '内容']);
    const file = join(mkdtempSync(join(tmpdir(), 'load-')), 'big.xlsx');
    writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await expectSameAsExcelJs(file);
  }, 60000);
});
