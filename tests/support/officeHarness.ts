import { OfficeMockObject } from 'office-addin-mock';
import type { SheetGrid } from '../../src/core/read/grid';
import { newRecording, recordingProxy, type Recording } from './recordingProxy';

export interface FakeCf {
  id: string;
  type: string;
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
}

/** A workbook on office-addin-mock: sheets with used ranges (from real grids) and conditional formats. */
export function harness(grids: SheetGrid[], cfs: Record<string, FakeCf[]> = {}) {
  const rec: Recording = newRecording();
  const deleted: string[] = [];
  const items = grids.map((g) => ({
    name: g.name,
    visibility: 'Visible',
    getUsedRangeOrNullObject: () => ({
      load: () => undefined,
      isNullObject: g.values.length === 0,
      values: g.values.map((r) => r.map((v) => (v === null ? '' : v))),
      numberFormat: g.numberFormats,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: g.values.length,
      columnCount: g.values[0]?.length ?? 0,
    }),
    getRange: () => ({ conditionalFormats: { load: () => undefined, items: cfs[g.name] ?? [] } }),
  }));
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        items,
        add: (name: string) => recordingProxy(rec, `add[${name}]`),
        getItem: (name: string) => recordingProxy(rec, `sheet[${name}]`),
      },
    },
  });
  const syncs = jest.spyOn(mock, 'sync');
  return { context: mock as unknown as Excel.RequestContext, syncs, rec, deleted };
}

