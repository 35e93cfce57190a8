import { planTemplate, uniqueSheetName } from '../../src/core/template/templatePlan';
import { templateRequest } from '../support/workbooks';

describe('planning a template into an existing workbook', () => {
  it('plans every sheet into an empty workbook', () => {
    const r = planTemplate(templateRequest(), []);
    expect(r.status).toBe('planned');
    if (r.status !== 'planned') return;
    expect(r.plan.sheets.map((s) => s.name)).toEqual(['设置', '党员名册', '入党积极分子及发展对象', '党费收缴台账', '会议及活动记录', '学习培训记录', '谈心谈话记录', '年度工作清单', '规则说明']);
    expect(r.plan.activate).toBe('党员名册');
  });

  it('stops at a clash (any letter case) when no policy is given', () => {
    expect(planTemplate(templateRequest('en-US'), ['members', 'Other'])).toEqual({ status: 'clash', clashes: ['Members'] });
  });

  it('renames clashing sheets to a free name, and formulas follow the renamed settings sheet', () => {
    const r = planTemplate(templateRequest(), ['设置', '设置 (2)', '党员名册'], 'rename');
    if (r.status !== 'planned') throw new Error('expected a plan');
    expect(r.sheets.filter((s) => s.outcome === 'renamed').map((s) => s.name)).toEqual(['设置 (3)', '党员名册 (2)']);
    const dues = r.plan.sheets.find((s) => s.kind === 'dues')!;
    expect(JSON.stringify(dues.blocks)).toContain("'设置 (3)'!$F:$F");
  });

  it('skips clashing sheets, never planning them, and reads the kept settings sheet', () => {
    const r = planTemplate(templateRequest(), ['设置'], 'skip');
    if (r.status !== 'planned') throw new Error('expected a plan');
    expect(r.plan.sheets.map((s) => s.name)).not.toContain('设置');
    expect(r.sheets.find((s) => s.kind === 'settings')?.outcome).toBe('skipped');
    expect(JSON.stringify(r.plan.sheets.find((s) => s.kind === 'dues')!.blocks)).toContain("'设置'!$F:$F");
  });

  it('adds the settings sheet when the dues formulas need it and the workbook has none', () => {
    const r = planTemplate(templateRequest('zh-CN', ['dues']), []);
    if (r.status !== 'planned') throw new Error('expected a plan');
    expect(r.sheets.map((s) => [s.name, s.addedForFormulas])).toEqual([['设置', true], ['党费收缴台账', false]]);
    const roster = planTemplate(templateRequest('zh-CN', ['roster']), []);
    expect(roster.status === 'planned' && roster.plan.sheets.map((s) => s.name)).toEqual(['党员名册']);
  });

  it('keeps renamed sheets within Excel’s 31 characters', () => {
    const long = 'x'.repeat(31);
    const name = uniqueSheetName(long, [long]);
    expect(name).toHaveLength(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });
});

describe('finding our findings sheet by name', () => {
  it('knows 检查结果, its renamed copies and the other languages, and nothing else', async () => {
    const { hasFindingsSheet } = await import('../../src/core/scan/scanPlan');
    expect(hasFindingsSheet(['党员名册', '检查结果 (2)'])).toBe(true);
    expect(hasFindingsSheet(['Findings'])).toBe(true);
    expect(hasFindingsSheet(['檢查結果'])).toBe(true);
    expect(hasFindingsSheet(['检查结果汇总', '党员名册'])).toBe(false);
  });
});
