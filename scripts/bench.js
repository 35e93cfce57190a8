// Scan speed on generated ledgers of 30, 300 and 3,000 members: the time to load the .xlsx, the
// time to scan it, cells per second, and memory. Figures only: no thresholds (see README).
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const cli = (m) => require(join(__dirname, '..', 'dist-cli', m));
const { newXlsx, openXlsx, saveXlsx } = cli('adapters/exceljs/xlsxFiles.js');
const { generateTemplate } = cli('app/generateTemplate.js');
const { generateSampleLedger } = cli('core/sample/sampleLedger.js');
const { scanWorkbook } = cli('core/scan/scanWorkbook.js');
const { planScanOutput } = cli('core/scan/scanPlan.js');
const { calendarDate } = cli('core/calendar/calendarDate.js');
const { TEMPLATE_SHEET_ORDER } = cli('core/schema/sheetSchemas.js');

const asOf = calendarDate(2025, 12, 31);
const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
const ms = (t) => `${t.toFixed(0)} ms`;

(async () => {
  console.log('members  cells      load .xlsx  scan      plan output  cells/s (scan)  findings  heap MB');
  for (const members of [30, 300, 3000]) {
    const sample = generateSampleLedger({ members, year: 2025, asOf, plantProblems: true });
    const { settings, ...data } = sample.data;
    const book = newXlsx();
    await generateTemplate(book, { settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: asOf }, 'rename');
    const file = join(dir, `sample-${members}.xlsx`);
    await saveXlsx(book, file);

    global.gc?.();
    let t = performance.now();
    const opened = await openXlsx(file);
    const grids = await opened.readSheets();
    const load = performance.now() - t;
    const cells = grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.length, 0), 0);

    t = performance.now();
    const result = scanWorkbook(grids, { asOf, today: asOf, lang: 'zh-CN' });
    const scan = performance.now() - t;
    t = performance.now();
    planScanOutput(result, grids, 'zh-CN', result.branchName);
    const plan = performance.now() - t;
    const heap = process.memoryUsage().heapUsed / 1048576;
    console.log(
      `${String(members).padEnd(8)} ${String(cells).padEnd(10)} ${ms(load).padEnd(11)} ${ms(scan).padEnd(9)} ${ms(plan).padEnd(12)} ${String(Math.round(cells / (scan / 1000))).padEnd(15)} ${String(result.findings.length).padEnd(9)} ${heap.toFixed(0)}`,
    );
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
