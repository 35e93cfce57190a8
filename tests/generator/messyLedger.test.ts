import fc from 'fast-check';
import { BASE_SPECS, baseLedger, diffFindings, findingKeys, scan } from './baseLedgers';
import { KNOWN_GAPS } from './knownGaps';
import { renderDoc } from './ledgerDoc';
import { MUTATION_NAMES } from './mutations';
import { describeOutcome, describeVariant, runVariant, sameFindings, specsNamed, variantArb, type Variant } from './variants';

/**
 * The messy-ledger generator (issues #9 and #14): clean sample ledgers rewritten the ways people
 * write them keep the findings of the clean ledger, compared on (rule, member, period, meeting type).
 * GENERATOR_SEED and GENERATOR_RUNS explore other variants. The known gaps are reported by
 * messyLedgerGaps.test.ts.
 */
const SEED = Number(process.env.GENERATOR_SEED ?? 20251123);
const RUNS = Number(process.env.GENERATOR_RUNS ?? 1000);

describe('messy-ledger generator', () => {
  test('every mutation named in KNOWN_GAPS exists', () => {
    for (const gap of KNOWN_GAPS) expect(MUTATION_NAMES).toContain(gap);
  });

  test.each(BASE_SPECS.map((s, i) => [i, `${s.members} members${s.planted ? ' planted' : ''} seed ${s.seed}`] as const))('the clean ledger %i (%s), rendered back from its table, scans the same', (index) => {
    const base = baseLedger(index);
    expect(diffFindings(base.findings, findingKeys(scan(renderDoc(base.doc))))).toEqual({ missing: [], extra: [] });
    // Planted problems give the variants findings to lose; clean ones give them none to gain.
    if (BASE_SPECS[index].planted) expect(base.findings.length).toBeGreaterThan(10);
  });

  test(`rewritten ledgers keep the clean ledger's findings (${RUNS} variants, known gaps excluded)`, () => {
    const learned = specsNamed(KNOWN_GAPS, false);
    let runs = 0;
    const started = Date.now();
    const property = fc.property(variantArb(learned), (v: Variant) => {
      runs++;
      const outcome = runVariant(v);
      if (!sameFindings(outcome)) throw new Error(`${describeVariant(v)}\n${describeOutcome(outcome)}`);
    });
    try {
      fc.assert(property, { seed: SEED, numRuns: RUNS });
    } finally {
      console.log(`messy-ledger generator: ${runs} variants (${RUNS} runs + shrinking) of ${learned.length} mutations in ${Date.now() - started} ms, seed ${SEED}; ${KNOWN_GAPS.size} known gaps excluded`);
    }
  });
});
