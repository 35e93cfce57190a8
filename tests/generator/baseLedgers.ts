import * as OpenCC from 'opencc-js/t2cn';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import type { SheetGrid } from '../../src/core/read/grid';
import { generateSampleLedger } from '../../src/core/sample/sampleLedger';
import { scanWorkbook, type ScanResult } from '../../src/core/scan/scanWorkbook';
import { gridsFromPlan } from '../../src/core/plan/gridsFromPlan';
import { planTemplate } from '../../src/core/template/templatePlan';
import { sheetDisplayName, TEMPLATE_SHEET_ORDER } from '../../src/core/schema/sheetSchemas';
import { localize } from '../../src/core/i18n/language';
import { docFromTemplateGrids, type Doc } from './ledgerDoc';

export const AS_OF = calendarDate(2025, 12, 31);
export const LEDGER_YEAR = 2025;

/** A clean sample ledger (with or without its planted problems) and the findings of its scan. */
export interface BaseLedger {
  readonly id: string;
  readonly grids: readonly SheetGrid[];
  readonly doc: Doc;
  readonly findings: readonly string[];
}

export const BASE_SPECS: readonly { members: number; planted: boolean; seed: number }[] = [5, 7, 9, 12].flatMap((members) =>
  [false, true].flatMap((planted) => [20250701, 7].map((seed) => ({ members, planted, seed }))),
);

const cache = new Map<number, BaseLedger>();

export function baseLedger(index: number): BaseLedger {
  const hit = cache.get(index);
  if (hit) return hit;
  const spec = BASE_SPECS[index];
  const sample = generateSampleLedger({ members: spec.members, year: LEDGER_YEAR, asOf: AS_OF, plantProblems: spec.planted, seed: spec.seed });
  const { settings, ...data } = sample.data;
  // The ledger sheets only: a 规则说明 reference sheet is not a ledger and is never rewritten.
  const planned = planTemplate({ settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER, data, today: AS_OF, includeRules: false }, []);
  if (planned.status !== 'planned') throw new Error('expected a plan');
  const grids = gridsFromPlan(planned.plan);
  // Each ledger sheet by its name; any other sheet the template writes (规则说明 …) passes through untouched.
  const kinds = grids.map((g) => TEMPLATE_SHEET_ORDER.find((k) => localize(sheetDisplayName(k), 'zh-CN') === g.name) ?? null);
  if (TEMPLATE_SHEET_ORDER.some((k) => !kinds.includes(k))) throw new Error(`expected every ledger sheet, got ${grids.map((g) => g.name).join(', ')}`);
  const base: BaseLedger = {
    id: `${spec.members} members${spec.planted ? ', planted problems' : ''}, seed ${spec.seed}`,
    grids,
    doc: docFromTemplateGrids(grids, kinds),
    findings: findingKeys(scan(grids)),
  };
  cache.set(index, base);
  return base;
}

export function scan(grids: readonly SheetGrid[]): ScanResult {
  return scanWorkbook(grids, { asOf: AS_OF, today: AS_OF, lang: 'zh-CN' });
}

let toSimplified: ((s: string) => string) | null = null;
const simplified = (s: string): string => {
  if (!toSimplified) toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(s);
};

/** A member as a person, not as written: traditional characters and spaces do not make another person. */
export const memberKey = (name: string | null): string => (name === null ? '' : simplified(name.normalize('NFKC').replace(/\s+/g, '')));

/** What a finding is about, without where it was found (sheet, row, cell move when a ledger is rewritten). */
export function findingKeys(result: ScanResult): string[] {
  return result.findings.map((f) => [f.rule, memberKey(f.member), f.period ?? '', f.meetingType ?? ''].join('|')).sort();
}

export interface FindingsDiff {
  readonly missing: string[];
  readonly extra: string[];
}

/** Multiset difference: findings of the clean ledger that the variant lost, and ones it gained. */
export function diffFindings(expected: readonly string[], actual: readonly string[]): FindingsDiff {
  const counts = new Map<string, number>();
  for (const k of expected) counts.set(k, (counts.get(k) ?? 0) + 1);
  const extra: string[] = [];
  for (const k of actual) {
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else extra.push(k);
  }
  const missing = [...counts].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  return { missing, extra };
}
