/**
 * What a file holds, from its bytes rather than its name: people rename .xls to .xlsx, save HTML as
 * .xls, and send password-protected workbooks. And how large a zip says it will be once unpacked,
 * read from its central directory before anything is inflated (a small file can unpack to gigabytes).
 */
export type WorkbookFileKind =
  | { readonly kind: 'xlsx'; readonly unpackedBytes: number; readonly entries: number }
  | { readonly kind: 'legacy-binary' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'zip-not-workbook' }
  | { readonly kind: 'broken-zip'; readonly reason: string }
  | { readonly kind: 'unknown' };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;

const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');

export function workbookFileKind(bytes: Buffer): WorkbookFileKind {
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // An OLE compound file: either an old .xls/.et, or an Office file encrypted with a password
    // (Excel and WPS wrap the encrypted .xlsx in an OLE file with these two streams).
    return bytes.includes(utf16('EncryptedPackage')) || bytes.includes(utf16('EncryptionInfo')) ? { kind: 'encrypted' } : { kind: 'legacy-binary' };
  }
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return zipKind(bytes);
  return { kind: 'unknown' };
}

function zipKind(bytes: Buffer): WorkbookFileKind {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: 'broken-zip', reason: 'the zip has no directory (the file is cut short)' };
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_EOCD_LOCATOR) return { kind: 'broken-zip', reason: 'the zip directory is damaged' };
    const z = Number(bytes.readBigUInt64LE(locator + 8));
    if (z + 56 > bytes.length || bytes.readUInt32LE(z) !== ZIP64_EOCD) return { kind: 'broken-zip', reason: 'the zip directory is damaged' };
    count = Number(bytes.readBigUInt64LE(z + 32));
    offset = Number(bytes.readBigUInt64LE(z + 48));
  }
  let unpacked = 0;
  let workbook = false;
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_ENTRY) return { kind: 'broken-zip', reason: 'the zip directory is damaged' };
    let size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (size === 0xffffffff) size = zip64Size(bytes, p + 46 + nameLength, extraLength) ?? Number.MAX_SAFE_INTEGER;
    unpacked += size;
    if (/^xl\/workbook\.xml$/i.test(name)) workbook = true;
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (!workbook) return { kind: 'zip-not-workbook' };
  return { kind: 'xlsx', unpackedBytes: unpacked, entries: count };
}

/** The uncompressed size in an entry's ZIP64 extra field (tag 1; it comes first when present). */
function zip64Size(bytes: Buffer, start: number, length: number): number | null {
  let q = start;
  while (q + 4 <= start + length && q + 4 <= bytes.length) {
    const tag = bytes.readUInt16LE(q);
    const size = bytes.readUInt16LE(q + 2);
    if (tag === 1 && size >= 8 && q + 12 <= bytes.length) return Number(bytes.readBigUInt64LE(q + 4));
    q += 4 + size;
  }
  return null;
}
