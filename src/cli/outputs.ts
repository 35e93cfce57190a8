import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { guardOutputFolder, guardOutputs, type PlannedOutput } from './files/outputGuard';

/** Where each input's output goes (null: no --out), and the --report file; all checked before anything is read. */
export interface BatchOutputs {
  readonly forFile: ((file: string) => string) | null;
  readonly report: string | null;
}

const isFolderSpelling = (p: string): boolean => /[\\/]$/.test(p) || (existsSync(p) && statSync(p).isDirectory());

/**
 * `--out` for commands over one or many files: an .xlsx path for one file, a folder for several
 * (or when it ends in "/"); `--report` an .xlsx path. Every output passes the one guard: never an
 * input, never two outputs of one name, never an existing file or a non-empty folder without --force.
 */
export function planBatchOutputs(args: ParsedArgs, files: readonly string[], suffix: string): BatchOutputs {
  const out = stringOption(args, 'out');
  const report = stringOption(args, 'report') ?? null;
  const force = args.options.has('force');
  if (report !== null && !/\.xlsx$/i.test(report)) throw new UsageError('--report must name an .xlsx file');
  const planned: PlannedOutput[] = [];
  let forFile: ((file: string) => string) | null = null;
  if (out) {
    if (files.length > 1 || isFolderSpelling(out)) {
      if (files.length > 1 && existsSync(out) && !statSync(out).isDirectory()) throw new UsageError('with several files, --out must be a folder');
      guardOutputFolder(out, force);
      forFile = (file) => join(out, `${basename(file).replace(/\.xlsx$/i, '')}${suffix}`);
    } else {
      if (!/\.xlsx$/i.test(out)) throw new UsageError('--out must name an .xlsx file (or a folder ending in "/")');
      forFile = () => out;
    }
    for (const file of files) planned.push({ path: forFile(file), option: '--out', from: file });
  }
  if (report !== null) planned.push({ path: report, option: '--report' });
  guardOutputs(files, planned, force);
  return { forFile, report };
}

/** A single --out .xlsx (init, sample, fill-dues, sync-roster), guarded against the inputs. */
export function planSingleOutput(args: ParsedArgs, inputs: readonly string[], out: string): string {
  if (!/\.xlsx$/i.test(out)) throw new UsageError('--out must name an .xlsx file');
  guardOutputs(inputs, [{ path: out, option: '--out' }], args.options.has('force'));
  return out;
}

/** The folder of an output, created just before it is written (never on a refused run). */
export function ensureFolderOf(path: string): void {
  mkdirSync(dirname(path) || '.', { recursive: true });
}

/** Excel's and WPS's owner files ("~$台账.xlsx", 165 bytes, not a workbook) that a glob picks up while a ledger is open. */
export function isOfficeLockFile(file: string): boolean {
  return basename(file).startsWith('~$');
}
