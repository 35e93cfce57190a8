import { statSync } from 'node:fs';
import { formatFen } from '../core/money/fen';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import { fillDues, syncRoster } from '../app/fillHelpers';
import { readWholeWorkbook, saveXlsx } from '../adapters/exceljs/xlsxFiles';
import type { ExcelJsWorkbook } from '../adapters/exceljs/excelJsWorkbook';
import { openXlsxForReading } from '../adapters/exceljs/streamingRead';
import { FileWriteError } from '../adapters/files/fileErrors';
import type { WorkbookPort } from '../port/workbookPort';
import type { OpenCopy } from '../app/scanWorkbook';
import { ensureFolderOf } from './outputs';

/**
 * One run of a filling helper on one file (fill-dues, sync-roster), as plain data in and out: it
 * runs in the batch's worker, under the same memory cap and young generation as a scan, so a
 * 3,000-member ledger is filled in the memory a check takes, and a file that blows up fails alone.
 */
export interface FillTask {
  readonly kind: 'fill';
  readonly helper: { readonly name: 'dues'; readonly year: number; readonly month: number } | { readonly name: 'roster' };
  readonly file: string;
  readonly out: string;
  readonly inPlace: boolean;
  /** The input's size and time when the run began (--in-place writes only if nobody saved it since). */
  readonly fingerprint: string;
  readonly today: CalendarDate;
  readonly lang: Language;
  readonly maxMb: number;
}

export interface FillTaskResult {
  readonly file: string;
  /** What the helper says, in order, for standard output or standard error. */
  readonly lines: readonly { readonly to: 'out' | 'err'; readonly text: string }[];
  readonly wrote: boolean;
  /** The helper refused (a month of another year): exit 2. */
  readonly refused: boolean;
  /** Sheets with no blank rows left for the roster's additions: exit 1. */
  readonly noRoom: number;
  /** A read or write failure, as one line: exit 2. */
  readonly error: string | null;
}

export const fingerprint = (file: string): string => {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
};

export async function fillTask(t: FillTask): Promise<FillTaskResult> {
  const lines: { to: 'out' | 'err'; text: string }[] = [];
  const out = (text: string) => lines.push({ to: 'out', text });
  const err = (text: string) => lines.push({ to: 'err', text });
  let refused = false;
  let noRoom = 0;
  // The helper reads the input streamed and opens the whole workbook only to apply its plan, once
  // the reading's grids can go: the two never weigh together.
  const copy: { book: ExcelJsWorkbook | null } = { book: null };
  const openCopy: OpenCopy = async (): Promise<WorkbookPort> => (copy.book = await readWholeWorkbook(t.file, t.maxMb));
  const input = openXlsxForReading(t.file, t.maxMb);
  const h = { today: t.today, lang: t.lang };
  try {
    let changed: boolean;
    if (t.helper.name === 'dues') {
      const { preview, report } = await fillDues(input, t.helper.year, t.helper.month, h, openCopy);
      const month = `${t.helper.year}-${String(t.helper.month).padStart(2, '0')}`;
      if (preview.problem) {
        err(`branch-ledger: ${preview.problem}`);
        refused = true;
      } else {
        out(`${month}: ${preview.fills.length} blank cell(s) filled, total ${formatFen(preview.totalFen)} yuan`);
        for (const f of preview.fills) out(`  ${f.member}  ${formatFen(f.fen)}`);
        for (const s of preview.skipped) out(`  skipped ${s.member}: ${s.reason}`);
      }
      changed = report !== null;
    } else {
      const { preview, report } = await syncRoster(input, h, openCopy);
      for (const a of preview.additions) out(`${a.row === null ? 'no room for' : 'added'} ${a.member.name} → ${a.sheet}${a.row ? ` row ${a.row}` : ''}`);
      for (const o of preview.orphans) out(`not on the roster (kept): ${o.name} (${o.sheet} row ${o.row})`);
      for (const s of preview.noRoom) err(`branch-ledger: ${s} has no blank rows before its totals row; insert rows and run again`);
      noRoom = preview.noRoom.length;
      changed = report !== null;
    }
    if (!changed || !copy.book || refused) return { file: t.file, lines, wrote: false, refused, noRoom, error: null };
    if (t.inPlace && fingerprint(t.file) !== t.fingerprint) throw new FileWriteError(t.file, 'the file was changed by another program while this run worked (saved in Excel?); nothing was written: run again');
    if (!t.inPlace) ensureFolderOf(t.out);
    await saveXlsx(copy.book, t.out);
    return { file: t.file, lines, wrote: true, refused, noRoom, error: null };
  } catch (e) {
    return { file: t.file, lines, wrote: false, refused, noRoom, error: String((e as Error)?.message ?? e).split('\n')[0] };
  }
}
