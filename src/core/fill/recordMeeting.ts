import { compareDates, formatIsoDate, type CalendarDate } from '../calendar/calendarDate';
import { localize, type Language } from '../i18n/language';
import { cellAddress, type SheetWrite, type WritePlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import { normalizeHeader, normalizeName } from '../read/normalizeText';
import { meetingTypeLabel } from '../template/recordRows';
import { enumLabel } from '../template/labels';
import type { Member } from '../ledger/people';
import type { LedgerContext as ScanContext } from '../ledger/ledgerContext';
import { expectedMembers } from '../ledger/meetings';
import type { MeetingType } from '../ledger/meetingTypes';
import { singleMonthIn, type RecognizedSheet } from '../read/recognizeSheets';
import { freeRows, mergeRowWrites, rowWrite } from './sheetRows';
import { planChangeLog, type ChangeEntry } from './changeLog';

export interface MeetingInput {
  readonly date: CalendarDate | null;
  /** Canonical types; several may apply (支部党员大会 + 主题党日). */
  readonly types: readonly string[];
  readonly group?: string;
  readonly topic: string;
  readonly host: string;
  readonly recorder: string;
  readonly absentees: readonly { name: string; reason?: string }[];
  readonly makeUp: readonly string[];
  readonly hours?: number;
  readonly summary: string;
  readonly decisions?: string;
  /** Also add each attendee's hours to the study sheet. */
  readonly addStudyHours: boolean;
}

/** Who is expected: the committee for 支委会, the group for 党小组会, otherwise every member in good standing (the rules' own reading). */
export function expectedAttendees(ctx: ScanContext, types: readonly string[], group?: string): Member[] {
  if (types.length === 1 && types[0] === '党小组会' && !group) return [];
  return expectedMembers(ctx, { types: new Set(types) as ReadonlySet<MeetingType>, groupKey: group ? normalizeHeader(group) : null, date: null });
}

// A log kept one sheet per quarter or month: the sheet whose name names the meeting's quarter or month.
const QUARTER_NAMES = [/一季度|第一季度|1季度|q1/i, /二季度|第二季度|2季度|q2/i, /三季度|第三季度|3季度|q3/i, /四季度|第四季度|4季度|q4/i];

function sheetFor(ctx: ScanContext, date: CalendarDate | null): RecognizedSheet {
  const logs = ctx.ledger.sheets.filter((s) => s.recognized.kind === 'meeting').map((s) => s.recognized);
  if (logs.length > 1 && date) {
    const q = QUARTER_NAMES[Math.floor((date.month - 1) / 3)];
    const byQuarter = logs.find((s) => q.test(s.grid.name));
    if (byQuarter) return byQuarter;
    const byMonth = logs.find((s) => singleMonthIn(s.grid.name)?.month === date.month);
    if (byMonth) return byMonth;
  }
  return logs[0];
}

export type MeetingCheck = { readonly ok: true; readonly expected: readonly Member[] } | { readonly ok: false; readonly problems: readonly string[] };

/** Refuses what should not be written, before anything is. */
export function checkMeeting(ctx: ScanContext, input: MeetingInput, today: CalendarDate): MeetingCheck {
  const t = ctx.text;
  const problems: string[] = [];
  if (!ctx.hasSheet('meeting')) problems.push(t('没有找到会议及活动记录表', 'No meeting sheet was found'));
  if (!input.date) problems.push(t('请填写会议日期', 'Enter the meeting date'));
  else if (compareDates(input.date, today) > 0) problems.push(t('会议日期不能晚于今天', 'The meeting date cannot be after today'));
  if (input.types.length === 0) problems.push(t('请选择会议类型', 'Choose the meeting type'));
  if (input.topic.trim() === '') problems.push(t('请填写会议主题', 'Enter the topic'));
  if (input.summary.trim() === '') problems.push(t('请填写内容摘要', 'Enter a summary'));
  if (input.host.trim() === '' || input.recorder.trim() === '') problems.push(t('请选择主持人和记录人', 'Choose who chaired and who recorded'));
  if (input.types.includes('党小组会') && !input.group) problems.push(t('党小组会请选择党小组', 'Choose the group for a group meeting'));
  const expected = expectedAttendees(ctx, input.types, input.group);
  if (expected.length === 0) problems.push(t('按名册没有应到人员', 'Nobody on the roster is expected at this meeting'));
  const keys = new Set(expected.map((m) => m.key));
  const strangers = input.absentees.filter((a) => !keys.has(normalizeName(a.name)));
  if (strangers.length) problems.push(t(`缺席人员不在应到名单中：${strangers.map((a) => a.name).join('、')}`, `Absentees not expected at this meeting: ${strangers.map((a) => a.name).join(', ')}`));
  if (input.hours !== undefined && (!(input.hours >= 0) || input.hours > 24)) problems.push(t('学时应在0到24之间', 'Hours must be between 0 and 24'));
  return problems.length ? { ok: false, problems } : { ok: true, expected };
}

/** One row on the meeting sheet (应到/实到 from the roster), and optionally one study row per attendee. */
export function planRecordMeeting(ctx: ScanContext, input: MeetingInput, expected: readonly Member[], grids: readonly SheetGrid[], today: CalendarDate, lang: Language): WritePlan | { problem: string } {
  const meeting = sheetFor(ctx, input.date);
  const [row] = freeRows(meeting, 1);
  if (row === undefined) return { problem: ctx.text('会议记录表在合计行前没有空行，请先插入空行', 'The meeting sheet has no blank row before its totals row: insert rows first') };
  const absentKeys = new Set(input.absentees.map((a) => normalizeName(a.name)));
  const attendees = expected.filter((m) => !absentKeys.has(m.key));
  const type = input.types.map((x) => meetingTypeLabel(x, lang)).join(lang === 'en-US' ? ' + ' : '暨');
  const reasons = input.absentees.filter((a) => a.reason).map((a) => `${a.name}：${a.reason}`).join('；');
  const meetingWrite = rowWrite(meeting, row, {
    date: input.date ? { date: input.date } : null,
    type,
    group: input.group ?? null,
    topic: input.topic.trim(),
    host: input.host,
    recorder: input.recorder,
    expected: expected.length,
    present: attendees.length,
    absentees: input.absentees.map((a) => a.name).join('、') || null,
    // A log that lists who attended gets the attendees (rowWrite leaves out columns the sheet lacks).
    attendees: attendees.map((m) => m.name).join('、') || null,
    absenceReason: reasons || null,
    makeUp: input.makeUp.join('、') || null,
    hours: input.hours ?? null,
    summary: input.summary.trim(),
    decisions: input.decisions?.trim() || null,
  })!;
  const writes: SheetWrite[] = [meetingWrite];
  const entries: ChangeEntry[] = [
    { action: localize({ zh: '登记会议', en: 'Meeting recorded' }, lang), sheet: meeting.grid.name, cells: `${row}`, written: `${formatIsoDate(input.date!)} ${type} ${input.topic.trim()}` },
  ];
  const study = ctx.ledger.sheets.find((s) => s.recognized.kind === 'study')?.recognized;
  if (input.addStudyHours && study && input.hours) {
    const rows = freeRows(study, attendees.length);
    attendees.forEach((m, i) => {
      const r = rows[i];
      if (r === undefined) return;
      const form = input.types.includes('党课') ? '党课' : '集中学习';
      const w = rowWrite(study, r, { name: m.name, date: { date: input.date! }, content: input.topic.trim(), form: enumLabel('studyForm', form, lang), hours: input.hours });
      if (w) writes.push(w);
    });
    if (rows.length) entries.push({ action: localize({ zh: '登记学时', en: 'Study hours' }, lang), sheet: study.grid.name, cells: `${cellAddress(rows[0], 1)}…`, written: `${attendees.length} × ${input.hours}` });
  }
  const log = planChangeLog(grids, entries, today, lang);
  return { sheets: log.sheets, writes: [...mergeRowWrites(writes), ...(log.writes ?? [])] };
}
