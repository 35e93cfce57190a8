import { sampleGridsFromPlan } from './support/workbooks';
import { recognizeSheet } from '../src/core/read/recognizeSheets';
import { readWorkbook } from '../src/core/read/readLedger';
it('prof', () => {
  const g = sampleGridsFromPlan(3000, true);
  readWorkbook(sampleGridsFromPlan(30, true), 2025);
  for (const grid of g) {
    let t = Date.now();
    const r = recognizeSheet(grid);
    const rec = Date.now() - t;
    t = Date.now();
    readWorkbook([grid], 2025);
    console.log(grid.name, grid.values.length, 'recognize', rec, 'read', Date.now() - t, r?.kind);
  }
});
