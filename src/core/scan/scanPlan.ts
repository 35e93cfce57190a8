import { formatIsoDate } from '../calendar/calendarDate';
import { LANGUAGES, localize, type Language, type Localized } from '../i18n/language';
import {
  HIGHLIGHT_STYLE,
  cellAddress,
  columnNumber,
  range,
  sheetRef,
  type HighlightSpec,
  type PlanValue,
  type SheetPlan,
  type StyledRange,
  type WritePlan,
} from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import { HEADER_STYLE, standardPrint, wrappedRowHeight } from '../template/ledgerLayout';
import { uniqueSheetName } from '../template/templatePlan';
import { SEVERITY_ORDER, type Finding, type Severity } from './finding';
import { sheetReadLabel } from './sheetsRead';
import { ruleInfo } from './ruleCatalogue';
import type { ScanResult } from './scanWorkbook';
import { GENERATED_NOTE, isGeneratedSheet } from './generatedSheets';
import { ruleRow, rulesSheetRows } from '../template/rulesSheet';

export const FINDINGS_SHEET: Localized = { zh: '检查结果', en: 'Findings', tw: '檢查結果' };
export const SEVERITY_LABEL: Readonly<Record<Severity, Localized>> = {
  critical: { zh: '严重', en: 'Critical', tw: '嚴重' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Info' },
};
const HEADERS: readonly Localized[] = [
  { zh: '序号', en: 'No.' },
  { zh: '严重程度', en: 'Severity' },
  { zh: '问题', en: 'Issue' },
  { zh: '规则', en: 'Rule' },
  { zh: '工作表', en: 'Sheet' },
  { zh: '位置', en: 'Cell' },
  { zh: '党员', en: 'Member' },
  { zh: '期间', en: 'Period' },
  { zh: '会议类型', en: 'Meeting type' },
  { zh: '党小组', en: 'Group' },
  { zh: '说明', en: 'Details' },
  { zh: '依据', en: 'Basis' },
];
const WIDTHS = [12, 9, 22, 26, 18, 10, 10, 10, 13, 12, 46, 46];
const FIRST_ROW = 7;
/** Text columns of the findings table as [first column, count]: 严重程度…工作表, then 党员…依据. */
const TEXT_COLUMNS: readonly (readonly [number, number])[] = [
  [2, 4],
  [7, 6],
];
const HEADER = FIRST_ROW - 1;

/** Whether a workbook's sheet names include a findings sheet (ours, maybe renamed “检查结果 (2)”). */
export function hasFindingsSheet(names: readonly string[]): boolean {
  const bases = LANGUAGES.map((l) => localize(FINDINGS_SHEET, l).toLowerCase());
  return names.some((n) => bases.includes(n.toLowerCase().replace(/ \(\d+\)$/, '')));
}

/** Groups a sheet's flagged cells by their most severe finding, merging runs along a row (P31:R31). */
export function highlightsFor(findings: readonly Finding[]): HighlightSpec[] {
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    if (!f.cell) continue;
    const cells = worst.get(f.sheet) ?? new Map<string, Severity>();
    const prev = cells.get(f.cell);
    if (!prev || SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(prev)) cells.set(f.cell, f.severity);
    worst.set(f.sheet, cells);
  }
  const specs: HighlightSpec[] = [];
  for (const [sheet, cells] of worst) {
    for (const severity of SEVERITY_ORDER) {
      const byRow = new Map<number, number[]>();
      for (const [address, s] of cells) {
        if (s !== severity) continue;
        const m = /^([A-Z]+)(\d+)$/.exec(address)!;
        const col = columnNumber(m[1]);
        const row = Number(m[2]);
        byRow.set(row, [...(byRow.get(row) ?? []), col]);
      }
      const addresses: string[] = [];
      for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
        cols.sort((a, b) => a - b);
        let start = cols[0];
        for (let i = 1; i <= cols.length; i++) {
          if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
          const end = cols[i - 1];
          addresses.push(start === end ? cellAddress(row, start) : `${cellAddress(row, start)}:${cellAddress(row, end)}`);
          start = cols[i];
        }
      }
      if (addresses.length) specs.push({ sheet, severity, addresses });
    }
  }
  return specs;
}

function findingsSheet(name: string, result: ScanResult, lang: Language, branchName: string | null, rulesIndex: ReturnType<typeof rulesSheetRows> = null): SheetPlan {
  const t = (l: Localized): string => localize(l, lang);
  // A rule id links to its row of the workbook's 规则说明 sheet, when the workbook has one.
  const ruleCell = (rule: string): PlanValue => {
    const row = ruleRow(rulesIndex, rule);
    return row && rulesIndex ? { formula: `HYPERLINK("#${sheetRef(rulesIndex.sheet).replace(/"/g, '""')}!A${row}","${rule}")`, result: rule } : rule;
  };
  const ncols = HEADERS.length;
  const title = lang === 'en-US'
    ? `${branchName ? `${branchName} — ` : ''}Ledger check as of ${formatIsoDate(result.asOf)}`
    : `${branchName ?? ''}台账检查结果（检查基准日 ${formatIsoDate(result.asOf)}）`;
  const counts = SEVERITY_ORDER.map((s) => `${t(SEVERITY_LABEL[s])} ${result.counts[s]}`);
  const found = result.recognized.map((r) => sheetReadLabel(r, lang)).join(lang === 'en-US' ? ', ' : '、') || '—';
  const notFound = result.unrecognized.length ? result.unrecognized.join('、') : '—';
  const rows: PlanValue[][] = result.findings.map((f, i) => [
    i + 1,
    t(SEVERITY_LABEL[f.severity]),
    t(ruleInfo(f.rule).title),
    ruleCell(f.rule),
    f.sheet,
    f.cell ? { formula: `HYPERLINK("#${sheetRef(f.sheet).replace(/"/g, '""')}!${f.cell}","${f.cell}")`, result: f.cell } : f.row ? `${f.row}` : null,
    f.member,
    f.period,
    f.meetingType,
    f.group,
    f.message,
    f.basis,
  ]);
  const styles: StyledRange[] = [
    { range: range(1, 1, 1, ncols), style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
    { range: range(2, 1, 1, ncols), style: { fontSize: 9, fontColor: '595959' } },
    { range: range(HEADER, 1, 1, ncols), style: HEADER_STYLE },
    ...(rows.length ? [{ range: range(FIRST_ROW, 1, rows.length, ncols), style: { border: true, vAlign: 'top' as const } }] : []),
    ...(rows.length ? [{ range: range(FIRST_ROW, 11, rows.length, 2), style: { wrap: true } }] : []),
    ...(rows.length ? [{ range: range(FIRST_ROW, 6, rows.length, 1), style: { fontColor: '0563C1' } }] : []),
    ...(rows.length && rulesIndex ? [{ range: range(FIRST_ROW, 4, rows.length, 1), style: { fontColor: '0563C1' } }] : []),
    // The legend: each severity's colour next to its count.
    ...SEVERITY_ORDER.map((s, i) => ({ range: range(3, 2 + i * 2, 1, 2), style: { fill: HIGHLIGHT_STYLE[s].fill, fontColor: HIGHLIGHT_STYLE[s].fontColor, bold: true, hAlign: 'center' as const } })),
  ];
  // Findings come sorted by severity: one styled run per severity, not one per finding (a style is
  // several objects in an Excel request, and thousands of findings must stay far under the web's 5 MB).
  for (let i = 0; i < result.findings.length; ) {
    const severity = result.findings[i].severity;
    let end = i;
    while (end < result.findings.length && result.findings[end].severity === severity) end++;
    styles.push({ range: range(FIRST_ROW + i, 2, end - i, 1), style: { fill: HIGHLIGHT_STYLE[severity].fill, fontColor: HIGHLIGHT_STYLE[severity].fontColor, bold: HIGHLIGHT_STYLE[severity].bold } });
    i = end;
  }
  // Every column but 序号 (a number) and 位置 (a link formula, or a row number kept as text) holds text:
  // formatted as Text before the values, so a period "2025-03", a name or a topic stays as written.
  if (rows.length) for (const [col, cols] of TEXT_COLUMNS) styles.push({ range: range(FIRST_ROW, col, rows.length, cols), style: { numberFormat: '@' } });
  const blank = (n: number): PlanValue[] => Array<PlanValue>(n).fill(null);
  const legendLabel = t({ zh: '图例与统计', en: 'Legend and counts' });
  return {
    name,
    kind: 'findings',
    tabColor: 'C00000',
    columnWidths: WIDTHS,
    rowHeights: [{ row: 1, height: 28 }],
    // Wrapped 说明 and 依据 need taller rows: Excel fits them in one call, a file writer sets the estimates.
    ...(rows.length
      ? { fitRows: { range: range(FIRST_ROW, 1, rows.length, ncols), estimatedHeights: result.findings.map((f, i) => ({ row: FIRST_ROW + i, height: Math.max(wrappedRowHeight(f.message, WIDTHS[10]), wrappedRowHeight(f.basis, WIDTHS[11])) })) } }
      : {}),
    styles,
    blocks: [
      { row: 1, col: 1, values: [[title, ...blank(ncols - 1)]] },
      { row: 2, col: 1, values: [[t(GENERATED_NOTE), ...blank(ncols - 1)]] },
      { row: 3, col: 1, values: [[legendLabel, counts[0], null, counts[1], null, counts[2], null, ...blank(ncols - 7)]] },
      { row: 4, col: 1, values: [[t({ zh: '已识别的台账', en: 'Ledgers read' }), found, ...blank(ncols - 2)]] },
      { row: 5, col: 1, values: [[t({ zh: '未识别的工作表', en: 'Sheets not read' }), notFound, ...blank(ncols - 2)]] },
      { row: HEADER, col: 1, values: [HEADERS.map(t)] },
      ...(rows.length ? [{ row: FIRST_ROW, col: 1, values: rows }] : [{ row: FIRST_ROW, col: 1, values: [[t({ zh: '未发现问题。', en: 'Nothing found.' }), ...blank(ncols - 1)]] }]),
    ],
    merges: [range(1, 1, 1, ncols), range(2, 1, 1, ncols), range(3, 2, 1, 2), range(3, 4, 1, 2), range(3, 6, 1, 2), range(4, 2, 1, ncols - 1), range(5, 2, 1, ncols - 1)],
    freeze: { rows: HEADER, cols: 0 },
    validations: [],
    conditionalFormats: [],
    print: standardPrint(title, lang, HEADER),
  };
}

/** Replaces the previous scan's output (its findings sheet and highlights) with this scan's. */
export function planScanOutput(result: ScanResult, grids: readonly SheetGrid[], lang: Language, branchName: string | null, highlightInPlace = true): WritePlan {
  const previous = grids.filter(isGeneratedSheet).map((g) => g.name);
  const wanted = localize(FINDINGS_SHEET, lang);
  const ownWithName = previous.find((n) => n.toLowerCase() === wanted.toLowerCase());
  const taken = grids.map((g) => g.name).filter((n) => !previous.includes(n) || n === ownWithName);
  const name = ownWithName ?? (taken.some((n) => n.toLowerCase() === wanted.toLowerCase()) ? uniqueSheetName(wanted, taken) : wanted);
  const findingsPrevious = previous.filter((n) => grids.find((g) => g.name === n)?.values[0]?.some((v) => typeof v === 'string' && /检查结果|檢查結果|Ledger check/.test(v)));
  return {
    deleteSheets: findingsPrevious,
    clearHighlights: true,
    sheets: [findingsSheet(name, result, lang, branchName, rulesSheetRows(grids))],
    highlights: highlightInPlace ? highlightsFor(result.findings) : [],
    activate: name,
  };
}

/** “Clear highlights”: the add-in's highlight rules and its findings sheet go; nothing else changes. */
export function planClearHighlights(grids: readonly SheetGrid[]): WritePlan {
  const findings = grids.filter(isGeneratedSheet).filter((g) => g.values[0]?.some((v) => typeof v === 'string' && /检查结果|檢查結果|Ledger check/.test(v)));
  return { deleteSheets: findings.map((g) => g.name), clearHighlights: true, sheets: [] };
}

