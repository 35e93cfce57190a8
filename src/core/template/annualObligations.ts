import { calendarDate, lastDayOfMonth } from '../calendar/calendarDate';
import type { Localized } from '../i18n/language';
import type { CalendarDate } from '../calendar/calendarDate';

/** The obligations every branch has each year, with due dates (DOMAIN.md §2, seeds 000–004). */
export interface AnnualObligation {
  readonly id: string;
  readonly item: Localized;
  readonly due: (year: number) => CalendarDate;
  readonly basis: Localized;
}

const yearEnd = (year: number): CalendarDate => calendarDate(year, 12, 31);

export const ANNUAL_OBLIGATIONS: readonly AnnualObligation[] = [
  {
    id: 'education-plan',
    item: { zh: '制定年度党员教育工作计划', en: "Adopt the year's member education plan" },
    due: (y) => lastDayOfMonth(y, 1),
    basis: { zh: '每年年初制定党员教育工作计划（种子文件000 §二(一)1）', en: 'Education plan at the start of each year (seed 000 §2(1)1)' },
  },
  {
    id: 'work-plan',
    item: { zh: '制定支部年度工作计划', en: "Adopt the branch's annual work plan" },
    due: (y) => lastDayOfMonth(y, 1),
    basis: { zh: '年度工作计划与总结归档（种子文件004 §21）', en: 'Annual plan and report are archived (seed 004 §21)' },
  },
  {
    id: 'dues-base',
    item: { zh: '核定本年度党员党费交纳基数', en: "Confirm each member's dues base for the year" },
    due: (y) => lastDayOfMonth(y, 1),
    basis: { zh: '党费基数年初核定（党费规定2008）', en: 'Dues base fixed at the start of the year (dues regulations 2008)' },
  },
  {
    id: 'statistics-mid',
    item: { zh: '报送年中党内统计', en: 'Submit the mid-year party statistics' },
    due: (y) => calendarDate(y, 6, 15),
    basis: { zh: '每年6月中旬报党建基本情况统计（种子文件000 §二(一)6）', en: 'Statistics due mid-June (seed 000 §2(1)6)' },
  },
  {
    id: 'statistics-year',
    item: { zh: '报送年末党内统计', en: 'Submit the year-end party statistics' },
    due: (y) => calendarDate(y, 12, 15),
    basis: { zh: '每年12月中旬报党建基本情况统计（种子文件000 §二(一)6）', en: 'Statistics due mid-December (seed 000 §2(1)6)' },
  },
  {
    id: 'life-meeting',
    item: { zh: '召开年度组织生活会', en: "Hold the year's organisational life meeting" },
    due: yearEnd,
    basis: { zh: '《中国共产党支部工作条例（试行）》第十三条', en: 'Branch work regulations (2018) art. 13' },
  },
  {
    id: 'appraisal',
    item: { zh: '开展民主评议党员', en: 'Hold the democratic appraisal of members' },
    due: yearEnd,
    basis: { zh: '《中国共产党党员教育管理工作条例》第十八条', en: 'Member education regulations (2019) art. 18' },
  },
  {
    id: 'dues-publication',
    item: { zh: '向全体党员公布党费收缴情况', en: 'Publish the dues collected to all members' },
    due: yearEnd,
    basis: { zh: '党支部每年年底要向全体党员公布党费收缴情况（种子文件004 §16）', en: 'Dues published to members at year end (seed 004 §16)' },
  },
  {
    id: 'secretary-report',
    item: { zh: '支部书记抓党建工作述职评议', en: "Secretary's report on party-building work" },
    due: yearEnd,
    basis: { zh: '每年年底述职评议（种子文件001 §三.3）', en: 'Year-end report and appraisal (seed 001 §3.3)' },
  },
  {
    id: 'annual-report',
    item: { zh: '形成年度工作总结', en: "Write the year's work report" },
    due: yearEnd,
    basis: { zh: '年度工作计划与总结归档（种子文件004 §21）', en: 'Annual plan and report are archived (seed 004 §21)' },
  },
  {
    id: 'archive',
    item: { zh: '整理台账资料并归档', en: "Archive the year's ledgers and records" },
    due: yearEnd,
    basis: { zh: '规范资料归档，每年归档（种子文件004 §21）', en: 'Records archived every year (seed 004 §21)' },
  },
];
