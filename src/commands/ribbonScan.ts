import { runScan, type ScanOutcome, type ScanStage } from '../app/scanWorkbook';
import { runExcelAction } from '../adapters/office/officeWorkbook';
import { PartialWriteError } from '../adapters/office/partialWriteError';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';

/** The ExecuteFunction name in manifest.xml (the manifest test checks they agree). */
export const SCAN_COMMAND = 'scanWorkbook';

/**
 * 一键检查 on the ribbon: the same scan as the pane, without opening it. The 检查结果 sheet is
 * activated and a small dialog tells the counts by severity (or why the check could not run) and
 * offers the pane. The add-in runs in a shared runtime (manifest `<Runtimes>`), so this code lives
 * in the pane's page: `onScanned` hands the outcome to the pane, which lists it when it is shown.
 */
export async function scanFromRibbon(event: Office.AddinCommands.Event, onScanned: (outcome: ScanOutcome) => void): Promise<void> {
  const lang = languageFromLocale(Office.context.displayLanguage);
  const query = new URLSearchParams({ lang });
  let stage: ScanStage | null = null;
  try {
    const outcome = await runExcelAction((workbook) => runScan(workbook, { today: calendarDateFromLocal(new Date()), lang, write: true, onStage: (s) => (stage = s) }));
    onScanned(outcome);
    query.set('critical', String(outcome.result.counts.critical));
    query.set('warning', String(outcome.result.counts.warning));
    query.set('info', String(outcome.result.counts.info));
    query.set('sheet', outcome.report?.sheetsAdded[0] ?? '');
    query.set('ledgers', String(outcome.result.recognized.length));
    if (outcome.report?.degraded.some((d) => d.startsWith('highlights'))) query.set('highlighted', '0');
  } catch (e) {
    // A command has no UI of its own: the dialog says what went wrong instead of the ribbon going quiet,
    // and whether the workbook was changed: a failure while writing may leave part of the write.
    query.set('error', e instanceof Error ? e.message : String(e));
    if (e instanceof PartialWriteError) query.set('changed', e.changed ? 'partial' : 'none');
    else if (stage === 'writing') query.set('changed', 'unknown');
  }
  // One dialog per host page: a second click while the last result is still open would fail (12007).
  openDialog?.close();
  openDialog = null;
  await showDialog(query, true);
  // The shared runtime outlives the command, so the dialog's handlers keep working after this; completing
  // now takes Excel's "working on your request" notice off the status bar while the dialog is read.
  event.completed();
}

/** The result dialog open from this page, if any. */
let openDialog: Office.Dialog | null = null;

/** Office's code when a dialog is already open from this host page. */
const DIALOG_ALREADY_OPEN = 12007;

function showDialog(query: URLSearchParams, retry: boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    Office.context.ui.displayDialogAsync(`${window.location.origin}/dialog.html?${query}`, { height: 34, width: 32, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        // A dialog this page no longer holds (a reload) is still open: one more try once Office has it closed.
        if (retry && opened.error?.code === DIALOG_ALREADY_OPEN) {
          setTimeout(() => void showDialog(query, false).then(resolve), 500);
          return;
        }
        console.error(`The result dialog could not be opened (${opened.error?.code}): ${opened.error?.message}`);
      }
      if (opened.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = opened.value;
        openDialog = dialog;
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          // The user closed it with its own ✕.
          if (openDialog === dialog) openDialog = null;
        });
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          const message = 'message' in arg ? arg.message : '';
          if (message === 'open-pane') {
            // On success the dialog goes; if the host refuses, it stays with its hint (where the button is).
            showPane().then(
              () => {
                dialog.close();
                if (openDialog === dialog) openDialog = null;
              },
              () => undefined,
            );
          } else if (message === 'close') {
            dialog.close();
            if (openDialog === dialog) openDialog = null;
          }
        });
      }
      resolve();
    });
  });
}

function showPane(): Promise<void> {
  const addin = (Office as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  return addin?.showAsTaskpane ? addin.showAsTaskpane() : Promise.reject(new Error('SharedRuntime 1.1 is not available'));
}

/** Called once the page's Office.js is ready: associates the ribbon's function with this runtime. */
export function registerRibbonCommands(onScanned: (outcome: ScanOutcome) => void): void {
  Office.actions.associate(SCAN_COMMAND, (event: Office.AddinCommands.Event) => scanFromRibbon(event, onScanned));
}
