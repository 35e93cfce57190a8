/**
 * A stand-in for Office.js proxy objects below the worksheet: records every property write and
 * method call with its path, and counts the range proxies created, so tests can assert that a
 * plan is written in blocks and not cell by cell.
 */
export interface Recording {
  readonly writes: { path: string; value: unknown }[];
  readonly calls: { path: string; args: unknown[] }[];
  rangeProxies: number;
}

export function newRecording(): Recording {
  return { writes: [], calls: [], rangeProxies: 0 };
}

const RANGE_FACTORIES = new Set(['getRangeByIndexes', 'getRange', 'getEntireColumn', 'getEntireRow', 'getCell']);

export function recordingProxy(rec: Recording, path: string): any {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (typeof prop === 'symbol') return undefined;
      return recordingProxy(rec, `${path}.${String(prop)}`);
    },
    set(_t, prop, value) {
      rec.writes.push({ path: `${path}.${String(prop)}`, value });
      return true;
    },
    apply(_t, _this, args) {
      rec.calls.push({ path, args });
      const method = path.slice(path.lastIndexOf('.') + 1);
      if (RANGE_FACTORIES.has(method)) rec.rangeProxies++;
      return recordingProxy(rec, `${path}()`);
    },
  });
}
