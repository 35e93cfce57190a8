import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { calendarDateFromLocal } from '../../src/core/calendar/calendarDate';
import { ALLOWED_URL, WEB_URL, ensureWebBuild, findChromium, launch } from './webBrowser';
import { writeFixtures, type Fixtures } from './webFixtures';

/**
 * The web edition in a real browser: Debian's chromium driven by playwright-core, on the one
 * built file opened from file://. Every request the page makes is recorded; only file:, data:
 * and blob: may appear. Skipped, with a note, on a machine without chromium (CI installs it).
 */
const chromiumPath = findChromium();
if (!chromiumPath) {
  console.warn('tests/web: no chromium found (apt-get install chromium, or set CHROMIUM=path): the web edition’s browser tests are SKIPPED.');
}
const describeInBrowser = chromiumPath ? describe : describe.skip;

type Doc = { asOf: string; files: { file: string; asOf: string; year: number | null; sheets: unknown[]; findings: unknown[]; errors: string[] }[] };

async function cliJson(files: string[], asOf: string, lang: string): Promise<Doc> {
  const out: string[] = [];
  await main(['scan', ...files, '--as-of', asOf, '--format', 'json', '--lang', lang], { out: (l) => out.push(l), err: () => undefined, today: () => calendarDateFromLocal(new Date()) });
  return JSON.parse(out.join('\n')) as Doc;
}

/** File entries named by file name only: the CLI names the path it was given, the page the file's name. */
function byName(doc: Doc): Doc {
  return { ...doc, files: doc.files.map((f) => ({ ...f, file: basename(f.file), errors: f.errors.map((e) => e.replace(/(cannot read|no ledger recognised in) \/\S*\//, '$1 ')) })) };
}

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const values = (wb: ExcelJS.Workbook, names: string[]) => JSON.stringify(names.map((n) => [n, wb.getWorksheet(n)?.getSheetValues()]));
const ourRules = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings.filter((cf) => cf.rules.some((r) => (r.formulae ?? []).some((f) => f.includes('branch-ledger:'))));

describeInBrowser('the web edition (one HTML file, real Chromium, file://)', () => {
  let browser: Browser;
  let dir: string;
  let fx: Fixtures;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    dir = mkdtempSync(join(tmpdir(), 'ledger-web-'));
    fx = await writeFixtures(dir);
    browser = await launch(chromiumPath as string);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function openPage(locale: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ acceptDownloads: true, locale });
    context.on('request', (r) => requests.push(r.url()));
    // Belt and braces: anything but the page's own schemes is refused, and recorded above.
    await context.route(/^(?!file:|data:|blob:)/, (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(WEB_URL);
    await page.getByTestId('open-files').waitFor();
    return { context, page };
  }

  async function download(page: Page, testId: string): Promise<string> {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const path = join(dir, `${Date.now()}-${d.suggestedFilename()}`);
    await d.saveAs(path);
    return path;
  }

  async function checkOne(page: Page, file: string, asOf: string): Promise<void> {
    await page.getByTestId('open-files').setInputFiles(file);
    // The file is read asynchronously: the check panel for it is there once its name is listed.
    await page.getByTestId('file-list').getByText(basename(file), { exact: true }).waitFor();
    await page.getByTestId('as-of').fill(asOf);
    await page.getByTestId('run-scan').click();
    await page.getByTestId('download-findings-json').waitFor({ timeout: 60_000 });
  }

  it('checks a hand-made ledger with the CLI’s findings, and its checked copy is what `scan --out` writes', async () => {
    const { context, page } = await openPage('zh-CN');
    await checkOne(page, fx.handMade, '2025-06-30');
    // Grouped as in the pane: one section per rule.
    expect(await page.locator('section[aria-label]').count()).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(await download(page, 'download-findings-json'), 'utf8')) as Doc;
    const cli = await cliJson([fx.handMade], '2025-06-30', 'zh-CN');
    expect(json.files[0].findings.length).toBeGreaterThan(0);
    expect(byName(json)).toEqual(byName(cli));

    const checked = await readBook(await download(page, 'download-checked'));
    const original = await readBook(fx.handMade);
    const userSheets = original.worksheets.map((w) => w.name);
    expect(values(checked, userSheets)).toBe(values(original, userSheets));
    expect(checked.getWorksheet('检查结果')).toBeDefined();
    expect(ourRules(checked.getWorksheet('党费')!).length).toBeGreaterThan(0);

    const cliOut = join(dir, 'cli-checked.xlsx');
    await main(['scan', fx.handMade, '--as-of', '2025-06-30', '--lang', 'zh-CN', '--out', cliOut], { out: () => undefined, err: () => undefined, today: () => calendarDateFromLocal(new Date()) });
    const fromCli = await readBook(cliOut);
    const all = fromCli.worksheets.map((w) => w.name);
    expect(checked.worksheets.map((w) => w.name)).toEqual(all);
    expect(values(checked, all)).toBe(values(fromCli, all));
    expect(JSON.stringify(checked.worksheets.map(ourRules))).toBe(JSON.stringify(fromCli.worksheets.map(ourRules)));
    await context.close();
  }, 120_000);

  it('checks a template ledger in a zh-TW browser with the CLI’s zh-TW findings', async () => {
    const { context, page } = await openPage('zh-TW');
    expect(await page.locator('h1').textContent()).toContain('網頁版');
    await checkOne(page, fx.sampleTw, '2025-12-31');
    const json = JSON.parse(readFileSync(await download(page, 'download-findings-json'), 'utf8')) as Doc;
    expect(json.files[0].findings.length).toBeGreaterThan(5);
    expect(byName(json)).toEqual(byName(await cliJson([fx.sampleTw], '2025-12-31', 'zh-TW')));
    await context.close();
  }, 120_000);

  it('checks five files with one broken: a table of branches, the others go on, the report and JSON match the CLI’s', async () => {
    const { context, page } = await openPage('en-US');
    const files = [fx.sample, fx.handMade, fx.broken, fx.sampleTw, fx.blank];
    await page.getByTestId('open-files').setInputFiles(files);
    await page.getByRole('button', { name: 'Check all files' }).waitFor();
    await page.getByTestId('as-of').fill('2025-12-31');
    await page.getByTestId('run-scan').click();
    await page.getByTestId('download-report').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('batch-row').count()).toBe(5);
    const problems = await page.getByTestId('batch-problem').allTextContents();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Cannot be read: \S/);

    const json = byName(JSON.parse(readFileSync(await download(page, 'download-findings-json'), 'utf8')) as Doc);
    const cli = byName(await cliJson(files, '2025-12-31', 'en-US'));
    // The zip reader's own words may differ between its browser and Node builds; the rest may not.
    const withoutReason = (d: Doc) => ({ ...d, files: d.files.map((f) => ({ ...f, errors: f.errors.map((e) => e.replace(/^(cannot read [^:]+):.*$/, '$1')) })) });
    expect(withoutReason(json)).toEqual(withoutReason(cli));
    expect(json.files.map((f) => f.errors.length > 0)).toEqual([false, false, true, false, false]);

    const report = await readBook(await download(page, 'download-report'));
    const cliReport = join(dir, 'cli-report.xlsx');
    await main(['scan', ...files, '--as-of', '2025-12-31', '--lang', 'en-US', '--report', cliReport], { out: () => undefined, err: () => undefined, today: () => calendarDateFromLocal(new Date()) });
    const fromCli = await readBook(cliReport);
    const names = fromCli.worksheets.map((w) => w.name);
    expect(report.worksheets.map((w) => w.name)).toEqual(names);
    const normalise = (wb: ExcelJS.Workbook) => values(wb, names).split(`${dir}/`).join('').replace(/(cannot read [^:"]+):[^"]*/g, '$1');
    expect(normalise(report)).toBe(normalise(fromCli));
    await context.close();
  }, 300_000);

  it('checks the seven hand-made fixture ledgers (WPS, 繁體, mixed layouts) one by one with the CLI’s findings', async () => {
    const { context, page } = await openPage('zh-CN');
    const dirOf = join(__dirname, '..', 'fixtures', 'handmade');
    const fixtures = readdirSync(dirOf).filter((n) => n.endsWith('.xlsx'));
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
    for (const name of fixtures) {
      const asOf = (JSON.parse(readFileSync(join(dirOf, name.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as { asOf: string }).asOf;
      await checkOne(page, join(dirOf, name), asOf);
      const json = JSON.parse(readFileSync(await download(page, 'download-findings-json'), 'utf8')) as Doc;
      expect(byName(json)).toEqual(byName(await cliJson([join(dirOf, name)], asOf, 'zh-CN')));
    }
    await context.close();
  }, 300_000);

  it('says how to save an old .xls as .xlsx, and takes files dropped on the page', async () => {
    const { context, page } = await openPage('zh-CN');
    await page.getByTestId('open-files').setInputFiles(fx.oldXls);
    expect(await page.getByTestId('file-problem').textContent()).toContain('另存为');

    const ledger = readFileSync(fx.handMade).toString('base64');
    const dropped = await page.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], '拖入的台账.xlsx'));
      dt.items.add(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], '旧台账.et'));
      return dt;
    }, ledger);
    await page.dispatchEvent('h1', 'drop', { dataTransfer: dropped });
    await page.getByText('拖入的台账.xlsx').waitFor();
    expect(await page.getByTestId('file-problem').allTextContents()).toEqual([expect.stringContaining('.et')]);
    await page.getByTestId('as-of').fill('2025-06-30');
    await page.getByTestId('run-scan').click();
    await page.getByTestId('download-report').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('batch-row').count()).toBe(2);
    await context.close();
  }, 120_000);

  it('generates a template, a year-end summary and a month’s dues fill as downloads', async () => {
    const { context, page } = await openPage('zh-CN');
    await page.getByRole('tab', { name: '生成台账' }).click();
    await page.getByPlaceholder('如：机关第一党支部').fill('网页测试党支部');
    await page.getByRole('button', { name: '生成台账' }).click();
    const template = await readBook(await download(page, 'download-template'));
    expect(template.worksheets.map((w) => w.name)).toContain('党员名册');

    await page.getByTestId('open-files').setInputFiles(fx.sample);
    await page.getByRole('tab', { name: '年度汇总' }).click();
    await page.getByLabel('台账年度').fill('2025');
    await page.getByRole('button', { name: '生成年度汇总' }).click();
    const summary = await readBook(await download(page, 'download-summary'));
    const original = await readBook(fx.sample);
    expect(summary.worksheets.length).toBeGreaterThan(original.worksheets.length);
    const userSheets = original.worksheets.map((w) => w.name);
    expect(values(summary, userSheets)).toBe(values(original, userSheets));

    await page.getByTestId('open-files').setInputFiles(fx.handMade);
    await page.getByRole('tab', { name: '填写助手' }).click();
    await page.getByRole('tab', { name: '党费填写' }).click();
    await page.locator('input[type=month]').fill('2025-02');
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByRole('button', { name: '确认填写' }).click();
    const filled = await readBook(await download(page, 'download-filled'));
    const dues = filled.getWorksheet('党费')!;
    expect(dues.getCell('F3').value).toBe(75.02);
    expect(dues.getCell('F4').value).toBeNull();
    expect(filled.getWorksheet('修改记录')!.getCell('B2').value).toMatch(/^填写.*党费$/);
    await context.close();
  }, 180_000);

  it('makes no request but to file:, data: and blob:, and its CSP refuses a connection', async () => {
    const { context, page } = await openPage('zh-CN');
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(`blocked ${e.violatedDirective}`));
          fetch('http://127.0.0.1:9/').then(() => resolve('connected'), () => undefined);
        }),
    );
    expect(outcome).toBe('blocked connect-src');
    await context.close();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !ALLOWED_URL.test(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
