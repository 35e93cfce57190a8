#!/usr/bin/env node
// The web edition's budget, measured and printed (no thresholds here or in tests): the size of
// dist-web/branch-ledger.html, its first paint in headless Chromium from file://, and the time
// to check a 300-member ledger in the page. Needs `npm run build:web` and Debian's chromium.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const HTML = path.join(ROOT, 'dist-web', 'branch-ledger.html');
const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const html = fs.readFileSync(HTML);
  console.log(`size         ${html.length} bytes (${(html.length / 1024 / 1024).toFixed(2)} MiB), gzipped ${zlib.gzipSync(html).length} bytes   budget 2,500,000 bytes`);
  if (!CHROMIUM) {
    console.log('no chromium found (apt-get install chromium): paint and check times not measured');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-bench-'));
  const ledger = path.join(dir, 'sample-300.xlsx');
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'branch-ledger.js'), 'sample', '--members', '300', '--year', '2025', '--out', ledger], { stdio: 'ignore' });

  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  console.log(`browser      ${CHROMIUM} ${browser.version()}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  const paint = [];
  const ready = [];
  const check = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`file://${HTML}`);
    await page.getByTestId('open-files').waitFor();
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.getEntriesByName('branch-ledger:ready')[0]?.startTime ?? NaN,
    }));
    paint.push(t.fcp);
    ready.push(t.ready);
    await page.getByTestId('open-files').setInputFiles(ledger);
    await page.getByTestId('as-of').fill('2025-12-31');
    const start = await page.evaluate(() => performance.now());
    await page.getByTestId('run-scan').click();
    await page.getByTestId('download-findings-json').waitFor({ timeout: 120000 });
    const end = await page.evaluate(() => performance.now());
    check.push(end - start);
    await page.close();
  }
  await browser.close();
  const ms = (xs) => `${median(xs).toFixed(0)} ms (median of ${RUNS}: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(`first paint  ${ms(paint)}   budget < 1000 ms (the loading line, painted before the script runs)`);
  console.log(`app on screen ${ms(ready)}   (script parsed, dictionary inflated, first React render)`);
  console.log(`check 300    ${ms(check)}   budget < 2000 ms (read the file, check, write highlights + findings sheet, list the findings)`);
  fs.rmSync(dir, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
