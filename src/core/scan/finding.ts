/** A finding of the scan: the CLI's JSON contract (keep field names and meanings stable). */
export type Severity = 'critical' | 'warning' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

export interface Finding {
  /** DOMAIN.md rule id, e.g. dues.arrears; `*.` rules carry the sheet kind (roster.missing-field). */
  readonly rule: string;
  readonly severity: Severity;
  /** The sheet's name as in the file. */
  readonly sheet: string;
  /** 1-based Excel row, or null for a finding about a whole sheet or the branch. */
  readonly row: number | null;
  /** The header text as in the file, or null. */
  readonly column: string | null;
  /** A1 address, or null. */
  readonly cell: string | null;
  /** The member's name as written, or null. */
  readonly member: string | null;
  /** 2025-03, 2025-Q1, 2025-H1, 2025, or null. */
  readonly period: string | null;
  /** Canonical zh-CN meeting type for meeting rules. */
  readonly meetingType: string | null;
  /** 党小组 when the obligation is per group. */
  readonly group: string | null;
  readonly message: string;
  readonly basis: string;
}

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}
