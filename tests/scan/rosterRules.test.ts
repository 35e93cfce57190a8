import { calendarDate } from '../../src/core/calendar/calendarDate';
import { makeIdNumber } from '../../src/core/model/idNumber';
import { ROSTER_HEADER, member, only, scanSheets } from '../support/ledgerBuilder';

const asOf = calendarDate(2025, 6, 30);
const roster = (...rows: (string | number | null)[][]) => ({ 党员名册: [ROSTER_HEADER, ...rows] });

describe('roster rules', () => {
  it('*.missing-field: a blank required cell, and a missing required column named once', async () => {
    const r = await scanSheets(roster(member('张三', { 出生日期: null }), member('李四')), asOf);
    const f = only(r, 'roster.missing-field');
    expect(f.map((x) => [x.cell, x.member, x.column])).toEqual([['C2', '张三', '出生日期']]);
    const noGender = await scanSheets({ 党员名册: [ROSTER_HEADER.filter((h) => h !== '性别'), member('张三').filter((_, i) => i !== 1)] }, asOf);
    expect(only(noGender, 'roster.missing-field')).toEqual([expect.objectContaining({ row: null, column: '性别', sheet: '党员名册' })]);
  });

  it('*.invalid-value: an unreadable date or enumeration, never guessed', async () => {
    const r = await scanSheets(roster(member('张三', { 出生日期: '1980-13-01', 党员类别: '积极' }), member('李四', { 出生日期: '1980年5月1日' })), asOf);
    expect(only(r, 'roster.invalid-value').map((x) => x.cell).sort()).toEqual(['C2', 'F2']);
  });

  it('roster.duplicate: same ID number, or same name and birth date; not same name alone', async () => {
    const id = makeIdNumber('110101', calendarDate(1980, 5, 1), 12);
    const r = await scanSheets(roster(member('张三', { 身份证号: id }), member('张 三', { 身份证号: id }), member('李四'), member('李四', { 出生日期: '1981-01-01' })), asOf);
    expect(only(r, 'roster.duplicate').map((x) => x.row)).toEqual([3]);
    const byBirth = await scanSheets(roster(member('王五'), member('王五')), asOf);
    expect(only(byBirth, 'roster.duplicate').map((x) => x.row)).toEqual([3]);
  });

  it('roster.id-number: a wrong check digit or a birth date that disagrees', async () => {
    const good = makeIdNumber('110101', calendarDate(1980, 5, 1), 12);
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const otherBirth = makeIdNumber('110101', calendarDate(1980, 5, 2), 12);
    const r = await scanSheets(roster(member('甲', { 身份证号: good }), member('乙', { 身份证号: badCheck }), member('丙', { 身份证号: otherBirth })), asOf);
    expect(only(r, 'roster.id-number').map((x) => x.member)).toEqual(['乙', '丙']);
  });

  it('roster.date-order: admitted the day before turning 18 is flagged, on the birthday is not', async () => {
    const r = await scanSheets(
      roster(member('甲', { 出生日期: '2000-03-10', 入党日期: '2018-03-09', 转正日期: '2019-03-09' }), member('乙', { 出生日期: '2000-03-10', 入党日期: '2018-03-10', 转正日期: '2019-03-10' }), member('丙', { 转正日期: '2004-01-01' })),
      asOf,
    );
    expect(only(r, 'roster.date-order').map((x) => [x.member, x.column])).toEqual([['甲', '入党日期'], ['丙', '转正日期']]);
  });

  it('membership.probation-overdue and -due, with an extension in 备注', async () => {
    const r = await scanSheets(
      roster(
        member('满期', { 党员类别: '预备党员', 入党日期: '2024-06-30', 转正日期: null }),
        member('未满', { 党员类别: '预备党员', 入党日期: '2024-07-01', 转正日期: null }),
        member('延长', { 党员类别: '预备党员', 入党日期: '2024-03-01', 转正日期: null, 备注: '延长预备期6个月' }),
        member('远', { 党员类别: '预备党员', 入党日期: '2024-08-01', 转正日期: null }),
      ),
      asOf,
    );
    expect(only(r, 'membership.probation-overdue').map((x) => x.member)).toEqual(['满期']);
    expect(only(r, 'membership.probation-due').map((x) => x.member)).toEqual(['未满']);
  });
});

describe('branch rules', () => {
  const many = (n: number, full = true) => Array.from({ length: n }, (_, i) => member(`党员${i}`, { 党员类别: full ? '正式党员' : '预备党员', 转正日期: full ? '2006-07-01' : null, 入党日期: full ? '2005-07-01' : '2025-03-01', 党内职务: i === 0 ? '书记' : i < 3 ? '委员' : null }));

  it('branch.size: 51 members is over the default 50, 50 is not', async () => {
    expect(only(await scanSheets(roster(...many(51)), asOf), 'branch.size')).toHaveLength(1);
    expect(only(await scanSheets(roster(...many(50)), asOf), 'branch.size')).toHaveLength(0);
  });

  it('branch.committee: seven full members need three committee members; a secretary always', async () => {
    const seven = many(7).map((r, i) => (i === 2 ? member('党员2') : r));
    expect(only(await scanSheets(roster(...seven), asOf), 'branch.committee')).toHaveLength(1);
    expect(only(await scanSheets(roster(...many(7)), asOf), 'branch.committee')).toHaveLength(0);
    const noSecretary = many(4).map((r, i) => (i === 0 ? member('党员0') : r));
    expect(only(await scanSheets(roster(...noSecretary), asOf), 'branch.committee').map((f) => f.message)).toEqual([expect.stringContaining('书记')]);
  });

  it('branch.term-expired: critical at the end of the term, info within 180 days', async () => {
    const settings = (election: string, type = '机关') => ({ 设置: [['项目', '值'], ['支部名称', '一支部'], ['台账年度', 2025], ['单位类型', type], ['本届支委会选举日期', election]] });
    const term = async (election: string, type?: string) => only(await scanSheets({ ...settings(election, type), ...roster(...many(3)) }, asOf), 'branch.term-expired').map((f) => f.severity);
    expect(await term('2022-06-30')).toEqual(['critical']);
    expect(await term('2022-07-01')).toEqual(['info']);
    expect(await term('2022-12-27')).toEqual(['info']); // ends 2025-12-27, 180 days after the as-of date
    expect(await term('2022-12-28')).toEqual([]);
    expect(await term('2022-06-30', '村社区')).toEqual([]);
  });
});
