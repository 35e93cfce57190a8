import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../args';

/** An output a command means to write, and which option named it (for the message). */
export interface PlannedOutput {
  readonly path: string;
  readonly option: string;
  /** The input it is made from, when one output per input. */
  readonly from?: string;
}

/**
 * The file a path names, however it is spelled: "./a.xlsx", "dir/../a.xlsx", a symbolic link or a
 * hard link to it, or (on a case-insensitive disk) "A.XLSX". A path that does not exist yet is
 * named by its resolved folder and its name.
 */
function fileKey(path: string): { readonly name: string; readonly inode: string | null } {
  const abs = resolve(path);
  let real: string;
  let inode: string | null = null;
  try {
    real = realpathSync.native(abs);
    const s = statSync(real);
    inode = `${s.dev}:${s.ino}`;
  } catch {
    let folder = dirname(abs);
    try {
      folder = realpathSync.native(folder);
    } catch {
      // The folder does not exist either: compare by the resolved path.
    }
    real = join(folder, basename(abs));
  }
  // Conservative on purpose: two names differing only in case are treated as one file.
  return { name: real.normalize('NFC').toLowerCase(), inode };
}

const sameFile = (a: ReturnType<typeof fileKey>, b: ReturnType<typeof fileKey>): boolean => (a.inode !== null && a.inode === b.inode) || a.name === b.name;

/**
 * The one guard every command passes before it reads or writes anything: an output never replaces
 * an input (however spelled), two outputs of one run never share a name, and an existing file is
 * replaced only with --force. Throws a UsageError (exit 2, one line) and nothing is written.
 */
export function guardOutputs(inputs: readonly string[], outputs: readonly PlannedOutput[], force: boolean): void {
  const inputKeys = inputs.map((file) => ({ file, key: fileKey(file) }));
  const seen: { output: PlannedOutput; key: ReturnType<typeof fileKey> }[] = [];
  for (const output of outputs) {
    const key = fileKey(output.path);
    const input = inputKeys.find((i) => sameFile(i.key, key));
    if (input) {
      throw new UsageError(`${output.option} ${output.path} is the input file ${input.file}: an output never replaces an input${output.option === '--out' && inputs.length === 1 ? ' (to change the file itself, use --in-place where the command offers it)' : ''}`);
    }
    const twin = seen.find((s) => sameFile(s.key, key));
    if (twin) {
      throw new UsageError(twin.output.from && output.from
        ? `${twin.output.from} and ${output.from} would both be written to ${output.path}: give them different names or write them to separate folders`
        : `${twin.output.option} ${twin.output.path} and ${output.option} ${output.path} are the same file: one would overwrite the other`);
    }
    if (existsSync(output.path)) {
      if (statSync(output.path).isDirectory()) throw new UsageError(`${output.option} ${output.path} is a folder; name an .xlsx file`);
      if (!force) throw new UsageError(`${output.path} exists; pass --force to replace it (or choose another ${output.option})`);
    }
    seen.push({ output, key });
  }
}

/** An output folder for a batch: a new or empty folder, or any folder with --force (only the files named are replaced). */
export function guardOutputFolder(folder: string, force: boolean): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) throw new UsageError(`with several files, --out must be a folder; ${folder} is a file`);
  if (!force && readdirSync(folder).length > 0) throw new UsageError(`the output folder ${folder} is not empty; pass --force to write into it (files of the same name are replaced) or choose an empty folder`);
}
