import type { CalendarDate } from '../calendar/calendarDate';
import type { Language } from '../i18n/language';
import type { SheetGrid } from '../read/grid';
import { readWorkbook, type WorkbookLedger } from '../read/readLedger';
import type { RecordKind, SheetShape } from '../read/recognizeSheets';
import { severityRank, type Finding, type Severity } from './finding';
import { buildScanContext, type ScanContext } from './scanContext';
import { isGeneratedSheet } from './generatedSheets';
import { recordRules } from './recordRules';
import { probationRules, rosterRules } from './rosterRules';
import { branchRules } from './branchRules';
import { duesRules } from './duesRules';
import { meetingRules } from './meetingRules';
import { studyRules, talkRules } from './studyTalkRules';
import { developmentRules } from './developmentRules';
import { obligationRules } from './obligationRules';
import type { WorkbookSettingsView } from '../rules/ruleExplanation';

export interface ScanResult {
  readonly asOf: CalendarDate;
  readonly year: number;
  readonly findings: readonly Finding[];
  /** The ledgers found, by sheet name, so a user sees what was and was not checked. */
  readonly recognized: readonly { sheet: string; kind: RecordKind; shape: SheetShape; headerRow: number; records: number }[];
  readonly unrecognized: readonly string[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly branchName: string | null;
  /** What the settings sheet set, so a rule's explanation can show the numbers in force. */
  readonly settings?: WorkbookSettingsView | null;
}

const RULE_SETS = [recordRules, rosterRules, probationRules, branchRules, duesRules, meetingRules, studyRules, talkRules, developmentRules, obligationRules];

/**
 * The scan: read the grids, apply every rule of DOMAIN.md §4 at the as-of date, and return the
 * findings ordered by severity, sheet and row. Pure: same grids and date, same findings.
 */
export interface ScanOptions {
  /** An as-of date the user chose; otherwise the settings sheet's 检查基准日, otherwise today. */
  readonly asOf?: CalendarDate;
  readonly today: CalendarDate;
  readonly lang: Language;
}

/** Reads the workbook once for both the scan and the year-end summary. */
export function scanContextFor(grids: readonly SheetGrid[], options: ScanOptions & { readonly year?: number; readonly defaultAsOf?: (year: number) => CalendarDate }): ScanContext {
  // Sheets the add-in wrote (findings, summaries) are never read as ledgers.
  const ledger: WorkbookLedger = readWorkbook(grids.filter((g) => !isGeneratedSheet(g)), options.year ?? options.asOf?.year ?? options.today.year);
  const year = options.year ?? ledger.settings?.year ?? undefined;
  const fallback = options.defaultAsOf && year ? options.defaultAsOf(year) : options.today;
  return buildScanContext(ledger, options.asOf ?? ledger.settings?.asOf ?? fallback, options.lang, options.year);
}

export function scanWorkbook(grids: readonly SheetGrid[], options: ScanOptions): ScanResult {
  return scanWithContext(scanContextFor(grids, options));
}

// By code point, not localeCompare: the order must not depend on the machine's locale and ICU
// (a CLI under LANG=C and a browser in zh-CN ordered Chinese sheet names differently).
const byCodePoint = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export function scanWithContext(ctx: ScanContext): ScanResult {
  const ledger = ctx.ledger;
  const findings = RULE_SETS.flatMap((rules) => rules(ctx)).sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || byCodePoint(a.sheet, b.sheet) || (a.row ?? 0) - (b.row ?? 0) || byCodePoint(a.rule, b.rule),
  );
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    asOf: ctx.asOf,
    year: ctx.year,
    findings,
    recognized: ledger.sheets.map((s) => ({ sheet: s.recognized.grid.name, kind: s.recognized.kind, shape: s.recognized.shape, headerRow: s.recognized.headerRow, records: s.rows.length })),
    unrecognized: ledger.unrecognized,
    counts,
    branchName: ledger.settings?.branchName ?? null,
    settings: ledger.settings ? { parameters: ledger.settings.parameters, localStandardName: ledger.settings.localStandardName, sheet: ledger.settings.sheet } : null,
  };
}
