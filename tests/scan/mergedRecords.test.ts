import { calendarDate } from '../../src/core/calendar/calendarDate';
import { ROSTER_HEADER, member, only, scanSheets } from '../support/ledgerBuilder';

/**
 * Values merged down over several records (DOMAIN.md §3: a merged cell is one value spread over its
 * span): 姓名 over one person's study sessions, 党小组 over a group's members, a date over two
 * rows of one day. Read as written in every row they cover; a value that cannot be read is
 * reported once, where it is written. A value merged across columns is not repeated.
 */
describe('values merged down over records', () => {
  const asOf = calendarDate(2025, 12, 31);
  const STUDY = ['姓名', '日期', '内容', '学时'];

  it('reads 姓名 merged over a member’s study sessions as that member’s in every row', async () => {
    const roster = [ROSTER_HEADER, member('张三'), member('李四')];
    const study = [STUDY, ['张三', '2025-03-01', '党章', 10], [null, '2025-05-01', '党史', 10], [null, '2025-07-01', '条例', 10], [null, '2025-09-01', '讲话', 10], ['李四', '2025-03-01', '党章', 8]];
    const r = await scanSheets({ 党员名册: roster, 学习记录: study }, asOf, 'zh-CN', { 学习记录: ['A2:A5'] });
    expect(only(r, 'study.missing-field')).toEqual([]);
    expect(only(r, 'study.hours').map((f) => f.member)).toEqual(['李四']);
    // The same sheet with nothing merged: the blank names are what the user wrote, and are findings.
    const unmerged = await scanSheets({ 党员名册: roster, 学习记录: study }, asOf);
    expect(only(unmerged, 'study.missing-field')).toHaveLength(3);
  });

  it('gives every member of a 党小组 merged down the roster their group, so each is expected at its meetings', async () => {
    const roster = [ROSTER_HEADER, member('甲', { 党小组: '第一党小组' }), member('乙'), member('丙'), member('丁', { 党小组: '第二党小组' })];
    const MEETING = ['日期', '类型', '党小组', '主题', '主持人', '记录人', '应到人数', '实到人数', '参会人员', '补学情况', '内容摘要'];
    const meetings = [MEETING, ['2025-12-10', '党小组会', '第一党小组', '学习', '甲', '甲', 3, 2, '甲、乙', null, '学习']];
    const r = await scanSheets({ 党员名册: roster, 会议记录: meetings }, asOf, 'zh-CN', { 党员名册: ['I2:I4'] });
    // 丙 is in the first group (merged from 甲's row) and did not attend.
    expect(only(r, 'meeting.makeup').map((f) => f.member)).toEqual(['丙']);
  });

  it('reports a value it cannot read once, at the row that holds it', async () => {
    const roster = [ROSTER_HEADER, member('张三')];
    const study = [STUDY, ['张三', '某日', '党章', 10], ['张三', null, '党史', 10]];
    const r = await scanSheets({ 党员名册: roster, 学习记录: study }, asOf, 'zh-CN', { 学习记录: ['B2:B3'] });
    expect(only(r, 'study.invalid-value').map((f) => f.cell)).toEqual(['B2']);
    expect(only(r, 'study.missing-field')).toEqual([]);
  });

  it('does not repeat a value merged across columns (150 over 1月–3月 was paid once)', async () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const dues = [['姓名', '人员类别', '月收入基数', ...months], ['张三', '在职', 5000, 150, null, null, ...Array(9).fill(null)]];
    const r = await scanSheets({ 党员名册: [ROSTER_HEADER, member('张三')], 党费: dues }, calendarDate(2025, 3, 31), 'zh-CN', { 党费: ['D2:F2'] });
    // 5000 × 1% = 50 a month: 150 in January pays for one month, February and March stay unpaid.
    expect(only(r, 'dues.missing').map((f) => f.period)).toEqual(['2025-02', '2025-03']);
  });
});
