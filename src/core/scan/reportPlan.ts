import { formatIsoDate, type CalendarDate } from '../calendar/calendarDate';
import { localize, type Language, type Localized } from '../i18n/language';
import { HIGHLIGHT_STYLE, range, type PlanValue, type SheetPlan, type WritePlan } from '../plan/writePlan';
import { HEADER_STYLE, standardPrint } from '../template/ledgerLayout';
import { SEVERITY_LABEL } from './scanPlan';
import { ruleInfo } from './ruleCatalogue';
import { GENERATED_NOTE } from './generatedSheets';
import type { Finding } from './finding';

/** One scanned branch file, for the organisation department's report across many branches. */
export interface FileScan {
  readonly file: string;
  readonly branchName: string | null;
  readonly findings: readonly Finding[];
  readonly errors: readonly string[];
}

const L = (zh: string, en: string): Localized => ({ zh, en });

function tableSheet(name: string, title: string, header: string[], rows: PlanValue[][], widths: number[], lang: Language, extraStyles: SheetPlan['styles'] = []): SheetPlan {
  const n = header.length;
  const blank = (k: number): PlanValue[] => Array<PlanValue>(k).fill(null);
  return {
    name,
    kind: 'findings',
    columnWidths: widths,
    rowHeights: [{ row: 1, height: 28 }],
    styles: [
      { range: range(1, 1, 1, n), style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
      { range: range(2, 1, 1, n), style: { fontSize: 9, fontColor: '595959' } },
      { range: range(3, 1, 1, n), style: HEADER_STYLE },
      ...(rows.length ? [{ range: range(4, 1, rows.length, n), style: { border: true, vAlign: 'top' as const } }] : []),
      ...extraStyles,
    ],
    blocks: [
      { row: 1, col: 1, values: [[title, ...blank(n - 1)]] },
      { row: 2, col: 1, values: [[localize(GENERATED_NOTE, lang), ...blank(n - 1)]] },
      { row: 3, col: 1, values: [header] },
      ...(rows.length ? [{ row: 4, col: 1, values: rows }] : []),
    ],
    merges: [range(1, 1, 1, n), range(2, 1, 1, n)],
    freeze: { rows: 3, cols: 1 },
    validations: [],
    conditionalFormats: [],
    print: standardPrint(title, lang, 3),
  };
}

/** A workbook summarising many branch files: a row per file with counts by severity, then every finding. */
export function planBatchReport(scans: readonly FileScan[], asOf: CalendarDate, lang: Language): WritePlan {
  const t = (l: Localized): string => localize(l, lang);
  const sev = (f: FileScan, s: Finding['severity']): number => f.findings.filter((x) => x.severity === s).length;
  const summaryRows: PlanValue[][] = scans.map((f, i) => [
    i + 1,
    f.file,
    f.branchName,
    f.errors.length ? null : sev(f, 'critical'),
    f.errors.length ? null : sev(f, 'warning'),
    f.errors.length ? null : sev(f, 'info'),
    f.errors.length ? null : f.findings.length,
    f.errors.length ? f.errors.join('；') : t(L('已检查', 'Scanned')),
  ]);
  const all = scans.flatMap((f) => f.findings.map((x) => ({ file: f.file, branch: f.branchName, f: x })));
  const findingRows: PlanValue[][] = all.map(({ file, branch, f }) => [file, branch, t(SEVERITY_LABEL[f.severity]), t(ruleInfo(f.rule).title), f.rule, f.sheet, f.cell ?? (f.row ? String(f.row) : null), f.member, f.period, f.message, f.basis]);
  const title = lang === 'en-US' ? `Branch ledger checks as of ${formatIsoDate(asOf)}` : `各支部台账检查汇总（检查基准日 ${formatIsoDate(asOf)}）`;
  const summary = tableSheet(
    t(L('汇总', 'Summary')),
    title,
    [L('序号', 'No.'), L('文件', 'File'), L('支部', 'Branch'), SEVERITY_LABEL.critical, SEVERITY_LABEL.warning, SEVERITY_LABEL.info, L('合计', 'Total'), L('状态', 'Status')].map(t),
    summaryRows,
    [6, 36, 24, 8, 8, 8, 8, 30],
    lang,
    summaryRows.length
      ? (['critical', 'warning', 'info'] as const).map((s, i) => ({ range: range(4, 4 + i, summaryRows.length, 1), style: { fill: HIGHLIGHT_STYLE[s].fill, fontColor: HIGHLIGHT_STYLE[s].fontColor } }))
      : [],
  );
  const details = tableSheet(
    t(L('全部问题', 'All findings')),
    title,
    [L('文件', 'File'), L('支部', 'Branch'), L('严重程度', 'Severity'), L('问题', 'Issue'), L('规则', 'Rule'), L('工作表', 'Sheet'), L('位置', 'Cell'), L('党员', 'Member'), L('期间', 'Period'), L('说明', 'Details'), L('依据', 'Basis')].map(t),
    findingRows,
    [28, 20, 9, 20, 24, 16, 8, 10, 10, 44, 40],
    lang,
    findingRows.length ? [{ range: range(4, 10, findingRows.length, 2), style: { wrap: true } }] : [],
  );
  return { sheets: [summary, details], activate: summary.name };
}
