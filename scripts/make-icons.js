// Draws the add-in's icons (a red ledger page with white lines) as PNGs, without an image library.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const u = x / size;
      const v = y / size;
      const page = u > 0.12 && u < 0.88 && v > 0.06 && v < 0.94;
      const line = page && u > 0.26 && u < 0.74 && [0.3, 0.46, 0.62, 0.78].some((l) => Math.abs(v - l) < Math.max(0.035, 0.6 / size));
      const star = page && Math.hypot(u - 0.5, v - 0.16) < 0.07;
      const [r, g, b, a] = !page ? [0, 0, 0, 0] : line || star ? [255, 215, 0, 255] : [192, 0, 0, 255];
      row.set([r, g, b, a], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
