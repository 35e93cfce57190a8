import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { leanXlsxBuffer } from '../../src/adapters/exceljs/leanXlsxWrite';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { runScan } from '../../src/app/scanWorkbook';
import { writeSummary } from '../../src/app/summarizeWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { generatedSample } from '../support/workbooks';
import { xlsxParts as parts } from '../support/xlsxParts';

// The lean writer must give what ExcelJS's own writer gives, part for part: the same parts in the same
// order, each with the same text. Only the zip's timestamps may differ (and "modified", when a workbook
// has none, is the moment of writing).

const ASSETS = join(__dirname, '..', '..', 'assets');
const FIXTURES = ['handmade', 'handmade2'].flatMap((set) => {
  const dir = join(__dirname, '..', 'fixtures', set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(dir, f));
});

/** Two workbooks from the same bytes (writing prepares the cells it writes: each writer gets its own). */
async function twice(bytes: Buffer | ArrayBuffer, change?: (wb: ExcelJS.Workbook) => Promise<void> | void): Promise<[ExcelJS.Workbook, ExcelJS.Workbook]> {
  const load = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as ArrayBuffer);
    await change?.(wb);
    return wb;
  };
  return [await load(), await load()];
}

async function expectSameParts(a: ExcelJS.Workbook, b: ExcelJS.Workbook): Promise<void> {
  const reference = await parts((await a.xlsx.writeBuffer()) as ArrayBuffer);
  const lean = await parts(await leanXlsxBuffer(b));
  expect(lean.map(([n]) => n)).toEqual(reference.map(([n]) => n));
  for (let i = 0; i < reference.length; i++) {
    // The first difference with some context, not two parts of megabytes.
    const [name, text] = lean[i];
    const at = [...text].findIndex((ch, k) => ch !== reference[i][1][k]);
    expect({ name, length: text.length, around: at < 0 ? '' : text.slice(Math.max(0, at - 80), at + 80) }).toEqual({ name: reference[i][0], length: reference[i][1].length, around: at < 0 ? '' : reference[i][1].slice(Math.max(0, at - 80), at + 80) });
  }
}

/** A workbook with what a ledger seldom has but a user's file may: notes, links, an image, a table, rich text, shared formulas. */
async function everythingWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'test';
  wb.created = new Date(Date.UTC(2025, 0, 2));
  wb.modified = new Date(Date.UTC(2025, 0, 3));
  const ws = wb.addWorksheet('名册', { properties: { tabColor: { argb: 'FFC00000' } }, views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = { richText: [{ text: '第一', font: { bold: true } }, { text: '党支部' }] };
  ws.addRow(['姓名', '日期', '金额', '链接']);
  for (let i = 0; i < 50; i++) {
    const r = ws.addRow([`成员${i}`, new Date(Date.UTC(2025, i % 12, 1 + (i % 27))), i * 1.5, { text: 'link', hyperlink: `https://example.org/${i}` }]);
    r.getCell(3).numFmt = '0.00';
    if (i % 7 === 0) r.getCell(1).note = `备注 ${i}`;
    if (i % 5 === 0) r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  }
  ws.getCell('E3').value = { formula: 'C3*2', result: 0, shareType: 'shared', ref: 'E3:E10' } as ExcelJS.CellValue;
  for (let r = 4; r <= 10; r++) ws.getCell(`E${r}`).value = { sharedFormula: 'E3', result: 0 } as ExcelJS.CellValue;
  (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('B3:B60', { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2024, 0, 1))] });
  ws.addConditionalFormatting({ ref: 'C3:C60', rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['1'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }] });
  ws.pageSetup.printArea = 'A1:D60';
  ws.pageSetup.printTitlesRow = '2:2';
  const image = wb.addImage({ buffer: readFileSync(join(ASSETS, 'icon-32.png')) as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'F2:G4');
  const t = wb.addWorksheet('表', { state: 'hidden' });
  t.addTable({ name: 'Dues', ref: 'A1', headerRow: true, totalsRow: true, columns: [{ name: '月份', totalsRowLabel: '合计' }, { name: '金额', totalsRowFunction: 'sum' }], rows: [['1月', 30], ['2月', 30]] });
  wb.addWorksheet('空表');
  wb.definedNames.add("'名册'!$A$3:$A$52", 'names');
  return wb;
}

describe('the lean writer gives the same parts as ExcelJS', () => {
  it('for a workbook with notes, links, an image, a table, rich text and shared formulas', async () => {
    const bytes = (await (await everythingWorkbook()).xlsx.writeBuffer()) as ArrayBuffer;
    const [a, b] = await twice(bytes);
    await expectSameParts(a, b);
  });

  it.each(FIXTURES.map((f) => [f.replace(/^.*[\\/]/, ''), f]))('for hand-made ledger %s, as read', async (_name, file: string) => {
    const [a, b] = await twice(readFileSync(file));
    await expectSameParts(a, b);
  });

  it('for a scanned copy (highlights and the findings sheet) and a summary written into a copy', async () => {
    const { wb } = await generatedSample(60, true);
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const asOf = calendarDate(2025, 12, 31);
    const scanned = await twice(bytes, async (w) => {
      await runScan(new ExcelJsWorkbook(w), { asOf, today: asOf, lang: 'zh-CN', write: true });
    });
    await expectSameParts(...scanned);
    const summarised = await twice(bytes, async (w) => {
      const book = new ExcelJsWorkbook(w);
      await writeSummary(book, { year: undefined, asOf, today: asOf, lang: 'zh-CN' }, book);
    });
    await expectSameParts(...summarised);
  });

  it('when a sheet is long enough to be turned into bytes in many pieces, text split across none of them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('长表');
    for (let i = 0; i < 6000; i++) ws.addRow([i, `党员${i}：张三、李四`, new Date(Date.UTC(2025, 0, 1 + (i % 300))), i % 3 ? null : '√']);
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    await expectSameParts(...(await twice(bytes)));
  });

  it('for any small workbook of values, styles and merges (property)', async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('张三', '已交30元', '=SUM(A1)', '<b>&amp;</b>', ' 前后空格 ', '换\n行'),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
    );
    const sheet = fc.record({
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
      bold: fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 })), { maxLength: 4 }),
      merge: fc.option(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 4 }))),
      hidden: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        wb.created = wb.modified = new Date(Date.UTC(2025, 5, 1));
        sheets.forEach((s, i) => {
          const ws = wb.addWorksheet(`表${i + 1}`, { state: s.hidden && i > 0 ? 'hidden' : 'visible' });
          for (const r of s.rows) ws.addRow(r);
          for (const [r, c] of s.bold) ws.getCell(r, c).font = { bold: true };
          if (s.merge) ws.mergeCells(s.merge[0], s.merge[1], s.merge[0] + 1, s.merge[1] + 1);
        });
        const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
        const [a, b] = await twice(bytes);
        const reference = await parts((await a.xlsx.writeBuffer()) as ArrayBuffer);
        const lean = await parts(await leanXlsxBuffer(b));
        expect(lean).toEqual(reference);
      }),
      { numRuns: 40, seed: 20261123 },
    );
  });
});
