import type { CalendarDate } from '../core/calendar/calendarDate';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { languageOption, maxMbOption } from './options';
import { planSingleOutput } from './outputs';
import { lockForInPlace } from './files/inPlaceLock';
import { runFileTasks } from './batch';
import { fingerprint, type FillTask, type FillTaskResult } from './fillTask';
import { copyLossNote, inPlaceLossRefusal, rewriteLoss } from './files/rewriteLoss';

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

/**
 * Runs one helper on one file in the batch's worker (fillTask.ts). With --in-place the file is
 * locked for the whole run (a second run refuses), and it is written only if nobody saved it
 * meanwhile; the write is atomic.
 */
async function runFill(args: ParsedArgs, io: FillIo, helper: FillTask['helper']): Promise<FillTaskResult & { out: string }> {
  const { file, out, inPlace } = target(args);
  const maxMb = maxMbOption(args);
  const lang = languageOption(args);
  // ExcelJS cannot write back charts, pivot tables, shapes…: the file itself is never changed if it has them.
  const loss = rewriteLoss(file, lang);
  if (inPlace && loss) throw new Error(inPlaceLossRefusal(file, loss, lang));
  const release = inPlace ? lockForInPlace(file) : () => undefined;
  try {
    const task: FillTask = { kind: 'fill', helper, file, out, inPlace, fingerprint: inPlace ? fingerprint(file) : '', today: io.today(), lang, maxMb };
    const [result] = (await runFileTasks([task], args)) as FillTaskResult[];
    for (const line of result.lines) (line.to === 'out' ? io.out : io.err)(line.text);
    if (result.error) throw new Error(result.error);
    if (result.wrote && loss) io.err(copyLossNote(file, out, loss, lang));
    return { ...result, out };
  } finally {
    release();
  }
}

export async function runFillDues(args: ParsedArgs, io: FillIo): Promise<number> {
  const month = stringOption(args, 'month');
  const m = month ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UsageError('--month must be YYYY-MM');
  const r = await runFill(args, io, { name: 'dues', year: Number(m[1]), month: Number(m[2]) });
  if (r.refused) return 2;
  io.out(r.wrote ? `saved ${r.out}` : 'nothing to write');
  return 0;
}

export async function runSyncRoster(args: ParsedArgs, io: FillIo): Promise<number> {
  const r = await runFill(args, io, { name: 'roster' });
  io.out(r.wrote ? `saved ${r.out}` : 'the ledgers are in step with the roster');
  return r.noRoom ? 1 : 0;
}
