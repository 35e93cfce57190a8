import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatIsoDate } from '../core/calendar/calendarDate';
import { intOption, type ParsedArgs } from './args';
import { runTaskInProcess, type AnyTaskResult, type FileTask } from './fileTasks';

type TaskResult = AnyTaskResult;

/**
 * The heap one file may use (V8's old generation, in MB). A ledger within the size limits needs
 * about 11 times its unpacked size (a 9 MB file of 14,000 members: about 1.1 GB); past the cap the
 * file fails alone with a message, instead of a heap abort ending the whole batch.
 */
export const DEFAULT_FILE_MEMORY_MB = 3072;

export function memoryOption(args: ParsedArgs): number {
  return intOption(args, 'max-memory-mb', DEFAULT_FILE_MEMORY_MB, 256, 65536);
}

/**
 * V8's young generation, where the reading and writing leave millions of short-lived strings. At
 * 64 MB it filled to the top on a 3,000-member ledger and the copy written by `scan --out` peaked at
 * 545 MB; at 32 MB, 508 MB in the same time (`npm run bench` prints the peaks).
 */
const YOUNG_GENERATION_MB = 32;

/** The compiled worker script; absent when the sources run uncompiled (jest), where files run in-process. */
const WORKER_SCRIPT = join(__dirname, 'fileTaskWorker.js');

const failure = (task: FileTask, message: string): TaskResult =>
  task.kind === 'scan'
    ? { file: task.file, branchName: null, findings: [], errors: [message], asOf: formatIsoDate(task.asOf ?? task.today), year: null, sheets: [], wrote: null }
    : task.kind === 'summary'
      ? { file: task.file, data: null, error: message, sheetsAdded: [], chartsAsBars: false, wrote: null }
      : { file: task.file, lines: [], wrote: false, refused: false, noRoom: 0, error: message };

/**
 * Runs a batch's file tasks one after the other in a worker thread with a memory cap: a file that
 * blows up (a zip that lies about its size, a sheet of millions of cells) costs only its own result.
 * The worker is reused across files and replaced after a failure.
 */
export async function runFileTasks(tasks: readonly FileTask[], args: ParsedArgs): Promise<TaskResult[]> {
  const memoryMb = memoryOption(args);
  if (!existsSync(WORKER_SCRIPT)) {
    const results: TaskResult[] = [];
    for (const t of tasks) results.push(await runTaskInProcess(t));
    return results;
  }
  const results: TaskResult[] = [];
  let worker: Worker | null = null;
  try {
    for (const task of tasks) {
      if (!worker) {
        worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        // A dying worker may report more than once; what matters was taken by the task's own listeners.
        worker.on('error', () => undefined);
      }
      const w: Worker = worker;
      const outcome = await new Promise<{ result?: TaskResult; message?: string; dead: boolean }>((resolve) => {
        const onMessage = (m: { ok: boolean; result?: TaskResult; message?: string }): void => done(m.ok ? { result: m.result, dead: false } : { message: m.message, dead: false });
        const onError = (e: Error & { code?: string }): void => done({
          dead: true,
          message: e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `reading it needs more than the ${memoryMb} MB of memory one file may use (pass --max-memory-mb to raise it); the other files are not affected`
            : String(e.message).split('\n')[0],
        });
        const onExit = (code: number): void => done({ dead: true, message: `the worker reading it stopped (exit code ${code})` });
        const done = (v: { result?: TaskResult; message?: string; dead: boolean }): void => {
          w.off('message', onMessage).off('error', onError).off('exit', onExit);
          resolve(v);
        };
        w.on('message', onMessage).on('error', onError).on('exit', onExit);
        w.postMessage(task);
      });
      if (outcome.dead) {
        void w.terminate();
        worker = null;
      }
      results.push(outcome.result ?? failure(task, /^cannot (read|write) /.test(outcome.message ?? '') ? outcome.message! : `cannot read ${task.file}: ${outcome.message}`));
    }
  } finally {
    if (worker) await worker.terminate();
  }
  return results;
}
