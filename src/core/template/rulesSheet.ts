import { LANGUAGES, localize, type Language, type Localized } from '../i18n/language';
import { range, type PlanValue, type SheetPlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import { RULES, ruleInfo } from '../rules/ruleCatalogue';
import { explainRule, SEVERITY_WORDS } from '../rules/ruleExplanation';
import { GENERATED_NOTE } from '../scan/generatedSheets';
import { SETTINGS_NAME } from '../schema/sheetSchemas';
import { HEADER_STYLE, standardPrint, wrappedRowHeight } from './ledgerLayout';
import { sheetTitle } from './labels';

/** 规则说明: every rule, what it checks, its numbers and the settings row that changes each, its basis. Generated from the catalogue. */
export const RULES_SHEET: Localized = { zh: '规则说明', en: 'Rules', tw: '規則說明' };

const HEADERS: readonly Localized[] = [
  { zh: '规则', en: 'Rule' },
  { zh: '名称', en: 'Name' },
  { zh: '严重程度', en: 'Severity' },
  { zh: '检查什么', en: 'What is flagged' },
  { zh: '默认值（在“设置”表修改）', en: 'Default (change it on Settings)' },
  { zh: '依据', en: 'Basis' },
];
const WIDTHS = [24, 16, 10, 46, 34, 40];
export const RULES_HEADER_ROW = 3;
export const RULES_FIRST_ROW = 4;

/** Row height for wrapped text with line breaks (each line wraps on its own). */
function linesHeight(text: string, width: number): number {
  return text.split('\n').reduce((h, line) => h + wrappedRowHeight(line, width) - 6, 6);
}

export function buildRulesSheet(name: string, lang: Language, branchName: string, year: number, settingsSheet?: string): SheetPlan {
  const t = (l: Localized): string => localize(l, lang);
  const title = sheetTitle(branchName, year, t(RULES_SHEET), lang);
  const settings = settingsSheet ?? t(SETTINGS_NAME);
  const note = `${t(GENERATED_NOTE)} ${t({
    zh: `每条规则的数字都可在“${settings}”表的“值”列修改；“依据”中标“本单位规定示例”的，可在“${settings}”表填写本单位规定名称。检查结果中的规则编号链接到本表对应行。`,
    en: `Every number can be changed in the Value column of “${settings}”; a basis marked “local standard, example” can be renamed there to your own. Rule ids on the Findings sheet link to these rows.`,
  })}`;
  const n = HEADERS.length;
  const rows: PlanValue[][] = RULES.map((rule) => {
    const x = explainRule(rule.id, lang, { sheet: settings });
    const defaults = [...x.parameters.map((p) => `${p.label}：${p.defaultValue}`), ...x.settingsItems.map((s) => `${s}（${t({ zh: '支部基本情况', en: 'branch facts' })}）`)];
    const what = rule.severityNote ? `${x.what}\n${t(rule.severityNote)}` : x.what;
    return [rule.id, x.title, t(SEVERITY_WORDS[rule.severity]), what, defaults.join('\n') || '—', x.basis];
  });
  return {
    name,
    kind: 'rules',
    tabColor: '808080',
    columnWidths: WIDTHS,
    rowHeights: [
      { row: 1, height: 30 },
      { row: 2, height: wrappedRowHeight(note, WIDTHS.reduce((a, b) => a + b, 0), 9) },
    ],
    // Excel fits the wrapped rows in one call; ExcelJS gets the estimates.
    fitRows: {
      range: range(RULES_FIRST_ROW, 1, rows.length, n),
      estimatedHeights: rows.map((row, i) => ({ row: RULES_FIRST_ROW + i, height: Math.max(18, ...[3, 4, 5].map((c) => linesHeight(String(row[c]), WIDTHS[c]))) })),
    },
    styles: [
      { range: range(1, 1, 1, n), style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
      { range: range(2, 1, 1, n), style: { fontSize: 9, fontColor: '595959', wrap: true, vAlign: 'top' } },
      { range: range(RULES_HEADER_ROW, 1, 1, n), style: HEADER_STYLE },
      { range: range(RULES_FIRST_ROW, 1, rows.length, n), style: { border: true, vAlign: 'top', wrap: true } },
      { range: range(RULES_FIRST_ROW, 1, rows.length, 1), style: { fontColor: '404040', fontSize: 9 } },
    ],
    // One block, one write: title, note, header and the rules are contiguous rows of the same width.
    blocks: [{ row: 1, col: 1, values: [[title, ...Array<PlanValue>(n - 1).fill(null)], [note, ...Array<PlanValue>(n - 1).fill(null)], HEADERS.map(t), ...rows] }],
    merges: [range(1, 1, 1, n), range(2, 1, 1, n)],
    freeze: { rows: RULES_HEADER_ROW, cols: 0 },
    validations: [],
    conditionalFormats: [],
    print: standardPrint(title, lang, RULES_HEADER_ROW),
  };
}

export function isRulesSheetName(name: string): boolean {
  const base = name.toLowerCase().replace(/ \(\d+\)$/, '');
  return LANGUAGES.some((l) => localize(RULES_SHEET, l).toLowerCase() === base);
}

/**
 * Where each rule's row is in a workbook's 规则说明 sheet, read from the sheet itself (so an older
 * sheet, or one in another language, still links right). Empty when the workbook has none.
 */
export function rulesSheetRows(grids: readonly SheetGrid[]): { sheet: string; rows: ReadonlyMap<string, number> } | null {
  const grid = grids.find((g) => isRulesSheetName(g.name));
  if (!grid) return null;
  const rows = new Map<string, number>();
  grid.values.forEach((row, i) => {
    const v = row[0];
    if (typeof v === 'string' && RULES.some((r) => r.id === v.trim())) rows.set(v.trim(), i + 1);
  });
  return rows.size ? { sheet: grid.name, rows } : null;
}

/** The row of a finding's rule (`roster.missing-field` → the row of `*.missing-field`). */
export function ruleRow(index: { rows: ReadonlyMap<string, number> } | null, ruleId: string): number | null {
  if (!index) return null;
  try {
    return index.rows.get(ruleInfo(ruleId).id) ?? null;
  } catch {
    return null;
  }
}
