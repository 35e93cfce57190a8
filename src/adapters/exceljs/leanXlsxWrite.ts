import type ExcelJS from 'exceljs';
import { DeflatedZip } from '../files/deflatedZip';

/**
 * ExcelJS's `xlsx.writeBuffer`, rewritten to need far less memory for the same bytes. ExcelJS 4.4
 * builds the model of every worksheet twice (`workbook.model` maps the sheets for `worksheets` and
 * again for `sheets`), prepares them all, then renders each sheet as one array of millions of small
 * strings joined at the end, and keeps every sheet's XML text until the zip is made: a 2 MB ledger
 * of 3,000 members, 350 MB once loaded, reached 790 MB while being written. Here each sheet is
 * prepared and rendered on its own, its XML turned into UTF-8 bytes every few thousand pieces at a
 * row's end, compressed into the zip at once (DeflatedZip) and its cell list let go before the next
 * sheet: writing adds tens of MB, not 400.
 *
 * The parts, their order and their text are those of ExcelJS's own writer (`xlsx.write`, whose steps
 * this follows and whose part writers it calls; only the zip around them is ours): tests/adapters/leanXlsxWrite.test.ts compares every
 * part of both on real workbooks. ExcelJS is pinned (package.json), as these are its internals.
 */

// ExcelJS's internals used here; not in its typings.
interface XmlStream {
  _xml: string[];
  _rollbacks: unknown[];
  readonly xml: string;
}
interface Xform {
  prepare(model: unknown, options: unknown): void;
  render(stream: XmlStream, model: unknown, index?: unknown): void;
}
interface WorksheetXform extends Xform {
  readonly map: { readonly sheetData: { childXform: Xform } };
}
/** What ExcelJS's part writers call on a zip. */
interface ZipSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}
interface SheetModel {
  id: number;
  rows: unknown[];
  tables: { target?: string; id?: number }[];
  rels?: unknown[];
  comments: unknown[];
}
interface BookModel {
  creator?: string;
  lastModifiedBy?: string;
  created?: Date;
  modified?: Date;
  properties: { date1904?: boolean };
  media: unknown[];
  worksheets: SheetModel[];
  [key: string]: unknown;
}
type PartWriter = (zip: ZipSink, model: BookModel) => Promise<void>;
interface XlsxInternals {
  addContentTypes: PartWriter;
  addOfficeRels: PartWriter;
  addWorkbookRels: PartWriter;
  addSharedStrings: PartWriter;
  addDrawings: PartWriter;
  addTables: PartWriter;
  addThemes: PartWriter;
  addStyles: PartWriter;
  addMedia: PartWriter;
  addApp: PartWriter;
  addCore: PartWriter;
  addWorkbook: PartWriter;
}
interface LiveSheet {
  _rows: unknown[];
  readonly model: SheetModel;
}

/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS's writer internals are CommonJS, loaded on first use */
const internals = () => ({
  XmlStream: require('exceljs/lib/utils/xml-stream') as new () => XmlStream,
  SharedStringsXform: require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as new () => unknown,
  StylesXform: require('exceljs/lib/xlsx/xform/style/styles-xform') as new (initialise: boolean) => unknown,
  WorkbookXform: require('exceljs/lib/xlsx/xform/book/workbook-xform') as new () => { prepare(model: BookModel): void },
  WorksheetXform: require('exceljs/lib/xlsx/xform/sheet/worksheet-xform') as new () => WorksheetXform,
  RelationshipsXform: require('exceljs/lib/xlsx/xform/core/relationships-xform') as new () => Xform,
  CommentsXform: require('exceljs/lib/xlsx/xform/comment/comments-xform') as new () => Xform,
  VmlNotesXform: require('exceljs/lib/xlsx/xform/comment/vml-notes-xform') as new () => Xform,
});
/* eslint-enable @typescript-eslint/no-require-imports */

/** Pieces of XML held before they are turned into bytes (a row is about ten per cell). */
const PIECES_PER_CHUNK = 20000;

/** Renders with `render` into UTF-8 bytes, turning the pieces into bytes at each row's end. */
function renderToBytes(XmlStreamClass: new () => XmlStream, render: (stream: XmlStream, atRowEnd: (stream: XmlStream) => void) => void): Buffer {
  const stream = new XmlStreamClass();
  const chunks: Buffer[] = [];
  const flush = (s: XmlStream) => {
    // Only between rows and outside a rollback point (styles and page setup use them, rows do not),
    // so nothing ExcelJS may still take back has been turned into bytes.
    if (s._xml.length >= PIECES_PER_CHUNK && s._rollbacks.length === 0) {
      chunks.push(Buffer.from(s._xml.join(''), 'utf8'));
      s._xml = [];
    }
  };
  render(stream, flush);
  chunks.push(Buffer.from(stream.xml, 'utf8'));
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** The workbook as .xlsx bytes, the same as `workbook.xlsx.writeBuffer()` gives. */
export async function leanXlsxBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const x = internals();
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const live = workbook.worksheets as unknown as LiveSheet[];

  // The workbook's model without any cell: the sheets' rows are taken away while it is built.
  const rows = live.map((ws) => ws._rows);
  let model: BookModel;
  try {
    for (const ws of live) ws._rows = [];
    model = workbook.model as unknown as BookModel;
  } finally {
    live.forEach((ws, i) => {
      ws._rows = rows[i];
    });
  }

  // As ExcelJS's prepareModel, with each sheet prepared when it is rendered (below).
  model.creator = model.creator || 'ExcelJS';
  model.lastModifiedBy = model.lastModifiedBy || 'ExcelJS';
  model.created = model.created || new Date();
  model.modified = model.modified || new Date();
  model.useSharedStrings = true;
  model.useStyles = true;
  const sharedStrings = new x.SharedStringsXform();
  const styles = new x.StylesXform(true);
  model.sharedStrings = sharedStrings;
  model.styles = styles;
  new x.WorkbookXform().prepare(model);
  const drawings: unknown[] = [];
  const commentRefs: unknown[] = [];
  model.drawings = drawings;
  model.commentRefs = commentRefs;
  const tables: unknown[] = [];
  model.tables = tables;
  const options = { sharedStrings, styles, date1904: model.properties.date1904, drawingsCount: 0, media: model.media, drawings, commentRefs };

  const zip = new DeflatedZip();
  const sink: ZipSink = { append: (data, o) => zip.add(o.name, typeof data === 'string' ? Buffer.from(data, o.base64 ? 'base64' : 'utf8') : data) };
  // ExcelJS writes these three first but can make them only once every sheet is prepared.
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels']) zip.reserve(name);

  const worksheetXform = new x.WorksheetXform();
  const rowXform = worksheetXform.map.sheetData.childXform;
  let tableCount = 0;
  live.forEach((ws, i) => {
    const sheet = ws.model;
    // `model.sheets` is the same array (WorkbookXform.prepare): both now see the full sheet.
    model.worksheets[i] = sheet;
    for (const table of sheet.tables) {
      tableCount++;
      table.target = `table${tableCount}.xml`;
      table.id = tableCount;
      tables.push(table);
    }
    worksheetXform.prepare(sheet, options);
    zip.add(
      `xl/worksheets/sheet${sheet.id}.xml`,
      renderToBytes(x.XmlStream, (stream, atRowEnd) => {
        worksheetXform.map.sheetData.childXform = {
          prepare: (m, o) => rowXform.prepare(m, o),
          render: (s, m, o) => {
            rowXform.render(s, m, o);
            atRowEnd(s);
          },
        };
        try {
          worksheetXform.render(stream, sheet);
        } finally {
          worksheetXform.map.sheetData.childXform = rowXform;
        }
      }),
    );
    if (sheet.rels && sheet.rels.length) {
      zip.add(`xl/worksheets/_rels/sheet${sheet.id}.xml.rels`, renderToBytes(x.XmlStream, (s) => new x.RelationshipsXform().render(s, sheet.rels)));
    }
    if (sheet.comments.length > 0) {
      zip.add(`xl/comments${sheet.id}.xml`, renderToBytes(x.XmlStream, (s) => new x.CommentsXform().render(s, sheet)));
      zip.add(`xl/drawings/vmlDrawing${sheet.id}.vml`, renderToBytes(x.XmlStream, (s) => new x.VmlNotesXform().render(s, sheet)));
    }
    // The sheet's rendered: its list of row models goes (the cells stay with the workbook).
    sheet.rows = [];
  });

  // As ExcelJS's write, in its order (the sheets are in already).
  await xlsx.addContentTypes(sink, model);
  await xlsx.addOfficeRels(sink, model);
  await xlsx.addWorkbookRels(sink, model);
  await xlsx.addSharedStrings(sink, model);
  await xlsx.addDrawings(sink, model);
  await xlsx.addTables(sink, model);
  await Promise.all([xlsx.addThemes(sink, model), xlsx.addStyles(sink, model)]);
  await xlsx.addMedia(sink, model);
  await Promise.all([xlsx.addApp(sink, model), xlsx.addCore(sink, model)]);
  await xlsx.addWorkbook(sink, model);
  return zip.bytes();
}
