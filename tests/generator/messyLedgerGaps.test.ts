import fc from 'fast-check';
import { KNOWN_GAPS } from './knownGaps';
import { MUTATION_NAMES, MUTATIONS } from './mutations';
import { describeOutcome, describeVariant, runVariant, sameFindings, variantArb } from './variants';

/**
 * The reader's to-do list: for each mutation in KNOWN_GAPS (every mutation with GENERATOR_SURVEY=1),
 * how many variants with that mutation alone lose or gain findings, and one shrunk counterexample.
 * It reports and never fails: the equality property in messyLedger.test.ts holds everything else.
 */
const SEED = Number(process.env.GENERATOR_SEED ?? 20251123);
const GAP_SAMPLES = Number(process.env.GENERATOR_GAP_SAMPLES ?? 12);

describe('messy-ledger generator, known gaps', () => {
  test('failures per gap, with one shrunk counterexample each', () => {
    const names = process.env.GENERATOR_SURVEY ? MUTATION_NAMES : [...KNOWN_GAPS];
    const report: string[] = [];
    for (const name of names) {
      const gap = MUTATIONS.find((m) => m.name === name)!;
      const arb = variantArb([], 0, [gap]);
      const samples = fc.sample(arb, { seed: SEED, numRuns: GAP_SAMPLES });
      const failed = samples.filter((v) => !sameFindings(runVariant(v))).length;
      if (failed === 0) {
        report.push(`${name}: 0/${GAP_SAMPLES} failed${KNOWN_GAPS.has(name) ? ' — passes now: remove it from KNOWN_GAPS' : ''}`);
        continue;
      }
      const check = fc.check(fc.property(arb, (v) => sameFindings(runVariant(v))), { seed: SEED, numRuns: GAP_SAMPLES });
      const example = check.counterexample?.[0];
      report.push(`${name}: ${failed}/${GAP_SAMPLES} failed${example ? `; shrunk counterexample:\n${describeVariant(example)}\n${describeOutcome(runVariant(example))}` : ''}`);
    }
    console.log(`known gaps (seed ${SEED}):\n${report.join('\n\n') || '(none)'}`);
  });
});
