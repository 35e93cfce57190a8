import type { SheetGrid } from '../../src/core/read/grid';
import { StrictExcel, type StoredCf, type StrictOptions } from './strictExcel';

export interface HarnessOptions extends StrictOptions {
  /** Conditional formats already on a sheet, top priority first. */
  readonly cfs?: Readonly<Record<string, StoredCf[]>>;
}

/**
 * A workbook on the strict Excel fake (tests/support/strictExcel.ts), with the views the tests use:
 * the syncs (a jest spy), every queued operation by path, and the content reads by sheet.
 */
export function harness(grids: readonly SheetGrid[], options: HarnessOptions = {}) {
  const excel = new StrictExcel([], options);
  for (const g of grids) excel.addSheet(g, [...(options.cfs?.[g.name] ?? [])]);
  const context = excel.context;
  const syncs = jest.spyOn(context, 'sync');
  /** Every operation sent, in order, as "sheet[name].range.values" and the like (a setter without its "="). */
  const ops = () => excel.syncs.flatMap((s) => s.ops);
  const rec = {
    get writes() {
      return ops()
        .filter((o) => o.endsWith('='))
        .map((o) => ({ path: o.slice(0, -1), value: undefined as unknown }));
    },
    get calls() {
      return ops().filter((o) => !o.endsWith('='));
    },
  };
  /** Content reads after the first sync of sizes, as [sheet, rows] of each range loaded with values. */
  const blocks = () =>
    ops()
      .map((o) => /^sheet\[(.+)\]\.range\.load\(values,formulas,numberFormat\)$/.exec(o)?.[1])
      .filter((s): s is string => Boolean(s));
  return { excel, context, syncs, rec, blocks };
}
