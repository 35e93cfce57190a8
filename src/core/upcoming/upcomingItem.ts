/** What is due next (DOMAIN.md §7): the CLI's JSON contract for `upcoming` (keep names and meanings stable). */
export type UpcomingKind =
  | 'meeting'
  | 'probation'
  | 'development-talk'
  | 'development-review'
  | 'development-candidate'
  | 'term-report'
  | 'term-end'
  | 'obligation'
  | 'dues'
  | 'study';

export const UPCOMING_KINDS: readonly UpcomingKind[] = ['meeting', 'probation', 'development-talk', 'development-review', 'development-candidate', 'term-report', 'term-end', 'obligation', 'dues', 'study'];

export interface UpcomingItem {
  readonly kind: UpcomingKind;
  /** The rule id the scan reports if the item is missed (meeting.overdue, obligation.overdue …). */
  readonly rule: string;
  /** The last day to do it (YYYY-MM-DD); for development-candidate, the first day it may be done. */
  readonly due: string;
  /** The member's name as written (for an annual-obligation row, its 责任人), or null for a branch-level item. */
  readonly member: string | null;
  /** 党小组 when the obligation is per group. */
  readonly group: string | null;
  /** Canonical zh-CN meeting type (also the 支部党员大会 a 转正 needs). */
  readonly meetingType: string | null;
  /** 2025-03, 2025-Q1, 2025-H1, 2025, or null. */
  readonly period: string | null;
  /** Where in the workbook: the sheet's name as in the file, and a 1-based row (null: the sheet as a whole). */
  readonly sheet: string | null;
  readonly row: number | null;
  readonly message: string;
}
