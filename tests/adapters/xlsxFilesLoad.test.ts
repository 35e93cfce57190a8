import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/adapters/exceljs/xlsxFiles';
import { generatedSample } from '../support/workbooks';
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

  it('a ledger large enough to be collected as it loads (700 members, sheets of over 5,000 rows)', async () => {
    const { wb } = await generatedSample(700, true);
    expect(wb.worksheets.reduce((m, ws) => Math.max(m, ws.rowCount), 0)).toBeGreaterThan(5000);
    const file = join(mkdtempSync(join(tmpdir(), 'load-')), 'big.xlsx');
    writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await expectSameAsExcelJs(file);
  }, 60000);
});
