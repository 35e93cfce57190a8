// Screenshots the built task pane (dist/) in headless Debian Chromium, in preview mode (no Excel).
// Usage: npm run build && npm run screenshot   → docs/taskpane*.png
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
    const page = await browser.newPage({ viewport: { width: 360, height: 860 }, deviceScaleFactor: 2 });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/taskpane.html?preview&lang=zh-CN`);
    await page.getByPlaceholder('如：机关第一党支部').fill('机关第一党支部');
    await page.getByRole('button', { name: '生成台账' }).click();
    await page.getByText('已生成').waitFor();
    await page.screenshot({ path: path.join(DOCS, 'taskpane.png'), fullPage: true });
    await page.goto(`${base}/taskpane.html?preview&lang=zh-CN&existing=党员名册`);
    await page.getByPlaceholder('如：机关第一党支部').fill('机关第一党支部');
    await page.getByRole('button', { name: '生成台账' }).click();
    await page.getByText('工作簿中已有同名工作表').waitFor();
    await page.screenshot({ path: path.join(DOCS, 'taskpane-clash.png'), fullPage: true });
    await page.goto(`${base}/taskpane.html?preview&lang=zh-CN&panel=scan`);
    await page.getByRole('button', { name: '开始检查' }).click();
    await page.getByText(/^警告 \d+$/).waitFor();
    await page.screenshot({ path: path.join(DOCS, 'taskpane-scan.png'), fullPage: true });
    // A finding's rule, explained (what, why, basis, where to change the number).
    const group = page.getByRole('region', { name: 'dues.missing' });
    await group.getByRole('button', { name: '规则说明' }).click();
    await group.getByRole('note').waitFor();
    await group.screenshot({ path: path.join(DOCS, 'taskpane-rule.png') });
    await page.goto(`${base}/taskpane.html?preview&lang=zh-CN&panel=summary`);
    await page.getByRole('button', { name: '生成年度汇总' }).click();
    await page.getByText('党费公布表', { exact: false }).last().waitFor();
    await page.screenshot({ path: path.join(DOCS, 'taskpane-summary.png'), fullPage: true });
    await page.goto(`${base}/taskpane.html?preview&lang=zh-CN&panel=helpers`);
    await page.getByText(/应到人员/).waitFor();
    await page.getByRole('textbox', { name: /主题/ }).fill('学习党的二十届三中全会精神');
    await page.getByRole('checkbox', { name: /缺席/ }).nth(3).check();
    await page.getByRole('textbox', { name: /原因/ }).fill('出差');
    await page.screenshot({ path: path.join(DOCS, 'taskpane-meeting-form.png'), fullPage: true });
    const dialog = await browser.newPage({ viewport: { width: 420, height: 300 }, deviceScaleFactor: 2 });
    dialog.on('request', (r) => requests.push(r.url()));
    await dialog.goto(`${base}/dialog.html?lang=zh-CN&critical=3&warning=16&info=0&sheet=检查结果`);
    await dialog.getByText('严重 3').waitFor();
    await dialog.screenshot({ path: path.join(DOCS, 'ribbon-scan-dialog.png') });
    await dialog.goto(`${base}/dialog.html?lang=zh-CN&error=${encodeURIComponent('工作簿正处于单元格编辑状态，请按 Enter 或 Esc 后重试。')}`);
    await dialog.getByText('检查未能完成').waitFor();
    await dialog.screenshot({ path: path.join(DOCS, 'ribbon-scan-error.png') });
    // Excel without WebView2 hosts the pane in IE 11: the page must explain rather than stay blank.
    const legacy = await browser.newContext({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', locale: 'zh-CN' });
    const old = await legacy.newPage({ viewport: { width: 360, height: 200 } });
    await old.goto(`${base}/taskpane.html?preview`);
    await old.getByText(/无法运行支部台账助手/).waitFor();
    if (await old.getByRole('tab').count()) throw new Error('the pane rendered under an IE 11 user agent');
    await legacy.close();
    const foreign = requests.filter((u) => !u.startsWith(base));
    console.log(`screenshots written to docs/; requests outside the add-in's own origin: ${foreign.length}`);
    if (foreign.length) console.log(foreign.join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
