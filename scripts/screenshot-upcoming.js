// Screenshots the 待办 tab of the built task pane (dist/) in headless Debian Chromium, preview mode.
// Usage: npm run build && node scripts/screenshot-upcoming.js   → docs/taskpane-upcoming*.png
const fs = require('node:fs');
const path = require('node:path');
const { serveDist, launchChromium } = require('./paneServer');

const DOCS = path.join(__dirname, '..', 'docs');

(async () => {
  fs.mkdirSync(DOCS, { recursive: true });
  const server = await serveDist();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const requests = [];
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 860 }, deviceScaleFactor: 2, acceptDownloads: true });
    page.on('request', (r) => requests.push(r.url()));
    // The preview's sample ledger is for 2025: look at it from 2025-11-10.
    await page.goto(`${base}/taskpane.html?preview&lang=zh-CN&panel=upcoming`);
    await page.locator('input[type="date"]').fill('2025-11-10');
    await page.getByRole('button', { name: '刷新待办' }).click();
    await page.getByText(/^2025-11-10 – /).waitFor();
    await page.screenshot({ path: path.join(DOCS, 'taskpane-upcoming.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载日历文件/ }).click()]);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    console.log(`download ${download.suggestedFilename()}: ${(ics.match(/BEGIN:VEVENT/g) || []).length} events`);
    await page.getByRole('radio', { name: /90天/ }).check();
    await page.getByText(/^2025-11-10 – 2026-02-08/).waitFor();
    await page.getByRole('button', { name: /月度工作提醒/ }).click();
    await page.getByText(/已写入工作表/).waitFor();
    await page.screenshot({ path: path.join(DOCS, 'taskpane-upcoming-90.png'), fullPage: true });
    const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:'));
    console.log(`screenshots written to docs/; requests outside the add-in's own origin: ${foreign.length}`);
  } finally {
    await browser.close();
    server.close();
  }
})();
