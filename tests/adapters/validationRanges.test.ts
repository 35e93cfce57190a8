import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { compactValidationModel } from '../../src/adapters/exceljs/validationRanges';
import { saveXlsx } from '../../src/adapters/exceljs/xlsxFiles';
import { generatedSample } from '../support/workbooks';

/**
 * Data validations are written as ranges that never overlap, each cell with the validation it had
 * (ExcelJS alone turns C4:C3023 into C10:C3023 plus C4:C3023 when it writes a workbook it read).
 */
type Model = Record<string, object | undefined>;

const letters = (col: number): string => (col > 26 ? String.fromCharCode(64 + Math.floor((col - 1) / 26)) : '') + String.fromCharCode(65 + ((col - 1) % 26));
const number = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Every cell an address list covers. */
function cellsOf(address: string): string[] {
  const [a, b = a] = address.split(':');
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
  const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
  const out: string[] = [];
  for (let c = Math.min(number(c1), number(c2)); c <= Math.max(number(c1), number(c2)); c++) for (let r = Math.min(+r1, +r2); r <= Math.max(+r1, +r2); r++) out.push(`${letters(c)}${r}`);
  return out;
}

/** Cell → the validation's text, the last entry covering a cell winning. */
function perCell(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  for (const [address, v] of Object.entries(model)) if (v) for (const cell of cellsOf(address)) out.set(cell, JSON.stringify(v));
  return out;
}

function overlaps(addresses: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const a of addresses) for (const cell of cellsOf(a)) {
    if (seen.has(cell)) out.push(`${cell} in ${seen.get(cell)} and ${a}`);
    seen.set(cell, a);
  }
  return out;
}

describe('data validations as ranges', () => {
  it('keep every cell’s validation, in ranges that never overlap, for any mix of cells and ranges', () => {
    const validations = [{ type: 'list', formulae: ['"是,否"'] }, { type: 'list', formulae: ['"男,女"'], allowBlank: true }, { type: 'whole', operator: 'between', formulae: [0, 99] }];
    const cell = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 40 }));
    const entry = fc.oneof(
      fc.tuple(cell, fc.constant(null), fc.nat(validations.length - 1)),
      fc.tuple(cell, cell, fc.nat(validations.length - 1)),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.boolean(), (entries, copies) => {
        const model: Model = {};
        for (const [[c1, r1], to, v] of entries) {
          const address = to ? `${letters(c1)}${r1}:${letters(to[0])}${to[1]}` : `${letters(c1)}${r1}`;
          delete model[address]; // re-added last, as the assignment order decides
          // Equal validations that are distinct objects (as a file read with two ranges gives) group as one.
          model[address] = copies ? structuredClone(validations[v]) : validations[v];
        }
        const compact = compactValidationModel(model);
        expect(overlaps(Object.keys(compact))).toEqual([]);
        expect([...perCell(compact)].sort()).toEqual([...perCell(model)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('in a copy of a ledger: its drop-downs come back on the same cells, each range once', async () => {
    const { wb } = await generatedSample(8);
    // As a file read gives them: one entry per cell.
    const before = (wb.worksheets as unknown as { name: string; dataValidations: { model: Model } }[]).map((ws) => [ws.name, perCell(ws.dataValidations.model)] as const);
    expect(before.some(([, cells]) => cells.size > 100)).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'validations-')), 'copy.xlsx');
    await saveXlsx(new ExcelJsWorkbook(wb), file);

    const zip = await JSZip.loadAsync(readFileSync(file));
    for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      const xml = await zip.file(name)!.async('string');
      const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].flatMap((m) => m[1].split(' '));
      expect([name, overlaps(sqrefs)]).toEqual([name, []]);
    }
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const after = (back.worksheets as unknown as { name: string; dataValidations: { model: Model } }[]).map((ws) => [ws.name, perCell(ws.dataValidations.model)] as const);
    expect(after.map(([n, cells]) => [n, [...cells].sort()])).toEqual(before.map(([n, cells]) => [n, [...cells].sort()]));
    // The workbook in memory is as it was: its own model is put back after the write.
    expect((wb.worksheets as unknown as { name: string; dataValidations: { model: Model } }[]).map((ws) => [ws.name, perCell(ws.dataValidations.model)] as const)).toEqual(before);
  });
});
