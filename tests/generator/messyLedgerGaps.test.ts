import fc from 'fast-check';
import { KNOWN_GAPS } from './knownGaps';
import { MUTATION_NAMES } from './mutations';
import { baseLedger, diffFindings, findingKeys, scan } from './baseLedgers';
import { allFieldSynonyms } from './headerWords';
import { cloneDoc, renderDoc } from './ledgerDoc';
import { describeOutcome, describeVariant, gapVariantArb, runVariant, sameFindings } from './variants';

/**
 * The reader's to-do list: for each mutation in KNOWN_GAPS (every mutation with GENERATOR_SURVEY=1),
 * how many variants with that mutation alone lose or gain findings, and one shrunk counterexample.
 * It reports and never fails: the equality property in messyLedger.test.ts holds everything else.
 */
const SEED = Number(process.env.GENERATOR_SEED ?? 20251123);
const GAP_SAMPLES = Number(process.env.GENERATOR_GAP_SAMPLES ?? 12);

describe('messy-ledger generator, known gaps', () => {
  test('failures per gap, with one shrunk counterexample each', () => {
    const only = process.env.GENERATOR_ONLY?.split(',');
    const names = process.env.GENERATOR_SURVEY ? MUTATION_NAMES.filter((n) => !only || only.some((o) => n.startsWith(o))) : [...KNOWN_GAPS];
    const report: string[] = [];
    for (const name of names) {
      const arb = gapVariantArb(name);
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
  }, 600_000);

  // Which of the field's header words the reader misses, word by word, on a ledger with planted problems.
  test('header words from the field, one at a time', () => {
    if (!KNOWN_GAPS.has('header.field-synonym') && !process.env.GENERATOR_SURVEY) return;
    const base = baseLedger(2);
    const missed: string[] = [];
    for (const { kind, key, word } of allFieldSynonyms()) {
      const doc = cloneDoc(base.doc);
      const table = doc.tables.find((t) => t.kind === kind);
      const column = table?.columns.find((c) => c.key === key);
      if (!column) continue;
      column.header = [word];
      const diff = diffFindings(base.findings, findingKeys(scan(renderDoc(doc))));
      if (diff.missing.length || diff.extra.length) missed.push(`${kind}.${key} “${word}”: ${[...diff.missing.map((k) => `-${k}`), ...diff.extra.map((k) => `+${k}`)].slice(0, 3).join(' ')}`);
    }
    console.log(`header words the reader misses (${missed.length} of ${allFieldSynonyms().length}):\n${missed.join('\n')}`);
  }, 600_000);

  // GENERATOR_PAIRS=n: every pair of learned mutations, n variants each, to list the combinations that fail.
  test('pairs of learned mutations (GENERATOR_PAIRS)', () => {
    const perPair = Number(process.env.GENERATOR_PAIRS ?? 0);
    if (!perPair) return;
    const learned = MUTATION_NAMES.filter((n) => !KNOWN_GAPS.has(n));
    const failing: string[] = [];
    for (let i = 0; i < learned.length; i++) {
      for (let j = i + 1; j < learned.length; j++) {
        const pair = `${learned[i]}+${learned[j]}`;
        if (KNOWN_GAPS.has(pair)) continue;
        const arb = gapVariantArb(pair);
        const bad = fc.sample(arb, { seed: SEED, numRuns: perPair }).find((v) => !sameFindings(runVariant(v)));
        if (bad) failing.push(`${pair}\n${describeVariant(bad)}\n${describeOutcome(runVariant(bad), 4)}`);
      }
    }
    console.log(`failing pairs (${failing.length}, ${perPair} variants a pair):\n${failing.join('\n\n')}`);
  }, 600_000);
});
