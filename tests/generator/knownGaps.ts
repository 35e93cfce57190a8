/**
 * Mutations today's reader does not yet read as their author meant: excluded from the equality
 * property of messyLedger.test.ts and reported by its gap test instead (failures per gap and one
 * shrunk counterexample each). Remove a name once the reader learns it; from then on the property
 * holds it to equal findings, so a learned rewrite stays learned.
 */
export const KNOWN_GAPS: ReadonlySet<string> = new Set<string>([
  'date.serial-text',
  'date.two-digit-year',
  'date.month-day',
  'hours.units',
  'hours.days',
  'roster.duplicate-row',
  'columns.reorder',
  'header.field-synonym',
  'band.dues-months',
  'band.three-rows',
  'band.meeting-attendance',
  'band.split-header',
  'band.inferred-merges',
  'layout.notes-below',
  'shape.payment-list',
  'shape.payment-list-ranges',
  'shape.attendee-log',
  'shape.split-month-dues',
]);
