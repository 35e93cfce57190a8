import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import type { MergedArea, SheetGrid } from '../../src/core/read/grid';
import { diffFindings, findingKeys, scan } from './baseLedgers';
import { MUTATIONS, type MutationSpec } from './mutations';
import { renderVariant, variantArb, type Variant } from './variants';

/**
 * A few messy variants written to a real .xlsx (ExcelJS) and read back through the ExcelJS adapter:
 * the merged areas of their header bands and titles survive the file, and the scan of what the
 * file gives back equals the scan of the grids written into it (gaps or not: this is about the file).
 */
const SEED = Number(process.env.GENERATOR_SEED ?? 20251123);
const RUNS = Number(process.env.GENERATOR_XLSX_RUNS ?? 6);

function writeGrids(grids: readonly SheetGrid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name, { state: g.visible ? 'visible' : 'hidden' });
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        // A formula cell keeps its computed value, as Excel saves it.
        cell.value = g.formulaCells?.[r]?.[c] ? ({ formula: `N(${JSON.stringify(v)})`, result: v } as ExcelJS.CellFormulaValue) : v;
        const fmt = g.numberFormats[r]?.[c];
        if (fmt && fmt !== 'General') cell.numFmt = fmt;
      }),
    );
    for (const c of g.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const m of g.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return wb;
}

async function throughFile(grids: readonly SheetGrid[]): Promise<SheetGrid[]> {
  const buffer = await writeGrids(grids).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return new ExcelJsWorkbook(back).readSheets();
}

function scanOrError(grids: readonly SheetGrid[]): string[] {
  try {
    return findingKeys(scan(grids));
  } catch (e) {
    return [`scan threw: ${e instanceof Error ? e.message : String(e)}`];
  }
}

const mergeKey = (m: MergedArea): string => `${m.top}:${m.left}-${m.bottom}:${m.right}`;

// Every variant carries a header band; a host that reports no merges is not what a file says.
const bands = MUTATIONS.filter((m) => m.name.startsWith('band.') && m.name !== 'band.inferred-merges');
const anyBand: MutationSpec = { name: 'band.*', arbitrary: fc.oneof(...bands.map((b) => b.arbitrary)) };
const others = MUTATIONS.filter((m) => m.name !== 'band.inferred-merges');

test(`messy ledgers keep their merged areas and findings through a real .xlsx (${RUNS} variants)`, async () => {
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(variantArb(others, 3, [anyBand]), async (v: Variant) => {
      runs++;
      const { grids } = renderVariant(v);
      const back = await throughFile(grids);
      expect(back.map((g) => g.name)).toEqual(grids.map((g) => g.name));
      grids.forEach((g, i) => {
        expect(back[i].merges?.map(mergeKey).sort()).toEqual((g.merges ?? []).map(mergeKey).sort());
        expect(back[i].hiddenColumns).toEqual(g.hiddenColumns);
      });
      // A scan that throws on a known gap throws the same on the file.
      expect(diffFindings(scanOrError(grids), scanOrError(back))).toEqual({ missing: [], extra: [] });
    }),
    { seed: SEED, numRuns: RUNS },
  );
  console.log(`messy-ledger generator through .xlsx: ${runs} variants, seed ${SEED}`);
}, 120_000);
