import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { fillDues, recordMeeting, syncRoster } from '../../src/app/fillHelpers';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import type { MeetingInput } from '../../src/core/fill/recordMeeting';
import { generatedSample, roundTrip, sampleGridsFromPlan } from '../support/workbooks';
import { ROSTER_HEADER, member } from '../support/ledgerBuilder';
import { harness } from '../support/officeHarness';

const today = calendarDate(2025, 7, 20);
const h = { today, lang: 'zh-CN' as const };

function handMade(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const put = (name: string, rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  };
  put('花名册', [ROSTER_HEADER, member('甲', { 党内职务: '书记', 月收入基数: 5001 }), member('乙', { 党小组: '一组' }), member('丙', { 入党日期: '2025-08-01', 党员类别: '预备党员', 转正日期: null }), member('丁', { 组织关系状态: '转出' })]);
  put('党费', [['2025年党费登记'], ['姓名', '类别', '基数', '月交额', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '备注'], ['甲', '在职', 5001, 75.02, 75.02, null, null, null, null, null, 70], ['丁', '在职', 3000, 15], ['戊', '在职', 3000, 15], ['合计', null, null, null]]);
  put('三会一课', [['日期', '类型', '主题', '主持人', '记录人', '应到人数', '实到人数', '缺席人员', '补学情况', '内容摘要']]);
  return wb;
}

describe('fill a month’s dues', () => {
  it('fills only blank cells of liable members, on our template', async () => {
    const { wb } = await generatedSample(12, false);
    const dues = wb.getWorksheet('党费收缴台账')!;
    // The sample's as-of is the year end: blank July for two members, one with an amount typed by hand.
    dues.getCell('M4').value = null;
    dues.getCell('M5').value = null;
    dues.getCell('M6').value = 99;
    const book = new ExcelJsWorkbook(wb);
    const { preview } = await fillDues(book, 2025, 7, { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(preview.fills.map((f) => f.row)).toEqual([4, 5]);
    const back = await roundTrip(book);
    const ws = back.getWorksheet('党费收缴台账')!;
    expect([ws.getCell('M4').value, ws.getCell('M5').value, ws.getCell('M6').value]).toEqual([preview.fills[0].fen / 100, preview.fills[1].fen / 100, 99]);
    expect(back.getWorksheet('修改记录')!.getCell('B2').value).toBe('填写2025-07党费');
  });

  it('on a hand-made ledger: skips the transferred-out and not-yet-admitted, never overwrites, lists a stranger', async () => {
    const book = new ExcelJsWorkbook(handMade());
    const { preview } = await fillDues(book, 2025, 2, h);
    expect(preview.fills.map((f) => [f.member, f.fen])).toEqual([['甲', 7502], ['戊', 1500]]);
    expect(preview.skipped.map((s) => s.member)).toEqual(['丁']);
    const again = await fillDues(book, 2025, 2, h);
    expect(again.preview.fills).toEqual([]);
    const july = await fillDues(book, 2025, 7, h);
    expect(july.preview.fills.map((f) => f.member)).toEqual(['戊']); // 甲 has 70 typed: kept, even if short
  });

  it('says so when there is no column for the month', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('党费').addRow(['姓名', '人员类别', '1月', '2月']);
    const { preview, report } = await fillDues(new ExcelJsWorkbook(wb), 2025, 7, h);
    expect(preview.problem).toContain('7月');
    expect(report).toBeNull();
  });
});

describe('keep ledgers in step with the roster', () => {
  it('adds missing members before the 合计 row only if there is room, flags strangers, deletes nothing', async () => {
    const book = new ExcelJsWorkbook(handMade());
    const { preview } = await syncRoster(book, h);
    expect(preview.additions.filter((a) => a.kind === 'dues').map((a) => [a.member.name, a.row])).toEqual([['乙', null], ['丙', null]]);
    expect(preview.noRoom).toEqual(['党费']);
    expect(preview.orphans.map((o) => o.name)).toEqual(['戊']);
    expect(book.workbook.getWorksheet('党费')!.getCell('A5').value).toBe('戊');
  });

  it('writes new members into rows numbered in advance (序号 kept), not below them', async () => {
    const wb = handMade();
    wb.removeWorksheet(wb.getWorksheet('党费')!.id);
    const ws = wb.addWorksheet('党费');
    ws.addRow(['序号', '姓名', '人员类别', '1月', '2月', '3月']);
    ws.addRow([1, '甲', '在职', 75.02, null, null]);
    for (let n = 2; n <= 10; n++) ws.addRow([n]);
    const book = new ExcelJsWorkbook(wb);
    const { preview } = await syncRoster(book, h);
    expect(preview.additions.filter((a) => a.kind === 'dues').map((a) => [a.member.name, a.row])).toEqual([['乙', 3], ['丙', 4]]);
    const back = (await roundTrip(book)).getWorksheet('党费')!;
    expect([3, 4, 5].map((r) => [back.getCell(r, 1).value, back.getCell(r, 2).value])).toEqual([[2, '乙'], [3, '丙'], [4, null]]);
  });

  it('fills name, category and base on our template and leaves its formulas alone', async () => {
    const { wb } = await generatedSample(12, false);
    const roster = wb.getWorksheet('党员名册')!;
    roster.getCell('B16').value = '新党员';
    roster.getCell('C16').value = '女';
    roster.getCell('E16').value = 33000;
    roster.getCell('H16').value = '在职';
    roster.getCell('I16').value = '正式党员';
    roster.getCell('J16').value = 40000;
    roster.getCell('N16').value = 6800;
    const book = new ExcelJsWorkbook(wb);
    const { preview } = await syncRoster(book, { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(preview.additions.map((a) => [a.kind, a.member.name, a.row])).toEqual([['dues', '新党员', 16], ['study', '新党员', 148], ['talk', '新党员', 16]]);
    const dues = wb.getWorksheet('党费收缴台账')!;
    expect([dues.getCell('B16').value, dues.getCell('C16').value, dues.getCell('D16').value]).toEqual(['新党员', '在职', 6800]);
    expect((dues.getCell('F16').value as ExcelJS.CellFormulaValue).formula).toContain('ROUND(');
  });
});

describe('record a meeting', () => {
  const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
    date: calendarDate(2025, 7, 15),
    types: ['支部党员大会', '主题党日'],
    topic: '学习党章',
    host: '甲',
    recorder: '乙',
    absentees: [{ name: '乙', reason: '出差' }],
    makeUp: [],
    hours: 2,
    summary: '学习讨论',
    addStudyHours: false,
    ...over,
  });

  it('appends one row with 应到/实到 from the roster (good standing only)', async () => {
    const book = new ExcelJsWorkbook(handMade());
    const r = await recordMeeting(book, input(), h);
    expect(r).toMatchObject({ ok: true, expected: 3, present: 2 });
    const ws = book.workbook.getWorksheet('三会一课')!;
    expect(ws.getRow(2).values).toEqual([undefined, 45853, '支部党员大会暨主题党日', '学习党章', '甲', '乙', 3, 2, '乙', undefined, '学习讨论']);
  });

  it('refuses future dates, empty topics, strangers and nobody expected, writing nothing', async () => {
    const book = new ExcelJsWorkbook(handMade());
    const bad = await recordMeeting(book, input({ date: calendarDate(2025, 7, 21), topic: ' ', absentees: [{ name: '路人' }] }), h);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems).toEqual(['会议日期不能晚于今天', '请填写会议主题', '缺席人员不在应到名单中：路人']);
    const nobody = await recordMeeting(book, input({ types: ['党小组会'], group: '二组', absentees: [] }), h);
    expect(!nobody.ok && nobody.problems).toEqual(['按名册没有应到人员']);
    expect(book.workbook.getWorksheet('三会一课')!.rowCount).toBe(1);
    expect(book.workbook.getWorksheet('修改记录')).toBeUndefined();
  });

  it('adds each attendee’s hours to the study sheet when asked', async () => {
    const { wb } = await generatedSample(12, false);
    const book = new ExcelJsWorkbook(wb);
    const r = await recordMeeting(book, input({ host: wb.getWorksheet('党员名册')!.getCell('B4').value as string, recorder: wb.getWorksheet('党员名册')!.getCell('B5').value as string, absentees: [], addStudyHours: true }), { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(r).toMatchObject({ ok: true, expected: 12, present: 12 });
    const study = wb.getWorksheet('学习培训记录')!;
    const last = 4 + 12 * 12; // the sample's study rows, then ours
    expect(study.getCell(`B${last}`).value).toBe(wb.getWorksheet('党员名册')!.getCell('B4').value);
    expect(study.getCell(`F${last + 11}`).value).toBe(2);
  });
});

describe('the helpers on the Office.js adapter', () => {
  it('each action is a few syncs (three for a small branch) and writes blocks, not cells', async () => {
    for (const members of [30, 1000]) {
      const hh = harness(sampleGridsFromPlan(members).map((g) => (g.name === '党费收缴台账' ? { ...g, values: g.values.map((r, i) => (i >= 3 ? r.map((v, j) => (j === 12 ? null : v)) : r)) } : g)));
      const { preview } = await fillDues(new OfficeWorkbook(hh.context, () => true), 2025, 7, { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
      // Every member is either filled or skipped with a reason (a probationer admitted after July).
      expect(preview.fills.length + preview.skipped.length).toBe(members);
      expect(preview.fills.length).toBeGreaterThan(members * 0.8);
      // Names, sizes with a bounded first window, row blocks for larger sheets (1,000 members), one write.
      expect(hh.syncs.mock.calls.length).toBeLessThanOrEqual(members > 100 ? 7 : 3);
      const blocks = hh.rec.writes.filter((w) => w.path.startsWith('sheet[党费收缴台账]') && w.path.endsWith('.values'));
      expect(blocks).toHaveLength(1);
    }
  }, 60000);

  it('records a meeting and syncs the roster in at most four syncs each', async () => {
    const grids = sampleGridsFromPlan(300);
    const meeting = harness(grids);
    const roster = grids.find((g) => g.name === '党员名册')!;
    const [hostName, recorder] = [roster.values[3][1] as string, roster.values[4][1] as string];
    const r = await recordMeeting(new OfficeWorkbook(meeting.context, () => true), { date: calendarDate(2025, 12, 30), types: ['主题党日'], topic: '学习', host: hostName, recorder, absentees: [], makeUp: [], hours: 2, summary: '学习', addStudyHours: true }, { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(r.ok).toBe(true);
    expect(meeting.syncs.mock.calls.length).toBeLessThanOrEqual(4);
    // 300 attendees' study rows go in as one block, not one range per row.
    expect(meeting.rec.writes.filter((w) => w.path.startsWith('sheet[学习培训记录]') && w.path.endsWith('.values'))).toHaveLength(1);
    const sync = harness(grids);
    await syncRoster(new OfficeWorkbook(sync.context, () => true), { today: calendarDate(2025, 12, 31), lang: 'zh-CN' });
    expect(sync.syncs.mock.calls.length).toBeLessThanOrEqual(4);
  }, 60000);
});
