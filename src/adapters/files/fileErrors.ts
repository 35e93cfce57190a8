/**
 * The two ways a file can fail, told apart for the user: a file that cannot be read (the run goes on
 * with the other files of a batch) and a file that cannot be written (the target is left as it was).
 */
export class FileReadError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`cannot read ${file}: ${reason}`);
    this.name = 'FileReadError';
  }
}

export class FileWriteError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`cannot write ${file}: ${reason}`);
    this.name = 'FileWriteError';
  }
}

/** The first line of an error's message, with Node's error code spelled out for the common cases. */
export function plainReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EISDIR':
      return 'it is a folder';
    case 'EBUSY':
      return 'the file is in use by another program';
    default:
      return String(err?.message ?? e).split('\n')[0];
  }
}
