import { localize } from '../i18n/language';
import { SETTINGS_ITEMS } from '../schema/settingsSchema';
import { BASIS_DOCUMENTS, LOCAL_MARK, citeBasis } from './basisDocuments';
import { OUTPUT_CONTRACTS } from './jsonContract';
import { RULES, ruleParameters, type RuleInfo } from './ruleCatalogue';
import { SEVERITY_WORDS, formatParameterValue } from './ruleExplanation';

/**
 * docs/rules.md, generated from the catalogue (`npm run docs:rules`); a test fails when the file
 * and this text differ. zh-CN prose with the English ids and field names the JSON carries.
 */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const severityZh = (r: RuleInfo): string => `${localize(SEVERITY_WORDS[r.severity], 'zh-CN')} \`${r.severity}\``;

function exampleFinding(r: RuleInfo): Record<string, unknown> {
  const e = r.example;
  const row = e.cell ? Number(/\d+/.exec(e.cell)?.[0]) : null;
  return {
    rule: e.rule,
    severity: r.severity,
    sheet: e.sheet,
    row,
    column: null,
    cell: e.cell ?? null,
    member: e.member ?? null,
    period: e.period ?? null,
    meetingType: e.meetingType ?? null,
    group: null,
    message: e.message,
    basis: citeBasis(r.citations, 'zh-CN'),
  };
}

function ruleSection(r: RuleInfo): string[] {
  const zh = (l: { zh: string; en: string }): string => localize(l, 'zh-CN');
  const params = ruleParameters(r.id);
  const lines = [`### \`${r.id}\` ${zh(r.title)}`, '', `- **检查什么**：${zh(r.what)}`, `- **为什么**：${zh(r.why)}`, `- **严重程度**：${severityZh(r)}${r.severityNote ? `；${zh(r.severityNote)}` : ''}`, `- **依据**：${citeBasis(r.citations, 'zh-CN')}`];
  if (params.length || r.settingsItems.length) {
    lines.push('- **默认值和设置项**（在“设置”表“值”列修改）：', '', '  | 设置项（“项目”列） | key（“键”列） | 默认值 | 默认值的依据 |', '  |---|---|---|---|');
    for (const p of params) lines.push(`  | ${cell(zh(p.label))} | \`${p.id}\` | ${cell(formatParameterValue(p, p.defaultValue, 'zh-CN'))} | ${cell(citeBasis(p.citations, 'zh-CN'))} |`);
    for (const key of r.settingsItems) {
      const item = SETTINGS_ITEMS.find((s) => s.key === key);
      lines.push(`  | ${cell(item ? zh(item.label) : key)} | \`${key}\` | — | 支部基本情况 |`);
    }
    lines.push('');
  } else {
    lines.push('- **默认值和设置项**：无可调整的数值', '');
  }
  lines.push('示例（`scan --format json` 中的一项）：', '', '```json', JSON.stringify(exampleFinding(r), null, 2), '```', '');
  return lines;
}

export function renderRulesReference(): string {
  const zh = (l: { zh: string; en: string }): string => localize(l, 'zh-CN');
  const out: string[] = [
    '# 规则说明 · Rules reference',
    '',
    '<!-- 本文件由 `npm run docs:rules` 从 src/core/rules/ 生成，请勿手改；测试会比对。 Generated from src/core/rules/ by `npm run docs:rules`: do not edit. -->',
    '',
    '一键检查（任务窗格、功能区、`cli scan`）按下列规则检查台账。每条规则有稳定的编号（`rule`），',
    'JSON 输出、检查结果表、任务窗格都用这个编号。同样的内容也在工作簿的“规则说明”表（生成台账时一并生成，',
    '检查结果表中的规则编号链接到该表的对应行）、`cli rules` 命令和任务窗格中每条问题的“规则说明”里。',
    '',
    '- **严重程度**：严重 `critical`（红）、警告 `warning`（黄）、提示 `info`（蓝）。',
    '- **数字都可以改**：每个数字是“设置”表中的一行（“项目”列为名称，“键”列为 key），在“值”列填写本单位标准即覆盖默认值；',
    '  `npm run --silent cli -- rules --from 台账.xlsx` 列出一个工作簿实际使用的值及其来源。',
    `- **依据**：党内法规写全称和年份；标“${zh(LOCAL_MARK)}示例”的是随本工具提供的示例性本单位规定。在“设置”表“本单位规定名称”`,
    `  填写本单位的规定名称后，检查结果改为引用该名称（标“${zh(LOCAL_MARK)}”，不再引用示例的条款号）。`,
    '- **周期**：一个周期（月、季度、半年、年）在最后一天（加上宽限天数）不晚于检查基准日时才检查。',
    '',
    '## 规则一览',
    '',
    '| rule | 名称 | 严重程度 | 设置项（默认值） |',
    '|---|---|---|---|',
  ];
  for (const r of RULES) {
    const params = ruleParameters(r.id).map((p) => `${zh(p.label)}（${formatParameterValue(p, p.defaultValue, 'zh-CN')}）`);
    const items = r.settingsItems.map((k) => zh(SETTINGS_ITEMS.find((s) => s.key === k)?.label ?? { zh: k, en: k }));
    out.push(`| [\`${r.id}\`](#${r.id.replace(/[^a-z0-9-]/g, '').toLowerCase()}-${zh(r.title)}) | ${cell(zh(r.title))} | ${severityZh(r)} | ${cell([...params, ...items].join('；') || '—')} |`);
  }
  out.push('', '## 各条规则', '');
  for (const r of RULES) out.push(...ruleSection(r));

  out.push('## 依据文件', '', '| 文件 | 年份 | 类别 |', '|---|---|---|');
  for (const d of BASIS_DOCUMENTS) {
    if (d.kind === 'tool') continue;
    out.push(`| ${cell(zh(d.title))} | ${d.year ?? '—'} | ${d.kind === 'national' ? '党内法规、国家标准' : `${zh(LOCAL_MARK)}示例（可在“设置”表改为本单位规定名称）`} |`);
  }
  out.push('', '标“本工具设置”的数字（宽限天数、提前提醒天数、小数位）不是规定，是本工具的做法，同样可以修改。', '');

  out.push('## JSON 输出', '', '字段名为英文，含义如下。`[]` 表示数组中的每一项。', '');
  for (const c of OUTPUT_CONTRACTS) {
    out.push(`### \`${c.command}\``, '', '```sh', c.invocation, '```', '', c.note, '', '| 字段 | 类型 | 说明 |', '|---|---|---|');
    for (const field of c.fields) out.push(`| \`${cell(field.path)}\` | ${cell(field.type)} | ${cell(field.description)} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
