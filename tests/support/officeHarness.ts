import { OfficeMockObject } from 'office-addin-mock';
import type { SheetGrid } from '../../src/core/read/grid';
import { newRecording, recordingProxy, type Recording } from './recordingProxy';

export interface FakeCf {
  id: string;
  type: string;
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
}

/** A workbook on office-addin-mock: sheets with used ranges (from real grids) and conditional formats. */
export interface HarnessOptions {
  /**
   * Refuse, as Excel on the web does past 5 MB, any sync that would return more than this many cells
   * of content (values, formulas, formats).
   */
  readonly payloadLimitCells?: number;
}

export function harness(grids: SheetGrid[], cfs: Record<string, FakeCf[]> = {}, options: HarnessOptions = {}) {
  const rec: Recording = newRecording();
  const deleted: string[] = [];
  let pendingCells = 0;
  const blocks: { sheet: string; rowIndex: number; rows: number }[] = [];
  // A range whose content is loaded counts toward the next sync's payload.
  const loading = (cells: number) => (props?: string) => {
    if (props?.includes('values')) pendingCells += cells;
  };
  const cellValues = (g: SheetGrid) => g.values.map((r) => r.map((v) => (v === null ? '' : v)));
  const items = grids.map((g) => ({
    name: g.name,
    visibility: 'Visible',
    getUsedRangeOrNullObject: () => ({
      load: loading(g.values.length * (g.values[0]?.length ?? 0)),
      isNullObject: g.values.length === 0,
      values: cellValues(g),
      numberFormat: g.numberFormats,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: g.values.length,
      columnCount: g.values[0]?.length ?? 0,
    }),
    getRangeByIndexes: (rowIndex: number, columnIndex: number, rows: number, columns: number) => {
      blocks.push({ sheet: g.name, rowIndex, rows });
      const slice = <T,>(m: readonly (readonly T[])[]) => m.slice(rowIndex, rowIndex + rows).map((r) => r.slice(columnIndex, columnIndex + columns));
      return { load: loading(rows * columns), values: slice(cellValues(g)), numberFormat: slice(g.numberFormats), formulas: slice(cellValues(g)) };
    },
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
  const realSync = mock.sync.bind(mock);
  const syncs = jest.spyOn(mock, 'sync').mockImplementation(async () => {
    const cells = pendingCells;
    pendingCells = 0;
    if (options.payloadLimitCells !== undefined && cells > options.payloadLimitCells) {
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    return realSync();
  });
  return { context: mock as unknown as Excel.RequestContext, syncs, rec, deleted, blocks };
}

