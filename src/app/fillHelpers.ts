import type { ApplyReport, WorkbookPort } from '../port/workbookPort';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { Language } from '../core/i18n/language';
import type { SheetGrid } from '../core/read/grid';
import { scanContextFor } from '../core/scan/scanWorkbook';
import type { ScanContext } from '../core/scan/scanContext';
import { planDuesFill, previewDuesFill, type DuesFillPreview } from '../core/fill/fillDues';
import { planRosterSync, previewRosterSync, type RosterSyncPreview } from '../core/fill/syncRoster';
import { checkMeeting, planRecordMeeting, type MeetingInput } from '../core/fill/recordMeeting';
import { formatIsoDate } from '../core/calendar/calendarDate';
import { checkLedgerYear } from './ledgerYear';
import type { OpenCopy } from './scanWorkbook';
import type { WritePlan } from '../core/plan/writePlan';

/**
 * The filling helpers, the same in Excel and the CLI. Each action is one read round and, when it
 * writes, one write round; every write goes into blank cells only and is listed in 修改记录.
 */
export interface HelperContext {
  readonly today: CalendarDate;
  readonly lang: Language;
}

async function read(port: WorkbookPort, h: HelperContext, year?: number): Promise<{ grids: SheetGrid[]; ctx: ScanContext }> {
  const grids = await port.readSheets();
  return { grids, ctx: scanContextFor(grids, { asOf: h.today, today: h.today, lang: h.lang, year }) };
}

/** A month of another year than the ledger's is refused (DOMAIN.md "The ledger's year"), naming both years. */
function duesPreview(ctx: ScanContext, year: number, month: number, h: HelperContext): DuesFillPreview {
  const wrongYear = checkLedgerYear(ctx, year, { kind: 'dues', month }, h.lang);
  if (wrongYear) return { month, fills: [], totalFen: 0, skipped: [], problem: wrongYear.message };
  return previewDuesFill(ctx, month, h.today);
}

export async function previewFillDues(port: WorkbookPort, year: number, month: number, h: HelperContext): Promise<DuesFillPreview> {
  return duesPreview((await read(port, h, year)).ctx, year, month, h);
}

/** With `openCopy`, the plan is applied to a copy opened once the input's grids can go (the CLI's --out). */
export async function fillDues(port: WorkbookPort, year: number, month: number, h: HelperContext, openCopy?: OpenCopy): Promise<{ preview: DuesFillPreview; report: ApplyReport | null }> {
  const { preview, plan } = await planFillDues(port, year, month, h);
  if (!plan) return { preview, report: null };
  return { preview, report: await (openCopy ? await openCopy() : port).applyPlan(plan) };
}

/** The grids live only in here: once the plan is made they can go. */
async function planFillDues(port: WorkbookPort, year: number, month: number, h: HelperContext): Promise<{ preview: DuesFillPreview; plan: WritePlan | null }> {
  const { grids, ctx } = await read(port, h, year);
  const preview = duesPreview(ctx, year, month, h);
  if (preview.problem || preview.fills.length === 0) return { preview, plan: null };
  return { preview, plan: planDuesFill(preview, grids, h.today, h.lang, ctx) };
}

export async function previewSyncRoster(port: WorkbookPort, h: HelperContext): Promise<RosterSyncPreview> {
  return previewRosterSync((await read(port, h)).ctx);
}

export async function syncRoster(port: WorkbookPort, h: HelperContext, openCopy?: OpenCopy): Promise<{ preview: RosterSyncPreview; report: ApplyReport | null }> {
  const { preview, plan } = await planSyncRoster(port, h);
  if (!plan) return { preview, report: null };
  return { preview, report: await (openCopy ? await openCopy() : port).applyPlan(plan) };
}

/** The grids live only in here: once the plan is made they can go. */
async function planSyncRoster(port: WorkbookPort, h: HelperContext): Promise<{ preview: RosterSyncPreview; plan: WritePlan | null }> {
  const { grids, ctx } = await read(port, h);
  const preview = previewRosterSync(ctx);
  if (preview.additions.every((a) => a.row === null) && preview.orphans.length === 0) return { preview, plan: null };
  return { preview, plan: planRosterSync(ctx, preview, grids, h.today, h.lang) };
}

export type RecordOutcome = { readonly ok: true; readonly report: ApplyReport; readonly expected: number; readonly present: number } | { readonly ok: false; readonly problems: readonly string[] };

export async function recordMeeting(port: WorkbookPort, input: MeetingInput, h: HelperContext): Promise<RecordOutcome> {
  const { grids, ctx } = await read(port, h, input.date?.year);
  const wrongYear = input.date ? checkLedgerYear(ctx, input.date.year, { kind: 'meeting', date: formatIsoDate(input.date) }, h.lang) : null;
  if (wrongYear) return { ok: false, problems: [wrongYear.message] };
  const check = checkMeeting(ctx, input, h.today);
  if (!check.ok) return check;
  const plan = planRecordMeeting(ctx, input, check.expected, grids, h.today, h.lang);
  if ('problem' in plan) return { ok: false, problems: [plan.problem] };
  const report = await port.applyPlan(plan);
  return { ok: true, report, expected: check.expected.length, present: check.expected.length - input.absentees.length };
}

/** The roster as the meeting form needs it: names, committee posts and groups. */
export async function rosterForForm(port: WorkbookPort, h: HelperContext): Promise<{ name: string; committee: boolean; group: string | null }[]> {
  return (await read(port, h)).ctx.members.filter((m) => m.active).map((m) => ({ name: m.name, committee: m.committee, group: m.group }));
}
