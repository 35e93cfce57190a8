import type { CellScalar, MergedArea, SheetGrid, WorkbookPort } from '../../port/workbookPort';
import { ReadSizeBudget } from '../../port/workbookPort';
import { checkWorkbookFile, DEFAULT_MAX_XLSX_MB } from './xlsxFiles';
import { isHighlightFormula } from '../../core/plan/writePlan';
import { XmlTokenizer, type XmlNode } from './xmlTokenizer';

/**
 * A read-only view of an .xlsx file that streams each sheet's XML once, keeping values, number
 * formats, formula flags, merged areas, hidden columns and the add-in's highlight rules: what the
 * core reads. ExcelJS's full load builds a styled model of every cell (about 250 bytes of memory
 * per byte of file); checking a ledger needs none of that. The grids are the same as
 * ExcelJsWorkbook.readSheets gives for the same file (tests/adapters/streamingRead.test.ts).
 *
 * ExcelJS's stream.xlsx.WorkbookReader parses the sheet list, the shared strings and the styles (for
 * the number formats, which tell dates from numbers); its worksheet reader drops merged cells, column
 * visibility and conditional formats, so the sheet XML is read here, as a stream of XML events
 * (xmlTokenizer.ts).
 */

// ExcelJS's internals used here; not in its typings.
type SharedString = string | null | { richText: { text: string | null }[] };
interface StyleModel {
  readonly numFmt?: string;
}
type Part = NodeJS.ReadableStream;
/** ExcelJS's streaming workbook reader, used for its part parsers (each takes one zip entry's stream). */
interface WorkbookReader {
  readonly sharedStrings?: SharedString[];
  readonly styles: { getStyleModel(id: number): StyleModel | undefined };
  readonly properties?: { date1904?: boolean };
  readonly model?: { sheets?: { name: string; rId: string; state?: string }[] };
  readonly workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Part): Promise<void>;
  _parseWorkbook(entry: Part): Promise<void>;
  _parseSharedStrings(entry: Part): AsyncIterable<unknown>;
  _parseStyles(entry: Part): Promise<void>;
}
interface Zip {
  file(name: string): { nodeStream(): NodeJS.ReadableStream } | null;
}
interface ExcelJsUtils {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904?: boolean): Date;
  xmlDecode(text: string): string;
}

/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS's streaming internals are CommonJS, loaded on first use */
const loadExcelJs = () => ({
  JSZip: require('jszip') as { loadAsync(data: Buffer): Promise<Zip> },
  WorkbookReader: require('exceljs/lib/stream/xlsx/workbook-reader') as new (input: null, options: object) => WorkbookReader,
  utils: require('exceljs/lib/utils/utils') as ExcelJsUtils,
});
/* eslint-enable @typescript-eslint/no-require-imports */

const MS_PER_DAY = 86400000;

/** One cell as ExcelJS's full load would hold it (see readSheet in excelJsWorkbook.ts). */
interface Cell {
  value: CellScalar;
  numFmt: string | undefined;
  formula: boolean;
  /** Anything but ExcelJS's Null type: a value, a formula, or (later) a merged-over cell. */
  typed: boolean;
}

interface Row {
  readonly cells: (Cell | undefined)[];
  numFmt: string | undefined;
}

/** "AB12" → column 28. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65) break;
    col = col * 26 + ((code | 32) - 96);
  }
  return col;
}

function decodeRange(ref: string): MergedArea | null {
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const a = { row: Number(m[2]), col: columnOf(m[1]) };
  const b = m[3] ? { row: Number(m[4]), col: columnOf(m[3]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function parseBoolean(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

class SheetParser {
  readonly rows: (Row | undefined)[] = [];
  readonly merges: MergedArea[] = [];
  readonly cols: { min: number; max: number; hidden: boolean; numFmt: string | undefined }[] = [];
  highlightRules = 0;

  private row: Row | null = null;
  private rowNumber = 0;
  private cell: { col: number; s: number; t: string | undefined; f: string | null; shared: boolean; v: string | null } | null = null;
  private text: 'f' | 'v' | null = null;
  private inConditional = false;
  private conditionalIsOurs = false;
  private inFormula = false;
  private formulaText = '';
  private readonly dateFormats = new Map<string | undefined, boolean>();

  constructor(
    private readonly book: WorkbookReader,
    private readonly utils: ExcelJsUtils,
  ) {}

  private numFmt(styleId: number): string | undefined {
    return styleId ? this.book.styles.getStyleModel(styleId)?.numFmt : undefined;
  }

  open(node: XmlNode): void {
    const a = node.attributes;
    switch (node.name) {
      case 'row': {
        this.rowNumber = a.r ? parseInt(a.r, 10) : this.rowNumber + 1;
        this.row = this.rows[this.rowNumber - 1] = { cells: [], numFmt: a.s ? this.numFmt(parseInt(a.s, 10)) : undefined };
        break;
      }
      case 'c': {
        // A cell without an address follows the one before it (as ExcelJS reads it).
        const col = a.r ? columnOf(a.r) : (this.cell?.col ?? this.lastColumn()) + 1;
        this.cell = { col, s: a.s ? parseInt(a.s, 10) : 0, t: a.t, f: null, shared: false, v: null };
        break;
      }
      case 'f':
        if (this.cell) {
          this.cell.f = '';
          this.cell.shared = a.t === 'shared';
          this.text = 'f';
        }
        break;
      case 'v':
      case 't':
        if (this.cell) {
          if (node.name === 'v' || this.cell.v === null) this.cell.v = this.cell.v ?? '';
          this.text = 'v';
        }
        break;
      case 'col':
        this.cols.push({
          min: parseInt(a.min || '0', 10),
          max: parseInt(a.max || '0', 10),
          hidden: parseBoolean(a.hidden),
          numFmt: a.style ? this.numFmt(parseInt(a.style, 10)) : undefined,
        });
        break;
      case 'mergeCell': {
        const area = a.ref ? decodeRange(a.ref) : null;
        if (area) this.merges.push(area);
        break;
      }
      case 'conditionalFormatting':
        this.inConditional = true;
        this.conditionalIsOurs = false;
        break;
      case 'formula':
        if (this.inConditional) {
          this.inFormula = true;
          this.formulaText = '';
        }
        break;
      default:
        break;
    }
  }

  onText(value: string): void {
    if (this.inFormula) this.formulaText += value;
    else if (this.cell && this.text === 'f') this.cell.f += value;
    else if (this.cell && this.text === 'v') this.cell.v += value;
  }

  close(node: XmlNode): void {
    switch (node.name) {
      case 'f':
      case 'v':
      case 't':
        this.text = null;
        break;
      case 'c':
        if (this.cell && this.row) this.finishCell(this.row, this.cell);
        break;
      case 'row':
        this.row = null;
        this.cell = null;
        break;
      case 'formula':
        if (this.inFormula && isHighlightFormula(this.formulaText)) this.conditionalIsOurs = true;
        this.inFormula = false;
        break;
      case 'conditionalFormatting':
        if (this.conditionalIsOurs) this.highlightRules++;
        this.inConditional = false;
        break;
      default:
        break;
    }
  }

  private lastColumn(): number {
    return this.row ? this.row.cells.length : 0;
  }

  /** The value as ExcelJS types it (cell-xform's parseClose and reconcile), then as readScalar reads it. */
  private finishCell(row: Row, c: NonNullable<SheetParser['cell']>): void {
    const numFmt = this.numFmt(c.s);
    const isDate = (): boolean => {
      // Formats repeat down a column; ExcelJS's test is a regular expression each time.
      let date = this.dateFormats.get(numFmt);
      if (date === undefined) this.dateFormats.set(numFmt, (date = this.utils.isDateFmt(numFmt)));
      return date;
    };
    const asDateSerial = (n: number): number => 25569 + this.utils.excelToDate(n, this.book.properties?.date1904).getTime() / MS_PER_DAY;
    const text = c.v;
    let value: CellScalar = null;
    let typed = true;
    const formula = Boolean(c.f) || c.shared;
    if (formula) {
      if (text) {
        if (c.t === 'str') value = this.utils.xmlDecode(text);
        else if (c.t === 'b') value = parseInt(text, 10) !== 0;
        else if (c.t === 'e') value = text;
        else {
          const n = parseFloat(text);
          value = isDate() ? asDateSerial(n) : n;
        }
      }
    } else if (text !== null) {
      switch (c.t) {
        case 's': {
          const shared = this.book.sharedStrings?.[parseInt(text, 10)];
          value = shared === undefined || shared === null ? '' : typeof shared === 'string' ? shared : shared.richText.map((r) => r.text ?? '').join('');
          break;
        }
        case 'str':
          value = this.utils.xmlDecode(text);
          break;
        case 'inlineStr':
          value = text;
          break;
        case 'b':
          value = parseInt(text, 10) !== 0;
          break;
        case 'e':
          value = text;
          break;
        default: {
          const n = parseFloat(text);
          value = isDate() ? asDateSerial(n) : n;
        }
      }
    } else if (c.s) {
      typed = false; // a styled blank: ExcelJS keeps it as a Null cell
    } else {
      return; // neither value nor style: ExcelJS does not create the cell
    }
    row.cells[c.col - 1] = { value, numFmt, formula, typed };
  }

  /** ExcelJS merges after reading the rows: every cell of the area exists, all but the first as a merged-over cell. */
  applyMerges(): void {
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const row = (this.rows[r - 1] ??= { cells: [], numFmt: undefined });
        for (let c = m.left; c <= m.right; c++) {
          const cell = (row.cells[c - 1] ??= { value: null, numFmt: this.inherited(row, c), formula: false, typed: false });
          if (r > m.top || c > m.left) {
            cell.value = null;
            cell.formula = false;
            cell.typed = true;
          }
        }
      }
    }
  }

  private sortedCols: SheetParser['cols'] | null = null;

  /** The column definition ExcelJS applies (Column.fromModel: sorted by start, the first one wins where they overlap). */
  private column(col: number): SheetParser['cols'][number] | undefined {
    this.sortedCols ??= [...this.cols].sort((a, b) => a.min - b.min);
    let next = 1;
    for (const c of this.sortedCols) {
      const from = Math.max(next, c.min);
      if (col >= from && col <= c.max) return c;
      next = Math.max(next, c.max + 1);
    }
    return undefined;
  }

  /** A cell ExcelJS creates on demand takes its row's number format, else its column's. */
  inherited(row: Row | undefined, col: number): string | undefined {
    return row?.numFmt || this.column(col)?.numFmt;
  }

  hidden(col: number): boolean {
    return this.column(col)?.hidden ?? false;
  }
}

/**
 * How far a sheet's values reach: the last row and column holding a value, as the full load counts
 * them (an empty text or formatting alone does not count; a merged value covers its whole area).
 */
function extent(sheet: SheetParser): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  // A formula counts whatever it shows, as in the full load (a template row's =IF(…,"",…)).
  const holds = (cell: { value: CellScalar; formula: boolean } | undefined): boolean => !!cell && (cell.formula || (cell.value !== null && cell.value !== ''));
  sheet.rows.forEach((row, i) => {
    if (!row) return;
    for (let c = row.cells.length - 1; c >= 0; c--) {
      if (!holds(row.cells[c])) continue;
      rows = i + 1;
      if (c + 1 > cols) cols = c + 1;
      break;
    }
  });
  for (const m of sheet.merges) {
    if (!holds(sheet.rows[m.top - 1]?.cells[m.left - 1])) continue;
    if (m.bottom > rows) rows = m.bottom;
    if (m.right > cols) cols = m.right;
  }
  return { rows, cols };
}

function toGrid(name: string, state: string | undefined, sheet: SheetParser, size: { rows: number; cols: number }): SheetGrid {
  const rowCount = size.rows;
  const colCount = size.cols;
  const values: CellScalar[][] = [];
  const numberFormats: string[][] = [];
  const formulaCells: boolean[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = sheet.rows[r];
    const vals: CellScalar[] = [];
    const fmts: string[] = [];
    const formulas: boolean[] = [];
    for (let c = 0; c < colCount; c++) {
      const cell = row?.cells[c];
      vals.push(cell ? cell.value : null);
      fmts.push((cell ? cell.numFmt : sheet.inherited(row, c + 1)) || 'General');
      formulas.push(cell ? cell.formula : false);
    }
    values.push(vals);
    numberFormats.push(fmts);
    formulaCells.push(formulas);
  }
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= colCount; c++) if (sheet.hidden(c)) hiddenColumns.push(c);
  return { name, visible: state === 'visible' || state === undefined, values, numberFormats, formulaCells, hiddenColumns, merges: sheet.merges, highlightRules: sheet.highlightRules };
}

/** Feeds a part's text to the scanner as it is inflated (JSZip's streams are not async-iterable). */
function readXml(stream: NodeJS.ReadableStream, tokens: XmlTokenizer): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    stream.on('data', (chunk: string) => {
      if (failed) return;
      try {
        tokens.write(chunk);
      } catch (e) {
        failed = true;
        reject(e);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      if (failed) return;
      try {
        tokens.end();
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** Every sheet's grid (or those named), in the workbook's order, each sheet's XML streamed once. */
export async function streamSheetGrids(path: string, names?: readonly string[], maxMb = DEFAULT_MAX_XLSX_MB): Promise<SheetGrid[]> {
  const { JSZip, WorkbookReader, utils } = loadExcelJs();
  // The zip is read whole (its size is bounded by --max-mb) and each part inflated as a stream:
  // ExcelJS writes the sheets before the strings and styles they refer to, and WorkbookReader would
  // park them in temporary files (a roster holds ID numbers: it stays in memory).
  // What the file is, its size and its declared unpacked size are checked first, as by the full read.
  const zip = await JSZip.loadAsync(checkWorkbookFile(path, { maxMb }));
  // Decoded as a stream: ExcelJS's SAX helper decodes each chunk alone, which splits a character
  // whose UTF-8 bytes straddle two chunks (二 became ��).
  const part = (name: string) => zip.file(name)?.nodeStream().setEncoding('utf8');
  const book = new WorkbookReader(null, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const rels = part('xl/_rels/workbook.xml.rels');
  const workbook = part('xl/workbook.xml');
  if (!rels || !workbook) throw new Error('not an Excel workbook (no xl/workbook.xml)');
  await book._parseRels(rels);
  await book._parseWorkbook(workbook);
  const strings = part('xl/sharedStrings.xml');
  if (strings) for await (const unused of book._parseSharedStrings(strings)) void unused;
  const styles = part('xl/styles.xml');
  if (styles) await book._parseStyles(styles);

  const grids: SheetGrid[] = [];
  const budget = new ReadSizeBudget();
  for (const sheet of book.model?.sheets ?? []) {
    if (names && !names.includes(sheet.name)) continue;
    const target = (book.workbookRels ?? []).find((r) => r.Id === sheet.rId)?.Target ?? '';
    // Only worksheets (not chart sheets), as ExcelJS's full load has them.
    if (!/(^|\/)worksheets\//.test(target)) continue;
    const xml = part(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    if (!xml) continue;
    const parser = new SheetParser(book, utils);
    // Our scanner, not ExcelJS's SAX helper: the sheets are nearly all of a file (xmlTokenizer.ts).
    await readXml(xml, new XmlTokenizer(parser));
    parser.applyMerges();
    // The add-in's limit, checked before a grid is built: a stray value at A1048576 is refused, never a million-row grid.
    const size = extent(parser);
    budget.add(sheet.name, size.rows, size.cols);
    grids.push(toGrid(sheet.name, sheet.state, parser, size));
  }
  return grids;
}

/**
 * An .xlsx file opened for checking only (scan without --out, a summary written elsewhere): the
 * sheets are streamed on the first read and nothing can be written back.
 */
export function openXlsxForReading(path: string, maxMb: number): WorkbookPort {
  let all: Promise<SheetGrid[]> | null = null;
  const read = () => (all ??= streamSheetGrids(path, undefined, maxMb));
  return {
    sheetNames: async () => (await read()).map((g) => g.name),
    readSheets: async (names) => (await read()).filter((g) => !names || names.includes(g.name)),
    applyPlan: async () => {
      throw new Error('this workbook was opened for reading only');
    },
  };
}
