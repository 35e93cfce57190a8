import type { GenerateOutcome } from '../app/generateTemplate';
import type { ScanOutcome, ScanStage } from '../app/scanWorkbook';
import type { SummaryRequest } from '../app/summarizeWorkbook';
import type { RecordOutcome } from '../app/fillHelpers';
import type { DuesFillPreview } from '../core/fill/fillDues';
import type { RosterSyncPreview } from '../core/fill/syncRoster';
import type { MeetingInput } from '../core/fill/recordMeeting';
import type { ApplyReport } from '../port/workbookPort';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import type { ClashPolicy, TemplateRequest } from '../core/template/templatePlan';
import type { UpcomingOutcome, UpcomingRequest } from '../app/upcomingWorkbook';

/**
 * What the pane may ask of its host. Components receive this as a prop: in Excel it is backed by
 * Office.js (officeHost.ts); in tests and screenshots by a fake. Components never call Excel.
 */
export interface LedgerHost {
  generateTemplate(request: TemplateRequest, policy?: ClashPolicy): Promise<GenerateOutcome>;
  /** Scans; `write: false` lists the findings without touching the workbook (default: write). */
  scan(request: { asOf?: CalendarDate; today: CalendarDate; lang: Language; write?: boolean; onStage?: (stage: ScanStage) => void }): Promise<ScanOutcome>;
  /** Whether the workbook holds the findings sheet of an earlier scan (the ribbon's 一键检查). */
  hasScanResults(): Promise<boolean>;
  /** The ribbon's scans in this runtime, latest first (where the host has a ribbon); returns the unsubscribe. */
  subscribeRibbonScan?(listener: (outcome: ScanOutcome) => void): () => void;
  clearHighlights(): Promise<ApplyReport>;
  select(sheet: string, cell: string): Promise<void>;
  /** Writes the year-end summary sheets; resolves to the sheets written and what could not be done. */
  summary(request: SummaryRequest): Promise<ApplyReport>;
  /** The filling helpers: the roster for the meeting form, then one action each (preview, then write). */
  roster(): Promise<{ name: string; committee: boolean; group: string | null }[]>;
  recordMeeting(input: MeetingInput): Promise<RecordOutcome>;
  previewFillDues(year: number, month: number): Promise<DuesFillPreview>;
  fillDues(year: number, month: number): Promise<DuesFillPreview>;
  previewSyncRoster(): Promise<RosterSyncPreview>;
  syncRoster(): Promise<RosterSyncPreview>;
  /** 待办 (read only); optional so a host without it shows the tab as unavailable. */
  upcoming?(request: UpcomingRequest): Promise<UpcomingOutcome>;
  /** Writes the printable 月度工作提醒 sheet (this month and next), replacing the previous one. */
  writeReminders?(request: Omit<UpcomingRequest, 'days'>): Promise<ApplyReport>;
}
