import { statSync } from 'node:fs';
import { formatFen } from '../core/money/fen';
import type { CalendarDate } from '../core/calendar/calendarDate';
import { fillDues, syncRoster } from '../app/fillHelpers';
import { readWholeWorkbook, saveXlsx } from '../adapters/exceljs/xlsxFiles';
import { openXlsxForReading } from '../adapters/exceljs/streamingRead';
import type { WorkbookPort } from '../port/workbookPort';
import type { OpenCopy } from '../app/scanWorkbook';
import type { ExcelJsWorkbook } from '../adapters/exceljs/excelJsWorkbook';
import { FileWriteError } from '../adapters/files/fileErrors';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { languageOption, maxMbOption } from './options';
import { ensureFolderOf, planSingleOutput } from './outputs';
import { lockForInPlace } from './files/inPlaceLock';

export interface FillIo {
  out(line: string): void;
  err(line: string): void;
  today(): CalendarDate;
}

interface Target {
  readonly file: string;
  readonly out: string;
  readonly inPlace: boolean;
}

/** The input is never written unless --in-place is given; --out passes the output guard. */
function target(args: ParsedArgs): Target {
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw new UsageError('give one .xlsx file');
  if (args.options.has('in-place')) {
    if (args.options.has('out')) throw new UsageError('give --out or --in-place, not both');
    return { file, out: file, inPlace: true };
  }
  const out = stringOption(args, 'out');
  if (out === undefined) throw new UsageError('--out is required (or --in-place to change the file itself)');
  return { file, out: planSingleOutput(args, [file], out), inPlace: false };
}

const fingerprint = (file: string): string => {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
};

/**
 * Reads, changes and writes one file. With --in-place the file is locked for the whole run (a
 * second run refuses), and it is written only if nobody saved it meanwhile; the write is atomic.
 * The helper reads the input streamed and opens the whole workbook only to apply its plan, once
 * the reading's grids can go (`openCopy`): the two never weigh together.
 */
async function withTarget(args: ParsedArgs, change: (input: WorkbookPort, openCopy: OpenCopy) => Promise<boolean>): Promise<{ out: string; wrote: boolean }> {
  const { file, out, inPlace } = target(args);
  const maxMb = maxMbOption(args);
  const release = inPlace ? lockForInPlace(file) : () => undefined;
  try {
    const before = inPlace ? fingerprint(file) : '';
    let book: ExcelJsWorkbook | null = null;
    const openCopy = async (): Promise<WorkbookPort> => (book = await readWholeWorkbook(file, maxMb));
    if (!(await change(openXlsxForReading(file, maxMb), openCopy)) || !book) return { out, wrote: false };
    if (inPlace && fingerprint(file) !== before) throw new FileWriteError(file, 'the file was changed by another program while this run worked (saved in Excel?); nothing was written: run again');
    if (!inPlace) ensureFolderOf(out);
    await saveXlsx(book, out);
    return { out, wrote: true };
  } finally {
    release();
  }
}

export async function runFillDues(args: ParsedArgs, io: FillIo): Promise<number> {
  const month = stringOption(args, 'month');
  const m = month ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UsageError('--month must be YYYY-MM');
  let refused = false;
  const { out, wrote } = await withTarget(args, async (input, openCopy) => {
    const { preview, report } = await fillDues(input, Number(m[1]), Number(m[2]), { today: io.today(), lang: languageOption(args) }, openCopy);
    if (preview.problem) {
      io.err(`branch-ledger: ${preview.problem}`);
      refused = true;
      return false;
    }
    io.out(`${month}: ${preview.fills.length} blank cell(s) filled, total ${formatFen(preview.totalFen)} yuan`);
    for (const f of preview.fills) io.out(`  ${f.member}  ${formatFen(f.fen)}`);
    for (const s of preview.skipped) io.out(`  skipped ${s.member}: ${s.reason}`);
    return report !== null;
  });
  if (refused) return 2;
  io.out(wrote ? `saved ${out}` : 'nothing to write');
  return 0;
}

export async function runSyncRoster(args: ParsedArgs, io: FillIo): Promise<number> {
  let noRoom = 0;
  const { out, wrote } = await withTarget(args, async (input, openCopy) => {
    const { preview, report } = await syncRoster(input, { today: io.today(), lang: languageOption(args) }, openCopy);
    for (const a of preview.additions) io.out(`${a.row === null ? 'no room for' : 'added'} ${a.member.name} → ${a.sheet}${a.row ? ` row ${a.row}` : ''}`);
    for (const o of preview.orphans) io.out(`not on the roster (kept): ${o.name} (${o.sheet} row ${o.row})`);
    for (const s of preview.noRoom) io.err(`branch-ledger: ${s} has no blank rows before its totals row; insert rows and run again`);
    noRoom = preview.noRoom.length;
    return report !== null;
  });
  io.out(wrote ? `saved ${out}` : 'the ledgers are in step with the roster');
  return noRoom ? 1 : 0;
}
