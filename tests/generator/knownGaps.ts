/**
 * Mutations today's reader does not yet read as their author meant: excluded from the equality
 * property of messyLedger.test.ts and reported by its gap test instead (failures per gap and one
 * shrunk counterexample each). Remove a name once the reader learns it; from then on the property
 * holds it to equal findings, so a learned rewrite stays learned. An entry 'a+b' is a combination
 * that fails where each alone passes: variants carrying both are excluded.
 */
export const KNOWN_GAPS: ReadonlySet<string> = new Set<string>([
  'date.serial-text',
  'date.two-digit-year',
  'date.month-day',
  'amount.paid-words',
  'amount.catch-up',
  'meeting.attendance-one-cell',
  'hours.units',
  'hours.days',
  'columns.reorder',
  'header.field-synonym',
  'band.meeting-attendance',
  'band.split-header',
  'layout.notes-below',
  'shape.payment-list',
  'shape.payment-list-ranges',
  'shape.attendee-log',
  'shape.split-month-dues',
  // 已繳 (traditional 已缴) in a month cell
  'amount.check-mark+text.traditional',
  // 已補學 (traditional 已补学) in an absentee's note
  'meeting.absentee-notes+text.traditional',
  // A year in a month header under a band: "党费交纳情况" + "2025年1月" / "2025-01" is no month
  'month.iso+band.dues-months',
  'month.iso+band.three-rows',
  'month.iso+band.inferred-merges',
  'month.year-cjk+band.dues-months',
  'month.year-cjk+band.three-rows',
  'month.year-cjk+band.inferred-merges',
]);
