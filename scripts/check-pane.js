// The built task pane (dist/) as a person meets it, in headless Debian Chromium at 350 px, in
// preview mode: the time to the first render (median of several loads), accessibility (axe-core:
// serious and critical violations), and anything wider than the pane. Prints the figures; exits 1
// on an axe violation or an overflow. Usage: npm run build && npm run check:pane
// Needs axe-core (a devDependency) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
const { serveDist, launchChromium } = require('./paneServer');

const WIDTH = 350;
const LOADS = 7;
const AXE = require.resolve(process.env.AXE_PATH || 'axe-core/axe.min.js');


// Recorded in the page: the moment the tab list (the pane's first render) exists.
const FIRST_RENDER = `new MutationObserver((_, o) => {
  if (document.querySelector('[role="tab"]')) { window.__firstRender = performance.now(); o.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
  });
}

async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('#root *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > width + 0.5 && getComputedStyle(e).position !== 'fixed';
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''} ends at ${Math.round(e.getBoundingClientRect().right)} px (pane ${width} px)`);
  });
}

(async () => {
  const server = await serveDist();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  let problems = 0;
  try {
    // axe is injected as a script: the pane's CSP (script-src 'self') is bypassed for the check only.
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript(FIRST_RENDER);

    const times = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto(`${base}/taskpane.html?preview&lang=zh-CN`);
      await page.waitForFunction(() => window.__firstRender !== undefined);
      times.push(await page.evaluate(() => window.__firstRender));
    }
    times.sort((a, b) => a - b);
    console.log(`first render (tabs shown), ${LOADS} loads: median ${times[LOADS >> 1].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[LOADS - 1].toFixed(0)} ms`);

    const views = [
      ['template (zh-CN)', 'template', 'zh-CN', async () => undefined],
      ['template (en-US)', 'template', 'en-US', async () => undefined],
      ['template (zh-TW)', 'template', 'zh-TW', async () => undefined],
      ['check, after a run', 'scan', 'zh-CN', async () => {
        await page.getByRole('button', { name: '开始检查' }).click();
        await page.getByText(/^警告 \d+$/).waitFor();
      }],
      ['check, filter matching nothing', 'scan', 'zh-CN', async () => {
        await page.getByRole('button', { name: '开始检查' }).click();
        await page.getByPlaceholder('按姓名、规则或说明筛选').fill('没有这个人');
        await page.getByText('无匹配结果').waitFor();
      }],
      ['year end, written', 'summary', 'zh-CN', async () => {
        await page.getByRole('button', { name: '生成年度汇总' }).click();
        await page.getByText('已生成').waitFor();
      }],
      ['meeting form, one absentee', 'helpers', 'zh-CN', async () => {
        await page.getByText(/应到人员/).waitFor();
        await page.getByRole('checkbox', { name: /缺席/ }).nth(3).check();
      }],
      ['meeting form (en-US)', 'helpers', 'en-US', async () => {
        await page.getByText(/Expected/).waitFor();
        await page.getByRole('checkbox', { name: /absent/ }).nth(3).check();
      }],
    ];
    for (const [label, panel, lang, act] of views) {
      await page.goto(`${base}/taskpane.html?preview&lang=${lang}&panel=${panel}`);
      await page.getByRole('tab').first().waitFor();
      await act();
      const found = [...(await axe(page)), ...(await overflow(page))];
      problems += found.length;
      console.log(`${label.padEnd(32)} ${found.length ? `\n  ${found.join('\n  ')}` : 'axe serious/critical 0, nothing wider than the pane'}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems) process.exit(1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
