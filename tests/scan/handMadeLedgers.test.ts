import { calendarDate } from '../../src/core/calendar/calendarDate';
import { only, scanSheets } from '../support/ledgerBuilder';

/** Ledgers as branches make them by hand: titles, odd headers, traditional characters, English, emoji, totals rows. */
describe('hand-made ledgers', () => {
  const asOf = calendarDate(2025, 6, 30);

  it('reads a traditional-character roster with a title block, noisy headers and a 合计 row', async () => {
    const r = await scanSheets(
      {
        '黨員花名冊（2025）': [
          ['XX單位第三黨支部黨員名冊'],
          ['填報日期：2025年1月'],
          [],
          ['序號', ' 黨員\n姓名 ', '性別📟', '出生年月', '身份證號碼', '人員身份', '類別', '入黨時間', '轉正時間', '所在黨小組', '支部職務', '工資基數（元）'],
          [1, '張 三', '男', '1980.05', null, '在職', '正式黨員', '2005年7月1日', '2006.07.01', '一組', '書記', '5,000'],
          [2, '李四🤏', '女', 29721, null, '退休', '預備黨員', 20250101, null, '一組', null, 3000],
          [null, null, null, null, null, null, null, null, null, null, null, null],
          ['合計', '2人', null, null, null, null, null, null, null, null, null, null],
        ],
      },
      asOf,
    );
    expect(r.recognized).toEqual([{ sheet: '黨員花名冊（2025）', kind: 'roster', shape: 'records', headerRow: 4, records: 2 }]);
    // 類別 holds 正式/预备党员: the values decide it is the member category.
    expect(only(r, 'roster.missing-field')).toEqual([]);
    expect(only(r, 'roster.invalid-value')).toEqual([]);
    expect(only(r, 'branch.committee')).toEqual([]);
  });

  it('reads an English dues ledger with month names and payment marks', async () => {
    const r = await scanSheets(
      {
        Dues: [
          ['Member Name', 'Category', 'Income base (yuan)', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
          ['Zhang San', 'Employed', 5400, 81, '81.00', '¥81', '√', 'paid', null, null, null, null, null, null, null],
        ],
      },
      asOf,
    );
    expect(r.recognized.map((s) => s.kind)).toEqual(['dues']);
    expect(only(r, 'dues.missing').map((f) => f.period)).toEqual(['2025-06']);
    expect(only(r, 'dues.invalid-value')).toEqual([]);
  });

  it('reads a meeting log whose types and groups live in the topic, with a month-only date read to its month (no day guessed)', async () => {
    const r = await scanSheets(
      {
        三会一课记录: [
          ['2025年“三会一课”登记表'],
          ['時間', '會議名稱', '議題', '主持', '記錄', '應到', '參會人數', '內容'],
          ['2025/1/5', '支委會', '研究1月工作', '甲', '乙', 5, 5, '研究'],
          ['2025.2.5', '支部委员会会议', '研究2月工作', '甲', '乙', 5, 4, '研究'],
          ['2025年3月', '支委会', '研究3月工作', '甲', '乙', '5人', '5人', '研究'],
          ['以下空白', null, null, null, null, null, null, null],
          ['2099-01-01', '支委会', '不应读到', '甲', '乙', 5, 5, '研究'],
        ],
      },
      calendarDate(2025, 3, 31),
    );
    expect(r.recognized).toEqual([{ sheet: '三会一课记录', kind: 'meeting', shape: 'absentee-log', headerRow: 2, records: 3 }]);
    expect(only(r, 'meeting.overdue').filter((f) => f.meetingType === '支部委员会')).toEqual([]);
  });

  it('says clearly which required column a sheet lacks, and does not crash on garbage or empty sheets', async () => {
    const r = await scanSheets(
      {
        学习记录: [['姓名', '内容', '学时'], ['甲', '党章', 'abc'], ['乙', '党章', 2]],
        空表: [],
        杂项: [['随便写的'], [42, true, '#N/A']],
      },
      asOf,
    );
    expect(only(r, 'study.missing-field')).toEqual([expect.objectContaining({ row: null, column: '日期' })]);
    expect(only(r, 'study.invalid-value').map((f) => f.cell)).toEqual(['C2']);
    expect(r.unrecognized).toEqual(['空表', '杂项']);
  });

  it('leaves rows numbered in advance, or carrying only a copied-down total formula, out of the records', async () => {
    const r = await scanSheets(
      {
        党费台账: [
          ['序号', '姓名', '1月', '2月', '3月', '合计'],
          [1, '王五', 30, 30, 30, { formula: 'SUM(C2:E2)', result: 90 }],
          [2, { formula: '花名册!B3', result: '赵六' }, 30, 30, null, { formula: 'SUM(C3:E3)', result: 60 }],
          [3, null, null, null, null, { formula: 'SUM(C4:E4)', result: 0 }],
          [4, '  ', null, null, null, null],
          [5, null, null, null, null, null],
        ],
      },
      calendarDate(2025, 3, 31),
    );
    expect(r.recognized).toEqual([{ sheet: '党费台账', kind: 'dues', shape: 'month-grid', headerRow: 1, records: 2 }]);
    // The name brought by a formula is a record like any other: 赵六 owes March.
    expect(only(r, 'dues.missing').map((f) => `${f.member} ${f.cell}`)).toEqual(['赵六 E3']);
    expect(only(r, 'dues.missing-field')).toEqual([]);
  });

  it('flags negative and absurd amounts instead of taking them as payments or as blanks', async () => {
    const r = await scanSheets({ 党费: [['姓名', '1月', '2月', '3月'], ['赵六', -5, 1e300, '30元']] }, calendarDate(2025, 3, 31));
    expect(only(r, 'dues.invalid-value').map((f) => f.cell)).toEqual(['B2', 'C2']);
    expect(only(r, 'dues.missing')).toEqual([]);
  });
});
