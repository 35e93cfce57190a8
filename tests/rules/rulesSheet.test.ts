import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { runScan } from '../../src/app/scanWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { LANGUAGES, localize } from '../../src/core/i18n/language';
import { RULES, ruleInfo } from '../../src/core/rules/ruleCatalogue';
import { planTemplate } from '../../src/core/template/templatePlan';
import { RULES_FIRST_ROW, RULES_SHEET } from '../../src/core/template/rulesSheet';
import { TEMPLATE_SHEET_ORDER } from '../../src/core/schema/sheetSchemas';
import { generatedSample, roundTrip, templateRequest } from '../support/workbooks';

jest.setTimeout(60_000);
const today = calendarDate(2025, 12, 31);

describe('the 规则说明 sheet', () => {
  it('comes with the settings sheet, in each language, one row per catalogue rule, printable on A4', () => {
    for (const lang of LANGUAGES) {
      const planned = planTemplate(templateRequest(lang), []);
      if (planned.status !== 'planned') throw new Error('expected a plan');
      const sheet = planned.plan.sheets.find((s) => s.name === localize(RULES_SHEET, lang))!;
      expect(sheet).toBeDefined();
      expect(sheet.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: [3, 3] });
      const rows = sheet.blocks[0].values.slice(RULES_FIRST_ROW - 1);
      expect(rows.map((r) => r[0])).toEqual(RULES.map((r) => r.id));
      // Where to change the number: the settings row's label as the settings sheet shows it.
      const settings = planned.plan.sheets.find((s) => s.kind === 'settings')!;
      const settingsLabels = settings.blocks.flatMap((b) => b.values.map((v) => v[0]));
      const branchSize = rows.find((r) => r[0] === 'branch.size')!;
      const label = String(branchSize[4]).split(/[：:]/)[0];
      expect(settingsLabels).toContain(label);
    }
  });

  it('is not added when only some ledgers are asked for, and can be asked for', () => {
    const some = planTemplate(templateRequest('zh-CN', ['roster', 'dues']), []);
    if (some.status !== 'planned') throw new Error('expected a plan');
    expect(some.plan.sheets.map((s) => s.name)).not.toContain('规则说明');
    const asked = planTemplate({ ...templateRequest('zh-CN', ['roster']), includeRules: true }, []);
    if (asked.status !== 'planned') throw new Error('expected a plan');
    expect(asked.plan.sheets.map((s) => s.name)).toEqual(['党员名册', '规则说明']);
    expect(planTemplate({ ...templateRequest('zh-CN', TEMPLATE_SHEET_ORDER) }, ['规则说明'])).toEqual({ status: 'clash', clashes: ['规则说明'] });
  });

  it('the 检查结果 sheet links each rule id to its row, and the scan never reads the rules sheet as a ledger', async () => {
    const { wb } = await generatedSample(30, true);
    const book = new ExcelJsWorkbook(wb);
    const { result } = await runScan(book, { today, lang: 'zh-CN', write: true, asOf: today });
    expect(result.recognized.map((r) => r.sheet)).not.toContain('规则说明');
    expect(result.unrecognized).not.toContain('规则说明');
    const back = await roundTrip(book);
    const findings = back.getWorksheet('检查结果')!;
    const rules = back.getWorksheet('规则说明')!;
    let linked = 0;
    findings.eachRow((row, n) => {
      if (n < 7) return;
      const v = row.getCell(4).value as ExcelJS.CellFormulaValue | string;
      if (typeof v === 'string') throw new Error(`rule cell D${n} is not a link`);
      const m = /^HYPERLINK\("#'?规则说明'?!A(\d+)","([^"]+)"\)$/.exec(v.formula);
      expect(m).not.toBeNull();
      expect(v.result).toBe(m![2]);
      expect(rules.getCell(`A${m![1]}`).value).toBe(ruleInfo(m![2]).id);
      linked++;
    });
    expect(linked).toBe(result.findings.length);
  });

  it('without a 规则说明 sheet the rule id is plain text', async () => {
    const { wb } = await generatedSample(10, true);
    wb.removeWorksheet(wb.getWorksheet('规则说明')!.id);
    const book = new ExcelJsWorkbook(await roundTrip(new ExcelJsWorkbook(wb)));
    await runScan(book, { today, lang: 'zh-CN', write: true, asOf: today });
    const back = await roundTrip(book);
    expect(typeof back.getWorksheet('检查结果')!.getCell('D7').value).toBe('string');
  });
});
