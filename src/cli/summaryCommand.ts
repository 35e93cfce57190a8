import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CalendarDate } from '../core/calendar/calendarDate';
import { formatIsoDate } from '../core/calendar/calendarDate';
import { writeSummary } from '../app/summarizeWorkbook';
import { newXlsx, openXlsx, saveXlsx } from '../adapters/exceljs/xlsxFiles';
import { openXlsxForReading } from '../adapters/exceljs/streamingRead';
import { planBranchReport, type BranchFigures } from '../core/summary/branchReport';
import { intOption, outputFor, stringOption, UsageError, type ParsedArgs } from './args';
import { dateOption, languageOption, maxMbOption } from './options';

export interface SummaryIo {
  out(line: string): void;
  err(line: string): void;
  today(): CalendarDate;
}

/** `summary FILE... [--year] [--as-of] [--lang] [--out FILE|FOLDER] [--only] [--report REPORT.xlsx]`. */
export async function runSummaryCommand(args: ParsedArgs, io: SummaryIo): Promise<number> {
  const files = args.positionals;
  if (files.length === 0) throw new UsageError('summary needs at least one .xlsx file');
  const lang = languageOption(args);
  const year = args.options.has('year') ? intOption(args, 'year', 0, 2000, 2100) : undefined;
  const asOf = dateOption(args, 'as-of');
  const report = stringOption(args, 'report');
  const outFor = outputFor(args, files, '.summary.xlsx', (p) => mkdirSync(p, { recursive: true }), (p) => existsSync(p) && !statSync(p).isDirectory());
  if (!outFor && !report) throw new UsageError('summary needs --out (and/or --report)');

  const figures: BranchFigures[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      // --only: a workbook holding just the summary sheets; otherwise the input's sheets plus the summary.
      // Only a copy of the input needs ExcelJS's full load; otherwise the input is streamed.
      const copy = outFor && !args.options.has('only') ? await openXlsx(file, maxMbOption(args)) : null;
      const input = copy ?? openXlsxForReading(file, maxMbOption(args));
      const target = copy ?? newXlsx();
      const { data, report: applied } = await writeSummary(input, { year, asOf, today: io.today(), lang }, target);
      if (outFor) {
        const path = outFor(file);
        mkdirSync(dirname(path) || '.', { recursive: true });
        await saveXlsx(target, path);
        io.out(`${file}: wrote ${applied.sheetsAdded.join(', ')} → ${path}${applied.degraded.includes('native-charts') ? ' (charts as data bars)' : ''}`);
      }
      figures.push({ file, data, error: null });
    } catch (e) {
      unreadable = true;
      const message = `cannot read ${file}: ${(e as Error).message.split('\n')[0]}`;
      io.err(`branch-ledger: ${message}`);
      figures.push({ file, data: null, error: message });
    }
  }
  if (report) {
    const book = newXlsx();
    await book.applyPlan(planBranchReport(figures, lang));
    mkdirSync(dirname(report) || '.', { recursive: true });
    await saveXlsx(book, report);
    io.out(`report of ${files.length} file(s) → ${report}`);
  }
  if (asOf) io.out(`as of ${formatIsoDate(asOf)}`);
  return unreadable ? 2 : 0;
}
