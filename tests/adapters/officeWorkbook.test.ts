import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { generateTemplate } from '../../src/app/generateTemplate';
import { generateSampleLedger } from '../../src/core/sample/sampleLedger';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { TEMPLATE_SHEET_ORDER } from '../../src/core/schema/sheetSchemas';
import type { TemplateRequest } from '../../src/core/template/templatePlan';
import { templateRequest } from '../support/workbooks';
import { SheetExistsError } from '../../src/port/workbookPort';
import { StrictExcel, type HostProfile } from '../support/strictExcel';

const empty = (name: string) => ({ name, visible: true, values: [], numberFormats: [], hiddenColumns: [] });

function host(existing: string[], profile: HostProfile = 'web', excelApi?: string) {
  const excel = new StrictExcel(existing.map(empty), { profile, excelApi });
  const syncs = jest.spyOn(excel.context, 'sync');
  const port = new OfficeWorkbook(excel.context, excel.supports);
  const ops = () => excel.syncs.flatMap((s) => s.ops);
  return { excel, syncs, port, ops };
}

const sampleRequest = (members: number): TemplateRequest => {
  const sample = generateSampleLedger({ members, year: 2025, asOf: calendarDate(2025, 12, 31) });
  const { settings, ...data } = sample.data;
  return { settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: calendarDate(2025, 12, 31) };
};

describe('the Office.js adapter (on the strict Excel fake)', () => {
  it('generates the template in two syncs: one to read names, one to write', async () => {
    const h = host(['Sheet1']);
    const outcome = await generateTemplate(h.port, templateRequest());
    expect(outcome.status).toBe('written');
    expect(h.syncs).toHaveBeenCalledTimes(2);
    expect(h.excel.sheets.map((s) => s.name)).toEqual(['Sheet1', '设置', '党员名册', '入党积极分子及发展对象', '党费收缴台账', '会议及活动记录', '学习培训记录', '谈心谈话记录', '年度工作清单', '规则说明']);
    // Names only: loading 'items' alone would bring every property of every sheet.
    expect(h.ops()).toContain('worksheets.load(items/name,items/visibility)');
  });

  it('writes formulas with "=", dates as serials shown as dates, ID numbers as text', async () => {
    const h = host([]);
    await generateTemplate(h.port, sampleRequest(30));
    const dues = h.excel.cell('党费收缴台账', 3, 5);
    expect(dues?.formula).toMatch(/^=IF\(\$B4="",""/);
    const roster = h.excel.sheet('党员名册');
    const header = [...Array(30).keys()].map((c) => h.excel.cell('党员名册', 2, c)?.value);
    const birth = h.excel.cell('党员名册', 3, header.indexOf('出生日期*'))!;
    expect(typeof birth.value).toBe('number');
    expect(birth.numberFormat).not.toBe('General');
    const id = h.excel.cell('党员名册', 3, header.indexOf('身份证号'));
    expect(typeof id?.value).toBe('string');
    expect(roster.cells.size).toBeGreaterThan(30 * 10);
  });

  it('keeps one write sync and a constant number of proxies whatever the size, under the web cap', async () => {
    const small = host([]);
    await generateTemplate(small.port, sampleRequest(30));
    const large = host([]);
    await generateTemplate(large.port, sampleRequest(2000));
    expect(small.syncs).toHaveBeenCalledTimes(2);
    // 2,000 members is more than one request may carry on the web: the values go in a few syncs.
    const largeWrites = large.syncs.mock.calls.length - 1;
    expect(largeWrites).toBeGreaterThanOrEqual(1);
    for (const s of large.excel.syncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
    console.log(`template writes: 30 members ${small.excel.syncs[1].requestBytes} bytes in 1 sync; 2,000 members ${large.excel.syncs.slice(1).map((s) => s.requestBytes).join(' + ')} bytes in ${largeWrites}`);
    // Only the layout decides the proxy count (columns, styles, blocks), never the number of cells.
    expect(large.excel.proxies).toBeLessThan(small.excel.proxies + 40);
    expect(large.excel.proxies).toBeLessThan(700);
    // Filled rows with wrapped text: Excel fits them, one call per sheet that needs it, not a height per row.
    const fits = (h: ReturnType<typeof host>) => h.ops().filter((o) => o.endsWith('autofitRows()')).length;
    expect(fits(large)).toEqual(fits(small));
    expect(fits(large)).toBeGreaterThan(0);
  });

  it('sets drop-downs, freeze panes and print setup where the requirement sets allow', async () => {
    const h = host([]);
    await generateTemplate(h.port, templateRequest());
    const roster = h.excel.sheet('党员名册');
    const rules = [...roster.props].filter(([k]) => k.endsWith('dataValidation.rule')).map(([, v]) => JSON.stringify(v));
    expect(rules.some((r) => r.includes('"source":"男,女"'))).toBe(true);
    expect(roster.calls.some((c) => c.startsWith('freezePanes.'))).toBe(true);
    expect(roster.props.get('pageLayout.orientation')).toBe('Landscape');
    expect(roster.calls).toContain('pageLayout.setPrintTitleRows("$3:$3")');
  });

  it('on Excel 2021 (ExcelApi 1.14, the oldest Excel with SharedRuntime 1.1) nothing degrades', async () => {
    const h = host([], 'win2021');
    const outcome = await generateTemplate(h.port, templateRequest());
    expect(outcome.status === 'written' && outcome.report.degraded).toEqual([]);
  });

  it('guards each feature by its requirement set: a host below ExcelApi 1.8 (none can load the add-in) gets the sheets and is told what is missing', async () => {
    const h = host([], 'win365', '1.7');
    const outcome = await generateTemplate(h.port, templateRequest());
    expect(outcome.status === 'written' && outcome.report.degraded).toEqual(['data-validation', 'print-setup']);
    expect(h.ops().some((o) => o.includes('dataValidation') || o.includes('pageLayout'))).toBe(false);
    expect(h.syncs).toHaveBeenCalledTimes(2);
  });

  it('freezes columns alone without freezing row 1', async () => {
    const h = host([]);
    await h.port.applyPlan({ sheets: [{ name: '表', kind: 'settings', columnWidths: [], styles: [], blocks: [], merges: [], freeze: { rows: 0, cols: 2 }, validations: [], conditionalFormats: [] }] });
    expect(h.excel.sheet('表').calls).toEqual(['freezePanes.freezeColumns(2)']);
  });

  it('hands a clash back without writing anything', async () => {
    const h = host(['党员名册']);
    const outcome = await generateTemplate(h.port, templateRequest());
    expect(outcome).toEqual({ status: 'clash', clashes: ['党员名册'] });
    expect(h.excel.sheets.map((s) => s.name)).toEqual(['党员名册']);
    expect(h.syncs).toHaveBeenCalledTimes(1);
  });

  it('renames on request and never adds a sheet over an existing one', async () => {
    const h = host(['党员名册']);
    await generateTemplate(h.port, templateRequest(), 'rename');
    expect(h.excel.sheets.map((s) => s.name)).toContain('党员名册 (2)');
    const again = host(['设置']);
    await again.port.sheetNames();
    await expect(again.port.applyPlan({ sheets: [{ name: '设置', kind: 'settings', columnWidths: [], styles: [], blocks: [], merges: [], validations: [], conditionalFormats: [] }] })).rejects.toBeInstanceOf(SheetExistsError);
    expect(again.excel.sheets.map((s) => s.name)).toEqual(['设置']);
  });
});
