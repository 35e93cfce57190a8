import type { Language } from '../i18n/language';
import type { SheetSchema } from '../schema/sheetSchemas';
import { monthColumnKey } from '../schema/sheetSchemas';
import type { PlanValue } from '../plan/writePlan';
import type { CalendarDate } from '../calendar/calendarDate';
import type {
  DevelopmentRecord,
  DuesRecord,
  MeetingRecord,
  MemberRecord,
  ObligationRecord,
  StudyRecord,
  TalkRecord,
} from '../model/records';
import { enumLabel } from './labels';

/** Record → sheet row, in the schema's column order. Computed columns are left to the layout's formulas. */
type RowValues = Record<string, PlanValue | undefined>;

// A year of 0 marks a date left blank on purpose (the sample's planted missing field).
const d = (date: CalendarDate | undefined): PlanValue => (date && date.year > 0 ? { date } : null);
const yuan = (fen: number | undefined): PlanValue => (fen === undefined ? null : fen / 100);
const names = (list: readonly string[] | undefined): PlanValue => (list && list.length ? list.join('、') : null);

export function toRow(schema: SheetSchema, values: RowValues): PlanValue[] {
  return schema.columns.map((c) => values[c.key] ?? null);
}

export function memberRow(m: MemberRecord, serial: number, lang: Language): RowValues {
  return {
    serial,
    name: m.name,
    gender: enumLabel('gender', m.gender, lang),
    ethnicity: m.ethnicity,
    birthDate: d(m.birthDate),
    education: m.education ? enumLabel('education', m.education, lang) : null,
    idNumber: m.idNumber,
    personCategory: enumLabel('personCategory', m.personCategory, lang),
    memberCategory: enumLabel('memberCategory', m.memberCategory, lang),
    admissionDate: d(m.admissionDate),
    conversionDate: d(m.conversionDate),
    group: m.group,
    post: m.post ? enumLabel('partyPost', m.post, lang) : null,
    incomeBase: yuan(m.incomeBaseFen),
    relationStatus: m.relationStatus ? enumLabel('relationStatus', m.relationStatus, lang) : null,
    phone: m.phone,
    remark: m.remark,
  };
}

export function developmentRow(r: DevelopmentRecord, serial: number): RowValues {
  return {
    serial,
    name: r.name,
    birthDate: d(r.birthDate),
    applicationDate: d(r.applicationDate),
    talkDate: d(r.talkDate),
    activistDate: d(r.activistDate),
    mentors: names(r.mentors),
    lastReviewDate: d(r.lastReviewDate),
    candidateDate: d(r.candidateDate),
    politicalReviewDate: d(r.politicalReviewDate),
    trainingHours: r.trainingHours,
    admissionDate: d(r.admissionDate),
    remark: r.remark,
  };
}

export function duesRow(r: DuesRecord, serial: number, lang: Language): RowValues {
  const values: RowValues = {
    serial,
    name: r.name,
    personCategory: enumLabel('personCategory', r.personCategory, lang),
    incomeBase: yuan(r.incomeBaseFen),
    remark: r.remark,
  };
  r.payments.forEach((p, i) => {
    values[monthColumnKey(i + 1)] = p === null ? null : 'fen' in p ? p.fen / 100 : 'exempt' in p ? '免交' : '√';
  });
  return values;
}

/** A meeting type as written may combine several ("支部党员大会暨主题党日"): each part is translated. */
export function meetingTypeLabel(type: string, lang: Language): string {
  if (lang === 'zh-CN') return type;
  const parts = type.split('暨').map((t) => enumLabel('meetingType', t, lang));
  return parts.join(lang === 'en-US' ? ' + ' : '暨');
}

export function meetingRow(r: MeetingRecord, lang: Language): RowValues {
  return {
    date: d(r.date),
    type: meetingTypeLabel(r.type, lang),
    group: r.group,
    topic: r.topic,
    host: r.host,
    recorder: r.recorder,
    expected: r.expected,
    present: r.present,
    absentees: names(r.absentees),
    absenceReason: r.absenceReason,
    makeUp: names(r.makeUp),
    hours: r.hours,
    summary: r.summary,
    decisions: r.decisions,
  };
}

export function studyRow(r: StudyRecord, serial: number, lang: Language): RowValues {
  return { serial, name: r.name, date: d(r.date), content: r.content, form: r.form ? enumLabel('studyForm', r.form, lang) : null, hours: r.hours };
}

export function talkRow(r: TalkRecord, lang: Language): RowValues {
  return { date: d(r.date), talker: r.talker, subject: r.subject, reason: r.reason ? enumLabel('talkReason', r.reason, lang) : null, content: r.content };
}

export function obligationRow(r: ObligationRecord, serial: number): RowValues {
  return { serial, item: r.item, dueDate: d(r.dueDate), doneDate: d(r.doneDate), owner: r.owner, basis: r.basis, remark: r.remark };
}
