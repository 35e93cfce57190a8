import { runScan } from '../app/scanWorkbook';
import { runExcelAction } from '../adapters/office/officeWorkbook';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';

/**
 * 一键检查 on the ribbon (ExecuteFunction): the same scan as the pane, without opening it. The 检查结果
 * sheet is activated, and a small dialog tells the counts by severity and offers the pane.
 */
async function scanFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  let done = false;
  const complete = (): void => {
    if (!done) {
      done = true;
      event.completed();
    }
  };
  try {
    const lang = languageFromLocale(Office.context.displayLanguage);
    const { result, report } = await runExcelAction((workbook) => runScan(workbook, { today: calendarDateFromLocal(new Date()), lang, write: true }));
    const query = new URLSearchParams({
      lang,
      critical: String(result.counts.critical),
      warning: String(result.counts.warning),
      info: String(result.counts.info),
      sheet: report?.sheetsAdded[0] ?? '',
    });
    Office.context.ui.displayDialogAsync(`${window.location.origin}/dialog.html?${query}`, { height: 32, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return complete();
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const message = 'message' in arg ? arg.message : '';
        // Opening the pane from a command needs the shared runtime (SharedRuntime 1.1); elsewhere the dialog says where the button is.
        const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
        if (message === 'open-pane' && addin?.showAsTaskpane && Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
          void addin.showAsTaskpane();
          dialog.close();
          complete();
        } else if (message === 'close') {
          dialog.close();
          complete();
        }
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, complete);
    });
  } catch (e) {
    // A command has no UI of its own: the error goes to the console the developer tools show.
    console.error('branch-ledger scan failed', e);
    complete();
  }
}

Office.onReady(() => {
  Office.actions.associate('scanWorkbook', scanFromRibbon);
});
