import JSZip from 'jszip';
import fc from 'fast-check';
import { inflateRawSync } from 'node:zlib';
import { crc32, DeflatedZip } from '../../src/adapters/files/deflatedZip';

describe('DeflatedZip', () => {
  it('computes the zip CRC-32 of the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes zips that JSZip reads back part for part, CRCs checked (property)', async () => {
    const part = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}(\/[a-z0-9_]{1,8}){0,2}\.xml$/), fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 3000 })));
    await fc.assert(
      fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 8 }), async (parts) => {
        const zip = new DeflatedZip();
        const expected = new Map<string, Buffer>();
        for (const [name, content] of parts) {
          const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
          zip.add(name, bytes);
          expected.set(name, bytes);
        }
        const back = await JSZip.loadAsync(zip.bytes(new Date(2025, 5, 30, 13, 45, 10)), { checkCRC32: true });
        const names = Object.keys(back.files).filter((n) => !back.files[n].dir);
        expect(names).toEqual([...expected.keys()]);
        for (const [name, bytes] of expected) expect(Buffer.from(await back.files[name].async('uint8array'))).toEqual(bytes);
        expect(back.files[names[0]].date.getUTCFullYear()).toBeGreaterThanOrEqual(2025);
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it('keeps a reserved part in its place when it is filled later', async () => {
    const zip = new DeflatedZip();
    zip.reserve('[Content_Types].xml');
    zip.add('xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>'));
    zip.add('[Content_Types].xml', Buffer.from('<Types/>'));
    const back = await JSZip.loadAsync(zip.bytes(), { checkCRC32: true });
    expect(Object.keys(back.files)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    expect(await back.files['[Content_Types].xml'].async('string')).toBe('<Types/>');
  });

  it('lays out the headers as the zip format says (local header, deflated data, central directory, end record)', () => {
    const zip = new DeflatedZip();
    zip.add('a.xml', Buffer.from('hello hello hello'));
    const b = zip.bytes(new Date(2025, 0, 2, 3, 4, 6));
    expect(b.readUInt32LE(0)).toBe(0x04034b50);
    const compressed = b.readUInt32LE(18);
    expect(inflateRawSync(b.subarray(30 + 5, 30 + 5 + compressed)).toString()).toBe('hello hello hello');
    const end = b.length - 22;
    expect(b.readUInt32LE(end)).toBe(0x06054b50);
    expect(b.readUInt16LE(end + 10)).toBe(1);
    const cd = b.readUInt32LE(end + 16);
    expect(b.readUInt32LE(cd)).toBe(0x02014b50);
    expect(b.readUInt32LE(cd + 42)).toBe(0);
    // 2025-01-02 03:04:06 in MS-DOS form
    expect(b.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (1 << 5) | 2);
    expect(b.readUInt16LE(10)).toBe((3 << 11) | (4 << 5) | 3);
  });
});
