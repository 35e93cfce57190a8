import { isOfficeLockFile } from './outputs';

export interface SkippedInput {
  readonly file: string;
  readonly reason: string;
}

/**
 * The workbooks of a batch, without the owner files Excel and WPS keep next to an open workbook
 * ("~$台账.xlsx"): a glob picks them up, they are not ledgers, and they are skipped with a note
 * on stderr rather than failing the batch.
 */
export function splitInputs(positionals: readonly string[], io: { err(line: string): void }): { files: string[]; skipped: SkippedInput[] } {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];
  for (const file of positionals) {
    if (isOfficeLockFile(file)) {
      const reason = 'an Excel/WPS lock file (the workbook it belongs to is open), not a workbook';
      skipped.push({ file, reason });
      io.err(`branch-ledger: skipped ${file}: ${reason}`);
    } else files.push(file);
  }
  return { files, skipped };
}
