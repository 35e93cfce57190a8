import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../args';

/** The lock file next to a workbook changed in place: it is taken exclusively (O_EXCL) for the whole read-change-write. */
export const lockPathFor = (file: string): string => join(dirname(file), `.${basename(file)}.branch-ledger.lock`);

/** The owner files Excel/WPS and LibreOffice keep next to an open workbook. */
function openElsewhere(file: string): string | null {
  const dir = dirname(file);
  const name = basename(file);
  const candidates = [join(dir, `~$${name}`), join(dir, `.~lock.${name}#`)];
  return candidates.find((c) => existsSync(c)) ?? null;
}

function holderAlive(text: string): boolean {
  const [pid, host] = text.split('\n');
  if (host !== hostname()) return true; // another machine on a shared folder: cannot tell, so assume it runs
  const n = Number(pid);
  if (!Number.isInteger(n) || n <= 0) return true;
  try {
    process.kill(n, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the in-place lock of `file`, or refuses (exit 2) when another run holds it or the workbook is
 * open in Excel, WPS or LibreOffice (their next save would overwrite what we wrote). A lock left by a
 * run that was killed on this machine is taken over. Returns the release function.
 */
export function lockForInPlace(file: string): () => void {
  const owner = openElsewhere(file);
  if (owner) throw new UsageError(`${file} is open in Excel, WPS or LibreOffice (${basename(owner)} is next to it): close it there and run again`);
  const lock = lockPathFor(file);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot lock ${file} for --in-place: ${(e as Error).message.split('\n')[0]}`);
      let text = '';
      try {
        text = readFileSync(lock, 'utf8');
      } catch {
        continue; // released meanwhile: try again
      }
      if (attempt === 0 && !holderAlive(text)) {
        try {
          unlinkSync(lock);
        } catch {
          // Someone else took it over first; the next attempt decides.
        }
        continue;
      }
      const [pid, host, since] = text.split('\n');
      throw new UsageError(`${file} is being changed by another run (process ${pid || '?'} on ${host || '?'} since ${since || '?'}); wait for it to finish (if none is running, delete ${lock})`);
    }
    try {
      writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
    } catch (e) {
      closeSync(fd);
      unlinkSync(lock);
      throw new UsageError(`cannot lock ${file} for --in-place: ${(e as Error).message.split('\n')[0]}`);
    }
    closeSync(fd);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      try {
        unlinkSync(lock);
      } catch {
        // Already removed by hand.
      }
    };
  }
  throw new UsageError(`cannot lock ${file} for --in-place: the lock ${lock} keeps changing; try again`);
}
