import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { describeLost, partsLostByRewrite, type LostFeature, type LostKind } from '../../src/adapters/exceljs/droppedParts';
import { leanXlsxBuffer } from '../../src/adapters/exceljs/leanXlsxWrite';
import { generatedSample, generatedTemplate } from '../support/workbooks';

/**
 * What ExcelJS 4.4.0 loses on a load and write, measured on the workbooks of
 * tests/fixtures/features/ (built by build-features.ts there, one from LibreOffice), and the
 * detector held to that measure: (a) it reports exactly what each workbook is known to lose;
 * (b) ExcelJS really does lose it, and nothing else (so a new ExcelJS that keeps or drops more
 * fails here); (c) it never throws on junk.
 */

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'features');
const read = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

type Loss = { kind: LostKind; sheet: string | null; count: number };
interface Expectation {
  readonly lost: readonly Loss[];
  /** Content ExcelJS keeps, counted in the rewritten file (see census below). */
  readonly kept: Partial<Record<KeptKey, number>>;
}

const EXPECTED: Record<string, Expectation> = {
  'lo-features.xlsx': {
    lost: [
      { kind: 'chart', sheet: '党费收缴台账', count: 1 },
      { kind: 'pivot-table', sheet: '汇总', count: 1 },
      { kind: 'shape', sheet: '党费收缴台账', count: 2 },
    ],
    kept: { pictures: 1, notes: 1, validatedCells: 4, conditionalFormats: 1, sheets: 2 },
  },
  'ooxml-chart.xlsx': {
    lost: [
      { kind: 'chart', sheet: '党费收缴台账', count: 1 },
      { kind: 'chart', sheet: '统计图', count: 1 },
    ],
    kept: { pictures: 1, sheets: 2 },
  },
  'ooxml-chartsheet.xlsx': { lost: [{ kind: 'chart', sheet: '党费图表', count: 1 }], kept: { sheets: 1 } },
  'ooxml-shapes.xlsx': {
    lost: [
      { kind: 'shape', sheet: '会议记录', count: 3 },
      { kind: 'shape', sheet: '说明', count: 1 },
    ],
    kept: { pictures: 1, sheets: 2 },
  },
  'ooxml-pictures-lost.xlsx': { lost: [{ kind: 'picture', sheet: '党员名册', count: 3 }], kept: { pictures: 1 } },
  'ooxml-slicer.xlsx': { lost: [{ kind: 'slicer', sheet: '党费收缴台账', count: 1 }], kept: { tables: 1 } },
  'ooxml-external-link.xlsx': { lost: [{ kind: 'external-link', sheet: null, count: 1 }], kept: {} },
  'ooxml-macros.xlsm': { lost: [{ kind: 'macros', sheet: null, count: 1 }], kept: {} },
  'ooxml-form-controls.xlsx': { lost: [{ kind: 'form-control', sheet: '党费收缴台账', count: 3 }], kept: {} },
  'ooxml-embedded-object.xlsx': { lost: [{ kind: 'embedded-object', sheet: '会议记录', count: 1 }], kept: {} },
  'ooxml-threaded-comments.xlsx': { lost: [{ kind: 'threaded-comment', sheet: '党员名册', count: 1 }], kept: { notes: 1 } },
  'ooxml-custom-xml.xlsx': { lost: [{ kind: 'custom-xml', sheet: null, count: 1 }], kept: {} },
  'ooxml-data-connection.xlsx': { lost: [{ kind: 'data-connection', sheet: null, count: 1 }], kept: { tables: 1 } },
  'ooxml-wps-cell-images.xlsx': { lost: [{ kind: 'picture', sheet: null, count: 1 }], kept: {} },
  'ooxml-excel-cell-images.xlsx': { lost: [{ kind: 'picture', sheet: null, count: 1 }], kept: {} },
  'ooxml-sparklines.xlsx': { lost: [{ kind: 'sparkline', sheet: '党费收缴台账', count: 1 }], kept: {} },
  'ooxml-x14-validation.xlsx': { lost: [{ kind: 'data-validation', sheet: '党费收缴台账', count: 1 }], kept: { validatedCells: 19, sheets: 2 } },
  'ooxml-unread-sheet.xlsx': { lost: [{ kind: 'sheet', sheet: '统计', count: 1 }], kept: { sheets: 1 } },
  'ooxml-other.xlsx': { lost: [{ kind: 'other', sheet: null, count: 2 }], kept: {} },
  'ooxml-kept.xlsx': {
    lost: [],
    kept: { pictures: 3, backgrounds: 1, notes: 1, validatedCells: 2, conditionalFormats: 1, tables: 1, hyperlinks: 1, merges: 1, sheets: 2 },
  },
};

// ---- an independent count of what a package holds ----------------------------------------------

type KeptKey = 'sheets' | 'pictures' | 'backgrounds' | 'notes' | 'validatedCells' | 'conditionalFormats' | 'tables' | 'hyperlinks' | 'merges';
const KEPT: readonly KeptKey[] = ['sheets', 'pictures', 'backgrounds', 'notes', 'validatedCells', 'conditionalFormats', 'tables', 'hyperlinks', 'merges'];
/** Lost kinds counted on their own (pictures are counted with the kept ones, sheets too). */
type CountedKind = Exclude<LostKind, 'other' | 'sheet' | 'picture'>;
const COUNTED: readonly CountedKind[] = ['chart', 'pivot-table', 'slicer', 'external-link', 'data-connection', 'macros', 'form-control', 'embedded-object', 'shape', 'threaded-comment', 'custom-xml', 'sparkline', 'data-validation'];
type Census = Record<KeptKey | CountedKind | 'chartsheets', number>;

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** Column letters → number. */
const columnNumber = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/**
 * The cells under ordinary data validation: counted by cell, as ExcelJS writes a list's ranges
 * again in its own way (C2:C20 comes back as C2:C20 and C10:C20).
 */
function validatedCells(sheets: string[]): number {
  const cells = new Set<string>();
  for (const [i, xml] of sheets.entries()) {
    for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)) {
      for (const range of m[1].split(' ')) {
        const [a, b = a] = range.split(':');
        const [, c1, r1] = /([A-Z]+)(\d+)/.exec(a)!;
        const [, c2, r2] = /([A-Z]+)(\d+)/.exec(b)!;
        for (let c = columnNumber(c1); c <= columnNumber(c2); c++) for (let r = Number(r1); r <= Number(r2); r++) cells.add(`${i}:${c}:${r}`);
      }
    }
  }
  return cells.size;
}

/** Counts what a package holds, by plain pattern matching over its parts (not the detector's rules). */
async function census(bytes: Buffer | ArrayBuffer): Promise<Census> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const texts: Record<string, string> = {};
  for (const n of names.filter((n) => /\.(xml|vml|rels)$/.test(n))) texts[n] = await zip.file(n)!.async('string');
  const all = (re: RegExp) => names.filter((n) => re.test(n));
  const sum = (parts: string[], re: RegExp) => parts.reduce((s, n) => s + count(texts[n] ?? '', re), 0);
  const sheets = all(/^xl\/worksheets\/[^/]+\.xml$/);
  const drawings = all(/^xl\/drawings\/[^/]+\.xml$/);
  const anchors = drawings.flatMap((n) => (texts[n].match(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g) ?? []));
  const vmls = all(/\.vml$/);
  return {
    sheets: count(texts['xl/workbook.xml'], /<sheet\b/g) - all(/^xl\/chartsheets\/[^/]+\.xml$/).length,
    chartsheets: all(/^xl\/chartsheets\/[^/]+\.xml$/).length,
    pictures:
      sum(drawings, /<xdr:pic>/g) +
      sum(all(/^xl\/cellimages\.xml$/), /<etc:cellImage>/g) +
      sum(all(/^xl\/richData\/richValueRel\.xml$/), /<rel /g) +
      vmls.filter((n) => !/ClientData/.test(texts[n])).reduce((s, n) => s + count(texts[n], /<v:imagedata/g), 0),
    backgrounds: sum(sheets, /<picture r:id/g),
    notes: sum(all(/^xl\/comments\d+\.xml$/), /<comment /g),
    validatedCells: validatedCells(sheets.map((n) => texts[n])),
    conditionalFormats: sum(sheets, /<conditionalFormatting/g),
    tables: all(/^xl\/tables\/[^/]+\.xml$/).length,
    hyperlinks: sum(sheets, /<hyperlink /g),
    merges: sum(sheets, /<mergeCell /g),
    chart: all(/^xl\/charts\/chart\d+\.xml$/).length,
    'pivot-table': all(/^xl\/pivotTables\/[^/]+\.xml$/).length,
    slicer: sum(all(/^xl\/(slicers|timelines)\//), /<(slicer|timeline) /g),
    'external-link': all(/^xl\/externalLinks\/[^/]+\.xml$/).length,
    'data-connection': sum(all(/^xl\/connections\.xml$/), /<connection /g),
    macros: all(/^xl\/vbaProject\.bin$/).length,
    'form-control': all(/^xl\/ctrlProps\//).length + all(/^xl\/activeX\/[^/]+\.xml$/).length,
    'embedded-object': all(/^xl\/embeddings\//).length,
    // Anchors holding a shape, a connector or a group (not the drawing half of a form control, nor
    // a chart's or slicer's frame).
    shape: anchors.filter((a) => /<xdr:(sp|cxnSp|grpSp)\b/.test(a) && !/compatExt|graphicFrame/.test(a)).length,
    'threaded-comment': sum(all(/^xl\/threadedComments\//), /<threadedComment (?![^>]*parentId)/g),
    'custom-xml': all(/^customXml\/item\d+\.xml$/).length,
    sparkline: sum(sheets, /<x14:sparkline>/g),
    'data-validation': sum(sheets, /<x14:dataValidation /g),
  };
}

/** Parts ExcelJS writes under names of its own (sheets, drawings, media and notes are renumbered). */
const RENAMED = /^xl\/(worksheets\/|drawings\/|media\/|comments\d+\.xml$|tables\/table\d+\.xml$)/;
/** Parts ExcelJS drops that carry nothing a user sees (the detector does not report them). */
const HARMLESS = /^(xl\/calcChain\.xml|xl\/printerSettings\/.*|docProps\/(custom\.xml|thumbnail\.\w+))$/;

async function rewrite(bytes: Buffer, writer: 'writeBuffer' | 'lean'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return writer === 'lean' ? leanXlsxBuffer(wb) : Buffer.from(await wb.xlsx.writeBuffer());
}

const summary = (lost: readonly LostFeature[]): Loss[] =>
  lost.map(({ kind, sheet, count }) => ({ kind, sheet, count })).sort((a, b) => `${a.kind}${a.sheet}`.localeCompare(`${b.kind}${b.sheet}`));

const fixtureNames = readdirSync(FIXTURES).filter((n) => /\.xls[xm]$/.test(n));

it('every fixture has an expectation, and every expectation a fixture', () => {
  expect(fixtureNames.sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.keys(EXPECTED).map((n) => [n]))('%s', (name: string) => {
  const bytes = read(name);
  const expected = EXPECTED[name];
  const lost = partsLostByRewrite(bytes);

  it('(a) reports exactly what it is known to lose', () => {
    expect(summary(lost)).toEqual(summary(expected.lost as LostFeature[]));
  });

  it.each([['writeBuffer' as const], ['lean' as const]])('(b) ExcelJS (%s) really loses that, and nothing else', async (writer) => {
    const out = await rewrite(bytes, writer);
    const before = await census(bytes);
    const after = await census(out);
    const outNames = Object.keys((await JSZip.loadAsync(out)).files);
    const inNames = Object.keys((await JSZip.loadAsync(bytes)).files).filter((n) => !n.endsWith('/'));

    // Each reported loss is gone from the rewritten file, by the independent count; kept content
    // is all there.
    const lostBy = (kind: LostKind) => lost.filter((f) => f.kind === kind).reduce((s, f) => s + f.count, 0);
    for (const kind of COUNTED) expect({ kind, n: after[kind] }).toEqual({ kind, n: before[kind] - lostBy(kind) });
    expect(after.chartsheets).toBe(0);
    for (const kind of KEPT) {
      const less = kind === 'pictures' ? lostBy('picture') : kind === 'sheets' ? lostBy('sheet') : 0;
      expect({ kind, n: after[kind] }).toEqual({ kind, n: before[kind] - less });
    }
    for (const [kind, n] of Object.entries(expected.kept)) expect({ kind, n: after[kind as KeptKey] }).toEqual({ kind, n });

    // Every part reported lost is absent (by name, where ExcelJS keeps names; by number of drawings
    // and sheets where it renumbers them).
    const reported = new Set(lost.flatMap((f) => f.parts));
    for (const part of reported) {
      expect(inNames).toContain(part);
      if (!RENAMED.test(part)) expect({ part, present: outNames.includes(part) }).toEqual({ part, present: false });
    }
    const drawingsIn = inNames.filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n));
    const drawingsOut = outNames.filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n));
    expect(drawingsOut.length).toBe(drawingsIn.length - drawingsIn.filter((n) => reported.has(n)).length);

    // Nothing else went missing: each part not reported is still there (ExcelJS's renumbered parts
    // are counted above; a few parts nobody misses are dropped silently).
    const missing = inNames.filter((n) => !reported.has(n) && !RENAMED.test(n) && !HARMLESS.test(n) && !outNames.includes(n));
    expect(missing).toEqual([]);
  });

  it('(b) the rewritten file has nothing more to lose', async () => {
    expect(partsLostByRewrite(await rewrite(bytes, 'lean'))).toEqual([]);
  });
});

describe('workbooks that lose nothing', () => {
  it('our own generated template and sample ledger', async () => {
    for (const wb of [await generatedTemplate('zh-CN'), (await generatedSample(30)).wb]) {
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      expect(partsLostByRewrite(bytes)).toEqual([]);
      expect(partsLostByRewrite(await leanXlsxBuffer(wb))).toEqual([]);
    }
  });

  it('the hand-made ledgers of tests/fixtures/handmade*', () => {
    for (const dir of ['handmade', 'handmade2']) {
      const folder = path.join(__dirname, '..', 'fixtures', dir);
      for (const f of readdirSync(folder).filter((n) => n.endsWith('.xlsx'))) expect({ f, lost: partsLostByRewrite(readFileSync(path.join(folder, f))) }).toEqual({ f, lost: [] });
    }
  });
});

describe('describeLost', () => {
  const lost: LostFeature[] = [
    { kind: 'pivot-table', sheet: null, count: 1, parts: [] },
    { kind: 'chart', sheet: '党费收缴台账', count: 1, parts: [] },
    { kind: 'chart', sheet: '党费收缴台账', count: 1, parts: [] },
  ];

  it('names each kind once, with its count and sheets, largest losses first', () => {
    expect(describeLost(lost, 'zh-CN')).toBe('图表 2 个（党费收缴台账）、数据透视表 1 个');
    expect(describeLost(lost, 'zh-TW')).toBe('圖表 2 個（党费收缴台账）、樞紐分析表 1 個');
    expect(describeLost(lost, 'en-US')).toBe('2 charts (on 党费收缴台账), 1 pivot table');
  });

  it('keeps a long list of sheets short, and says nothing for nothing', () => {
    const many = ['甲', '乙', '丙', '丁'].map((sheet): LostFeature => ({ kind: 'shape', sheet, count: 1, parts: [] }));
    expect(describeLost(many, 'zh-CN')).toBe('形状或文本框 4 个（甲、乙、丙等）');
    expect(describeLost(many, 'en-US')).toBe('4 shapes or text boxes (on 甲, 乙, 丙, …)');
    expect(describeLost([{ kind: 'macros', sheet: null, count: 1, parts: [] }, { kind: 'other', sheet: null, count: 3, parts: [] }], 'en-US')).toBe('macros (VBA), other content');
    expect(describeLost([], 'zh-CN')).toBe('');
  });

  it('describes every fixture in every language', () => {
    for (const name of Object.keys(EXPECTED)) {
      const l = partsLostByRewrite(read(name));
      for (const lang of ['zh-CN', 'zh-TW', 'en-US'] as const) expect(describeLost(l, lang).length > 0).toBe(l.length > 0);
    }
  });
});

describe('never throws', () => {
  const samples = fixtureNames.map(read);

  it('on random bytes, with or without a zip signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (junk, signed) => {
        const bytes = Buffer.from(junk);
        if (signed && bytes.length >= 4) bytes.writeUInt32LE(0x04034b50, 0);
        expect(Array.isArray(partsLostByRewrite(bytes))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on a workbook cut short or with bytes overwritten', () => {
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), (i, cut, writes) => {
        const bytes = Buffer.from(samples[i]);
        for (const [at, value] of writes) bytes[Math.floor(at * (bytes.length - 1))] = value;
        const truncated = bytes.subarray(0, Math.floor(cut * bytes.length));
        expect(Array.isArray(partsLostByRewrite(truncated))).toBe(true);
        expect(Array.isArray(partsLostByRewrite(bytes))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on well-formed zips whose parts are junk', async () => {
    const partName = fc.constantFrom(
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/vmlDrawing1.vml',
      'xl/charts/chart1.xml',
      'xl/slicers/slicer1.xml',
      'xl/threadedComments/t1.xml',
      'xl/connections.xml',
      'xl/cellimages.xml',
      '/xl/weird/../part.xml',
      'xl/media/',
    );
    const xmlish = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<sheets><sheet name="a" r:id="rId1"/></sheets>',
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/drawing" Target="../../../../x"/></Relationships>',
        '<Relationship Id="rId1" Target="%E0%A4%A"/>',
        '<xdr:twoCellAnchor><xdr:pic><a:blip r:embed="rId9"/></xdr:pic></xdr:twoCellAnchor>',
        '<x:ClientData ObjectType="Checkbox">',
        '<threadedComment parentId',
        '&#xFFFFFFF; &#99999999;',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(partName, xmlish), { minLength: 1, maxLength: 8 }), async (parts) => {
        const zip = new JSZip();
        zip.file('xl/workbook.xml', '<workbook/>');
        for (const [name, text] of parts) zip.file(name, text);
        const bytes = await zip.generateAsync({ type: 'nodebuffer' });
        expect(Array.isArray(partsLostByRewrite(bytes))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
