// Everything a pane action runs, in one lazily loaded chunk (see officeHost.ts and previewHost.ts).
export { generateTemplate } from '../app/generateTemplate';
export { clearScanOutput, runScan } from '../app/scanWorkbook';
export { writeSummary } from '../app/summarizeWorkbook';
export { runExcelAction } from '../adapters/office/officeWorkbook';
export { fillDues, previewFillDues, previewSyncRoster, recordMeeting, rosterForForm, syncRoster } from '../app/fillHelpers';
export { hasFindingsSheet } from '../core/scan/scanPlan';
export { listUpcoming, writeReminderSheet } from '../app/upcomingWorkbook';
