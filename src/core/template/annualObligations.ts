import { calendarDate, lastDayOfMonth } from '../calendar/calendarDate';
import type { Localized } from '../i18n/language';
import type { CalendarDate } from '../calendar/calendarDate';
import { art, basisText, type Citation } from '../rules/basisDocuments';

/** The obligations every branch has each year, with due dates (DOMAIN.md §2, the branch's regulations and local standards). */
export interface AnnualObligation {
  readonly id: string;
  readonly item: Localized;
  readonly due: (year: number) => CalendarDate;
  readonly basis: Localized;
}

const cite = (...citations: Citation[]): Localized => basisText(citations);
const ARCHIVE: Citation = { doc: 'localStandard', article: art('附“规范化建设参考目录”第21条', 'appended checklist, item 21'), says: { zh: '年度工作计划、工作总结等资料归档', en: 'annual plans and reports archived' } };

const yearEnd = (year: number): CalendarDate => calendarDate(year, 12, 31);

export const ANNUAL_OBLIGATIONS: readonly AnnualObligation[] = [
  {
    id: 'education-plan',
    item: { zh: '制定年度党员教育工作计划', en: "Adopt the year's member education plan" },
    due: (y) => lastDayOfMonth(y, 1),
    basis: cite({ doc: 'localDuties', article: art('二（一）1', '§2(1)1'), says: { zh: '每年年初制定党员教育工作计划', en: 'an education plan at the start of each year' } }),
  },
  {
    id: 'work-plan',
    item: { zh: '制定支部年度工作计划', en: "Adopt the branch's annual work plan" },
    due: (y) => lastDayOfMonth(y, 1),
    basis: cite(ARCHIVE),
  },
  {
    id: 'dues-base',
    item: { zh: '核定本年度党员党费交纳基数', en: "Confirm each member's dues base for the year" },
    due: (y) => lastDayOfMonth(y, 1),
    basis: cite({ doc: 'dues2008', says: { zh: '党费基数年初核定', en: 'the base is fixed at the start of the year' } }),
  },
  {
    id: 'statistics-mid',
    item: { zh: '报送年中党内统计', en: 'Submit the mid-year party statistics' },
    due: (y) => calendarDate(y, 6, 15),
    basis: cite({ doc: 'localDuties', article: art('二（一）6', '§2(1)6'), says: { zh: '每年6月中旬报党建基本情况统计', en: 'statistics due mid-June' } }),
  },
  {
    id: 'statistics-year',
    item: { zh: '报送年末党内统计', en: 'Submit the year-end party statistics' },
    due: (y) => calendarDate(y, 12, 15),
    basis: cite({ doc: 'localDuties', article: art('二（一）6', '§2(1)6'), says: { zh: '每年12月中旬报党建基本情况统计', en: 'statistics due mid-December' } }),
  },
  {
    id: 'life-meeting',
    item: { zh: '召开年度组织生活会', en: "Hold the year's organisational life meeting" },
    due: yearEnd,
    basis: cite({ doc: 'branchWork2018', article: art('第五章', 'ch. 5'), says: { zh: '每年至少召开1次组织生活会', en: 'at least one a year' } }),
  },
  {
    id: 'appraisal',
    item: { zh: '开展民主评议党员', en: 'Hold the democratic appraisal of members' },
    due: yearEnd,
    basis: cite({ doc: 'branchWork2018', article: art('第五章', 'ch. 5'), says: { zh: '一般每年开展1次民主评议党员', en: 'usually once a year' } }, { doc: 'localDuties', article: art('二（一）2', '§2(1)2') }),
  },
  {
    id: 'dues-publication',
    item: { zh: '向全体党员公布党费收缴情况', en: 'Publish the dues collected to all members' },
    due: yearEnd,
    basis: cite({ doc: 'localStandard', article: art('附“规范化建设参考目录”第16条', 'appended checklist, item 16'), says: { zh: '每年年底向全体党员公布党费收缴情况', en: 'dues published to all members at year end' } }),
  },
  {
    id: 'secretary-report',
    item: { zh: '支部书记抓党建工作述职评议', en: "Secretary's report on party-building work" },
    due: yearEnd,
    basis: cite({ doc: 'localResponsibility', article: art('三、3', '§3.3'), says: { zh: '每年年底述职评议', en: 'report and appraisal at year end' } }),
  },
  {
    id: 'annual-report',
    item: { zh: '形成年度工作总结', en: "Write the year's work report" },
    due: yearEnd,
    basis: cite(ARCHIVE),
  },
  {
    id: 'archive',
    item: { zh: '整理台账资料并归档', en: "Archive the year's ledgers and records" },
    due: yearEnd,
    basis: cite(ARCHIVE, { doc: 'localStandard', article: art('三、4', '§3.4'), says: { zh: '每年归档', en: 'archived every year' } }),
  },
];
