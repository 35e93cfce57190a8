import type { ParsedArgs } from './args';
import { runTaskInProcess, type FileTask, type ScanTaskResult, type SummaryTaskResult } from './fileTasks';

/** Runs a batch's file tasks one after the other. */
export async function runFileTasks(tasks: readonly FileTask[], args: ParsedArgs): Promise<(ScanTaskResult | SummaryTaskResult)[]> {
  void args;
  const results: (ScanTaskResult | SummaryTaskResult)[] = [];
  for (const t of tasks) results.push(await runTaskInProcess(t));
  return results;
}
