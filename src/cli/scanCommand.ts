import { sheetReadLabel, type SheetRead } from '../core/scan/sheetsRead';
import type { CalendarDate } from '../core/calendar/calendarDate';
import { scanDocument } from '../app/scanDocument';
import type { Language } from '../core/i18n/language';
import { localize } from '../core/i18n/language';
import { newXlsx } from '../adapters/exceljs/xlsxFiles';
import { planBatchReport } from '../core/scan/reportPlan';
import { SEVERITY_LABEL } from '../core/scan/scanPlan';
import { severityRank, type Severity } from '../core/scan/finding';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { dateOption, languageOption, maxMbOption } from './options';
import { planBatchOutputs } from './outputs';
import { splitInputs } from './inputs';
import { runFileTasks } from './batch';
import type { ScanTaskResult } from './fileTasks';
import { writeReport } from './reportFile';
import { copyLossNote, rewriteLoss } from './files/rewriteLoss';

export interface ScanIo {
  out(line: string): void;
  err(line: string): void;
  today(): CalendarDate;
}

function failOnOption(args: ParsedArgs): Severity | null {
  const v = stringOption(args, 'fail-on');
  if (v === undefined) return null;
  if (v !== 'critical' && v !== 'warning' && v !== 'info') throw new UsageError('--fail-on must be critical, warning or info');
  return v;
}

function formatOption(args: ParsedArgs): 'json' | 'table' {
  const v = stringOption(args, 'format') ?? 'table';
  if (v !== 'json' && v !== 'table') throw new UsageError('--format must be json or table');
  return v;
}

/**
 * `scan FILE... [--as-of] [--format json|table] [--lang] [--out] [--report] [--fail-on] [--force]`.
 * The JSON is a public interface: one document on stdout, `{asOf, files:[{file, findings, errors}], skipped}`.
 */
export async function runScanCommand(args: ParsedArgs, io: ScanIo): Promise<number> {
  const { files, skipped } = splitInputs(args.positionals, io);
  if (args.positionals.length === 0) throw new UsageError('scan needs at least one .xlsx file');
  if (files.length === 0) throw new UsageError('no workbook to scan: every file given was skipped');
  const format = formatOption(args);
  const lang: Language = languageOption(args);
  const failOn = failOnOption(args);
  const explicitAsOf = dateOption(args, 'as-of');
  const today = io.today();
  const asOf = explicitAsOf ?? today;
  const maxMb = maxMbOption(args);
  // Every output is checked before any file is read: a refused run writes nothing.
  const outputs = planBatchOutputs(args, files, '.checked.xlsx');

  const scans = (await runFileTasks(
    files.map((file) => ({ kind: 'scan' as const, file, out: outputs.forFile?.(file) ?? null, asOf: explicitAsOf, today, lang, maxMb })),
    args,
  )) as ScanTaskResult[];
  let unusable = false;
  for (const s of scans) {
    for (const message of s.errors) io.err(`branch-ledger: ${message}`);
    unusable ||= s.errors.length > 0;
    // The highlighted copy lacks what ExcelJS cannot write (charts, pivot tables…): said, on stderr.
    const loss = s.wrote ? rewriteLoss(s.file, lang) : '';
    if (s.wrote && loss) io.err(copyLossNote(s.file, s.wrote, loss, lang));
  }

  if (outputs.report) {
    const book = newXlsx();
    await book.applyPlan(planBatchReport(scans, asOf, lang));
    unusable = !(await writeReport(book, outputs.report, io)) || unusable;
  }

  if (format === 'json') {
    // The same document as the web edition's download (scanDocument), with the inputs skipped.
    io.out(JSON.stringify(scanDocument(asOf, scans, skipped), null, 2));
  } else {
    for (const s of scans) {
      const counts = (['critical', 'warning', 'info'] as const).map((sev) => `${localize(SEVERITY_LABEL[sev], lang)} ${s.findings.filter((f) => f.severity === sev).length}`);
      io.out(`${s.file}${s.branchName ? ` (${s.branchName})` : ''}: ${s.errors.length ? s.errors.join('; ') : counts.join(', ')}`);
      if (s.sheets.length) io.out(`  ${lang === 'en-US' ? 'read' : '已读取'}: ${(s.sheets as SheetRead[]).map((r) => sheetReadLabel(r, lang)).join(lang === 'en-US' ? ', ' : '、')}`);
      for (const f of s.findings) {
        const where = `${f.sheet}${f.cell ? `!${f.cell}` : f.row ? `!${f.row}` : ''}`;
        io.out(`  ${localize(SEVERITY_LABEL[f.severity], lang).padEnd(lang === 'en-US' ? 8 : 2)}  ${f.rule.padEnd(28)} ${where}  ${f.member ?? ''}${f.member ? '  ' : ''}${f.message}`);
      }
    }
  }
  if (unusable) return 2;
  if (failOn && scans.some((s) => s.findings.some((f) => severityRank(f.severity) <= severityRank(failOn)))) return 1;
  return 0;
}
