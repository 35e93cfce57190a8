import { formatFen } from '../core/money/fen';
import type { CalendarDate } from '../core/calendar/calendarDate';
import { fillDues, syncRoster } from '../app/fillHelpers';
import { openXlsx, saveXlsx } from '../adapters/exceljs/xlsxFiles';
import { requireOption, stringOption, UsageError, type ParsedArgs } from './args';
import { languageOption, maxMbOption } from './options';

export interface FillIo {
  out(line: string): void;
  err(line: string): void;
  today(): CalendarDate;
}

/** The input is never written in place unless --in-place is given. */
function target(args: ParsedArgs): { file: string; out: string } {
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw new UsageError('give one .xlsx file');
  if (args.options.has('in-place')) return { file, out: file };
  const out = requireOption(args, 'out');
  if (!/\.xlsx$/i.test(out)) throw new UsageError('--out must name an .xlsx file');
  if (out === file) throw new UsageError('--out is the input file: pass --in-place to change it');
  return { file, out };
}

async function open(file: string, maxMb: number) {
  try {
    return await openXlsx(file, maxMb);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

export async function runFillDues(args: ParsedArgs, io: FillIo): Promise<number> {
  const month = stringOption(args, 'month');
  const m = month ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UsageError('--month must be YYYY-MM');
  const { file, out } = target(args);
  const book = await open(file, maxMbOption(args));
  const { preview, report } = await fillDues(book, Number(m[1]), Number(m[2]), { today: io.today(), lang: languageOption(args) });
  if (preview.problem) {
    io.err(`branch-ledger: ${preview.problem}`);
    return 2;
  }
  io.out(`${month}: ${preview.fills.length} blank cell(s) filled, total ${formatFen(preview.totalFen)} yuan`);
  for (const f of preview.fills) io.out(`  ${f.member}  ${formatFen(f.fen)}`);
  for (const s of preview.skipped) io.out(`  skipped ${s.member}: ${s.reason}`);
  if (report) await saveXlsx(book, out);
  io.out(report ? `saved ${out}` : 'nothing to write');
  return 0;
}

export async function runSyncRoster(args: ParsedArgs, io: FillIo): Promise<number> {
  const { file, out } = target(args);
  const book = await open(file, maxMbOption(args));
  const { preview, report } = await syncRoster(book, { today: io.today(), lang: languageOption(args) });
  for (const a of preview.additions) io.out(`${a.row === null ? 'no room for' : 'added'} ${a.member.name} → ${a.sheet}${a.row ? ` row ${a.row}` : ''}`);
  for (const o of preview.orphans) io.out(`not on the roster (kept): ${o.name} (${o.sheet} row ${o.row})`);
  for (const s of preview.noRoom) io.err(`branch-ledger: ${s} has no blank rows before its totals row; insert rows and run again`);
  if (report) await saveXlsx(book, out);
  io.out(report ? `saved ${out}` : 'the ledgers are in step with the roster');
  return preview.noRoom.length ? 1 : 0;
}
