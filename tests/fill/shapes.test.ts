import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { fillDues, recordMeeting, syncRoster } from '../../src/app/fillHelpers';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { summarizeGrids } from '../../src/app/summarizeWorkbook';
import { ROSTER_HEADER, member, d } from '../support/ledgerBuilder';

/** The helpers and the model on the other layouts of a ledger (DOMAIN.md §3; issue: other shapes). */
const today = calendarDate(2025, 7, 20);
const h = { today, lang: 'zh-CN' as const };
type Cell = string | number | null;

function book(sheets: Record<string, Cell[][]>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  }
  return wb;
}

const roster = (): Cell[][] => [ROSTER_HEADER, member('甲', { 党内职务: '书记', 月收入基数: 3000 }), member('乙', { 月收入基数: 3000 }), member('丙', { 月收入基数: 3000, 党员类别: '预备党员', 入党日期: '2025-05-01', 转正日期: null })];

function values(ws: ExcelJS.Worksheet): Cell[][] {
  const out: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = (row.values as Cell[]).slice(1).map((v) => (v === undefined ? null : v));
  });
  return out;
}

describe('a dues ledger kept as a list of payments', () => {
  const list = (): Cell[][] => [
    ['日期', '姓名', '所属月份', '金额', '经手人'],
    [d(2025, 1, 10), '甲', '1-3月', 45, '乙'],
    [d(2025, 4, 8), '甲', '4月', 15, '乙'],
    [d(2025, 1, 12), '乙', '1-6月', 90, '甲'],
    [d(2025, 2, 1), '外单位人员', '1月', 15, '甲'],
  ];

  it('is read month by month: missing months, arrears, and a payer not on the roster', () => {
    return new ExcelJsWorkbook(book({ 名册: roster(), 党费收缴明细: list() })).readSheets().then((grids) => {
      const r = scanWorkbook(grids, { asOf: calendarDate(2025, 6, 30), today, lang: 'zh-CN' });
      expect(r.recognized.find((s) => s.kind === 'dues')?.shape).toBe('payment-list');
      const missing = r.findings.filter((f) => f.rule === 'dues.missing').map((f) => `${f.member} ${f.period}`);
      // 甲 paid Jan–Apr; 乙 Jan–Jun; 丙 is liable from May (admitted 2025-05-01) and paid nothing.
      expect(missing.sort()).toEqual(['丙 2025-05', '丙 2025-06', '甲 2025-05', '甲 2025-06']);
      // A month nobody paid in has no cell: the finding points at the member's roster row, and says so.
      const f = r.findings.find((x) => x.rule === 'dues.missing' && x.member === '丙')!;
      expect([f.sheet, f.cell]).toEqual(['名册', 'A4']);
      expect(f.message).toMatch(/标在党员名册/);
      expect(r.findings.filter((x) => x.rule === 'dues.roster-mismatch').map((x) => x.member)).toEqual(['外单位人员']);
      expect(r.findings.filter((x) => x.rule === 'dues.underpaid')).toEqual([]);
    });
  });

  it('gets one new row per liable member who has not paid the month; past rows are never edited', async () => {
    const wb = book({ 名册: roster(), 党费收缴明细: list() });
    const before = values(wb.getWorksheet('党费收缴明细')!);
    const port = new ExcelJsWorkbook(wb);
    const { preview } = await fillDues(port, 2025, 6, h);
    expect(preview.problem).toBeNull();
    expect(preview.fills.map((f) => [f.member, f.fen])).toEqual([['甲', 1500], ['丙', 1500]]);
    const after = values(wb.getWorksheet('党费收缴明细')!);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((r) => r.slice(1, 4))).toEqual([['甲', '6月', 15], ['丙', '6月', 15]]);
    // Filled: the month is paid now, and a second fill finds nothing to do.
    const again = await fillDues(port, 2025, 6, h);
    expect(again.preview.fills).toEqual([]);
  });

  it('needs no row per member: roster sync adds none, and lists a payer not on the roster once', async () => {
    const { preview } = await syncRoster(new ExcelJsWorkbook(book({ 名册: roster(), 党费收缴明细: [...list(), [d(2025, 3, 1), '外单位人员', '2月', 15, '甲']] })), h);
    expect(preview.additions.filter((a) => a.kind === 'dues')).toEqual([]);
    expect(preview.orphans.map((o) => o.name)).toEqual(['外单位人员']);
  });

  it('sums in the year-end summary to the fen, every payer with a row', async () => {
    const grids = await new ExcelJsWorkbook(book({ 名册: roster(), 党费收缴明细: list() })).readSheets();
    const data = summarizeGrids(grids, { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(data.dues!.paidFen).toBe(4500 + 1500 + 9000 + 1500);
    expect(data.dues!.publication.reduce((a, p) => a + p.paidFen, 0)).toBe(data.dues!.paidFen);
    expect(data.dues!.publication.find((p) => p.name === '乙')).toMatchObject({ monthsPaid: 6, paidFen: 9000 });
  });
});

describe('a dues ledger kept one sheet per month', () => {
  it('reads each month from its own sheet and fills the month’s sheet in place', async () => {
    const wb = book({
      名册: roster(),
      '1月党费': [['姓名', '应交金额', '实交金额'], ['甲', 15, 15], ['乙', 15, 15]],
      '2月党费': [['姓名', '应交金额', '实交金额'], ['甲', 15, null], ['乙', 15, 15]],
    });
    const grids = await new ExcelJsWorkbook(wb).readSheets();
    const r = scanWorkbook(grids, { asOf: calendarDate(2025, 2, 28), today, lang: 'zh-CN' });
    expect(r.recognized.filter((s) => s.kind === 'dues').map((s) => s.shape)).toEqual(['month-sheet', 'month-sheet']);
    expect(r.findings.filter((f) => f.rule === 'dues.missing').map((f) => `${f.member} ${f.period} ${f.sheet}!${f.cell}`)).toEqual(['甲 2025-02 2月党费!C2']);
    const { preview } = await fillDues(new ExcelJsWorkbook(wb), 2025, 2, h);
    expect(preview.fills.map((f) => [f.member, f.sheet, f.row])).toEqual([['甲', '2月党费', 2]]);
    expect(wb.getWorksheet('2月党费')!.getCell('C2').value).toBe(15);
  });
});

describe('a meeting log that lists who attended', () => {
  const log = (): Cell[][] => [
    ['日期', '会议类型', '主题', '主持人', '记录人', '参会人员', '补学情况', '会议内容'],
    ['2025-01-10', '支部党员大会', '学习', '甲', '乙', '甲、丙', null, '学习'],
  ];

  it('takes the expected members not listed as absent, for make-up and quorum (full members only)', async () => {
    const grids = await new ExcelJsWorkbook(book({ 名册: [ROSTER_HEADER, member('甲'), member('乙'), member('丙', { 党员类别: '预备党员', 入党日期: '2024-09-01', 转正日期: null })], 会议: log() })).readSheets();
    const r = scanWorkbook(grids, { asOf: calendarDate(2025, 1, 31), today, lang: 'zh-CN' });
    expect(r.recognized.find((s) => s.kind === 'meeting')?.shape).toBe('attendee-log');
    expect(r.findings.filter((f) => f.rule === 'meeting.makeup').map((f) => f.member)).toEqual(['乙']);
    // 甲 and 丙 attended, but 丙 is probationary: 1 of 2 full members is not more than half.
    expect(r.findings.filter((f) => f.rule === 'meeting.quorum').map((f) => f.meetingType)).toEqual(['支部党员大会']);
    expect(r.findings.filter((f) => f.rule === 'meeting.missing-field')).toEqual([]);
  });

  it('gets the attendees written by the meeting form', async () => {
    const wb = book({ 名册: roster(), 会议: log() });
    const outcome = await recordMeeting(
      new ExcelJsWorkbook(wb),
      { date: calendarDate(2025, 7, 1), types: ['主题党日'], topic: '七一', host: '甲', recorder: '乙', absentees: [{ name: '乙' }], makeUp: [], summary: '活动', addStudyHours: false },
      h,
    );
    expect(outcome.ok).toBe(true);
    const ws = wb.getWorksheet('会议')!;
    expect(ws.getCell('F3').value).toBe('甲、丙');
  });
});

describe('never silent', () => {
  it('a dues sheet with no month understood is a finding, and the summary says it could not read it', async () => {
    const grids = await new ExcelJsWorkbook(book({ 名册: roster(), 党费收缴: [['姓名', '人员类别', '月收入基数', '备注'], ['甲', '在职', 3000, null]] })).readSheets();
    const r = scanWorkbook(grids, { asOf: calendarDate(2025, 6, 30), today, lang: 'zh-CN' });
    expect(r.recognized.find((s) => s.kind === 'dues')?.shape).toBe('unreadable');
    expect(r.findings.filter((f) => f.rule === 'dues.missing-field').map((f) => f.message)).toEqual([expect.stringMatching(/未识别出各月交纳情况/)]);
    const data = summarizeGrids(grids, { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(data.dues).toBeNull();
    expect(data.duesUnreadable).toEqual(['党费收缴']);
  });

  it('messages name a column without the required-mark asterisk or line breaks', async () => {
    const grids = await new ExcelJsWorkbook(book({ 名册: [['姓名*', '性别*', '出生\n日期*', '人员类别*', '党员类别*', '入党日期*'], ['甲', '男', null, '在职', '正式党员', '2005-07-01']] })).readSheets();
    const r = scanWorkbook(grids, { asOf: calendarDate(2025, 6, 30), today, lang: 'zh-CN' });
    const f = r.findings.find((x) => x.rule === 'roster.missing-field' && x.row === 2)!;
    expect(f.message).toBe('“出生日期”未填写');
    expect(f.column).toBe('出生日期');
  });
});

describe('tables by month that are not dues', () => {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  it('reads a member × month table of study hours as study hours, never as dues', async () => {
    const grids = await new ExcelJsWorkbook(
      book({
        名册: roster(),
        学习情况统计: [['2025年党员学习学时统计表'], ['姓名', ...months, '合计'], ['甲', 3, 3, 3, 3, 3, 3, null, null, null, null, null, null, 18], ['乙', '2学时', 1, 1, 1, 1, 1, null, null, null, null, null, null, 7], ['丙', 4, 4, 4, 4, 4, 4, null, null, null, null, null, null, 24]],
      }),
    ).readSheets();
    const r = scanWorkbook(grids, { asOf: calendarDate(2025, 6, 30), today, lang: 'zh-CN' });
    expect(r.recognized.find((s) => s.sheet === '学习情况统计')).toMatchObject({ kind: 'study', shape: 'hours-grid' });
    expect(r.findings.filter((f) => f.rule.startsWith('dues.'))).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('study.missing') || f.rule === 'study.invalid-value')).toEqual([]);
    // Half a year: 56/2 = 28 for the secretary 甲 (18), 16 for members: 乙 has 7, 丙 24.
    expect(r.findings.filter((f) => f.rule === 'study.hours').map((f) => f.member).sort()).toEqual(['乙', '甲']);
  });

  it('leaves a member × month attendance table unread rather than taking √ for paid dues', async () => {
    const grids = await new ExcelJsWorkbook(book({ 名册: roster(), 组织生活参加情况: [['姓名', ...months], ['甲', '√', '√', '√', null, null, null, null, null, null, null, null, null]] })).readSheets();
    const r = scanWorkbook(grids, { asOf: calendarDate(2025, 6, 30), today, lang: 'zh-CN' });
    expect(r.recognized.map((s) => s.sheet)).toEqual(['名册']);
    expect(r.unrecognized).toEqual(['组织生活参加情况']);
  });

  it('reads a dues grid with 应交 / 实交 under each month', async () => {
    const grids = await new ExcelJsWorkbook(
      book({ 名册: roster().slice(0, 2), 党费: [['姓名', '1月', null, '2月', null, '3月', null], [null, '应交', '实交', '应交', '实交', '应交', '实交'], ['甲', 15, 15, 15, null, 15, 10]] }),
    ).readSheets();
    const r = scanWorkbook(grids, { asOf: calendarDate(2025, 3, 31), today, lang: 'zh-CN' });
    expect(r.findings.filter((f) => f.rule.startsWith('dues.')).map((f) => `${f.rule} ${f.period} ${f.cell}`)).toEqual(['dues.missing 2025-02 E3', 'dues.underpaid 2025-03 G3']);
  });
});
