// Reading and checking speed on generated ledgers of 30, 300 and 3,000 members. Figures only, no
// thresholds (see README). For each size:
//   load   ExcelJS's full load of the .xlsx and its grids (what a command writing a copy needs)
//   read   the streaming read of the same file alone (ours: src/adapters/exceljs/streamingRead.ts)
//   scan   the streaming read plus the whole check (what `scan` without --out does)
//   ratio  scan / load (target ≤ 1.0)
//   peak   the peak memory (RSS) of the CLI process for scan, scan --out and summary --out
// Then the peak memory of every command that reads a ledger, on the 3,000-member one (target: each
// at most 600 MB; a check alone at most 300 MB).
const { mkdtempSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const ROOT = join(__dirname, '..');

if (process.argv[2] === '--child') {
  // One CLI run in its own process, reporting its peak memory.
  process.on('exit', () => process.stderr.write(`\nPEAK_RSS ${process.resourceUsage().maxRSS}\n`));
  process.argv.splice(1, 2, join(ROOT, 'bin', 'branch-ledger.js'));
  require(join(ROOT, 'bin', 'branch-ledger.js'));
  return;
}

const cli = (m) => require(join(ROOT, 'dist-cli', m));
const { newXlsx, openXlsx, saveXlsx } = cli('adapters/exceljs/xlsxFiles.js');
const { streamSheetGrids } = cli('adapters/exceljs/streamingRead.js');
const { generateTemplate } = cli('app/generateTemplate.js');
const { generateSampleLedger } = cli('core/sample/sampleLedger.js');
const { scanWorkbook } = cli('core/scan/scanWorkbook.js');
const { calendarDate } = cli('core/calendar/calendarDate.js');
const { TEMPLATE_SHEET_ORDER } = cli('core/schema/sheetSchemas.js');

const asOf = calendarDate(2025, 12, 31);
const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
const ms = (t) => `${t.toFixed(0)} ms`;
const best = async (runs, f) => {
  let t = Infinity;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    const start = performance.now();
    await f();
    t = Math.min(t, performance.now() - start);
  }
  return t;
};

function peakMb(args) {
  const r = spawnSync(process.execPath, [__filename, '--child', ...args, '--max-mb', '50'], { encoding: 'utf8', cwd: dir });
  const m = /PEAK_RSS (\d+)/.exec(r.stderr);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return m ? `${(Number(m[1]) / 1024).toFixed(0)} MB` : '?';
}

(async () => {
  let last = '';
  console.log('members  file     cells     load      read      scan      ratio  findings  peak: scan   scan --out  summary --out');
  for (const members of [30, 300, 3000]) {
    const sample = generateSampleLedger({ members, year: 2025, asOf, plantProblems: true });
    const { settings, ...data } = sample.data;
    const book = newXlsx();
    await generateTemplate(book, { settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: asOf }, 'rename');
    const file = join(dir, `sample-${members}.xlsx`);
    await saveXlsx(book, file);

    const runs = members >= 3000 ? 2 : 3;
    let cells = 0;
    const load = await best(runs, async () => {
      const grids = await (await openXlsx(file, 50)).readSheets();
      cells = grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.length, 0), 0);
    });
    const read = await best(runs, () => streamSheetGrids(file));
    let findings = 0;
    const scan = await best(runs, async () => {
      findings = scanWorkbook(await streamSheetGrids(file), { asOf, today: asOf, lang: 'zh-CN' }).findings.length;
    });
    const peaks = [peakMb(['scan', file, '--as-of', '2025-12-31']), peakMb(['scan', file, '--as-of', '2025-12-31', '--out', join(dir, `checked-${members}.xlsx`)]), peakMb(['summary', file, '--out', join(dir, `summary-${members}.xlsx`)])];
    if (members === 3000) last = file;
    console.log(
      `${String(members).padEnd(8)} ${`${(statSync(file).size / 1024).toFixed(0)} KB`.padEnd(8)} ${String(cells).padEnd(9)} ${ms(load).padEnd(9)} ${ms(read).padEnd(9)} ${ms(scan).padEnd(9)} ${(scan / load).toFixed(2).padEnd(6)} ${String(findings).padEnd(9)} ${peaks[0].padEnd(12)} ${peaks[1].padEnd(11)} ${peaks[2]}`,
    );
  }
  console.log('\npeak memory of each command, 3,000 members');
  const out = (name) => join(dir, name);
  const commands = [
    ['scan', last, '--as-of', '2025-12-31'],
    ['scan', last, '--as-of', '2025-12-31', '--out', out('c.xlsx'), '--force'],
    ['summary', last, '--out', out('s.xlsx'), '--force'],
    ['summary', last, '--only', '--out', out('so.xlsx'), '--force'],
    ['upcoming', last, '--as-of', '2025-12-01'],
    ['fill-dues', last, '--month', '2025-12', '--out', out('f.xlsx'), '--force'],
    ['sync-roster', last, '--out', out('r.xlsx'), '--force'],
    ['init', '--year', '2025', '--branch', '示例', '--into', last, '--out', out('i.xlsx'), '--force'],
    ['rules', '--from', last],
  ];
  for (const c of commands) console.log(`  ${peakMb(c).padStart(7)}  ${c.filter((a) => a !== last && !a.startsWith(dir)).join(' ')}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
