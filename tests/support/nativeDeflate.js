// JSZip compresses with pako, a JavaScript port of zlib; in the suite that was the largest single
// cost after ExcelJS itself (every fixture written, every copy a test writes). Compressing is the
// one direction where nothing can go wrong with the input, so tests compress with Node's own zlib
// (what the CLI's writer uses); decompressing stays pako's, so damaged and hostile files are read
// exactly as the product reads them. Mapped over `pako` in jest.config.js.
const zlib = require('node:zlib');
const pako = require('pako/index.js');

class Deflate {
  constructor(options = {}) {
    this.options = options;
    this.chunks = [];
    this.onData = () => undefined;
  }

  /** Same contract as pako's Deflate.push as JSZip uses it: chunks, then a final push that flushes. */
  push(data, final) {
    if (data && data.length) this.chunks.push(ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data));
    if (final !== true) return true;
    const input = Buffer.concat(this.chunks);
    this.chunks = [];
    const level = this.options.level === undefined || this.options.level < 0 ? zlib.constants.Z_DEFAULT_COMPRESSION : this.options.level;
    const out = this.options.raw ? zlib.deflateRawSync(input, { level }) : zlib.deflateSync(input, { level });
    this.onData(new Uint8Array(out.buffer, out.byteOffset, out.length));
    return true;
  }
}

module.exports = { ...pako, Deflate };
