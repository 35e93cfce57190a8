import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { openXlsxForReading, streamSheetGrids } from '../../src/adapters/exceljs/streamingRead';
import { runScan } from '../../src/app/scanWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { generatedSample } from '../support/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'streaming-read-'));
let n = 0;

async function save(wb: ExcelJS.Workbook, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<string> {
  const file = join(dir, `book-${n++}.xlsx`);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer(options)));
  return file;
}

/** What the full load gives for the file (ExcelJsWorkbook.readSheets), and what the stream gives. */
async function bothReads(file: string) {
  const full = new ExcelJS.Workbook();
  await full.xlsx.readFile(file);
  return { full: await new ExcelJsWorkbook(full).readSheets(), streamed: await streamSheetGrids(file) };
}

describe('the streaming read gives the same grids as the full load', () => {
  it('on the sample ledger, scanned and highlighted (30 members, planted problems)', async () => {
    const { wb } = await generatedSample(30, true);
    const book = new ExcelJsWorkbook(wb);
    const asOf = calendarDate(2025, 12, 31);
    const { result } = await runScan(book, { asOf, today: asOf, lang: 'zh-CN', write: true });
    expect(result.findings.length).toBeGreaterThan(0);
    const file = await save(wb);
    const { full, streamed } = await bothReads(file);
    expect(full.length).toBeGreaterThan(8);
    expect(full.some((g) => (g.highlightRules ?? 0) > 0)).toBe(true);
    expect(full.some((g) => g.merges?.length)).toBe(true);
    expect(full.some((g) => g.formulaCells?.some((r) => r.some(Boolean)))).toBe(true);
    expect(streamed).toEqual(full);
    // The scan itself agrees, read either way.
    const readOnly = openXlsxForReading(file, 12);
    const again = await runScan(readOnly, { asOf, today: asOf, lang: 'zh-CN', write: false });
    expect(again.result.findings).toEqual((await runScan(book, { asOf, today: asOf, lang: 'zh-CN', write: false })).result.findings);
  }, 60000);

  it('on a hand-made workbook: merged header bands, dates, formulas, hidden columns and sheets, styles on rows and columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党费收缴');
    ws.getCell('A1').value = '2025年党费收缴登记表';
    ws.mergeCells('A1:F1');
    ws.getCell('A2').value = '姓名';
    ws.getCell('B2').value = '缴费月份';
    ws.mergeCells('B2:D2');
    ws.mergeCells('E2:E3'); // a merge reaching below the header, over blank cells
    ws.getCell('E2').value = { richText: [{ text: '金额' }, { text: '（元）', font: { bold: true } }] };
    ws.getCell('A4').value = '张三';
    ws.getCell('B4').value = new Date(Date.UTC(2025, 2, 15));
    ws.getCell('B4').numFmt = 'yyyy-mm-dd';
    ws.getCell('C4').value = 45678.5;
    ws.getCell('C4').numFmt = 'yyyy/m/d h:mm';
    ws.getCell('D4').value = { formula: 'C4*2', result: 91357 };
    ws.getCell('E4').value = { formula: 'A4&"!"', result: '张三!' };
    ws.getCell('F4').value = true;
    ws.getCell('A5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('B5').value = { formula: 'TODAY()', result: new Date(Date.UTC(2025, 5, 30)) };
    ws.getCell('B5').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('D5').value = { formula: 'C4*3' }; // never calculated: no cached result
    ws.getCell('G7').numFmt = '0.00'; // a styled blank beyond the values
    ws.getCell('A6').value = { text: '链接', hyperlink: 'https://example.invalid/' };
    ws.getColumn(3).hidden = true;
    ws.getColumn(6).numFmt = '¥#,##0.00';
    ws.getRow(8).numFmt = '@';
    ws.getCell('B8').value = 1;
    ws.getCell('J8').value = 'far';
    const hidden = wb.addWorksheet('备用', { state: 'hidden' });
    hidden.getCell('A1').value = 1;
    wb.addWorksheet('空白');
    const blankStyled = wb.addWorksheet('只有格式');
    blankStyled.getCell('C3').numFmt = '0%';
    const shared = wb.addWorksheet('共享公式');
    for (let r = 1; r <= 5; r++) shared.getCell(r, 1).value = r;
    shared.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B5' } as ExcelJS.CellValue;
    for (let r = 2; r <= 5; r++) shared.getCell(r, 2).value = { sharedFormula: 'B1', result: r * 2 } as ExcelJS.CellValue;
    // Enough Chinese text that the zip's chunks split characters (three bytes each in UTF-8).
    const long = wb.addWorksheet('长文本');
    for (let r = 1; r <= 2000; r++) long.getCell(r, 1).value = `第${r}行：学习贯彻党的二十大精神，组织生活会`;
    for (const options of [{}, { useSharedStrings: false }]) {
      const { full, streamed } = await bothReads(await save(wb, options));
      expect(full.map((g) => g.name)).toEqual(['党费收缴', '备用', '空白', '只有格式', '共享公式', '长文本']);
      expect(full[0].merges).toHaveLength(3);
      expect(full[0].hiddenColumns).toEqual([3]);
      expect(full[1].visible).toBe(false);
      expect(streamed).toEqual(full);
    }
  });

  it('on random sheets with random merges (property)', async () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer({ min: -1000, max: 100000 }), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
    const area = fc.record({ row: fc.integer({ min: 1, max: 8 }), col: fc.integer({ min: 1, max: 6 }), rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), fc.array(area, { maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }), async (rows, areas, dateColumns) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('表');
        rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
        for (const c of dateColumns) if (c > 0) ws.getColumn(c).numFmt = 'yyyy-mm-dd';
        const taken: { top: number; left: number; bottom: number; right: number }[] = [];
        for (const a of areas) {
          const m = { top: a.row, left: a.col, bottom: a.row + a.rows - 1, right: a.col + a.cols - 1 };
          const overlaps = taken.some((t) => t.top <= m.bottom && m.top <= t.bottom && t.left <= m.right && m.left <= t.right);
          if (overlaps || (a.rows === 1 && a.cols === 1)) continue;
          taken.push(m);
          ws.mergeCells(m.top, m.left, m.bottom, m.right);
        }
        const { full, streamed } = await bothReads(await save(wb));
        expect(streamed).toEqual(full);
      }),
      { numRuns: 40 },
    );
  }, 60000);
});

describe('the size limit of one check', () => {
  it('names the largest sheet, and the total when the sheets only together pass the limit, in both reads', async () => {
    const wb = new ExcelJS.Workbook();
    const far = wb.addWorksheet('远处');
    far.getCell(1, 1).value = '姓名';
    far.getCell(19_999, 100).value = 'x';
    const roster = wb.addWorksheet('名册');
    roster.getCell(11, 17).value = '备注';
    const file = await save(wb);
    const message = /工作表“远处”的已用区域过大（19999 行 × 100 列；全部工作表合计 2000087 个单元格）.*sheet "远处" is 19999 rows × 100 columns \(all sheets together: 2000087 cells\)/;
    await expect(streamSheetGrids(file)).rejects.toThrow(message);
    const full = new ExcelJS.Workbook();
    await full.xlsx.readFile(file);
    await expect(new ExcelJsWorkbook(full).readSheets()).rejects.toThrow(message);
  });
});
