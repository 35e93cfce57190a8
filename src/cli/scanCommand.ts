import { sheetReadLabel, type SheetRead } from '../core/scan/sheetsRead';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import { localize } from '../core/i18n/language';
import { runScan } from '../app/scanWorkbook';
import { openXlsxForReading } from '../adapters/exceljs/streamingRead';
import { planBatchReport } from '../core/scan/reportPlan';
import { scanDocumentJson, scannedFile, unreadableFile, type ScannedFile } from '../app/scanDocument';
import { SEVERITY_LABEL } from '../core/scan/scanPlan';
import { severityRank, type Severity } from '../core/scan/finding';
import { outputFor, stringOption, UsageError, type ParsedArgs } from './args';
import { dateOption, languageOption, maxMbOption } from './options';

// The full ExcelJS load only for a highlighted copy or a report; a check alone streams the file.
const xlsxFiles = () => import('../adapters/exceljs/xlsxFiles');

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
 * `scan FILE... [--as-of] [--format json|table] [--lang] [--out] [--report] [--fail-on]`.
 * The JSON is a public interface: one document on stdout, `{asOf, files:[{file, findings, errors}]}`.
 */
export async function runScanCommand(args: ParsedArgs, io: ScanIo): Promise<number> {
  const files = args.positionals;
  if (files.length === 0) throw new UsageError('scan needs at least one .xlsx file');
  const format = formatOption(args);
  const lang: Language = languageOption(args);
  const failOn = failOnOption(args);
  const explicitAsOf = dateOption(args, 'as-of');
  const today = io.today();
  const asOf = explicitAsOf ?? today;
  const report = stringOption(args, 'report');
  const outFor = outputFor(args, files, '.checked.xlsx', (p) => mkdirSync(p, { recursive: true }), (p) => existsSync(p) && !statSync(p).isDirectory());

  const scans: ScannedFile[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      const full = outFor ? await (await xlsxFiles()).openXlsx(file, maxMbOption(args)) : null;
      const { result } = await runScan(full ?? openXlsxForReading(file, maxMbOption(args)), { asOf: explicitAsOf, today, lang, write: Boolean(outFor) });
      if (outFor && full) {
        const target = outFor(file);
        mkdirSync(dirname(target) || '.', { recursive: true });
        await (await xlsxFiles()).saveXlsx(full, target);
      }
      const scanned = scannedFile(file, result);
      for (const message of scanned.errors) io.err(`branch-ledger: ${message}`);
      unreadable ||= scanned.errors.length > 0;
      scans.push(scanned);
    } catch (e) {
      unreadable = true;
      const scanned = unreadableFile(file, (e as Error).message, asOf);
      for (const message of scanned.errors) io.err(`branch-ledger: ${message}`);
      scans.push(scanned);
    }
  }

  if (report) {
    const { newXlsx, saveXlsx } = await xlsxFiles();
    const book = newXlsx();
    await book.applyPlan(planBatchReport(scans, asOf, lang));
    mkdirSync(dirname(report) || '.', { recursive: true });
    await saveXlsx(book, report);
  }

  if (format === 'json') {
    io.out(scanDocumentJson(asOf, scans));
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
  if (unreadable) return 2;
  if (failOn && scans.some((s) => s.findings.some((f) => severityRank(f.severity) <= severityRank(failOn)))) return 1;
  return 0;
}
