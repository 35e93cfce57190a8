import type { ScanOutcome } from '../app/scanWorkbook';

/**
 * The ribbon's 一键检查 and the pane share one runtime: the command publishes its outcome here and
 * the pane, mounted or not yet, lists it without reading the workbook again.
 */
type Listener = (outcome: ScanOutcome) => void;

const listeners = new Set<Listener>();
let latest: ScanOutcome | null = null;

export function publishRibbonScan(outcome: ScanOutcome): void {
  latest = outcome;
  for (const listener of listeners) listener(outcome);
}

/** Calls `listener` with the latest ribbon scan, if any, then with each new one; returns the unsubscribe. */
export function subscribeRibbonScan(listener: Listener): () => void {
  listeners.add(listener);
  if (latest) listener(latest);
  return () => {
    listeners.delete(listener);
  };
}
