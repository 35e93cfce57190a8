import type { CalendarDate } from '../calendar/calendarDate';
import type { Fen } from '../money/fen';

/**
 * The domain records, in canonical zh-CN enumeration values and fen. Templates write them, the
 * sample generator makes them, and the readers of hand-made sheets produce them.
 */
export interface MemberRecord {
  readonly name: string;
  readonly gender: '男' | '女';
  readonly ethnicity?: string;
  readonly birthDate: CalendarDate;
  readonly education?: string;
  readonly idNumber?: string;
  readonly personCategory: '在职' | '离退休' | '学生' | '农民' | '其他';
  readonly memberCategory: '正式党员' | '预备党员';
  readonly admissionDate: CalendarDate;
  readonly conversionDate?: CalendarDate;
  readonly group?: string;
  readonly post?: string;
  readonly incomeBaseFen?: Fen;
  readonly relationStatus?: '在册' | '转入' | '转出' | '停止党籍' | '去世';
  readonly phone?: string;
  readonly remark?: string;
}

export interface DevelopmentRecord {
  readonly name: string;
  readonly birthDate: CalendarDate;
  readonly applicationDate: CalendarDate;
  readonly talkDate?: CalendarDate;
  readonly activistDate?: CalendarDate;
  readonly mentors?: readonly string[];
  readonly lastReviewDate?: CalendarDate;
  readonly candidateDate?: CalendarDate;
  readonly politicalReviewDate?: CalendarDate;
  readonly trainingHours?: number;
  readonly admissionDate?: CalendarDate;
  readonly remark?: string;
}

/**
 * A month's entry in the dues ledger: an amount, "paid" with the amount unknown (已交/√), or
 * exempt (免交). `catchUp` marks a late payment (补交270, 30.00元（补交3月）); `forMonths` the
 * months (1–12) the cell says it pays for, when it names them.
 */
export type Payment =
  | { readonly fen: Fen; readonly catchUp?: true; readonly forMonths?: readonly number[] }
  | { readonly paidUnknownAmount: true; readonly catchUp?: true; readonly forMonths?: readonly number[] }
  | { readonly exempt: true };

export interface DuesRecord {
  readonly name: string;
  readonly personCategory: MemberRecord['personCategory'];
  readonly incomeBaseFen?: Fen;
  /** Index 0 = January. */
  readonly payments: readonly (Payment | null)[];
  readonly remark?: string;
}

export interface MeetingRecord {
  readonly date: CalendarDate;
  /** As written: may name several types ("支部党员大会暨主题党日"). */
  readonly type: string;
  readonly group?: string;
  readonly topic: string;
  readonly host: string;
  readonly recorder: string;
  readonly expected: number;
  readonly present: number;
  readonly absentees: readonly string[];
  readonly absenceReason?: string;
  readonly makeUp: readonly string[];
  readonly hours?: number;
  readonly summary: string;
  readonly decisions?: string;
}

export interface StudyRecord {
  readonly name: string;
  readonly date: CalendarDate;
  readonly content: string;
  readonly form?: string;
  readonly hours: number;
}

export interface TalkRecord {
  readonly date: CalendarDate;
  readonly talker: string;
  readonly subject: string;
  readonly reason?: string;
  readonly content: string;
}

export interface ObligationRecord {
  readonly item: string;
  readonly dueDate: CalendarDate;
  readonly doneDate?: CalendarDate;
  readonly owner?: string;
  readonly basis?: string;
  readonly remark?: string;
}

export interface BranchSettings {
  readonly branchName: string;
  readonly parentOrg?: string;
  readonly unitType: string;
  readonly year: number;
  readonly asOfDate?: CalendarDate;
  readonly electionDate?: CalendarDate;
  readonly termYears?: number;
}

/** Everything a ledger workbook can hold; a template is a ledger with no records. */
export interface LedgerData {
  readonly settings: BranchSettings;
  readonly members: readonly MemberRecord[];
  readonly development: readonly DevelopmentRecord[];
  readonly dues: readonly DuesRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly study: readonly StudyRecord[];
  readonly talks: readonly TalkRecord[];
  readonly obligations: readonly ObligationRecord[];
}
