/**
 * The events of a sheet's XML (open tag, text, close tag), as the SAX parser ExcelJS uses (saxes)
 * gives them, from string chunks as they are inflated. A worksheet is millions of small tags: saxes
 * reads them a character at a time through a state machine and wraps every event in an object, and
 * took 40% of a check's reading; this scanner jumps between `<`, `>`, `=` and quotes with indexOf.
 * It reads well-formed XML as saxes does (entities and character references decoded, line ends and
 * attribute whitespace normalised as the XML spec says, comments, processing instructions and the
 * doctype skipped, CDATA as text) and throws on markup it cannot read. Whether the two agree is
 * tested on every grid (tests/adapters/streamingRead.test.ts) and by property (xmlTokenizer.test.ts).
 */

export interface XmlNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
}

export interface XmlHandler {
  open(node: XmlNode): void;
  onText(text: string): void;
  close(node: XmlNode): void;
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    if (e.charCodeAt(0) !== 35 /* # */) return NAMED[e];
    const code = e.charCodeAt(1) === 120 /* x */ ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Text: line ends normalised (CR LF and CR become LF), then entities decoded. */
const textValue = (s: string): string => decodeEntities(s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n'));

/**
 * An attribute value (between `from` and `to`): line ends, then tabs and line feeds become spaces
 * (XML 1.0 §3.3.3), then entities decoded. Values are short ("A1", "3"): one pass over the
 * characters finds whether any of that is needed.
 */
function attributeValue(buf: string, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) {
      plain = false;
      break;
    }
  }
  const s = buf.slice(from, to);
  return plain ? s : decodeEntities(s.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
}

/** Characters that end or cannot be in an attribute's name. */
const notInName = (c: number): boolean => c === 61 /* = */ || c === 32 || c === 10 || c === 9 || c === 13 || c === 62 /* > */ || c === 60 /* < */ || c === 47 /* / */ || c === 34 || c === 39;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlTokenizer {
  private carry = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Reads a chunk; an incomplete tag or text at its end waits for the next. */
  write(chunk: string): void {
    const buf = this.carry + chunk;
    this.carry = buf.slice(this.scan(buf, false));
  }

  /** The document's end: nothing may be left open. */
  end(): void {
    const buf = this.carry;
    this.carry = '';
    if (this.scan(buf, true) < buf.length) throw new Error('the XML ends inside a tag');
  }

  /** Handles every complete item of `buf`, returning where the first incomplete one starts. */
  private scan(buf: string, final: boolean): number {
    const n = buf.length;
    let i = 0;
    while (i < n) {
      if (buf.charCodeAt(i) !== 60 /* < */) {
        const j = buf.indexOf('<', i);
        if (j === -1) {
          // Text running to the chunk's end may end in half an entity: it waits, unless the document ends.
          if (!final) return i;
          this.handler.onText(textValue(buf.slice(i)));
          return n;
        }
        this.handler.onText(textValue(buf.slice(i, j)));
        i = j;
        continue;
      }
      if (i + 1 >= n) return i;
      const c1 = buf.charCodeAt(i + 1);
      if (c1 === 47 /* / */) {
        const j = buf.indexOf('>', i + 2);
        if (j === -1) return i;
        this.handler.close({ name: buf.slice(i + 2, j).trim(), attributes: NO_ATTRIBUTES });
        i = j + 1;
      } else if (c1 === 63 /* ? */) {
        const j = buf.indexOf('?>', i + 2);
        if (j === -1) return i;
        i = j + 2;
      } else if (c1 === 33 /* ! */) {
        if (!final && n - i < 9) return i;
        if (buf.startsWith('<!--', i)) {
          const j = buf.indexOf('-->', i + 4);
          if (j === -1) return i;
          i = j + 3;
        } else if (buf.startsWith('<![CDATA[', i)) {
          const j = buf.indexOf(']]>', i + 9);
          if (j === -1) return i;
          this.handler.onText(buf.slice(i + 9, j));
          i = j + 3;
        } else {
          // A doctype (an .xlsx part has none with an internal subset).
          const j = buf.indexOf('>', i + 2);
          if (j === -1) return i;
          i = j + 1;
        }
      } else {
        const j = this.openTag(buf, i);
        if (j < 0) return i;
        i = j;
      }
    }
    return n;
  }

  /** An opening (or empty-element) tag at `start`; returns the index after it, or -1 if incomplete. */
  private openTag(buf: string, start: number): number {
    const n = buf.length;
    let k = start + 1;
    while (k < n) {
      const c = buf.charCodeAt(k);
      if (isSpace(c) || c === 62 /* > */ || c === 47 /* / */) break;
      k++;
    }
    if (k >= n) return -1;
    const name = buf.slice(start + 1, k);
    if (!name || name.indexOf('<') !== -1) throw new Error(`malformed XML near “${buf.slice(start, start + 40)}”`);
    let attributes: Record<string, string> = NO_ATTRIBUTES;
    for (;;) {
      while (k < n && isSpace(buf.charCodeAt(k))) k++;
      if (k >= n) return -1;
      const c = buf.charCodeAt(k);
      if (c === 62 /* > */) {
        this.handler.open({ name, attributes });
        return k + 1;
      }
      if (c === 47 /* / */) {
        if (k + 1 >= n) return -1;
        if (buf.charCodeAt(k + 1) !== 62) throw new Error(`malformed XML in <${name}>`);
        const node = { name, attributes };
        this.handler.open(node);
        this.handler.close(node);
        return k + 2;
      }
      let e = k;
      while (e < n && !notInName(buf.charCodeAt(e))) e++;
      const attributeName = buf.slice(k, e);
      while (e < n && isSpace(buf.charCodeAt(e))) e++;
      if (e >= n) return -1;
      if (!attributeName || buf.charCodeAt(e) !== 61 /* = */) throw new Error(`malformed XML in <${name}>`);
      let q = e + 1;
      while (q < n && isSpace(buf.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const quote = buf.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new Error(`malformed XML in <${name}>: an attribute value without quotes`);
      const close = buf.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close === -1) return -1;
      if (attributes === NO_ATTRIBUTES) attributes = {};
      // A name no object should take from a file (it would set the prototype).
      if (attributeName !== '__proto__') attributes[attributeName] = attributeValue(buf, q + 1, close);
      k = close + 1;
    }
  }
}
