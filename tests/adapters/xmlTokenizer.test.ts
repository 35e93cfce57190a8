import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { XmlTokenizer, type XmlHandler } from '../../src/adapters/exceljs/xmlTokenizer';

// Our sheet scanner must read what saxes (ExcelJS's parser, the reference of the full load) reads:
// the same open tags with the same attributes, the same text between tags, the same close tags,
// however the document is cut into chunks.

type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string];

/** Adjacent texts joined (either parser may cut a text in two; the sheet parser concatenates). */
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === 'text' && last?.[0] === 'text') last[1] += e[1];
    else out.push(e[0] === 'text' ? ['text', e[1]] : e);
  }
  return out.filter((e) => e[0] !== 'text' || e[1] !== '');
}

function ours(chunks: string[]): Event[] {
  const events: Event[] = [];
  const handler: XmlHandler = {
    open: (n) => events.push(['open', n.name, { ...n.attributes }]),
    onText: (t) => events.push(['text', t]),
    close: (n) => events.push(['close', n.name]),
  };
  const t = new XmlTokenizer(handler);
  for (const c of chunks) t.write(c);
  t.end();
  return merged(events);
}

function saxes(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser();
  p.on('opentag', (n) => events.push(['open', n.name, { ...(n.attributes as Record<string, string>) }]));
  p.on('text', (t) => events.push(['text', t]));
  p.on('cdata', (t) => events.push(['text', t]));
  p.on('closetag', (n) => events.push(['close', n.name]));
  p.write(xml).close();
  return merged(events);
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escape(s).replace(/"/g, '&quot;');

const text = fc.oneof(
  fc.string({ maxLength: 8 }).map(escape),
  fc.constantFrom('张三、李四', '已交30元', '&#20826;&#x8D39;', '&apos;&quot;', 'a\r\nb\rc\nd', ' \t ', '𝌆 ✅ 🇨🇳'),
);
const attrValue = fc.oneof(fc.string({ maxLength: 6 }).map(escapeAttr), fc.constantFrom('A1', 'x\ty\nz\r\nw', '&lt;&amp;&gt;', '&#10;', "it's"));
const name = fc.constantFrom('c', 'v', 'row', 'x:f', 'sheetData', 'is', 't', 'a-b.c_d');

const element: fc.Memo<string> = fc.memo((depth) => {
  const attrs = fc.array(fc.tuple(fc.constantFrom('r', 's', 't', 'ref', 'xml:space', 'x14ac:dyDescent'), attrValue, fc.constantFrom('"', "'"), fc.constantFrom('', ' ', '\n')), { maxLength: 3 });
  const children = depth <= 1 ? fc.array(text, { maxLength: 2 }) : fc.array(fc.oneof(text, element(depth - 1), fc.constantFrom('<!-- note -->', '<![CDATA[a<b & c]]>', '<?pi data?>')), { maxLength: 4 });
  return fc.tuple(name, attrs, children, fc.boolean()).map(([n, as, kids, empty]) => {
    const unique = [...new Map(as.map((a) => [a[0], a])).values()];
    const open = `<${n}${unique.map(([k, v, q, sp]) => ` ${k}${sp}=${sp}${q}${q === "'" ? v.replace(/'/g, '&apos;') : v}${q}`).join('')}`;
    return empty && kids.length === 0 ? `${open}/>` : `${open}>${kids.join('')}</${n}>`;
  });
});

const documents = fc.tuple(fc.boolean(), element(4)).map(([decl, root]) => `${decl ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : ''}${root}`);

/** The document cut at the given points. */
const cut = (xml: string, points: number[]): string[] => {
  const at = [...new Set(points.map((p) => p % (xml.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of at) {
    out.push(xml.slice(from, p));
    from = p;
  }
  out.push(xml.slice(from));
  return out;
};

describe('XmlTokenizer', () => {
  it('reads what saxes reads, however the document is cut (property)', () => {
    fc.assert(
      fc.property(documents, fc.array(fc.nat(), { maxLength: 12 }), (xml, points) => {
        expect(ours(cut(xml, points))).toEqual(saxes(xml));
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('reads a sheet as ExcelJS writes it, one character at a time', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><f>SUM(A1:A2)&amp;"元"</f><v>30</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> 张 三 </t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
    expect(ours([...xml])).toEqual(saxes(xml));
  });

  it('says so when the markup is broken, instead of reading on', () => {
    expect(() => ours(['<row r=1>'])).toThrow(/malformed/);
    expect(() => ours(['<c r="A1" s>'])).toThrow(/malformed/);
    expect(() => ours(['<row><c r="A1"'])).toThrow(/ends inside a tag/);
  });
});
