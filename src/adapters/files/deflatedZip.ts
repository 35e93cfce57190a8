import { deflateRawSync } from 'node:zlib';

/**
 * A zip file built part by part, each part compressed (zlib, natively) the moment it is added: a
 * writer that renders a sheet's XML hands its bytes here and lets them go, so a workbook's
 * uncompressed XML (24 MB for 3,000 members) is never held whole, as JSZip holds it until the end.
 * Plain zip as Excel, WPS and LibreOffice write it: deflate, no encryption, no zip64 (a part or the
 * whole over 4 GB, or over 65,535 parts, is refused: no ledger comes near).
 */

let crcTable: Uint32Array | null = null;

/** CRC-32 (the zip's, polynomial 0xEDB88320). Node's zlib.crc32 is newer than the Node 20.9 we support. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
}

const LIMIT = 0xffffffff;

/** MS-DOS date and time, as zip headers hold them (local time, two-second steps). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export class DeflatedZip {
  private readonly entries = new Map<string, Entry>();

  /** Holds a part's place in the zip's order, for a part whose content is known only later. */
  reserve(name: string): void {
    this.add(name, new Uint8Array(0));
  }

  /** Adds a part (a name given twice replaces the earlier part in its place, as JSZip does). */
  add(name: string, content: Uint8Array): void {
    const data = deflateRawSync(content);
    if (content.length >= LIMIT || data.length >= LIMIT) throw new Error(`${name} is over 4 GB, which this writer does not support`);
    this.entries.set(name, { name: Buffer.from(name, 'utf8'), crc: crc32(content), size: content.length, data });
  }

  /** The zip file's bytes. */
  bytes(now: Date = new Date()): Buffer {
    if (this.entries.size > 0xffff) throw new Error('over 65,535 parts, which this writer does not support');
    const { time, date } = dosDateTime(now);
    // Bit 11: names are UTF-8 (ours are ASCII; the flag keeps any other name right).
    const flags = 0x0800;
    const chunks: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of this.entries.values()) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(date, 12);
      local.writeUInt32LE(e.crc, 14);
      local.writeUInt32LE(e.data.length, 18);
      local.writeUInt32LE(e.size, 22);
      local.writeUInt16LE(e.name.length, 26);
      local.writeUInt16LE(0, 28);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(flags, 8);
      header.writeUInt16LE(8, 10);
      header.writeUInt16LE(time, 12);
      header.writeUInt16LE(date, 14);
      header.writeUInt32LE(e.crc, 16);
      header.writeUInt32LE(e.data.length, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      // extra, comment, disk, internal and external attributes: 0
      header.writeUInt32LE(offset, 42);
      chunks.push(local, e.name, e.data);
      central.push(header, e.name);
      offset += local.length + e.name.length + e.data.length;
      if (offset >= LIMIT) throw new Error('the zip is over 4 GB, which this writer does not support');
    }
    const centralSize = central.reduce((n, b) => n + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.size, 8);
    end.writeUInt16LE(this.entries.size, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat(chunks.concat(central, [end]));
  }
}
