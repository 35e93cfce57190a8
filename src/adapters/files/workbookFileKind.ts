import { readZipDirectory } from './zipDirectory';

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
  const directory = readZipDirectory(bytes);
  if ('damaged' in directory) return { kind: 'broken-zip', reason: directory.damaged === 'cut-short' ? 'the zip has no directory (the file is cut short)' : 'the zip directory is damaged' };
  let unpacked = 0;
  let workbook = false;
  for (const e of directory.entries) {
    unpacked += e.size;
    if (/^xl\/workbook\.xml$/i.test(e.name)) workbook = true;
  }
  if (!workbook) return { kind: 'zip-not-workbook' };
  return { kind: 'xlsx', unpackedBytes: unpacked, entries: directory.entries.length };
}
