import { calendarDate } from '../../src/core/calendar/calendarDate';
import { ROSTER_HEADER, member, only, scanSheets, type Rows } from '../support/ledgerBuilder';

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const DUES_HEADER = ['姓名', '人员类别', '月收入基数', ...MONTHS, '备注'];
const duesRow = (name: string, base: number, paid: (number | string | null)[], remark: string | null = null) => [name, '在职', base, ...Array.from({ length: 12 }, (_, i) => paid[i] ?? null), remark];
const MEETING_HEADER = ['日期', '类型', '党小组', '主题', '主持人', '记录人', '应到人数', '实到人数', '缺席人员', '补学情况', '内容摘要'];

describe('dues rules', () => {
  const asOf = calendarDate(2025, 6, 30);
  const roster = { 党员名册: [ROSTER_HEADER, member('甲', { 月收入基数: 5001 }), member('乙', { 党员类别: '预备党员', 入党日期: '2025-05-10', 转正日期: null })] };

  it('dues.missing: one per elapsed liable month; probationary members from their admission month', async () => {
    const r = await scanSheets({ ...roster, 党费收缴台账: [DUES_HEADER, duesRow('甲', 5001, [75.02, 75.02, 75.02, 75.02, null, 75.02]), duesRow('乙', 5000, [null, null, null, null, null, 50])] }, asOf);
    expect(only(r, 'dues.missing').map((f) => [f.member, f.period, f.cell])).toEqual([
      ['甲', '2025-05', 'H2'],
      ['乙', '2025-05', 'H3'],
    ]);
  });

  it('dues.arrears: 2 months no, 3 a warning, 6 critical', async () => {
    const run = async (unpaid: number) => {
      const paid = Array.from({ length: 6 }, (_, i) => (i < 6 - unpaid ? 75.02 : null));
      return only(await scanSheets({ ...roster, 党费收缴台账: [DUES_HEADER, duesRow('甲', 5001, paid), duesRow('乙', 5000, [null, null, null, null, 50, 50])] }, asOf), 'dues.arrears').map((f) => f.severity);
    };
    expect(await run(2)).toEqual([]);
    expect(await run(3)).toEqual(['warning']);
    expect(await run(6)).toEqual(['critical']);
  });

  it('dues.underpaid: 75.01 for a 5001 base is short, 75.02 and 已交/√ are not, 减免 excuses it', async () => {
    const r = await scanSheets({ ...roster, 党费收缴台账: [DUES_HEADER, duesRow('甲', 5001, [75.01, '75.02元', '√', '已交', '¥80', 75.02]), duesRow('乙', 5000, [null, null, null, null, 40, 50], null)] }, asOf);
    expect(only(r, 'dues.underpaid').map((f) => [f.member, f.period])).toEqual([['甲', '2025-01'], ['乙', '2025-05']]);
    const excused = await scanSheets({ ...roster, 党费收缴台账: [DUES_HEADER, duesRow('甲', 5001, [75.01, 75.02, 75.02, 75.02, 75.02, 75.02], '经批准减免')] }, asOf);
    expect(only(excused, 'dues.underpaid')).toEqual([]);
  });

  it('dues.roster-mismatch: both directions', async () => {
    const r = await scanSheets({ ...roster, 党费收缴台账: [DUES_HEADER, duesRow('甲', 5001, [75.02, 75.02, 75.02, 75.02, 75.02, 75.02]), duesRow('丁', 3000, [15, 15, 15, 15, 15, 15])] }, asOf);
    expect(only(r, 'dues.roster-mismatch').map((f) => [f.sheet, f.member])).toEqual([['党员名册', '乙'], ['党费收缴台账', '丁']]);
  });
});

describe('meeting rules', () => {
  const committee = ['书记', '副书记', '组织委员', '宣传委员', '纪检委员'];
  const rosterRows = [ROSTER_HEADER, ...committee.map((p, i) => member(`委${i}`, { 党内职务: p })), ...Array.from({ length: 5 }, (_, i) => member(`员${i}`))];
  const everyMonth = (through: number, type: string, extra: Partial<Record<string, string | number>> = {}): Rows =>
    Array.from({ length: through }, (_, i) => [`2025-${String(i + 1).padStart(2, '0')}-15`, type, null, extra.topic ?? `${i + 1}月学习`, '委0', '委2', 10, 10, extra.absent ?? null, extra.makeup ?? null, '学习']);

  it('meeting.overdue: an ended period without the type; combined types count for each; the current period waits', async () => {
    const asOf = calendarDate(2025, 3, 30);
    const meetings = [MEETING_HEADER, ...everyMonth(3, '支部委员会'), ['2025-01-20', '支部党员大会暨主题党日', null, '学习', '委0', '委2', 10, 9, null, null, '学习'], ['2025-02-20', '主题党日', null, '学习', '委0', '委2', 10, 10, null, null, '学习']];
    const r = await scanSheets({ 党员名册: rosterRows, 会议记录: meetings }, asOf);
    // March has not ended on 2025-03-30; Q1 has not ended either.
    expect(only(r, 'meeting.overdue').map((f) => [f.meetingType, f.period])).toEqual([]);
    const later = await scanSheets({ 党员名册: rosterRows, 会议记录: meetings }, calendarDate(2025, 3, 31));
    expect(only(later, 'meeting.overdue').map((f) => [f.meetingType, f.period])).toEqual([['主题党日', '2025-03']]);
  });

  it('meeting.overdue per 党小组, with the group named only in the topic', async () => {
    const rows = [ROSTER_HEADER, member('甲', { 党小组: '第一党小组', 党内职务: '书记' }), member('乙', { 党小组: '第二党小组' })];
    const meetings = [MEETING_HEADER, ['2025-01-10', '党小组会', null, '第一党小组学习党章', '甲', '甲', 1, 1, null, null, '学习'], ['2025-01-12', '学习', null, '第二党小组集中学习', '乙', '乙', 1, 1, null, null, '学习']];
    const r = await scanSheets({ 党员名册: rows, 会议记录: meetings }, calendarDate(2025, 2, 28));
    expect(only(r, 'meeting.overdue').filter((f) => f.meetingType === '党小组会').map((f) => [f.group, f.period])).toEqual([['第一党小组', '2025-02'], ['第二党小组', '2025-02']]);
  });

  it('meeting.quorum: a committee of five needs three present; a general meeting more than half of full members', async () => {
    const meetings = [MEETING_HEADER, ['2025-01-05', '支委会', null, '研究工作', '委0', '委2', 5, 2, null, null, '研究'], ['2025-02-05', '支部委员会会议', null, '研究工作', '委0', '委2', 5, 3, null, null, '研究'], ['2025-03-05', '全体党员大会', null, '学习', '委0', '委2', 10, 5, null, null, '学习']];
    const r = await scanSheets({ 党员名册: rosterRows, 会议记录: meetings }, calendarDate(2025, 3, 31));
    expect(only(r, 'meeting.quorum').map((f) => [f.row, f.meetingType])).toEqual([[2, '支部委员会'], [4, '支部党员大会']]);
  });

  it('meeting.makeup: each absentee without a make-up entry', async () => {
    const meetings = [MEETING_HEADER, ['2025-01-15', '主题党日', null, '学习', '委0', '委2', 10, 8, '员0、员1', '员1', '学习']];
    const r = await scanSheets({ 党员名册: rosterRows, 会议记录: meetings }, calendarDate(2025, 1, 31));
    expect(only(r, 'meeting.makeup').map((f) => [f.member, f.cell])).toEqual([['员0', 'I2']]);
  });

  it('meeting.makeup: a remark in the absentee cell names the reason, not a person, and 已补学 there counts as made up', async () => {
    const meetings = [MEETING_HEADER, ['2025-01-15', '主题党日', null, '学习', '委0', '委2', 10, 7, '员0（出差）、员1(病假，已补学)、员2（未补学）', null, '学习']];
    const r = await scanSheets({ 党员名册: rosterRows, 会议记录: meetings }, calendarDate(2025, 1, 31));
    expect(only(r, 'meeting.makeup').map((f) => f.member)).toEqual(['员0', '员2']);
  });

  it('member.absent: six months without attending is critical, five is not; making up does not count', async () => {
    const absentSix = everyMonth(6, '主题党日', { absent: '员0', makeup: '员0' });
    const r6 = await scanSheets({ 党员名册: rosterRows, 会议记录: [MEETING_HEADER, ...absentSix] }, calendarDate(2025, 6, 30));
    expect(only(r6, 'member.absent').map((f) => [f.member, f.severity])).toEqual([['员0', 'critical']]);
    const r5 = await scanSheets({ 党员名册: rosterRows, 会议记录: [MEETING_HEADER, ...absentSix.slice(0, 5), everyMonth(6, '主题党日')[5]] }, calendarDate(2025, 6, 30));
    expect(only(r5, 'member.absent')).toEqual([]);
  });
});

describe('study, talk, development and obligation rules', () => {
  const rosterRows = [ROSTER_HEADER, member('甲', { 党内职务: '书记' }), member('乙')];
  const STUDY = ['姓名', '日期', '内容', '学时'];

  it('study.hours: at year end 31.5 of 32 is a warning, 32 is enough; committee members need 56; before year end pro rata info', async () => {
    const study = [STUDY, ['乙', '2025-03-01', '党章', 31.5], ['甲', '2025-03-01', '党章', 56]];
    const r = await scanSheets({ 党员名册: rosterRows, 学习记录: study }, calendarDate(2025, 12, 31));
    expect(only(r, 'study.hours').map((f) => [f.member, f.severity])).toEqual([['乙', 'warning']]);
    const enough = await scanSheets({ 党员名册: rosterRows, 学习记录: [STUDY, ['乙', '2025-03-01', '党章', '32学时'], ['甲', '2025-03-01', '党章', 55]] }, calendarDate(2025, 12, 31));
    expect(only(enough, 'study.hours').map((f) => f.member)).toEqual(['甲']);
    const midYear = await scanSheets({ 党员名册: rosterRows, 学习记录: [STUDY, ['乙', '2025-03-01', '党章', 15], ['甲', '2025-03-01', '党章', 28]] }, calendarDate(2025, 6, 30));
    expect(only(midYear, 'study.hours').map((f) => [f.member, f.severity])).toEqual([['乙', 'info']]);
  });

  it('talk.coverage: checked at year end; a talk counts for both people', async () => {
    const talks = [['日期', '谈话人', '谈话对象', '主要内容'], ['2025-05-01', '甲', '丙', '了解情况']];
    expect(only(await scanSheets({ 党员名册: rosterRows, 谈心谈话: talks }, calendarDate(2025, 12, 30)), 'talk.coverage')).toEqual([]);
    expect(only(await scanSheets({ 党员名册: rosterRows, 谈心谈话: talks }, calendarDate(2025, 12, 31)), 'talk.coverage').map((f) => f.member)).toEqual(['乙']);
  });

  it('development rules at their thresholds', async () => {
    const header = ['姓名', '出生日期', '递交入党申请书日期', '谈话日期', '确定为积极分子日期', '最近考察日期', '确定为发展对象日期', '集中培训学时'];
    const rows = [
      header,
      ['准时', '2000-01-01', '2025-01-15', '2025-02-15', null, null, null, null],
      ['晚了', '2000-01-01', '2025-01-15', '2025-02-16', null, null, null, null],
      ['没谈', '2000-01-01', '2025-05-29', null, null, null, null, null],
      ['考察', '2000-01-01', '2024-01-01', '2024-01-10', '2024-06-01', '2024-12-29', null, null],
      ['考察好', '2000-01-01', '2024-01-01', '2024-01-10', '2024-06-01', '2024-12-30', null, null],
      ['太早', '2000-01-01', '2023-01-01', '2023-01-10', '2024-03-01', '2024-09-01', '2025-02-28', 24],
      ['正好', '2000-01-01', '2023-01-01', '2023-01-10', '2024-03-01', '2024-09-01', '2025-03-01', '23.5'],
    ];
    const r = await scanSheets({ 入党积极分子: rows }, calendarDate(2025, 6, 30));
    expect(only(r, 'development.talk-late').map((f) => f.member)).toEqual(['晚了', '没谈']);
    expect(only(r, 'development.review-overdue').map((f) => f.member)).toEqual(['考察']);
    expect(only(r, 'development.too-early').map((f) => f.member)).toEqual(['太早']);
    expect(only(r, 'development.training-short').map((f) => f.member)).toEqual(['正好']);
  });

  it('obligation.overdue: past due and not done; due today is not yet overdue', async () => {
    const rows = [['事项', '截止日期', '完成日期'], ['制定计划', '2025-01-31', null], ['报统计', '2025-06-15', '2025-06-10'], ['今天到期', '2025-06-30', null]];
    expect(only(await scanSheets({ 年度工作清单: rows }, calendarDate(2025, 6, 30)), 'obligation.overdue').map((f) => f.row)).toEqual([2]);
  });
});

describe('settings overrides', () => {
  it('reads rule parameters from the settings sheet, in place of the defaults', async () => {
    const rosterRows = [ROSTER_HEADER, member('甲', { 党内职务: '书记' }), member('乙')];
    const study = [['姓名', '日期', '内容', '学时'], ['乙', '2025-03-01', '党章', 24], ['甲', '2025-03-01', '党章', 40]];
    const local = { 设置: [['项目', '值'], ['台账年度', 2025], ['党员年度学时', '24学时'], ['书记、委员年度学时', 40]] };
    expect(only(await scanSheets({ 党员名册: rosterRows, 学习记录: study }, calendarDate(2025, 12, 31)), 'study.hours')).toHaveLength(2);
    expect(only(await scanSheets({ ...local, 党员名册: rosterRows, 学习记录: study }, calendarDate(2025, 12, 31)), 'study.hours')).toHaveLength(0);
  });

  it('flags an unreadable setting and falls back to the default', async () => {
    const r = await scanSheets({ 设置: [['项目', '值'], ['台账年度', 2025], ['党员年度学时', '很多']] }, calendarDate(2025, 12, 31));
    expect(only(r, 'settings.invalid-value')).toEqual([expect.objectContaining({ sheet: '设置', cell: 'B3' })]);
  });
});

describe('namesakes across sheets', () => {
  const idA = '110101198005010011';
  const idB = '110101198109020026';
  const DUES = ['姓名', '身份证号', '人员类别', '月收入基数', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`)];
  const roster = [ROSTER_HEADER, member('张三', { 身份证号: idA }), member('张三', { 身份证号: idB, 出生日期: '1981-09-02' })];

  it('tells two members of the same name apart by the ID number in the other sheet', async () => {
    const r = await scanSheets({ 党员名册: roster, 党费收缴台账: [DUES, ['张三', idB, '在职', 5000, 50]] }, calendarDate(2025, 1, 31));
    expect(only(r, 'dues.roster-mismatch').map((f) => [f.sheet, f.row])).toEqual([['党员名册', 2]]);
  });

  it('falls back to the order of appearance when the sheet has no ID or birth date', async () => {
    const noId = DUES.filter((h) => h !== '身份证号');
    const r = await scanSheets({ 党员名册: roster, 党费收缴台账: [noId, ['张三', '在职', 5000, 50], ['张三', '在职', 5000, 50]] }, calendarDate(2025, 1, 31));
    expect(only(r, 'dues.roster-mismatch')).toEqual([]);
  });
});
