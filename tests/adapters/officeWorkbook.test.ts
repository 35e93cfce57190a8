import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { generateTemplate } from '../../src/app/generateTemplate';
import { generateSampleLedger } from '../../src/core/sample/sampleLedger';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { TEMPLATE_SHEET_ORDER } from '../../src/core/schema/sheetSchemas';
import type { TemplateRequest } from '../../src/core/template/templatePlan';
import { newRecording, recordingProxy, type Recording } from '../support/recordingProxy';
import { templateRequest } from '../support/workbooks';
import { SheetExistsError } from '../../src/port/workbookPort';

interface Harness {
  context: Excel.RequestContext;
  syncs: jest.SpyInstance;
  rec: Recording;
  added: string[];
}

function harness(existing: string[]): Harness {
  const rec = newRecording();
  const added: string[] = [];
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: existing.map((name) => ({ name, visibility: 'Visible' })),
        add: (name: string) => {
          added.push(name);
          return recordingProxy(rec, `sheet[${name}]`);
        },
        getItem: (name: string) => recordingProxy(rec, `getItem[${name}]`),
      },
    },
  });
  const context = mock as unknown as Excel.RequestContext;
  const syncs = jest.spyOn(mock, 'sync');
  return { context, syncs, rec, added };
}

const sampleRequest = (members: number): TemplateRequest => {
  const sample = generateSampleLedger({ members, year: 2025, asOf: calendarDate(2025, 12, 31) });
  const { settings, ...data } = sample.data;
  return { settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: calendarDate(2025, 12, 31) };
};

describe('the Office.js adapter', () => {
  it('generates the template in two syncs: one to read names, one to write', async () => {
    const h = harness(['Sheet1']);
    const outcome = await generateTemplate(new OfficeWorkbook(h.context, () => true), templateRequest());
    expect(outcome.status).toBe('written');
    expect(h.syncs).toHaveBeenCalledTimes(2);
    expect(h.added).toEqual(['设置', '党员名册', '入党积极分子及发展对象', '党费收缴台账', '会议及活动记录', '学习培训记录', '谈心谈话记录', '年度工作清单', '规则说明']);
  });

  it('writes values as 2-D blocks, formulas with "=", dates as serials', async () => {
    const h = harness([]);
    await generateTemplate(new OfficeWorkbook(h.context, () => true), sampleRequest(30));
    const formulaWrites = h.rec.writes.filter((w) => w.path.endsWith('.formulas') && w.path.startsWith('sheet[党费收缴台账]'));
    expect(formulaWrites.length).toBeGreaterThan(0);
    const block = formulaWrites.find((w) => Array.isArray(w.value) && (w.value as unknown[][]).length > 50)!.value as unknown[][];
    expect(String(block[0][5])).toMatch(/^=IF\(\$B4="",""/);
    const roster = h.rec.writes.find((w) => w.path.startsWith('sheet[党员名册]') && w.path.endsWith('.values') && (w.value as unknown[][]).length > 30)!.value as unknown[][];
    expect(typeof roster[0][4]).toBe('number'); // birth date as a serial
    expect(roster[0][4]).toBeGreaterThan(20000);
  });

  it('keeps one write round and a constant number of range proxies whatever the size', async () => {
    const small = harness([]);
    await generateTemplate(new OfficeWorkbook(small.context, () => true), sampleRequest(30));
    const large = harness([]);
    await generateTemplate(new OfficeWorkbook(large.context, () => true), sampleRequest(3000));
    expect(small.syncs).toHaveBeenCalledTimes(2);
    expect(large.syncs).toHaveBeenCalledTimes(2);
    // Only the layout decides the proxy count (columns, styles, blocks), never the number of cells.
    expect(large.rec.rangeProxies).toBe(small.rec.rangeProxies);
    expect(large.rec.rangeProxies).toBeLessThan(600);
    // Filled rows with wrapped text: Excel fits them, one call per sheet that needs it, not a height per row.
    const fits = (h: Harness) => h.rec.calls.filter((c) => c.path.endsWith('autofitRows')).map((c) => c.path.split('.')[0]);
    expect(fits(large)).toEqual(fits(small));
    expect(fits(large).length).toBeGreaterThan(0);
  });

  it('sets drop-downs, freeze panes and print setup where the requirement sets allow', async () => {
    const h = harness([]);
    await generateTemplate(new OfficeWorkbook(h.context, () => true), templateRequest());
    const rules = h.rec.writes.filter((w) => w.path.endsWith('dataValidation.rule'));
    expect(rules.some((w) => JSON.stringify(w.value).includes('"source":"男,女"'))).toBe(true);
    expect(h.rec.calls.some((c) => c.path.endsWith('freezePanes.freezeAt') || c.path.endsWith('freezePanes.freezeRows'))).toBe(true);
    expect(h.rec.writes.some((w) => w.path.endsWith('pageLayout.orientation') && w.value === 'Landscape')).toBe(true);
    expect(h.rec.calls.some((c) => c.path.endsWith('setPrintTitleRows') && c.args[0] === '$3:$3')).toBe(true);
  });

  it('degrades on Excel 2019 (ExcelApi 1.7): no validation or page layout calls, and says so', async () => {
    const h = harness([]);
    const only17 = (set: string, version: string): boolean => set === 'ExcelApi' && Number(version) <= 1.7;
    const outcome = await generateTemplate(new OfficeWorkbook(h.context, only17), templateRequest());
    expect(outcome.status === 'written' && outcome.report.degraded).toEqual(['data-validation', 'print-setup']);
    expect(h.rec.writes.some((w) => w.path.includes('dataValidation') || w.path.includes('pageLayout'))).toBe(false);
    expect(h.syncs).toHaveBeenCalledTimes(2);
  });

  it('hands a clash back without writing anything', async () => {
    const h = harness(['党员名册']);
    const outcome = await generateTemplate(new OfficeWorkbook(h.context, () => true), templateRequest());
    expect(outcome).toEqual({ status: 'clash', clashes: ['党员名册'] });
    expect(h.added).toEqual([]);
    expect(h.syncs).toHaveBeenCalledTimes(1);
  });

  it('renames on request and never adds a sheet over an existing one', async () => {
    const h = harness(['党员名册']);
    await generateTemplate(new OfficeWorkbook(h.context, () => true), templateRequest(), 'rename');
    expect(h.added).toContain('党员名册 (2)');
    const again = harness(['设置']);
    const port = new OfficeWorkbook(again.context, () => true);
    await port.sheetNames();
    await expect(port.applyPlan({ sheets: [{ name: '设置', kind: 'settings', columnWidths: [], styles: [], blocks: [], merges: [], validations: [], conditionalFormats: [] }] })).rejects.toBeInstanceOf(SheetExistsError);
    expect(again.added).toEqual([]);
  });
});
