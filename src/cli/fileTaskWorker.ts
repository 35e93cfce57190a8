import { parentPort } from 'node:worker_threads';
import { runTaskInProcess, type FileTask } from './fileTasks';

/**
 * A batch's worker: runs the file tasks it is sent, one at a time, under the memory cap the batch
 * gave it. Should a file exhaust the cap, only this worker dies; the batch starts another.
 */
parentPort?.on('message', (task: FileTask) => {
  runTaskInProcess(task).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (e: unknown) => parentPort?.postMessage({ ok: false, message: String((e as Error)?.message ?? e).split('\n')[0] }),
  );
});
