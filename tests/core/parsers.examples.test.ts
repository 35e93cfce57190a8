import {
  parseAttendance, parseCount, parseDate, parseHours, parseMoney, parseMonthHeader, parseMonthsPaid, parsePayment,
} from '../../src/core/read/parseValues';
import { chineseNumber } from '../../src/core/read/valueWords';

const day = (year: number, month: number, d: number) => ({ date: { year, month, day: d }, precision: 'day' });
const month = (year: number, m: number) => ({ date: { year, month: m, day: 1 }, precision: 'month' });

describe('value parsers on the forms real ledgers hold (DOMAIN.md §3)', () => {
  it.each<[string | number, object | null | 'invalid', { year?: number }?]>([
    ['2025-03-05', day(2025, 3, 5)],
    ['45784', day(2025, 5, 7)],
    ['45784.0', day(2025, 5, 7)],
    ['45784.4166', day(2025, 5, 7)],
    ['23743', day(1965, 1, 1)],
    ['9999', 'invalid'],
    ['99999', 'invalid'],
    ['25.3.5', day(2025, 3, 5)],
    ['25/3/5', day(2025, 3, 5)],
    ['25-03-05', day(2025, 3, 5)],
    ['85.3.5', day(1985, 3, 5)],
    ['26.3.5', day(2026, 3, 5), { year: 2025 }],
    ['27.3.5', day(1927, 3, 5), { year: 2025 }],
    ['25.3/5', 'invalid'],
    ['2025.03', month(2025, 3)],
    ['2025.3', month(2025, 3)],
    [1985.03, month(1985, 3)],
    ['2025年3月', month(2025, 3)],
    ['3月5日', day(2025, 3, 5), { year: 2025 }],
    ['03月05日', day(2025, 3, 5), { year: 2025 }],
    ['3月5日', 'invalid'],
    ['3.5', day(2025, 3, 5), { year: 2025 }],
    ['3.5', 'invalid'],
    ['二〇二五年三月五日', day(2025, 3, 5)],
    ['二○二五年十二月三十一日', day(2025, 12, 31)],
    ['2025年3月5号', day(2025, 3, 5)],
    ['2025-03-05（周三）', day(2025, 3, 5)],
    ['2025-03-05(星期三)', day(2025, 3, 5)],
    ['2025年3月5日 星期三', day(2025, 3, 5)],
    ['2025-03-05 14:30', day(2025, 3, 5)],
    ['2025/3/5 9:05:00', day(2025, 3, 5)],
    ['2025-03-05T14:30:00Z', day(2025, 3, 5)],
    ['2025年3月5日下午2:30', day(2025, 3, 5)],
    ['2025年3月5日9时30分', day(2025, 3, 5)],
    ['２０２５－０３－０５', day(2025, 3, 5)],
    ['3月5日下午', day(2025, 3, 5), { year: 2025 }],
    ['2025.3.5上午', day(2025, 3, 5)],
    ['2019.07.01（转正）', day(2019, 7, 1)],
    ['2025-03-05（周三）14:30', day(2025, 3, 5)],
    ['2019.07.01.', day(2019, 7, 1)],
    ['Jul 1, 2019', day(2019, 7, 1)],
    ['1-Jul-19', day(2019, 7, 1), { year: 2025 }],
    ['2019.7.1-2019.7.3', 'invalid'],
    ['(2025-03-05)', 'invalid'],
    ['2025-02-30', 'invalid'],
    ['三月', 'invalid'],
    ['', null],
  ])('parseDate(%p) = %p', (...[text, expected, context]) => {
    expect(parseDate(text, undefined, context)).toEqual(expected);
  });

  it.each<[string | number, number | null | 'invalid', object?]>([
    ['20学时', 20], ['15.5學時', 15.5], ['2小时', 2], ['2小時', 2], ['2h', 2], ['1.5 课时', 1.5], ['半天', 4], ['1天', 8],
    ['3天', 24], ['两天', 16], ['一天', 8], ['2个半小时', 2.5], ['半小时', 0.5], ['90分钟', 1.5], ['1小时30分', 1.5],
    ['两天半', 20], ['两个半天', 8], ['1.5天', 12], ['十二学时', 12], ['共20学时', 20], [3, 3], ['3', 3],
    ['3天', 21, { hoursPerDay: 7 }], ['半天', 3.5, { hoursPerDay: 7 }], ['半天', 3, { halfDayHours: 3 }],
    ['30分', 'invalid'], ['2-3小时', 'invalid'], ['若干', 'invalid'], ['半天半', 'invalid'], ['3年', 'invalid'], [' ', null],
  ])('parseHours(%p) = %p', (...[text, expected, options]) => {
    expect(parseHours(text, options)).toBe(expected);
  });

  it.each<[string | number, object | null | 'invalid']>([
    ['¥30', { fen: 3000 }], ['30元', { fen: 3000 }], ['30.00元', { fen: 3000 }], ['RMB30', { fen: 3000 }], ['rmb 30', { fen: 3000 }],
    ['3,000', { fen: 300000 }], ['3，000.50', { fen: 300050 }], ['补交270', { fen: 27000, catchUp: true }],
    ['已交30元', { fen: 3000 }], ['30.00元（补交3月）', { fen: 3000, catchUp: true, forMonths: [3] }],
    ['30(补1-3月)', { fen: 3000, catchUp: true, forMonths: [1, 2, 3] }], ['补交3月30元', { fen: 3000, catchUp: true, forMonths: [3] }],
    ['30元（转账）', { fen: 3000 }], ['30元(补助)', { fen: 3000 }], ['30元(补上半年)', { fen: 3000, catchUp: true, forMonths: [1, 2, 3, 4, 5, 6] }], ['交30', { fen: 3000 }], ['实交30', { fen: 3000 }], ['實繳30元', { fen: 3000 }],
    ['已交', { paidUnknownAmount: true }], ['√', { paidUnknownAmount: true }], ['✓', { paidUnknownAmount: true }], ['已缴', { paidUnknownAmount: true }],
    ['补交', { paidUnknownAmount: true, catchUp: true }], ['已交（补交2月）', { paidUnknownAmount: true, catchUp: true, forMonths: [2] }],
    ['补交3月', { paidUnknownAmount: true, catchUp: true, forMonths: [3] }], ['已交1-3月', { paidUnknownAmount: true, forMonths: [1, 2, 3] }], ['补交13月', 'invalid'], ['未交', null], ['欠', null], ['×', null], ['—', null], ['未交（出差）', null], ['0', null], [0, null],
    ['免', { exempt: true }], ['免交', { exempt: true }], ['免繳', { exempt: true }],
    ['微信30', { fen: 3000 }], ['30元现金', { fen: 3000 }], ['現金30元', { fen: 3000 }], ['支付宝转账 30.00', { fen: 3000 }],
    ['无', null], ['無', null], ['没交', null], ['补交3个月168', { fen: 16800, catchUp: true }], ['补交3个月党费150元', { fen: 15000, catchUp: true }],
    ['30元20元', 'invalid'], ['1,2', 'invalid'], ['-30', 'invalid'], ['三十元', { fen: 3000 }], ['30.001', 'invalid'], ['交了', 'invalid'],
  ])('parsePayment(%p) = %p', (text, expected) => {
    expect(parsePayment(text)).toEqual(expected);
  });

  it('reads the amount of a payment with words as money, and no amount from a mark', () => {
    expect(parseMoney('补交270')).toBe(27000);
    expect(parseMoney('30.00元（补交3月）')).toBe(3000);
    expect(parseMoney('已交')).toBe('invalid');
    expect(parseMoney('免')).toBe('invalid');
    expect(parseMoney('0')).toBe(0);
  });

  it.each<[string | number, object | null | 'invalid']>([
    ['应到12人实到10人', { expected: 12, present: 10 }], ['应到12 实到10', { expected: 12, present: 10 }],
    ['应到：12人，实到：10人', { expected: 12, present: 10 }], ['10/12', { expected: 12, present: 10 }],
    ['实到10人', { expected: null, present: 10 }], ['12人应到，10人实到', { expected: 12, present: 10 }],
    ['到会10人', { expected: null, present: 10 }], ['應到十二人實到十人', { expected: 12, present: 10 }],
    ['应到会12人 到会10人', { expected: 12, present: 10 }], ['应到人数12 实到人数10', { expected: 12, present: 10 }],
    ['12/10', 'invalid'], ['10', 'invalid'], [10, 'invalid'], ['实到10人实到9人', 'invalid'], ['应到12人缺席2人', 'invalid'], ['', null],
  ])('parseAttendance(%p) = %p', (text, expected) => {
    expect(parseAttendance(text)).toEqual(expected);
  });

  const y = (year: number, ...months: number[]) => ({ year, months });
  it.each<[string | number, object | null | 'invalid']>([
    ['2025-03', [y(2025, 3)]], ['2025年3月', [y(2025, 3)]], ['3月', [y(2025, 3)]], ['03', [y(2025, 3)]], [3, [y(2025, 3)]],
    [45784, [y(2025, 5)]], ['45784', [y(2025, 5)]], ['2025-03-01', [y(2025, 3)]], ['202503', [y(2025, 3)]], [2025.03, [y(2025, 3)]],
    ['1-3月', [y(2025, 1, 2, 3)]], ['1—3月', [y(2025, 1, 2, 3)]], ['1至3月', [y(2025, 1, 2, 3)]], ['1月-3月', [y(2025, 1, 2, 3)]],
    ['2025年1月至3月', [y(2025, 1, 2, 3)]], ['1、2、3月', [y(2025, 1, 2, 3)]], ['1,2月', [y(2025, 1, 2)]], ['一、二月', [y(2025, 1, 2)]],
    ['一季度', [y(2025, 1, 2, 3)]], ['第一季度', [y(2025, 1, 2, 3)]], ['Q1', [y(2025, 1, 2, 3)]], ['第四季度', [y(2025, 10, 11, 12)]],
    ['上半年', [y(2025, 1, 2, 3, 4, 5, 6)]], ['下半年', [y(2025, 7, 8, 9, 10, 11, 12)]],
    ['全年', [y(2025, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)]], ['2025年全年', [y(2025, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)]],
    ['2024年12月', [y(2024, 12)]], ['2024年11月-2025年2月', [y(2024, 11, 12), y(2025, 1, 2)]], ['2025.1-3', [y(2025, 1, 2, 3)]],
    ['十二月', [y(2025, 12)]], ['3月份党费', [y(2025, 3)]], ['2025-01-2025-03', [y(2025, 1, 2, 3)]],
    ['13月', 'invalid'], ['0', 'invalid'], [13, 'invalid'], [2025, 'invalid'], [500, 'invalid'], ['2025年1-3月', [y(2025, 1, 2, 3)]], ['1~12月', [y(2025, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)]], ['11-2月', 'invalid'], ['2025', 'invalid'], ['若干', 'invalid'], ['1-', 'invalid'], ['', null],
  ])('parseMonthsPaid(%p) = %p', (text, expected) => {
    expect(parseMonthsPaid(text, { year: 2025 })).toEqual(expected);
  });

  it.each<[string | number, number | null]>([
    ['1月', 1], ['1月份', 1], ['2025年1月', 1], ['一月份', 1], ['十二月', 12], ['2025.01', 1], ['2025/1', 1], ['2025-01', 1], ['Jan-25', 1],
    ['January 2025', 1], ['Sept', 9], ['01', 1], ['12', 12], ['13', null], [1, null], ['姓名', null], ['一二月', null], ['13月', null], ['合计', null],
  ])('parseMonthHeader(%p) = %p', (text, expected) => {
    expect(parseMonthHeader(text)).toBe(expected);
  });

  it('reads a month header typed as a date', () => {
    expect(parseMonthHeader(45658, 'mmm-yy')).toBe(1);
  });

  it.each<[string | number, number | null | 'invalid']>([
    ['12人', 12], ['12 名', 12], ['十二人', 12], ['共12人', 12], [12, 12], ['12.0', 12], ['12.5', 'invalid'], ['-1', 'invalid'], ['', null],
  ])('parseCount(%p) = %p', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each<[string, number | null]>([
    ['十', 10], ['十二', 12], ['二十五', 25], ['三十一', 31], ['一百零五', 105], ['二〇二五', 2025], ['两', 2], ['十十', null], ['一二', null],
  ])('chineseNumber(%p) = %p', (text, expected) => {
    expect(chineseNumber(text)).toBe(expected);
  });
});
