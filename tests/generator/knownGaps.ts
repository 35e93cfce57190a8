/**
 * Mutations today's reader does not yet read as their author meant: excluded from the equality
 * property of messyLedger.test.ts and reported by its gap test instead (failures per gap and one
 * shrunk counterexample each). Remove a name once the reader learns it; from then on the property
 * holds it to equal findings, so a learned rewrite stays learned. An entry 'a+b' is a combination
 * that fails where each alone passes: variants carrying both are excluded.
 */
export const KNOWN_GAPS: ReadonlySet<string> = new Set<string>([
  'date.serial-text',
  'columns.reorder',
  'header.field-synonym',
  'band.meeting-attendance',
  'band.split-header',
  'layout.notes-below',
  // A year in a month header under a band: "党费交纳情况" + "2025年1月" / "2025-01" is no month
  'month.iso+band.dues-months',
  'month.iso+band.three-rows',
  'month.iso+band.inferred-merges',
  'month.year-cjk+band.dues-months',
  'month.year-cjk+band.three-rows',
  'month.year-cjk+band.inferred-merges',
  // English month sheets: "Paid" / "Due" are not the month's payment and due
  'header.english+shape.split-month-dues',
]);
