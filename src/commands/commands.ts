import { runScan } from '../app/scanWorkbook';
import { runExcelAction } from '../adapters/office/officeWorkbook';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';

/**
 * 一键检查 on the ribbon (ExecuteFunction): the same scan as the pane, without opening it. The
 * result shows itself: the findings sheet is activated, counts by severity at its top, cells coloured.
 */
async function scanFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runExcelAction((workbook) =>
      runScan(workbook, { today: calendarDateFromLocal(new Date()), lang: languageFromLocale(Office.context.displayLanguage), write: true }),
    );
  } catch (e) {
    // A command has no UI of its own: the error goes to the console the developer tools show.
    console.error('branch-ledger scan failed', e);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('scanWorkbook', scanFromRibbon);
});
