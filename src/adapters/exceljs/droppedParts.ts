import { inflateRawSync } from 'node:zlib';
import type { Language } from '../../core/i18n/language';
import { readZipDirectory, type ZipEntry } from '../files/zipDirectory';

/**
 * What a workbook would lose if ExcelJS loaded it and wrote it back, told from the file's bytes
 * before anything is written: the CLI refuses an in-place change that would lose something and
 * warns on a copy. ExcelJS 4.4.0 (pinned) carries the cells, styles, notes, data validation,
 * conditional formatting, tables, hyperlinks, pictures anchored to cells and the sheet background;
 * it silently leaves out everything else. What it leaves out was measured, not assumed:
 * tests/adapters/droppedParts.test.ts loads and writes every workbook of tests/fixtures/features/
 * and checks each report here against what the rewritten file really lacks.
 *
 * Read from the zip's directory and a few small XML parts (rels, workbook.xml, drawings, VML, and
 * the tail of each sheet's XML for the extensions ExcelJS drops), with no ExcelJS load. The rules
 * for what ExcelJS keeps follow its loader (lib/xlsx/xlsx.js: the part-name patterns it reads, and
 * a picture only when it is a cell-anchored <xdr:pic> with an embedded image it could load).
 *
 * Never throws: a file too damaged to read gives [] (the reading reports the damage itself).
 */

export type LostKind =
  | 'chart'
  | 'pivot-table'
  | 'slicer'
  | 'external-link'
  | 'data-connection'
  | 'macros'
  | 'form-control'
  | 'embedded-object'
  | 'shape'
  | 'picture'
  | 'threaded-comment'
  | 'custom-xml'
  | 'sparkline'
  | 'data-validation'
  | 'sheet'
  | 'other';

export interface LostFeature {
  readonly kind: LostKind;
  /** The sheet it is on, when the file's relationships say so; null for the workbook as a whole. */
  readonly sheet: string | null;
  /** How many: charts, pivot tables, shapes, pictures…; for macros and other content, the parts. */
  readonly count: number;
  /**
   * The zip parts the rewrite leaves out for it (a chart's part, a pivot cache…). A feature inside
   * a part that is written again without it (a text box in a drawing that keeps its pictures, a
   * sparkline in a sheet's XML) has none.
   */
  readonly parts: readonly string[];
}

/** The order features are reported in: the largest losses to a user first. */
const KIND_ORDER: readonly LostKind[] = ['sheet', 'chart', 'pivot-table', 'slicer', 'macros', 'form-control', 'external-link', 'data-connection', 'embedded-object', 'picture', 'shape', 'threaded-comment', 'data-validation', 'sparkline', 'custom-xml', 'other'];

// ---- the zip ------------------------------------------------------------------------------------

type Entry = ZipEntry;

const LOCAL_ENTRY = 0x04034b50;
/** The largest part inflated here: rels, drawings and sheets of a ledger are far smaller. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** The zip's parts by name (the first of a name; folders left out), or null for a damaged directory. */
function readDirectory(bytes: Buffer): Map<string, Entry> | null {
  const directory = readZipDirectory(bytes);
  if ('damaged' in directory) return null;
  const entries = new Map<string, Entry>();
  for (const e of directory.entries) {
    // ExcelJS (through JSZip) drops a leading slash from a part's name.
    const name = e.name.replace(/^\//, '');
    if (!name.endsWith('/') && !entries.has(name)) entries.set(name, e);
  }
  return entries;
}

/** A part's bytes, or null when it cannot be read (damaged, encrypted, an unknown method, too large). */
function readEntry(bytes: Buffer, entry: Entry): Buffer | null {
  try {
    const p = entry.localOffset;
    if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL_ENTRY) return null;
    const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length || entry.size > MAX_PART_BYTES) return null;
    const data = bytes.subarray(start, end);
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
    return null;
  } catch {
    return null;
  }
}

// ---- the package: parts, relationships, sheets ------------------------------------------------

interface Rel {
  readonly id: string;
  readonly type: string;
  /** The raw Target attribute. */
  readonly target: string;
  /** The part it points to, resolved against the source part; null for an external target. */
  readonly part: string | null;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (XML_ENTITIES[e] ?? m)));

/** An element's attributes by name, prefixes kept ("r:id"). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

function resolve(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // Not percent-encoded after all: the name as written.
  }
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

const relsPartOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Counts matches of a pattern (which must have the g flag). */
const countOf = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

class Package {
  private readonly texts = new Map<string, string | null>();
  private readonly relsCache = new Map<string, Rel[]>();

  constructor(
    private readonly bytes: Buffer,
    readonly entries: Map<string, Entry>,
  ) {}

  has(part: string): boolean {
    return this.entries.has(part);
  }

  /** A part as text (UTF-8), or null when it is missing or unreadable. */
  text(part: string): string | null {
    if (!this.texts.has(part)) {
      const entry = this.entries.get(part);
      const data = entry ? readEntry(this.bytes, entry) : null;
      this.texts.set(part, data ? data.toString('utf8') : null);
    }
    return this.texts.get(part) ?? null;
  }

  /** The bytes of a part, not kept (a sheet's XML is read once, for its tail). */
  raw(part: string): Buffer | null {
    const entry = this.entries.get(part);
    return entry ? readEntry(this.bytes, entry) : null;
  }

  /** The relationships of a part ('' for the package's own). */
  rels(source: string): Rel[] {
    let rels = this.relsCache.get(source);
    if (!rels) {
      const xml = this.text(source === '' ? '_rels/.rels' : relsPartOf(source)) ?? '';
      rels = [];
      for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
        const a = attributes(m[1]);
        const target = a.get('Target') ?? '';
        const external = (a.get('TargetMode') ?? '').toLowerCase() === 'external';
        rels.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', target, part: external || target === '' ? null : resolve(source, target) });
      }
      this.relsCache.set(source, rels);
    }
    return rels;
  }
}

interface SheetRef {
  readonly name: string;
  /** The part the workbook points to (null: no such relationship). */
  readonly part: string | null;
  readonly type: 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'unknown';
  /** Whether ExcelJS's loader finds it (it knows worksheets only, at xl/worksheets/sheetN.xml). */
  readonly loaded: boolean;
}

const WORKBOOK = 'xl/workbook.xml';

function sheetsOf(pkg: Package): SheetRef[] {
  const xml = pkg.text(WORKBOOK) ?? '';
  const rels = new Map(pkg.rels(WORKBOOK).map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    // The relationship id is r:id, whatever the prefix ("id" alone would be another attribute).
    const rel = rels.get([...a].find(([k]) => /:id$/.test(k))?.[1] ?? '');
    const type = /\/(worksheet|chartsheet|dialogsheet|xlMacrosheet|macrosheet)$/i.exec(rel?.type ?? '')?.[1].toLowerCase().replace('xlmacrosheet', 'macrosheet');
    // As ExcelJS's WorkbookXform.reconcile looks a sheet up by its target, and its loader reads
    // only the parts named xl/worksheets/sheet<N>.xml.
    const key = rel ? `xl/${rel.target.replace(/^(\s|\/xl\/)+/, '')}` : '';
    const loaded = rel !== undefined && /xl\/worksheets\/sheet\d+[.]xml/.test(key) && pkg.has(key);
    sheets.push({ name: a.get('name') ?? '', part: rel?.part ?? null, type: (type as SheetRef['type'] | undefined) ?? 'unknown', loaded });
  }
  return sheets;
}

// ---- what ExcelJS keeps -------------------------------------------------------------------------

/** Media ExcelJS's loader reads (lib/xlsx/xlsx.js); a picture whose image is not one of these is lost. */
const loadableMedia = (part: string): boolean => /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/.test(part);
/** Drawings ExcelJS's loader reads. */
const loadableDrawing = (part: string): boolean => /^xl\/drawings\/[a-zA-Z0-9]+[.]xml$/.test(part);

/**
 * Parts ExcelJS writes again (under the same or its own names) or that nobody misses: the
 * calculation chain (Excel rebuilds it), printer-driver settings (the page setup itself is kept),
 * the thumbnail, document properties (WPS writes its version into docProps/custom.xml), themes.
 */
function keptOrHarmless(part: string): boolean {
  return (
    /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/.*|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/calcChain\.xml)$/i.test(part) ||
    /^xl\/(theme|printerSettings|media)\//i.test(part) ||
    /^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/.test(part) ||
    /^xl\/comments\d+\.xml$/.test(part) ||
    /^xl\/tables\/table\d+\.xml$/.test(part)
  );
}

// ---- the count -----------------------------------------------------------------------------------

/** Counts per kind and sheet, with the parts that go. */
class Tally {
  private readonly map = new Map<string, { kind: LostKind; sheet: string | null; count: number; parts: Set<string> }>();

  add(kind: LostKind, sheet: string | null, count: number, parts: readonly string[] = []): void {
    const key = `${kind}\u0000${sheet ?? ''}`;
    let t = this.map.get(key);
    if (!t) {
      t = { kind, sheet, count: 0, parts: new Set() };
      this.map.set(key, t);
    }
    t.count += count;
    for (const p of parts) t.parts.add(p);
  }

  features(sheetOrder: readonly string[]): LostFeature[] {
    const rank = (s: string | null) => (s === null ? -1 : sheetOrder.indexOf(s));
    const all = [...this.map.values()];
    // Parts that are not counted on their own (a pivot cache, the people of threaded comments)
    // go with a counted feature of their kind; without one they show nothing and are not reported.
    for (const t of all) {
      if (t.count > 0) continue;
      const host = all.find((h) => h.kind === t.kind && h.count > 0 && h.sheet === t.sheet) ?? all.find((h) => h.kind === t.kind && h.count > 0);
      if (host) for (const p of t.parts) host.parts.add(p);
    }
    return all
      .filter((t) => t.count > 0)
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || rank(a.sheet) - rank(b.sheet))
      .map((t) => ({ kind: t.kind, sheet: t.sheet, count: t.count, parts: [...t.parts].sort() }));
  }
}

/** What a group of dropped parts is, by where it lives; the unit that is counted, if this part is one. */
function kindOfPart(part: string, pkg: Package): { kind: LostKind; units: number } | null {
  const p = part.toLowerCase();
  const isRels = p.includes('/_rels/');
  const one = isRels ? 0 : 1;
  if (p.startsWith('xl/charts/')) return { kind: 'chart', units: /^xl\/charts\/chart(ex)?\d*\.xml$/.test(p) ? 1 : 0 };
  if (p.startsWith('xl/chartsheets/')) return { kind: 'chart', units: 0 };
  if (p.startsWith('xl/pivottables/')) return { kind: 'pivot-table', units: one };
  if (p.startsWith('xl/pivotcache/')) return { kind: 'pivot-table', units: 0 };
  if (p.startsWith('xl/slicers/') || p.startsWith('xl/timelines/')) {
    const xml = isRels ? '' : (pkg.text(part) ?? '');
    return { kind: 'slicer', units: isRels ? 0 : Math.max(1, countOf(xml, /<(?:\w+:)?(?:slicer|timeline)[\s/>]/g)) };
  }
  if (p.startsWith('xl/slicercaches/') || p.startsWith('xl/timelinecaches/')) return { kind: 'slicer', units: 0 };
  if (p.startsWith('xl/externallinks/')) return { kind: 'external-link', units: one };
  if (p === 'xl/connections.xml') return { kind: 'data-connection', units: Math.max(1, countOf(pkg.text(part) ?? '', /<(?:\w+:)?connection[\s/>]/g)) };
  if (p.startsWith('xl/querytables/') || p.startsWith('xl/tables/_rels/')) return { kind: 'data-connection', units: 0 };
  if (p === 'xl/vbaproject.bin') return { kind: 'macros', units: 1 };
  if (/^xl\/(vbaprojectsignature\w*\.bin|vbadata\.xml)$/.test(p) || /^xl\/(macrosheets|dialogsheets)\//.test(p)) return { kind: 'macros', units: 0 };
  if (p.startsWith('xl/ctrlprops/')) return { kind: 'form-control', units: one };
  if (p.startsWith('xl/activex/')) return { kind: 'form-control', units: /\.xml$/.test(p) && !isRels ? 1 : 0 };
  if (p.startsWith('xl/embeddings/')) return { kind: 'embedded-object', units: one };
  if (p.startsWith('xl/diagrams/')) return { kind: 'shape', units: 0 };
  if (p.startsWith('xl/threadedcomments/')) {
    if (isRels) return { kind: 'threaded-comment', units: 0 };
    const xml = pkg.text(part) ?? '';
    // Threads, not replies: a reply names its thread's first comment as parentId.
    const threads = [...xml.matchAll(/<(?:\w+:)?threadedComment\b([^>]*)>/g)].filter((m) => !/\bparentId\s*=/.test(m[1])).length;
    return { kind: 'threaded-comment', units: Math.max(1, threads) };
  }
  if (p.startsWith('xl/persons/')) return { kind: 'threaded-comment', units: 0 };
  if (p.startsWith('customxml/')) return { kind: 'custom-xml', units: /^customxml\/item\d*\.xml$/.test(p) ? 1 : 0 };
  // Pictures in cells: WPS's DISPIMG pictures and Excel 365's rich values (Place in Cell, IMAGE()).
  if (p === 'xl/cellimages.xml') return { kind: 'picture', units: countOf(pkg.text(part) ?? '', /<(?:\w+:)?cellImage[\s>]/g) };
  if (p === 'xl/_rels/cellimages.xml.rels') return { kind: 'picture', units: 0 };
  if (p.startsWith('xl/richdata/')) return { kind: 'picture', units: /^xl\/richdata\/richvaluerel\.xml$/.test(p) ? countOf(pkg.text(part) ?? '', /<(?:\w+:)?rel[\s/>]/g) : 0 };
  // The cell metadata of rich values and of dynamic-array formulas: with pictures in cells it goes
  // with them; alone, the spilling formulas lose their flag ("other").
  if (p === 'xl/metadata.xml') return { kind: [...pkg.entries.keys()].some((n) => /^xl\/richdata\//i.test(n)) ? 'picture' : 'other', units: 0 };
  return null;
}

// ---- drawings -----------------------------------------------------------------------------------

interface DrawingLoss {
  /** Whether ExcelJS writes this drawing again (it has a picture ExcelJS keeps). */
  readonly kept: boolean;
  readonly shapes: number;
  readonly pictures: number;
  /** What else it shows that is counted by its own part (charts, slicers, form controls). */
  readonly shows: ReadonlySet<LostKind>;
}

/**
 * The anchors of a drawing and what ExcelJS makes of each: it reads <xdr:twoCellAnchor> and
 * <xdr:oneCellAnchor> only, and from each only an <xdr:pic> with an embedded image it loaded
 * (lib/xlsx/xform/drawing). Charts, slicers and controls are counted by their own parts.
 */
function analyseDrawing(pkg: Package, part: string, onLoadedSheet: boolean): DrawingLoss {
  const xml = pkg.text(part) ?? '';
  const rels = new Map(pkg.rels(part).map((r) => [r.id, r]));
  let shapes = 0;
  let pictures = 0;
  let keptPictures = 0;
  const shows = new Set<LostKind>();
  for (const m of xml.matchAll(/<((?:\w+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[^>]*>([\s\S]*?)<\/\1\2>/g)) {
    const [, prefix, anchor, body] = m;
    // ExcelJS matches tag names literally: xdr:twoCellAnchor and xdr:oneCellAnchor.
    const readable = prefix === 'xdr:' && anchor !== 'absoluteAnchor' && onLoadedSheet && loadableDrawing(part);
    // ExcelJS's anchor parser picks up any <xdr:pic> inside, even in a group or alternate content.
    const keptPicture = readable && [...body.matchAll(/<xdr:pic\b[\s\S]*?<\/xdr:pic>/g)].some((pic) => {
      const rId = /\br:embed\s*=\s*"([^"]*)"/.exec(pic[0])?.[1];
      const target = rId === undefined ? undefined : rels.get(rId);
      return target?.part != null && /.*\/media\/(.+[.][a-zA-Z]{3,4})/.test(target.target) && loadableMedia(target.part) && pkg.has(target.part);
    });
    if (keptPicture) keptPictures++;
    if (/compatExt/.test(body)) shows.add('form-control'); // the drawing half of a form control
    else if (/<(?:\w+:)?grpSp[\s>]/.test(body)) shapes++; // a group (at most one picture of it survives, ungrouped)
    else if (/<(?:\w+:)?graphicFrame[\s>]/.test(body)) {
      const uri = /graphicData\b[^>]*\buri\s*=\s*"([^"]*)"/.exec(body)?.[1] ?? '';
      if (/chart/i.test(uri)) shows.add('chart');
      else if (/slicer/i.test(uri)) shows.add('slicer');
      else shapes++; // SmartArt and other frames
    } else if (/<(?:\w+:)?pic[\s>]/.test(body)) {
      if (!keptPicture) pictures++;
    } else if (/<(?:\w+:)?(sp|cxnSp|contentPart)[\s>]/.test(body)) shapes++;
  }
  return { kept: keptPictures > 0, shapes, pictures, shows };
}

/** Form controls and header or footer pictures in a legacy (VML) drawing; notes are kept. */
function analyseVml(pkg: Package, part: string): { controls: number; pictures: number } {
  const xml = pkg.text(part) ?? '';
  const types = [...xml.matchAll(/<(?:\w+:)?ClientData\b[^>]*ObjectType\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
  const controls = types.filter((t) => t !== 'Note').length;
  // A header or footer picture is a VML shape with an image and no ClientData.
  const pictures = types.length === 0 ? countOf(xml, /<(?:\w+:)?imagedata\b/g) : 0;
  return { controls, pictures };
}

// ---- a sheet's own XML ----------------------------------------------------------------------------

/**
 * Extensions ExcelJS drops from a sheet's XML, found in its tail (after the cells): sparklines
 * and Excel 2010's form of data validation (a drop-down list on another sheet is saved this way).
 */
function sheetExtensions(pkg: Package, part: string): { sparklines: number; validations: number } {
  const data = pkg.raw(part);
  if (!data) return { sparklines: 0, validations: 0 };
  const end = data.lastIndexOf('sheetData');
  const tail = data.toString('latin1', end < 0 ? 0 : end);
  return {
    sparklines: countOf(tail, /<\w+:sparkline>/g),
    validations: countOf(tail, /<\w+:dataValidation[\s>]/g),
  };
}

// ---- the whole ---------------------------------------------------------------------------------

function detect(pkg: Package): LostFeature[] {
  const sheets = sheetsOf(pkg);
  const tally = new Tally();

  // Which sheet each part belongs to: the first sheet whose relationships reach it.
  const owner = new Map<string, SheetRef>();
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    const queue = [sheet.part];
    while (queue.length > 0) {
      const part = queue.shift() as string;
      if (owner.has(part)) continue;
      owner.set(part, sheet);
      for (const rel of pkg.rels(part)) if (rel.part && !owner.has(rel.part) && pkg.has(rel.part)) queue.push(rel.part);
    }
  }
  // A relationships part belongs where its source part does.
  const sheetOf = (part: string): string | null => owner.get(part.replace(/_rels\/([^/]+)\.rels$/, '$1'))?.name ?? null;
  const handled = new Set<string>();

  // Sheets ExcelJS does not load: chart sheets are counted with their charts, dialog and macro
  // sheets with the macros, and a worksheet at a name it does not read goes whole.
  for (const sheet of sheets) {
    if (sheet.loaded) continue;
    if (sheet.type === 'chartsheet') {
      const charts = [...owner].filter(([p, s]) => s === sheet && /^xl\/charts\/chart(ex)?\d*\.xml$/i.test(p)).length;
      if (charts === 0) tally.add('chart', sheet.name, 1, sheet.part && pkg.has(sheet.part) ? [sheet.part] : []);
    } else if (sheet.type === 'macrosheet' || sheet.type === 'dialogsheet') {
      tally.add('macros', sheet.name, 1);
    } else if (sheet.part && pkg.has(sheet.part)) {
      // (A sheet whose part is missing is a damaged file, which Excel would not show either.)
      tally.add('sheet', sheet.name, 1, [sheet.part, relsPartOf(sheet.part)].filter((p) => pkg.has(p)));
      handled.add(sheet.part).add(relsPartOf(sheet.part));
    }
  }

  // Drawings and their pictures, shapes, and the parts that go when the drawing goes.
  const controlsBySheet = new Map<string | null, number>();
  for (const part of pkg.entries.keys()) {
    if (!/^xl\/drawings\/[^/]+\.xml$/i.test(part)) continue;
    const sheet = owner.get(part);
    handled.add(part).add(relsPartOf(part));
    // A drawing no sheet shows is lost but was never seen.
    if (!sheet) continue;
    const d = analyseDrawing(pkg, part, sheet.loaded);
    const name = sheet.name;
    if (d.shapes > 0) tally.add('shape', name, d.shapes);
    if (d.pictures > 0) tally.add('picture', name, d.pictures);
    const goes = d.kept ? [] : [part, relsPartOf(part)].filter((p) => pkg.has(p));
    const holder: LostKind | null = d.shows.has('chart') ? 'chart' : d.shows.has('slicer') ? 'slicer' : d.shapes > 0 ? 'shape' : d.pictures > 0 ? 'picture' : d.shows.has('form-control') ? 'form-control' : null;
    if (holder) tally.add(holder, name, 0, goes);
  }
  for (const part of pkg.entries.keys()) {
    if (!/^xl\/drawings\/[^/]+\.vml$/i.test(part)) continue;
    handled.add(part).add(relsPartOf(part));
    const name = sheetOf(part);
    if (name === null) continue;
    const v = analyseVml(pkg, part);
    if (v.pictures > 0) tally.add('picture', name, v.pictures);
    if (v.controls > 0) controlsBySheet.set(name, (controlsBySheet.get(name) ?? 0) + v.controls);
  }

  // Every other part ExcelJS does not write, by what it is.
  const formControlParts = new Map<string | null, number>();
  for (const part of pkg.entries.keys()) {
    if (handled.has(part) || keptOrHarmless(part)) continue;
    const k = kindOfPart(part, pkg);
    const sheet = sheetOf(part);
    if (k?.kind === 'form-control') formControlParts.set(sheet, (formControlParts.get(sheet) ?? 0) + k.units);
    if (k) tally.add(k.kind, k.kind === 'macros' || k.kind === 'custom-xml' || k.kind === 'external-link' ? null : sheet, k.units, [part]);
    else if (!part.includes('/_rels/') || !pkg.has(part.replace(/_rels\/([^/]+)\.rels$/, '$1'))) tally.add('other', sheet, 1, [part]);
    else tally.add('other', sheet, 0, [part]);
  }
  // Form controls saved only in VML (Excel 2007) have no ctrlProp part to count.
  for (const [sheet, n] of controlsBySheet) if ((formControlParts.get(sheet) ?? 0) === 0) tally.add('form-control', sheet, n);

  // Sparklines and Excel 2010 data validations inside the sheets ExcelJS does load.
  for (const sheet of sheets) {
    if (!sheet.loaded || !sheet.part) continue;
    const x = sheetExtensions(pkg, sheet.part);
    if (x.sparklines > 0) tally.add('sparkline', sheet.name, x.sparklines);
    if (x.validations > 0) tally.add('data-validation', sheet.name, x.validations);
  }

  return tally.features(sheets.map((s) => s.name));
}

/** What loading these bytes into ExcelJS and writing them back would lose; [] when nothing (or unreadable). */
export function partsLostByRewrite(bytes: Buffer): LostFeature[] {
  try {
    const entries = readDirectory(bytes);
    if (!entries || !entries.has(WORKBOOK)) return [];
    return detect(new Package(bytes, entries));
  } catch {
    // A file too odd to read here is read (and its damage reported) by the loader.
    return [];
  }
}

// ---- the message ---------------------------------------------------------------------------------

interface Words {
  /** The feature with its count ("图表 2 个", "2 charts"). */
  readonly counted: (n: number) => string;
}

const EN = (one: string, many: string): Words => ({ counted: (n) => `${n} ${n === 1 ? one : many}` });
const ZH = (noun: string, measure: string): Words => ({ counted: (n) => `${noun} ${n} ${measure}` });
const FIXED = (text: string): Words => ({ counted: () => text });

const WORDS: Record<Language, Record<LostKind, Words>> = {
  'zh-CN': {
    sheet: ZH('工作表', '个'),
    chart: ZH('图表', '个'),
    'pivot-table': ZH('数据透视表', '个'),
    slicer: ZH('切片器或日程表', '个'),
    macros: FIXED('宏（VBA）'),
    'form-control': ZH('表单控件', '个'),
    'external-link': ZH('外部工作簿链接', '个'),
    'data-connection': ZH('数据连接', '个'),
    'embedded-object': ZH('嵌入对象', '个'),
    picture: ZH('图片', '张'),
    shape: ZH('形状或文本框', '个'),
    'threaded-comment': ZH('会话式批注', '条'),
    'data-validation': ZH('数据验证（下拉列表）', '处'),
    sparkline: ZH('迷你图', '个'),
    'custom-xml': ZH('自定义 XML 数据', '项'),
    other: FIXED('其他内容'),
  },
  'zh-TW': {
    sheet: ZH('工作表', '個'),
    chart: ZH('圖表', '個'),
    'pivot-table': ZH('樞紐分析表', '個'),
    slicer: ZH('交叉分析篩選器或時間表', '個'),
    macros: FIXED('巨集（VBA）'),
    'form-control': ZH('表單控制項', '個'),
    'external-link': ZH('外部活頁簿連結', '個'),
    'data-connection': ZH('資料連線', '個'),
    'embedded-object': ZH('內嵌物件', '個'),
    picture: ZH('圖片', '張'),
    shape: ZH('圖形或文字方塊', '個'),
    'threaded-comment': ZH('對話式註解', '則'),
    'data-validation': ZH('資料驗證（下拉式清單）', '處'),
    sparkline: ZH('走勢圖', '個'),
    'custom-xml': ZH('自訂 XML 資料', '項'),
    other: FIXED('其他內容'),
  },
  'en-US': {
    sheet: EN('sheet', 'sheets'),
    chart: EN('chart', 'charts'),
    'pivot-table': EN('pivot table', 'pivot tables'),
    slicer: EN('slicer or timeline', 'slicers or timelines'),
    macros: FIXED('macros (VBA)'),
    'form-control': EN('form control', 'form controls'),
    'external-link': EN('link to another workbook', 'links to other workbooks'),
    'data-connection': EN('data connection', 'data connections'),
    'embedded-object': EN('embedded object', 'embedded objects'),
    picture: EN('picture', 'pictures'),
    shape: EN('shape or text box', 'shapes or text boxes'),
    'threaded-comment': EN('threaded comment', 'threaded comments'),
    'data-validation': EN('data validation (drop-down list)', 'data validations (drop-down lists)'),
    sparkline: EN('sparkline', 'sparklines'),
    'custom-xml': EN('custom XML item', 'custom XML items'),
    other: FIXED('other content'),
  },
};

/** Sheets named in a message, at most; more are "…". */
const MAX_SHEETS_NAMED = 3;

/**
 * The losses in a few words, each kind once with its count and sheets, e.g. zh-CN
 * "图表 2 个（党费收缴台账）、数据透视表 1 个" or en-US "2 charts (on 党费收缴台账), 1 pivot table",
 * for a message such as "the copy would lose: …". Empty when nothing is lost.
 */
export function describeLost(lost: readonly LostFeature[], lang: Language): string {
  const zh = lang !== 'en-US';
  const byKind = new Map<LostKind, { count: number; sheets: string[] }>();
  for (const f of lost) {
    const k = byKind.get(f.kind) ?? { count: 0, sheets: [] };
    k.count += f.count;
    if (f.sheet !== null && !k.sheets.includes(f.sheet)) k.sheets.push(f.sheet);
    byKind.set(f.kind, k);
  }
  const pieces = [...byKind]
    .sort(([a], [b]) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b))
    .map(([kind, { count, sheets }]) => {
      const text = WORDS[lang][kind].counted(count);
      if (sheets.length === 0) return text;
      const named = sheets.slice(0, MAX_SHEETS_NAMED).join(zh ? '、' : ', ') + (sheets.length > MAX_SHEETS_NAMED ? (zh ? '等' : ', …') : '');
      if (zh) return `${text}（${named}）`;
      return kind === 'sheet' ? `${text} (${named})` : `${text} (on ${named})`;
    });
  return pieces.join(zh ? '、' : ', ');
}
