/**
 * A zip's central directory, read from the bytes before anything is inflated: the file checks
 * (workbookFileKind.ts: what a file is, how large it says it unpacks to) and the rewrite-loss check
 * (droppedParts.ts: which parts a workbook has, inflated one by one) read it through this one reader.
 * ZIP64 directories and entries are understood; nothing here throws on a damaged file.
 */

export interface ZipEntry {
  /** As stored (a leading slash, where a writer put one, is kept). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** The declared uncompressed size. */
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

export type ZipDirectory = { readonly entries: readonly ZipEntry[] } | { readonly damaged: 'cut-short' | 'directory' };

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const FULL32 = 0xffffffff;

export function readZipDirectory(bytes: Buffer): ZipDirectory {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { damaged: 'cut-short' };
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === FULL32) {
    const locator = eocd - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_EOCD_LOCATOR) return { damaged: 'directory' };
    const z = Number(bytes.readBigUInt64LE(locator + 8));
    if (z + 56 > bytes.length || bytes.readUInt32LE(z) !== ZIP64_EOCD) return { damaged: 'directory' };
    count = Number(bytes.readBigUInt64LE(z + 32));
    offset = Number(bytes.readBigUInt64LE(z + 48));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_ENTRY) return { damaged: 'directory' };
    const method = bytes.readUInt16LE(p + 10);
    let compressedSize = bytes.readUInt32LE(p + 20);
    let size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    let localOffset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (size === FULL32 || compressedSize === FULL32 || localOffset === FULL32) {
      // ZIP64: the extra field (tag 1) holds the large values, in this order, each only if needed.
      const extra = zip64Extra(bytes, p + 46 + nameLength, extraLength);
      let i = 0;
      if (size === FULL32) size = extra[i++] ?? Number.MAX_SAFE_INTEGER;
      if (compressedSize === FULL32) compressedSize = extra[i++] ?? Number.MAX_SAFE_INTEGER;
      if (localOffset === FULL32) localOffset = extra[i++] ?? Number.MAX_SAFE_INTEGER;
    }
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

function zip64Extra(bytes: Buffer, start: number, length: number): number[] {
  let q = start;
  while (q + 4 <= start + length && q + 4 <= bytes.length) {
    const tag = bytes.readUInt16LE(q);
    const size = bytes.readUInt16LE(q + 2);
    if (tag === 1) {
      const values: number[] = [];
      for (let v = q + 4; v + 8 <= q + 4 + size && v + 8 <= bytes.length; v += 8) values.push(Number(bytes.readBigUInt64LE(v)));
      return values;
    }
    q += 4 + size;
  }
  return [];
}
