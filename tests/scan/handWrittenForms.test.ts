import { calendarDate } from '../../src/core/calendar/calendarDate';
import { ROSTER_HEADER, member, only, scanSheets } from '../support/ledgerBuilder';

/**
 * Forms found in two blind testers' hand-made ledgers (a village branch kept in WPS, a workshop
 * branch's "tidy" tables), each read as its author meant: one test per form, on a small ledger.
 */
const MEETING = ['日期', '类型', '主题', '主持人', '记录人', '应到人数', '实到人数', '缺席人员', '补学情况', '内容摘要'];
const asOf = calendarDate(2025, 12, 31);
const roster = { 党员名册: [ROSTER_HEADER, member('甲'), member('乙'), member('丙')] };

describe('hand-written forms in meeting records', () => {
  it('a 支委会 that plans the 民主评议 is no 民主评议; a 党员大会 where the secretary gives a 党课 is a 党课 too', async () => {
    const rows = [
      MEETING,
      ['2025-11-04', '支委会', '研究年终党员民主评议准备工作', '甲', '乙', 3, 3, null, null, '研究'],
      ['2025-06-10', '支部党员大会', '书记讲专题党课', '甲', '乙', 3, 3, null, null, '党课'],
    ];
    const r = await scanSheets({ ...roster, 会议记录: rows }, asOf);
    const overdue = only(r, 'meeting.overdue').map((f) => f.meetingType);
    expect(overdue).toContain('民主评议党员');
    expect(overdue.filter((t) => t === '党课')).toHaveLength(1); // the second half-year only
  });

  it('reads 实到 written as “到会2人”, and 应到/实到 in one cell merged across both columns', async () => {
    const rows = [
      MEETING,
      ['2025-03-05', '支部党员大会', '学习', '甲', '乙', 3, '到会2人', '丙', null, '学习'],
      ['2025-06-05', '支部党员大会', '学习', '甲', '乙', '应到3人，实到3人', null, null, null, '学习'],
    ];
    const r = await scanSheets({ ...roster, 会议记录: rows }, asOf, 'zh-CN', { 会议记录: ['F3:G3'] });
    expect(only(r, 'meeting.invalid-value')).toEqual([]);
    expect(only(r, 'meeting.missing-field')).toEqual([]);
  });

  it('reads “孙丽1月15日补学” and “刘建军线上补学” as made up, and “张三应补学” as still owed', async () => {
    const rows = [
      MEETING,
      ['2025-01-05', '支部党员大会', '学习', '孙丽', '孙丽', 3, 0, '孙丽、刘建军、张三', '孙丽1月15日补学、刘建军线上补学、张三应补学', '学习'],
    ];
    const people = { 党员名册: [ROSTER_HEADER, member('孙丽'), member('刘建军'), member('张三')] };
    const r = await scanSheets({ ...people, 会议记录: rows }, asOf);
    expect(only(r, 'meeting.makeup').map((f) => f.member)).toEqual(['张三']);
  });
});

describe('a busy secretary’s shorthand', () => {
  it('reads meeting dates “1.17” and “6/18” in the ledger’s year, and “党员大会（暨主题党日）” as both types', async () => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    const rows = [MEETING, ...months.map((m) => [m % 2 ? `${m}.17` : `${m}/18`, '党员大会（暨主题党日）', '学习', '甲', '乙', 3, 3, null, null, '学习'])];
    const r = await scanSheets({ ...roster, 会议记录: rows }, asOf);
    expect(only(r, 'meeting.invalid-value')).toEqual([]);
    expect(only(r, 'meeting.overdue').filter((f) => f.meetingType === '主题党日' || f.meetingType === '支部党员大会')).toEqual([]);
  });
});

describe('a ledger split by quarter', () => {
  it('reports a missing meeting on the sheet holding that period’s meetings', async () => {
    const sheet = (month: number) => [MEETING, [`2025-${String(month).padStart(2, '0')}-05`, '支部党员大会', '学习', '甲', '乙', 3, 3, null, null, '学习']];
    const r = await scanSheets({ ...roster, 一季度会议: sheet(2), 二季度会议: sheet(5), 三季度会议: sheet(8) }, asOf);
    const lecture = only(r, 'meeting.overdue').filter((f) => f.meetingType === '党课');
    expect(lecture.map((f) => [f.period, f.sheet])).toEqual([['2025-H1', '一季度会议'], ['2025-H2', '三季度会议']]);
  });
});

describe('hand-written forms elsewhere', () => {
  it('names a member padded with spaces on the roster (“韩  梅”) as 韩梅 in findings', async () => {
    const r = await scanSheets({ 党员名册: [ROSTER_HEADER, member('韩  梅'), member('孙\u3000丽')], 学习记录: [['姓名', '日期', '内容', '学时'], ['韩梅', '2025-03-01', '党章', 8]] }, asOf);
    expect(only(r, 'study.hours').map((f) => f.member)).toEqual(['韩梅', '孙丽']);
  });

  it('a joint talk with “乙、丙” counts for each of them', async () => {
    const talks = [['日期', '谈话人', '谈话对象', '主要内容'], ['2025-05-01', '甲', '乙、丙', '了解情况']];
    expect(only(await scanSheets({ ...roster, 谈心谈话: talks }, asOf), 'talk.coverage')).toEqual([]);
  });

  it('a dash for a farmer’s income base is a blank, not an unreadable value', async () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const dues = [['姓名', '人员类别', '月收入基数', ...months], ['甲', '农民', '—', ...Array(12).fill(0.2)], ['乙', '农民', '/', ...Array(12).fill(0.2)]];
    const r = await scanSheets({ 党员名册: [ROSTER_HEADER, member('甲', { 人员类别: '农民', 月收入基数: null }), member('乙', { 人员类别: '农民', 月收入基数: null })], 党费: dues }, asOf);
    expect(only(r, 'dues.invalid-value')).toEqual([]);
  });

  it('reads the settings label “本届支委会选举时间” (时间 for 日期) and “支部类型”', async () => {
    const settings = { 基本情况: [['项目', '内容'], ['支部名称', '一支部'], ['支部类型', '村党支部'], ['本届支委会选举时间', '2020年4月16日'], ['任期', '5年']] };
    const r = await scanSheets({ ...settings, ...roster }, asOf);
    expect(only(r, 'branch.term-expired').map((f) => f.severity)).toEqual(['critical']);
  });
});
