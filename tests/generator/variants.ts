import fc from 'fast-check';
import type { SheetGrid } from '../../src/core/read/grid';
import { BASE_SPECS, baseLedger, diffFindings, findingKeys, memberKey, scan, type FindingsDiff } from './baseLedgers';
import { cloneDoc, renderDoc, type Doc } from './ledgerDoc';
import { MUTATIONS, type Mutation, type MutationSpec } from './mutations';

/** One messy rewrite of a clean sample ledger: which ledger, and the mutations applied to it. */
export interface Variant {
  readonly base: number;
  readonly mutations: readonly Mutation[];
}

export const baseArb = fc.integer({ min: 0, max: BASE_SPECS.length - 1 });

/** Variants of one to `max` mutations drawn from `specs`, plus any mutations that must be there. */
export function variantArb(specs: readonly MutationSpec[], max = 4, required: readonly MutationSpec[] = []): fc.Arbitrary<Variant> {
  const others = specs.length ? fc.array(fc.oneof(...specs.map((s) => s.arbitrary)), { minLength: required.length ? 0 : 1, maxLength: max }) : fc.constant([]);
  return fc.record({ base: baseArb, required: fc.tuple(...required.map((s) => s.arbitrary)), others }).map(({ base, required: req, others: rest }) => ({ base, mutations: [...req, ...rest] }));
}

export interface VariantOutcome {
  readonly grids: SheetGrid[];
  readonly expected: string[];
  readonly actual: string[];
  readonly diff: FindingsDiff;
  readonly recognized: string;
  /** Where the gained findings point, and what they say: the first clue to the reader's mistake. */
  readonly gainedAt: string[];
  readonly headers: string[];
  readonly error?: string;
}

const RULE_KIND: Record<string, string> = { member: 'meeting', branch: 'roster', membership: 'roster' };

export function renderVariant(v: Variant): { grids: SheetGrid[]; expected: string[]; doc: Doc } {
  const base = baseLedger(v.base);
  const doc = cloneDoc(base.doc);
  const expected = [...base.findings];
  // Shapes first, then values, columns, headers, bands, layout, sheets (stable within a phase).
  const ordered = v.mutations.map((m, i) => ({ m, i })).sort((a, b) => a.m.phase - b.m.phase || a.i - b.i);
  for (const { m } of ordered) {
    const out = m.apply(doc);
    if (out?.added) expected.push(...out.added);
  }
  return { grids: renderDoc(doc), expected: expected.sort(), doc };
}

export function runVariant(v: Variant): VariantOutcome {
  const { grids, expected, doc } = renderVariant(v);
  let result: ReturnType<typeof scan>;
  try {
    result = scan(grids);
  } catch (e) {
    // A scan that throws is a failure to report, with where it threw, not the end of the run.
    const error = e instanceof Error ? `${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}` : String(e);
    return { grids, expected, actual: [], diff: { missing: expected, extra: [] }, recognized: '', gainedAt: [], headers: [], error };
  }
  const actual = findingKeys(result);
  const recognized = [...result.recognized.map((r) => `${r.sheet}=${r.kind}(${r.records})`), ...result.unrecognized.map((u) => `${u}=?`)].join(' ');
  const diff = diffFindings(expected, actual);
  const gained = new Set(diff.extra);
  const gainedAt = result.findings
    .filter((f) => gained.has([f.rule, memberKey(f.member), f.period ?? '', f.meetingType ?? ''].join('|')))
    .map((f) => `${f.rule} at ${f.sheet}!${f.cell ?? f.row ?? ''} [${JSON.stringify(f.column)}]: ${f.message}`);
  // The headers of the sheets the differing findings are about, as written (levels joined by /).
  const kinds = new Set([...diff.missing, ...diff.extra].map((k) => RULE_KIND[k.split('.')[0]] ?? k.split('.')[0]));
  const sheets = new Set(result.findings.filter((f) => gained.has([f.rule, memberKey(f.member), f.period ?? '', f.meetingType ?? ''].join('|'))).map((f) => f.sheet));
  const headers = doc.tables
    .filter((t) => !t.raw && (kinds.has(t.kind) || sheets.has(t.name)))
    .map((t) => `${t.name} [${t.shape}]: ${t.columns.map((c) => c.header.map((h) => JSON.stringify(h)).join('/')).join(' | ')}`);
  return { grids, expected, actual, diff, recognized, gainedAt, headers };
}

export const sameFindings = (o: VariantOutcome): boolean => !o.error && o.diff.missing.length === 0 && o.diff.extra.length === 0;

export function describeVariant(v: Variant): string {
  return [`base: ${baseLedger(v.base).id}`, ...v.mutations.map((m) => `  ${m.name} ${JSON.stringify(m.params)}`)].join('\n');
}

export function describeOutcome(o: VariantOutcome, limit = 12): string {
  if (o.error) return `the scan threw: ${o.error}`;
  const lines = [
    ...o.diff.missing.slice(0, limit).map((k) => `  - lost   ${k}`),
    ...(o.diff.missing.length > limit ? [`  - … ${o.diff.missing.length - limit} more lost`] : []),
    ...o.diff.extra.slice(0, limit).map((k) => `  + gained ${k}`),
    ...(o.diff.extra.length > limit ? [`  + … ${o.diff.extra.length - limit} more gained`] : []),
  ];
  const at = [...new Set(o.gainedAt)].slice(0, 6).map((g) => `    ${g}`);
  return [`findings: ${o.expected.length} expected, ${o.actual.length} found`, ...lines, ...(at.length ? ['  gained findings say:', ...at] : []), `  read as: ${o.recognized}`, ...o.headers.slice(0, 4).map((h) => `  headers of ${h}`)].join('\n');
}

export const specsNamed = (names: ReadonlySet<string>, keep: boolean): MutationSpec[] => MUTATIONS.filter((m) => names.has(m.name) === keep);

/** A gap is one mutation's name, or names joined by + for a combination that fails where each alone passes. */
export const gapParts = (gap: string): string[] => gap.split('+');

/** Variants of the mutations that are no gap of their own, less the combinations that are. */
export function learnedVariantArb(gaps: ReadonlySet<string>): fc.Arbitrary<Variant> {
  const single = new Set([...gaps].filter((g) => !g.includes('+')));
  const combos = [...gaps].filter((g) => g.includes('+')).map(gapParts);
  return variantArb(specsNamed(single, false)).filter((v) => !combos.some((parts) => parts.every((p) => v.mutations.some((m) => m.name === p))));
}

/** Variants that carry the gap: its mutation, or every mutation of its combination. */
export function gapVariantArb(gap: string): fc.Arbitrary<Variant> {
  return variantArb([], 0, gapParts(gap).map((p) => MUTATIONS.find((m) => m.name === p)!));
}
