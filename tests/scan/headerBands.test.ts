import { calendarDate } from '../../src/core/calendar/calendarDate';
import { only, scanSheets } from '../support/ledgerBuilder';

/** Header bands of two or three rows (DOMAIN.md §3), merged or not. */
describe('header bands', () => {
  const asOf = calendarDate(2025, 3, 31);
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月份`);

  it('reads month columns under a merged group label, with 姓名 merged down over the band', async () => {
    const r = await scanSheets(
      {
        党费: [
          ['2025年度党费收缴登记表'],
          ['姓名', '人员类别', '党费交纳情况', ...Array(11).fill(null), '备注'],
          [null, null, ...months, null],
          ['张三', '在职', 30, 30, null, ...Array(9).fill(null), null],
        ],
      },
      asOf,
      'zh-CN',
      { 党费: ['A1:O1', 'A2:A3', 'B2:B3', 'C2:N2', 'O2:O3'] },
    );
    expect(r.recognized).toEqual([{ sheet: '党费', kind: 'dues', shape: 'month-grid', headerRow: 3, records: 1 }]);
    expect(only(r, 'dues.missing').map((f) => [f.member, f.period, f.cell])).toEqual([['张三', '2025-03', 'E4']]);
  });

  it('reads the same band when nothing is merged (a label followed by blanks spans them)', async () => {
    const r = await scanSheets(
      {
        党费: [
          ['姓名', '人员类别', '党费交纳情况', ...Array(11).fill(null), '备注'],
          [null, null, ...months, null],
          ['张三', '在职', 30, 30, null, ...Array(9).fill(null), null],
        ],
      },
      asOf,
    );
    expect(only(r, 'dues.missing').map((f) => f.period)).toEqual(['2025-03']);
  });

  it('composes one header split over two rows, and an attendance group over 应到/实到', async () => {
    const r = await scanSheets(
      {
        发展党员: [
          ['姓名', '出生日期', '递交入党', '谈话', '确定为积极', '确定为发展'],
          [null, null, '申请书日期', '日期', '分子日期', '对象日期'],
          ['王五', '2000-01-01', '2024-01-10', null, '2024-06-01', null],
        ],
        会议记录: [
          ['日期', '类型', '主题', '主持人', '记录人', '出席情况', null, '内容摘要'],
          [null, null, null, null, null, '应到', '实到', null],
          ['2025-01-05', '支部党员大会', '学习', '甲', '乙', 10, 4, '学习'],
        ],
      },
      asOf,
      'zh-CN',
      { 发展党员: ['A1:A2', 'B1:B2'], 会议记录: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1', 'H1:H2'] },
    );
    expect(only(r, 'development.missing-field')).toEqual([]);
    expect(only(r, 'development.talk-late').map((f) => f.member)).toEqual(['王五']);
    expect(only(r, 'meeting.missing-field')).toEqual([]);
    expect(only(r, 'meeting.quorum').map((f) => f.meetingType)).toEqual([]);
    expect(r.recognized.find((s) => s.kind === 'meeting')?.headerRow).toBe(2);
  });
});
