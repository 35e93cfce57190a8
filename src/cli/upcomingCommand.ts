import { writeFileAtomic } from '../adapters/files/atomicWrite';
import { guardOutputs } from './files/outputGuard';
import { splitInputs } from './inputs';
import { ensureFolderOf } from './outputs';
import { formatIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import { localize, type Language } from '../core/i18n/language';
import { openXlsxForReading } from '../adapters/exceljs/streamingRead';
import { upcomingFromGrids } from '../app/upcomingWorkbook';
import { DEFAULT_UPCOMING_DAYS, type UpcomingItem } from '../core/upcoming/upcoming';
import { KIND_LABEL } from '../core/upcoming/reminderPlan';
import { upcomingCalendar } from '../core/upcoming/icsCalendar';
import { intOption, stringOption, UsageError, type ParsedArgs } from './args';
import { dateOption, languageOption, maxMbOption } from './options';

export interface UpcomingIo {
  out(line: string): void;
  err(line: string): void;
  today(): CalendarDate;
  /** The instant the .ics is stamped with (DTSTAMP); the clock by default. */
  now?(): Date;
}

/**
 * `upcoming FILE... [--as-of] [--days N] [--format json|table] [--lang] [--ics OUT.ics [--force]]`.
 * The JSON is a public interface: `{asOf, days, files:[{file, items, errors}]}`, items by due date.
 */
export async function runUpcomingCommand(args: ParsedArgs, io: UpcomingIo): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('upcoming needs at least one .xlsx file');
  // Excel/WPS owner files (~$台账.xlsx) picked up by a glob are skipped with a note, as by scan.
  const { files } = splitInputs(args.positionals, io);
  const format = stringOption(args, 'format') ?? 'table';
  if (format !== 'json' && format !== 'table') throw new UsageError('--format must be json or table');
  const lang: Language = languageOption(args);
  const days = intOption(args, 'days', DEFAULT_UPCOMING_DAYS, 0, 366);
  const explicitAsOf = dateOption(args, 'as-of');
  const today = io.today();
  const ics = icsTarget(args, files);

  const results: { file: string; branchName: string | null; asOf: string; items: readonly UpcomingItem[]; errors: string[] }[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      // Read-only: the values streamed, not the styled model (a third of the memory).
      const outcome = upcomingFromGrids(await openXlsxForReading(file, maxMbOption(args)).readSheets(), { asOf: explicitAsOf, today, lang, days });
      const errors = outcome.noLedger ? [`no ledger recognised in ${file}`] : [];
      for (const message of errors) io.err(`branch-ledger: ${message}`);
      unreadable ||= errors.length > 0;
      results.push({ file, branchName: outcome.branchName, asOf: formatIsoDate(outcome.asOf), items: outcome.items, errors });
    } catch (e) {
      unreadable = true;
      const message = `cannot read ${file}: ${(e as Error).message.split('\n')[0]}`;
      io.err(`branch-ledger: ${message}`);
      results.push({ file, branchName: null, asOf: formatIsoDate(explicitAsOf ?? today), items: [], errors: [message] });
    }
  }

  if (ics) {
    const now = io.now?.() ?? new Date();
    const stamp = { date: { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() }, hours: now.getUTCHours(), minutes: now.getUTCMinutes(), seconds: now.getUTCSeconds() };
    // Several files: one calendar, each event's UID carrying its own branch.
    writeFileAtomic(ics, Buffer.from(upcomingCalendar(results.map((r) => ({ branchName: r.branchName ?? r.file.replace(/^.*[\\/]/, ''), items: r.items })), { stamp }), 'utf8'));
    io.err(`saved ${ics}: ${results.reduce((n, r) => n + r.items.length, 0)} events`);
  }

  const asOf = results.find((r) => !r.errors.length)?.asOf ?? formatIsoDate(explicitAsOf ?? today);
  if (format === 'json') {
    io.out(JSON.stringify({ asOf, days, files: results.map((r) => ({ file: r.file, items: r.items, errors: r.errors })) }, null, 2));
  } else {
    for (const r of results) {
      io.out(`${r.file}${r.branchName ? ` (${r.branchName})` : ''}: ${r.errors.length ? r.errors.join('; ') : lang === 'en-US' ? `${r.items.length} due by ${days} days after ${r.asOf}` : `${r.asOf}起${days}天内待办${r.items.length}项`}`);
      for (const i of r.items) {
        const where = i.sheet ? `${i.sheet}${i.row ? `!${i.row}` : ''}` : '';
        io.out(`  ${i.due}  ${localize(KIND_LABEL[i.kind], lang).padEnd(lang === 'en-US' ? 18 : 8)} ${where.padEnd(16)} ${i.message}`);
      }
    }
  }
  return unreadable ? 2 : 0;
}

/** `--ics OUT.ics`: through the one output guard every command uses (never an input, never an existing file unless --force). */
function icsTarget(args: ParsedArgs, files: readonly string[]): string | null {
  const out = stringOption(args, 'ics');
  if (out === undefined) return null;
  if (!/\.ics$/i.test(out)) throw new UsageError('--ics must name an .ics file');
  guardOutputs(files, [{ path: out, option: '--ics' }], args.options.has('force'));
  ensureFolderOf(out);
  return out;
}
