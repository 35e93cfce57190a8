import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that, whatever happens (a full disk, a kill, a power cut after the rename), the
 * target is either exactly what it was or exactly the new bytes, never a truncated zip: the bytes go
 * to a temporary file in the target's folder (so the rename stays on one file system), are flushed to
 * disk, and only then renamed over the target. A failure removes the temporary file.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const dir = dirname(path);
  // A dot-name, so a folder listing or a glob of *.xlsx does not pick up a half-written file.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = existingMode(path);
  const fd = openSync(temp, 'wx', 0o644);
  let renamed = false;
  try {
    try {
      // A file replaced in place keeps its permissions.
      if (mode !== null) fchmodSync(fd, mode);
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone; nothing else to undo.
      }
    }
  }
  syncFolder(dir);
}

function existingMode(path: string): number | null {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return null;
  }
}

/** Makes the rename itself durable; some systems (Windows) cannot open a folder, which is harmless. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
