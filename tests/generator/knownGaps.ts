/**
 * Mutations today's reader does not yet read as their author meant: excluded from the equality
 * property of messyLedger.test.ts and reported by its gap test instead (failures per gap and one
 * shrunk counterexample each). Remove a name once the reader learns it; from then on the property
 * holds it to equal findings, so a learned rewrite stays learned. An entry 'a+b' is a combination
 * that fails where each alone passes: variants carrying both are excluded.
 */
export const KNOWN_GAPS: ReadonlySet<string> = new Set<string>([
  // Not a reader's gap: applied together, the attendance band writes “出席情况” over the split
  // header's first halves, leaving “出席情况 / 人数” twice — no reader could tell 应到 from 实到.
  'band.split-header+band.meeting-attendance',
]);
