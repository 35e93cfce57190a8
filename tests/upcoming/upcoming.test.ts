import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { calendarDate, type CalendarDate } from '../../src/core/calendar/calendarDate';
import { scanContextFor, scanWithContext } from '../../src/core/scan/scanWorkbook';
import { upcomingItems, type UpcomingItem } from '../../src/core/upcoming/upcoming';
import type { SheetGrid } from '../../src/core/read/grid';
import { ROSTER_HEADER, d, member, type Rows } from '../support/ledgerBuilder';

/** A real .xlsx round trip, then both the scan and 待办 over the same grids. */
async function gridsOf(sheets: Record<string, Rows>): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
    }));
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return new ExcelJsWorkbook(back).readSheets();
}

function run(grids: SheetGrid[], asOf: CalendarDate, days = 30, lang: 'zh-CN' | 'en-US' | 'zh-TW' = 'zh-CN') {
  const ctx = scanContextFor(grids, { asOf, today: asOf, lang });
  return { items: upcomingItems(ctx, days), findings: scanWithContext(ctx).findings };
}

const A = calendarDate(2025, 6, 10); // as of; the 30-day horizon is 2025-07-10
const SETTINGS: Rows = [['项目', '值'], ['台账年度', 2025]];
const of = (items: UpcomingItem[], kind: string) => items.filter((i) => i.kind === kind);

describe('待办 at its boundaries (due today, due at the horizon, done the day before, overdue yesterday)', () => {
  test('annual obligations: by 截止日期, until done', async () => {
    const grids = await gridsOf({
      设置: SETTINGS,
      年度工作清单: [
        ['事项', '截止日期', '完成日期', '责任人'],
        ['今天截止', d(2025, 6, 10), null, '张三'],
        ['期限末日截止', d(2025, 7, 10), null, null],
        ['期限外', d(2025, 7, 11), null, null],
        ['前一天已完成', d(2025, 6, 20), d(2025, 6, 9), null],
        ['昨天已逾期', d(2025, 6, 9), null, null],
      ],
    });
    const { items, findings } = run(grids, A);
    expect(of(items, 'obligation').map((i) => [i.due, i.row, i.rule])).toEqual([
      ['2025-06-10', 2, 'obligation.overdue'],
      ['2025-07-10', 3, 'obligation.overdue'],
    ]);
    expect(of(items, 'obligation')[0]).toMatchObject({ sheet: '年度工作清单', member: '张三', message: '今天截止：截止2025-06-10' });
    // Overdue yesterday: the scan's, not 待办's.
    expect(findings.filter((f) => f.rule === 'obligation.overdue').map((f) => f.row)).toEqual([6]);
  });

  test('probation ends: listed with the 支部党员大会 they need; ending today is already the scan’s', async () => {
    const grids = await gridsOf({
      设置: SETTINGS,
      党员名册: [
        ROSTER_HEADER,
        member('今天届满', { 党员类别: '预备党员', 入党日期: '2024-06-10', 转正日期: null }),
        member('明天届满', { 党员类别: '预备党员', 入党日期: '2024-06-11', 转正日期: null }),
        member('期限末日', { 党员类别: '预备党员', 入党日期: '2024-07-10', 转正日期: null }),
        member('期限外', { 党员类别: '预备党员', 入党日期: '2024-07-11', 转正日期: null }),
        member('已转正', { 党员类别: '正式党员', 入党日期: '2024-06-20', 转正日期: '2025-06-09' }),
      ],
    });
    const { items, findings } = run(grids, A);
    expect(of(items, 'probation').map((i) => [i.member, i.due, i.meetingType, i.row])).toEqual([
      ['明天届满', '2025-06-11', '支部党员大会', 3],
      ['期限末日', '2025-07-10', '支部党员大会', 4],
    ]);
    expect(findings.filter((f) => f.rule === 'membership.probation-overdue').map((f) => f.member)).toEqual(['今天届满']);
  });

  test('meetings: the current period until a meeting of the type is held; a period ending today is the scan’s', async () => {
    const roster: Rows = [ROSTER_HEADER, member('书记甲', { 党内职务: '书记' }), member('委员乙', { 党内职务: '组织委员' }), member('党员丙')];
    const log = (rows: Rows): Rows => [['日期', '类型', '主题', '主持人', '记录人', '应到人数', '实到人数'], ...rows];
    const held = (y: number, m: number, day: number, type: string): (string | number)[] => [d(y, m, day), type, '学习', '书记甲', '委员乙', 3, 3];
    const none = await gridsOf({ 设置: SETTINGS, 党员名册: roster, 会议记录: log([held(2025, 5, 20, '主题党日')]) });
    const themeDay = (items: UpcomingItem[]) => of(items, 'meeting').filter((i) => i.meetingType === '主题党日');
    // Due at the horizon: June's last day is 29 days after 06-01.
    expect(themeDay(run(none, calendarDate(2025, 6, 1), 29).items).map((i) => [i.period, i.due, i.sheet])).toEqual([['2025-06', '2025-06-30', '会议记录']]);
    expect(themeDay(run(none, calendarDate(2025, 6, 1), 28).items)).toEqual([]);
    // The day before the period ends: listed; on its last day the scan reports it.
    expect(themeDay(run(none, calendarDate(2025, 6, 29), 1).items).map((i) => i.period)).toEqual(['2025-06']);
    const last = run(none, calendarDate(2025, 6, 30), 31);
    expect(themeDay(last.items).map((i) => i.period)).toEqual(['2025-07']);
    expect(last.findings.filter((f) => f.rule === 'meeting.overdue' && f.meetingType === '主题党日').map((f) => f.period)).toContain('2025-06');
    // Held the day before: done, not listed.
    const done = await gridsOf({ 设置: SETTINGS, 党员名册: roster, 会议记录: log([held(2025, 6, 28, '主题党日')]) });
    expect(themeDay(run(done, calendarDate(2025, 6, 29), 1).items)).toEqual([]);
    // The committee's monthly meeting is per the same scope as the scan (a committee of 2 here).
    expect(of(run(none, calendarDate(2025, 6, 29), 1).items, 'meeting').map((i) => i.meetingType)).toEqual(expect.arrayContaining(['支部委员会', '支部党员大会', '党课']));
  });

  test('dues: the month’s members with nothing entered, one item for the month', async () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const row = (name: string, paid: number): (string | number | null)[] => [name, '在职', 5000, ...months.map((_, i) => (i < paid ? 50 : null))];
    const grids = await gridsOf({
      设置: SETTINGS,
      党员名册: [ROSTER_HEADER, member('已交六月'), member('未交六月'), member('五月也未交')],
      党费收缴台账: [['姓名', '人员类别', '月收入基数', ...months], row('已交六月', 6), row('未交六月', 5), row('五月也未交', 4)],
    });
    const june = of(run(grids, A, 20).items, 'dues');
    expect(june.map((i) => [i.period, i.due, i.rule, i.sheet, i.row])).toEqual([['2025-06', '2025-06-30', 'dues.missing', '党费收缴台账', 3]]);
    expect(june[0].message).toBe('2025年6月党费尚有2人未交：未交六月、五月也未交');
    expect(of(run(grids, A, 19).items, 'dues')).toEqual([]);
    // Once June has ended it is the scan's dues.missing, and July is next.
    const end = run(grids, calendarDate(2025, 6, 30), 31);
    expect(of(end.items, 'dues').map((i) => i.period)).toEqual(['2025-07']);
    expect(end.findings.filter((f) => f.rule === 'dues.missing' && f.period === '2025-06').map((f) => f.member)).toEqual(['未交六月', '五月也未交']);
  });

  test('study: members behind the pace the month end asks', async () => {
    const grids = await gridsOf({
      设置: SETTINGS,
      党员名册: [ROSTER_HEADER, member('够了'), member('差一点')],
      学习培训记录: [['姓名', '日期', '内容', '形式', '学时'], ['够了', d(2025, 3, 1), '学习', '集中学习', 16], ['差一点', d(2025, 3, 1), '学习', '集中学习', 15.9]],
    });
    const items = of(run(grids, A).items, 'study');
    expect(items.map((i) => [i.member, i.due, i.rule, i.period])).toEqual([['差一点', '2025-06-30', 'study.hours', '2025']]);
    expect(items[0].message).toBe('差一点已学习15.9学时，6月底前应达16学时（全年32学时）');
    expect(of(run(grids, A, 19).items, 'study')).toEqual([]);
  });

  test('development: the talk within a month, the 6-monthly review, one year as activist', async () => {
    const header = ['姓名', '出生日期', '递交入党申请书日期', '谈话日期', '确定为积极分子日期', '最近考察日期', '确定为发展对象日期'];
    const grids = await gridsOf({
      设置: SETTINGS,
      入党积极分子及发展对象: [
        header,
        ['今天谈话', '2000-01-01', d(2025, 5, 10), null, null, null, null],
        ['期限末日谈话', '2000-01-01', d(2025, 6, 10), null, null, null, null],
        ['昨天逾期', '2000-01-01', d(2025, 5, 9), null, null, null, null],
        ['前一天已谈', '2000-01-01', d(2025, 5, 20), d(2025, 6, 9), null, null, null],
        ['今天考察', '2000-01-01', d(2023, 1, 1), d(2023, 1, 20), d(2023, 6, 1), d(2024, 12, 10), d(2024, 6, 2)],
        ['满一年', '2000-01-01', d(2024, 1, 1), d(2024, 1, 20), d(2024, 6, 10), d(2025, 6, 1), null],
      ],
    });
    const { items, findings } = run(grids, A);
    expect(of(items, 'development-talk').map((i) => [i.member, i.due])).toEqual([
      ['今天谈话', '2025-06-10'],
      ['期限末日谈话', '2025-07-10'],
    ]);
    expect(findings.filter((f) => f.rule === 'development.talk-late').map((f) => f.member)).toEqual(['昨天逾期']);
    // A candidate already named is not reviewed as an activist; 满一年 was last reviewed on 06-01.
    expect(of(items, 'development-review')).toEqual([]);
    expect(of(items, 'development-candidate').map((i) => [i.member, i.due, i.rule])).toEqual([['满一年', '2025-06-10', 'development.too-early']]);
    const review = await gridsOf({ 设置: SETTINGS, 入党积极分子及发展对象: [header, ['今天考察', '2000-01-01', d(2024, 1, 1), d(2024, 1, 20), d(2024, 9, 1), d(2024, 12, 10), null]] });
    expect(of(run(review, A).items, 'development-review').map((i) => [i.member, i.due])).toEqual([['今天考察', '2025-06-10']]);
    expect(of(run(review, calendarDate(2025, 6, 11)).items, 'development-review')).toEqual([]);
    expect(run(review, calendarDate(2025, 6, 11)).findings.filter((f) => f.rule === 'development.review-overdue')).toHaveLength(1);
  });

  test('the committee’s term: the report six months ahead and the end', async () => {
    const settings = (elected: string): Rows => [['项目', '值'], ['台账年度', 2025], ['本届支委会选举日期', elected], ['任期年限', 3]];
    const atHorizon = run(await gridsOf({ 设置: settings('2022-07-10') }), A);
    expect(atHorizon.items.map((i) => [i.kind, i.due, i.rule, i.sheet])).toEqual([['term-end', '2025-07-10', 'branch.term-expired', '设置']]);
    const reportToday = run(await gridsOf({ 设置: settings('2022-12-07') }), A);
    expect(reportToday.items.map((i) => [i.kind, i.due])).toEqual([['term-report', '2025-06-10']]);
    const endedToday = run(await gridsOf({ 设置: settings('2022-06-10') }), A);
    expect(endedToday.items).toEqual([]);
    expect(endedToday.findings.filter((f) => f.rule === 'branch.term-expired').map((f) => f.severity)).toEqual(['critical']);
  });

  test('items are ordered by due date and worded in the three languages', async () => {
    const grids = await gridsOf({
      设置: SETTINGS,
      年度工作清单: [['事项', '截止日期', '完成日期'], ['后', d(2025, 7, 1), null], ['先', d(2025, 6, 12), null]],
      党员名册: [ROSTER_HEADER, member('预备', { 党员类别: '预备党员', 入党日期: '2024-06-20', 转正日期: null })],
    });
    const zh = run(grids, A).items;
    expect(zh.map((i) => i.due)).toEqual(['2025-06-12', '2025-06-20', '2025-07-01']);
    expect(run(grids, A, 30, 'en-US').items[1].message).toBe("预备's probation ends on 2025-06-20: a general meeting must discuss the conversion");
    expect(run(grids, A, 30, 'zh-TW').items[1].message).toContain('黨員大會');
  });
});
