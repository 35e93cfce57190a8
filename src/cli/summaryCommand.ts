import type { CalendarDate } from '../core/calendar/calendarDate';
import { formatIsoDate } from '../core/calendar/calendarDate';
import { newXlsx } from '../adapters/exceljs/xlsxFiles';
import { planBranchReport } from '../core/summary/branchReport';
import { intOption, UsageError, type ParsedArgs } from './args';
import { dateOption, languageOption, maxMbOption } from './options';
import { planBatchOutputs } from './outputs';
import { splitInputs } from './inputs';
import { runFileTasks } from './batch';
import type { SummaryTaskResult } from './fileTasks';
import { writeReport } from './reportFile';
import { copyLossNote, rewriteLoss } from './files/rewriteLoss';

export interface SummaryIo {
  out(line: string): void;
  err(line: string): void;
  today(): CalendarDate;
}

/** `summary FILE... [--year] [--as-of] [--lang] [--out FILE|FOLDER] [--only] [--report REPORT.xlsx] [--force]`. */
export async function runSummaryCommand(args: ParsedArgs, io: SummaryIo): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('summary needs at least one .xlsx file');
  const { files } = splitInputs(args.positionals, io);
  if (files.length === 0) throw new UsageError('no workbook to summarise: every file given was skipped');
  const lang = languageOption(args);
  const year = args.options.has('year') ? intOption(args, 'year', 0, 2000, 2100) : undefined;
  const asOf = dateOption(args, 'as-of');
  const maxMb = maxMbOption(args);
  if (!args.options.has('out') && !args.options.has('report')) throw new UsageError('summary needs --out (and/or --report)');
  const outputs = planBatchOutputs(args, files, '.summary.xlsx');

  const results = (await runFileTasks(
    files.map((file) => ({ kind: 'summary' as const, file, out: outputs.forFile?.(file) ?? null, only: args.options.has('only'), year, asOf, today: io.today(), lang, maxMb })),
    args,
  )) as SummaryTaskResult[];
  let unusable = false;
  for (const r of results) {
    if (r.error) {
      unusable = true;
      io.err(`branch-ledger: ${r.error}`);
    } else if (r.wrote) {
      io.out(`${r.file}: wrote ${r.sheetsAdded.join(', ')} → ${r.wrote}${r.chartsAsBars ? ' (charts as data bars)' : ''}`);
      // A copy of the input (not --only) lacks what ExcelJS cannot write.
      const loss = args.options.has('only') ? '' : rewriteLoss(r.file, lang);
      if (loss) io.err(copyLossNote(r.file, r.wrote, loss, lang));
    }
  }
  if (outputs.report) {
    const book = newXlsx();
    await book.applyPlan(planBranchReport(results.map((r) => ({ file: r.file, data: r.data, error: r.error })), lang));
    if (await writeReport(book, outputs.report, io)) io.out(`report of ${files.length} file(s) → ${outputs.report}`);
    else unusable = true;
  }
  if (asOf) io.out(`as of ${formatIsoDate(asOf)}`);
  return unusable ? 2 : 0;
}
