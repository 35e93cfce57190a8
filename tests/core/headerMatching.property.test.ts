import fc from 'fast-check';
import { matchHeader, synonymIndex, type RecordKind } from '../../src/core/read/recognizeSheets';
import { normalizeHeader } from '../../src/core/read/normalizeText';
import { parseMonthHeader } from '../../src/core/read/parseValues';
import { LEDGER_SCHEMAS } from '../../src/core/schema/sheetSchemas';

/**
 * Header matching looks a header up among the synonyms that start with one of its characters. It
 * must answer as the plain rule does: every synonym of the kind, the longest contained one winning
 * (a Chinese character weighing three letters), the first in the schema's order on a tie, and none
 * just after a negating character.
 */
function plainRule(kind: RecordKind, header: string): string | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  if (kind === 'dues') {
    const month = parseMonthHeader(header);
    if (month) return `m${month}`;
  }
  const index = synonymIndex(kind);
  const exact = index.get(h);
  if (exact) return exact;
  let best: { key: string; weight: number } | null = null;
  for (const [syn, key] of index) {
    if (syn.length < 2 || !h.includes(syn)) continue;
    const at = h.indexOf(syn);
    if (at > 0 && /[未缺不无非]/.test(h[at - 1]) && !/[未缺不无非]/.test(syn[0])) continue;
    const weight = syn.replace(/[\u3400-\u9fff]/g, 'xxx').length;
    if (!best || weight > best.weight) best = { key, weight };
  }
  return best?.key ?? null;
}

const KINDS = Object.keys(LEDGER_SCHEMAS) as RecordKind[];
const SYNONYMS = KINDS.flatMap((k) => [...synonymIndex(k).keys()]);

// Headers made of synonyms of every kind, cut and joined, with negations, noise and characters
// outside the Basic Multilingual Plane.
const piece = fc.oneof(
  fc.constantFrom(...SYNONYMS),
  fc.constantFrom(...SYNONYMS).chain((s) => fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]) => s.slice(Math.min(a, b), Math.max(a, b)))),
  fc.constantFrom('未', '缺', '不', '无', '非', '（元）', ' ', '*', '𠀋', '2025年', '1月', 'Jan', '-', '/', '应交', '实交'),
  fc.string({ maxLength: 3 }),
);
const header = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

test('header matching answers as the plain rule, for every kind', () => {
  fc.assert(
    fc.property(header, (h) => {
      for (const kind of KINDS) expect([kind, h, matchHeader(kind, h)]).toEqual([kind, h, plainRule(kind, h)]);
    }),
    { seed: 20261123, numRuns: 1000 },
  );
});

test('some generated headers match by a contained synonym, some by none (the property is not vacuous)', () => {
  const samples = fc.sample(header, { seed: 7, numRuns: 500 });
  const answers = samples.map((h) => plainRule('roster', h));
  expect(answers.filter((a) => a !== null).length).toBeGreaterThan(100);
  expect(answers.filter((a) => a === null).length).toBeGreaterThan(20);
});
