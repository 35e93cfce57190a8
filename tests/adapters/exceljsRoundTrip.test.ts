import type ExcelJS from 'exceljs';
import { generatedSample, generatedTemplate } from '../support/workbooks';
import { LEDGER_SCHEMAS, type SheetSchema } from '../../src/core/schema/sheetSchemas';
import { headerLabel, HEADER_ROW, FIRST_DATA_ROW } from '../../src/core/template/ledgerLayout';
import { localize, LANGUAGES, type Language } from '../../src/core/i18n/language';
import { enumLabels } from '../../src/core/template/labels';
import { RULE_PARAMETERS } from '../../src/core/rules/ruleParameters';
import { columnLetter } from '../../src/core/plan/writePlan';
import { ANNUAL_OBLIGATIONS } from '../../src/core/template/annualObligations';

type Validation = ExcelJS.DataValidation;
const validationAt = (ws: ExcelJS.Worksheet, address: string): Validation | undefined =>
  (ws as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model[address];
const letterOf = (schema: SheetSchema, key: string): string => columnLetter(schema.columns.findIndex((c) => c.key === key) + 1);

describe.each(LANGUAGES.map((l) => [l]))('the %s template read back from xlsx', (lang: Language) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await generatedTemplate(lang);
  });

  it('has the eight sheets of DOMAIN.md §2 in order', () => {
    const expected = lang === 'en-US'
      ? ['Settings', 'Members', 'Development pipeline', 'Dues ledger', 'Meetings', 'Study hours', 'Talks', 'Annual obligations', 'Rules']
      : lang === 'zh-CN'
        ? ['设置', '党员名册', '入党积极分子及发展对象', '党费收缴台账', '会议及活动记录', '学习培训记录', '谈心谈话记录', '年度工作清单', '规则说明']
        : ['設定', '黨員名冊', '入黨積極分子及發展對象', '黨費收繳台帳', '會議及活動記錄', '學習培訓記錄', '談心談話記錄', '年度工作清單', '規則說明'];
    expect(wb.worksheets.map((w) => w.name)).toEqual(expected);
  });

  it.each(Object.values(LEDGER_SCHEMAS).map((s) => [s.kind, s]))('%s: header, freeze, widths, print setup', (_kind, schema: SheetSchema) => {
    const ws = wb.getWorksheet(localize(schema.name, lang))!;
    const header = (ws.getRow(HEADER_ROW).values as unknown[]).slice(1);
    expect(header).toEqual(schema.columns.map((c) => headerLabel(c, lang)));
    expect(ws.getCell(HEADER_ROW, 1).font?.bold).toBe(true);
    expect(ws.getCell(HEADER_ROW, 1).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFC00000' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    // Money columns above a totals row may be wider, so the sums print (not ###).
    schema.columns.forEach((c, i) => (schema.kind === 'dues' && (c.type === 'money' || c.type === 'payment') ? expect(ws.getColumn(i + 1).width).toBeGreaterThanOrEqual(c.width) : expect(ws.getColumn(i + 1).width).toBe(c.width)));
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` });
    // The title is the sheet's first row; a page header repeating it printed it twice.
    expect(ws.headerFooter.oddHeader ?? '').not.toContain(localize(schema.name, lang));
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.getCell(1, 1).value).toContain('第一党支部');
    expect(ws.getCell(1, 1).isMerged).toBe(true);
  });

  it.each(Object.values(LEDGER_SCHEMAS).map((s) => [s.kind, s]))('%s: a drop-down on every enumerated column, date and number formats', (_kind, schema: SheetSchema) => {
    const ws = wb.getWorksheet(localize(schema.name, lang))!;
    schema.columns.forEach((c, i) => {
      const top = `${columnLetter(i + 1)}${FIRST_DATA_ROW}`;
      const v = validationAt(ws, top);
      if (c.type === 'enum' && !c.computed) {
        expect(v?.type).toBe('list');
        expect(v?.formulae[0]).toBe(`"${enumLabels(c.enumeration!, lang).join(',')}"`);
        // The list covers the prepared rows, not just the first.
        expect(validationAt(ws, `${columnLetter(i + 1)}${FIRST_DATA_ROW + 25}`)?.type).toBe('list');
      }
      if (c.type === 'date') {
        expect(v?.type).toBe('date');
        expect(ws.getCell(top).numFmt).toBe('yyyy-mm-dd');
      }
      if (c.type === 'idNumber') expect(ws.getCell(top).numFmt).toBe('@');
    });
  });

  it('dues: live formulas for rate, monthly due, yearly sums and a 合计 row', () => {
    const schema = LEDGER_SCHEMAS.dues;
    const ws = wb.getWorksheet(localize(schema.name, lang))!;
    const settingsName = wb.worksheets[0].name;
    const row = FIRST_DATA_ROW;
    const f = (key: string, r = row): string => (ws.getCell(`${letterOf(schema, key)}${r}`).value as ExcelJS.CellFormulaValue).formula;
    expect(f('rate')).toContain(`MATCH("dues.employed.bracket1",'${settingsName}'!$F:$F,0)`);
    expect(f('monthlyDue')).toContain('ROUND(');
    expect(f('yearPaid')).toBe(`IF($B${row}="","",SUM(G${row}:R${row}))`);
    expect(ws.getCell(`${letterOf(schema, 'monthlyDue')}${row}`).numFmt).toBe('"¥"#,##0.00');
    // The totals row follows the prepared rows.
    let totalRow = row;
    while (ws.getCell(`B${totalRow}`).value !== (lang === 'en-US' ? 'Total' : lang === 'zh-CN' ? '合计' : '合計')) totalRow++;
    expect(totalRow).toBeGreaterThan(row + 50);
    expect(f('yearPaid', totalRow)).toBe(`SUM(T${row}:T${totalRow - 1})`);
    expect(f('m1', totalRow)).toBe(`SUM(G${row}:G${totalRow - 1})`);
  });

  it('settings: every rule parameter with its default and basis, keyed for formulas', () => {
    const ws = wb.worksheets[0];
    const keys: string[] = [];
    ws.eachRow((r) => {
      const key = r.getCell(6).value;
      if (typeof key === 'string' && key.includes('.')) keys.push(key);
    });
    for (const p of RULE_PARAMETERS) expect(keys).toContain(p.id);
    const rowOf = (key: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((r) => (r.getCell(6).value === key ? (found = r) : undefined));
      return found!;
    };
    expect(rowOf('dues.employed.rate3').getCell(2).value).toBe(0.015);
    expect(rowOf('dues.employed.rate3').getCell(3).value).toBe(0.015);
    expect(rowOf('study.hoursMember').getCell(2).value).toBe(32);
    expect(String(rowOf('branch.maxMembers').getCell(5).value)).toMatch(/支部工作条例|支部工作條例|Work of Party Branches/);
    expect(rowOf('ledger.year').getCell(2).value).toBe(2025);
    expect(validationAt(ws, `B${rowOf('meeting.frequency.lecture').number}`)?.type).toBe('list');
  });

  it('annual obligations are pre-filled with the year’s due dates and a live status', () => {
    const schema = LEDGER_SCHEMAS.obligation;
    const ws = wb.getWorksheet(localize(schema.name, lang))!;
    expect(ws.getCell(`B${FIRST_DATA_ROW}`).value).toBe(localize(ANNUAL_OBLIGATIONS[0].item, lang));
    const dueCell = ws.getCell(`C${FIRST_DATA_ROW + ANNUAL_OBLIGATIONS.length - 1}`);
    expect(dueCell.value).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect((ws.getCell(`G${FIRST_DATA_ROW}`).value as ExcelJS.CellFormulaValue).formula).toContain('TODAY()');
  });
});

describe('the sample ledger read back from xlsx', () => {
  it('carries members, payments and formula results the core computed', async () => {
    const { wb, sample } = await generatedSample(30);
    const roster = wb.getWorksheet('党员名册')!;
    const members = sample.data.members;
    expect(roster.getCell(`B${FIRST_DATA_ROW}`).value).toBe(members[0].name);
    expect(roster.getCell(`G${FIRST_DATA_ROW}`).value).toBe(members[0].idNumber);
    const dues = wb.getWorksheet('党费收缴台账')!;
    const monthly = dues.getCell(`F${FIRST_DATA_ROW}`).value as ExcelJS.CellFormulaValue;
    expect(monthly.formula).toContain('ROUND(');
    const base = dues.getCell(`D${FIRST_DATA_ROW}`).value as number;
    expect(base).toBe((members[0].incomeBaseFen ?? 0) / 100);
    // The paid months hold the due amount to the fen.
    expect(dues.getCell(`G${FIRST_DATA_ROW}`).value).toBe(monthly.result);
  });

  it('opens with pre-filled rows tall enough for their wrapped text, and one-line rows left to Excel', async () => {
    const { wb } = await generatedSample(30);
    const ws = wb.getWorksheet('会议及活动记录')!;
    const header = ws.getRow(FIRST_DATA_ROW - 1).values as unknown[];
    const summaryCol = header.findIndex((v) => typeof v === 'string' && v.startsWith('内容摘要'));
    const width = ws.getColumn(summaryCol).width!;
    let tall = 0;
    for (let r = FIRST_DATA_ROW; ws.getCell(r, 1).value !== null; r++) {
      const text = String(ws.getCell(r, summaryCol).value ?? '');
      const units = [...text].reduce((n, ch) => n + (/[\u2E80-\uFFFF]/.test(ch) ? 2 : 1), 0);
      const lines = Math.ceil((units * 1.1) / width);
      if (lines > 1) {
        tall += 1;
        expect(ws.getRow(r).height).toBeGreaterThanOrEqual(lines * 14);
      }
    }
    expect(tall).toBeGreaterThan(5);
    expect(ws.getRow(FIRST_DATA_ROW + 200).height).toBeUndefined();
  });
});
