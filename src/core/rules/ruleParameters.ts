import type { Localized } from '../i18n/language';
import { art, basisText, type Citation } from './basisDocuments';

/**
 * Every number a rule uses, as data (DOMAIN.md §4). The defaults are the regulation's numbers; the
 * workbook's settings sheet lists each row and a value typed there overrides the default.
 * Regulations get revised: change a row here (or in the workbook), never a constant in a rule.
 */
export type ParameterUnit = 'days' | 'months' | 'years' | 'members' | 'yuan' | 'fraction' | 'hours' | 'count' | 'digits' | 'frequency';

export type Frequency = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly' | 'none';

export const FREQUENCY_LABELS: Readonly<Record<Frequency, Localized>> = {
  monthly: { zh: '每月', en: 'monthly' },
  quarterly: { zh: '每季度', en: 'quarterly' },
  'half-yearly': { zh: '每半年', en: 'half-yearly' },
  yearly: { zh: '每年', en: 'yearly' },
  none: { zh: '不要求', en: 'not required' },
};

export interface RuleParameter {
  readonly id: string;
  /** The text of the settings sheet's 项目 column: the row a user changes. */
  readonly label: Localized;
  readonly unit: ParameterUnit;
  readonly defaultValue: number | Frequency;
  /** Where the default comes from, by document title and article. */
  readonly citations: readonly Citation[];
  /** `citations` as text in each language (the settings sheet's 依据 column). */
  readonly basis: Localized;
  /** The rule ids that read this parameter. */
  readonly rules: readonly string[];
}

const p = (
  id: string,
  zh: string,
  en: string,
  unit: ParameterUnit,
  defaultValue: number | Frequency,
  citations: Citation[],
  rules: string[],
): RuleParameter => ({ id, label: { zh, en }, unit, defaultValue, citations, basis: basisText(citations), rules });

const CHARTER_9: Citation[] = [{ doc: 'charter', article: art('第九条', 'art. 9') }];
const DUES: Citation[] = [{ doc: 'dues2008' }];
const BRANCH_CH6: Citation = { doc: 'branchWork2018', article: art('第六章', 'ch. 6') };
const BRANCH_CH5: Citation = { doc: 'branchWork2018', article: art('第五章', 'ch. 5') };
const DEVELOPMENT = (zh: string, en: string): Citation[] => [{ doc: 'development2014', article: art(zh, en) }];
const TOOL = (zh: string, en: string): Citation[] => [{ doc: 'tool', says: { zh, en } }];
const LOCAL_STANDARD = (zh: string, en: string, says?: [string, string]): Citation => ({ doc: 'localStandard', article: art(zh, en), ...(says ? { says: { zh: says[0], en: says[1] } } : {}) });

export const RULE_PARAMETERS: readonly RuleParameter[] = [
  p('period.graceDays', '周期检查宽限天数', 'Grace days after a period ends', 'days', 0, TOOL('周期结束后多少天开始检查', 'days after a period ends before it is checked'), ['meeting.overdue', 'dues.missing', 'dues.arrears']),
  p('roster.minAdmissionAge', '入党最低年龄', 'Minimum age at admission', 'years', 18, [{ doc: 'charter', article: art('第一条', 'art. 1'), says: { zh: '年满十八岁', en: 'aged eighteen or over' } }], ['roster.date-order']),
  p('membership.probationYears', '预备期', 'Probation period', 'years', 1, [{ doc: 'charter', article: art('第七条', 'art. 7'), says: { zh: '预备期为一年', en: 'probation lasts one year' } }], ['membership.probation-overdue', 'membership.probation-due']),
  p('membership.probationDueDays', '预备期届满提前提醒天数', 'Remind before probation ends', 'days', 30, TOOL('提前提醒', 'early reminder'), ['membership.probation-due']),
  p('branch.maxMembers', '支部党员人数上限', 'Maximum members in a branch', 'members', 50, [{ doc: 'branchWork2018', article: art('第二章', 'ch. 2'), says: { zh: '党员人数一般不超过50人', en: 'usually no more than 50 members' } }, { doc: 'localAction', article: art('二、4', '§2.4') }], ['branch.size']),
  p('branch.committeeThreshold', '设立支委会的正式党员人数', 'Full members requiring a committee', 'members', 7, [{ ...BRANCH_CH6, says: { zh: '有正式党员7人以上的，应当设立支部委员会', en: 'a branch of 7 or more full members elects a committee' } }], ['branch.committee']),
  p('branch.committeeMin', '支委会最少人数', 'Minimum committee size', 'members', 3, [{ ...BRANCH_CH6, says: { zh: '支委会由3至5人组成', en: 'a committee has 3 to 5 members' } }, { doc: 'localAction', article: art('二、4', '§2.4') }], ['branch.committee']),
  p('branch.committeeMax', '支委会一般最多人数', 'Usual maximum committee size', 'members', 5, [{ ...BRANCH_CH6, says: { zh: '支委会由3至5人组成', en: 'a committee has 3 to 5 members' } }, LOCAL_STANDARD('一、1', '§1.1')], ['branch.committee']),
  p('branch.committeeHardMax', '支委会人数上限', 'Absolute maximum committee size', 'members', 7, [{ ...BRANCH_CH6, says: { zh: '一般不超过7人', en: 'usually no more than 7' } }], ['branch.committee']),
  p('branch.termYears', '支委会任期', 'Committee term', 'years', 3, [BRANCH_CH6, { doc: 'terms2018' }, { doc: 'localAction', article: art('二、4', '§2.4') }], ['branch.term-expired']),
  p('branch.termYearsVillage', '村、社区支委会任期', 'Committee term (village/community)', 'years', 5, [BRANCH_CH6, { doc: 'terms2018' }], ['branch.term-expired']),
  p('branch.termReminderDays', '换届提前提醒天数', 'Remind before the term ends', 'days', 180, TOOL('上级党组织一般提前6个月提醒换届', 'the higher committee reminds about six months ahead'), ['branch.term-expired']),
  p('dues.arrearsWarnMonths', '连续未交党费提醒月数', 'Unpaid months for a warning', 'months', 3, TOOL('连续3个月未交即提醒，早于六个月的界限', 'warn at 3 months, before the six-month limit'), ['dues.arrears']),
  p('dues.arrearsCriticalMonths', '连续未交党费严重月数', 'Unpaid months, critical (lapse)', 'months', 6, CHARTER_9, ['dues.arrears']),
  p('dues.employed.bracket1', '在职：第一档上限（元）', 'Employed: bracket 1 up to (yuan)', 'yuan', 3000, DUES, ['dues.underpaid']),
  p('dues.employed.bracket2', '在职：第二档上限（元）', 'Employed: bracket 2 up to (yuan)', 'yuan', 5000, DUES, ['dues.underpaid']),
  p('dues.employed.bracket3', '在职：第三档上限（元）', 'Employed: bracket 3 up to (yuan)', 'yuan', 10000, DUES, ['dues.underpaid']),
  p('dues.employed.rate1', '在职：第一档比例', 'Employed: bracket 1 rate', 'fraction', 0.005, DUES, ['dues.underpaid']),
  p('dues.employed.rate2', '在职：第二档比例', 'Employed: bracket 2 rate', 'fraction', 0.01, DUES, ['dues.underpaid']),
  p('dues.employed.rate3', '在职：第三档比例', 'Employed: bracket 3 rate', 'fraction', 0.015, DUES, ['dues.underpaid']),
  p('dues.employed.rate4', '在职：第四档比例', 'Employed: above bracket 3', 'fraction', 0.02, DUES, ['dues.underpaid']),
  p('dues.retired.bracket1', '离退休：第一档上限（元）', 'Retired: bracket 1 up to (yuan)', 'yuan', 5000, DUES, ['dues.underpaid']),
  p('dues.retired.rate1', '离退休：第一档比例', 'Retired: bracket 1 rate', 'fraction', 0.005, DUES, ['dues.underpaid']),
  p('dues.retired.rate2', '离退休：第二档比例', 'Retired: above bracket 1', 'fraction', 0.01, DUES, ['dues.underpaid']),
  p('dues.flat.student', '学生等每月党费（元）', 'Students etc.: monthly dues (yuan)', 'yuan', 0.2, DUES, ['dues.underpaid']),
  p('dues.flat.farmer', '农民每月党费（元）', 'Farmers: monthly dues (yuan)', 'yuan', 0.2, [{ doc: 'dues2008', says: { zh: '0.2至1元，由省级党委确定', en: '0.20–1.00, set by the province' } }], ['dues.underpaid']),
  p('dues.flat.other', '其他人员每月党费（元）', 'Others (unemployed, on relief): monthly dues (yuan)', 'yuan', 0.2, DUES, ['dues.underpaid']),
  p('dues.roundingDigits', '党费保留小数位（2=分，1=角）', 'Dues decimals (2 = fen, 1 = jiao)', 'digits', 2, TOOL('部分支部按角取整', 'some branches round to the jiao'), ['dues.underpaid']),
  p('dues.maxBackPayMonths', '补交党费最长月数', 'Longest back payment (months)', 'months', 6, DUES, ['dues.missing']),
  p('meeting.frequency.committee', '支部委员会召开频次', 'Committee meeting frequency', 'frequency', 'monthly', [{ doc: 'branchWork2018', article: art('第十二条', 'art. 12'), says: { zh: '一般每月召开1次', en: 'usually monthly' } }, LOCAL_STANDARD('六、1', '§6.1')], ['meeting.overdue']),
  p('meeting.frequency.group', '党小组会召开频次', 'Group meeting frequency', 'frequency', 'monthly', [{ doc: 'branchWork2018', article: art('第十三条', 'art. 13'), says: { zh: '一般每月召开1次', en: 'usually monthly' } }, LOCAL_STANDARD('六、1', '§6.1')], ['meeting.overdue']),
  p('meeting.frequency.general', '支部党员大会召开频次', 'General meeting frequency', 'frequency', 'quarterly', [{ doc: 'branchWork2018', article: art('第十一条', 'art. 11'), says: { zh: '一般每季度召开1次', en: 'usually quarterly' } }, LOCAL_STANDARD('六、1', '§6.1')], ['meeting.overdue']),
  p('meeting.frequency.lecture', '党课频次', 'Party lecture frequency', 'frequency', 'half-yearly', [{ ...BRANCH_CH5, says: { zh: '按期上党课', en: 'lectures held regularly' } }, LOCAL_STANDARD('六、1', '§6.1', ['每半年一次党课', 'a lecture every half year'])], ['meeting.overdue']),
  p('meeting.frequency.themeDay', '主题党日频次', 'Theme day frequency', 'frequency', 'monthly', [{ ...BRANCH_CH5, says: { zh: '每月相对固定1天开展主题党日', en: 'a theme day on a set day each month' } }], ['meeting.overdue']),
  p('meeting.frequency.lifeMeeting', '组织生活会频次', 'Organisational life meeting frequency', 'frequency', 'yearly', [{ ...BRANCH_CH5, says: { zh: '每年至少召开1次组织生活会', en: 'at least one a year' } }], ['meeting.overdue']),
  p('meeting.frequency.appraisal', '民主评议党员频次', 'Democratic appraisal frequency', 'frequency', 'yearly', [{ ...BRANCH_CH5, says: { zh: '一般每年开展1次民主评议党员', en: 'usually once a year' } }], ['meeting.overdue']),
  p('meeting.quorumFraction', '会议有效到会比例（须超过）', 'Quorum (more than this share)', 'fraction', 0.5, [{ doc: 'branchWork2018', article: art('第十一、十二条', 'arts. 11–12'), says: { zh: '须有半数以上到会', en: 'more than half must attend' } }], ['meeting.quorum']),
  p('member.absentMonths', '连续未参加组织生活月数', 'Months without organisational life', 'months', 6, CHARTER_9, ['member.absent']),
  p('study.hoursMember', '党员年度学时', 'Yearly study hours (members)', 'hours', 32, [{ doc: 'trainingPlan2019', says: { zh: '党员每年集中学习培训一般不少于32学时', en: 'at least 32 hours a year' } }, { doc: 'education2019' }, LOCAL_STANDARD('五、2', '§5.2', ['不少于24个学时', 'at least 24 hours'])], ['study.hours']),
  p('study.hoursCommittee', '书记、委员年度学时', 'Yearly study hours (secretary, committee)', 'hours', 56, [{ doc: 'trainingPlan2019', says: { zh: '基层党组织书记和班子成员每年不少于56学时', en: 'secretaries and committee members at least 56 hours' } }, LOCAL_STANDARD('五、2', '§5.2', ['领导班子成员不少于40个学时', 'committee members at least 40 hours'])], ['study.hours']),
  p('study.hoursPerDay', '按天记录的学习折算学时（每天）', 'Hours counted for a day of study', 'hours', 8, TOOL('“1天”“3天”按每天学时折算', 'how many hours “1 day” of study counts for'), ['study.hours', 'development.training-short']),
  p('study.halfDayHours', '按“半天”记录的学习折算学时', 'Hours counted for half a day', 'hours', 4, TOOL('“半天”折算的学时', 'how many hours “half a day” counts for'), ['study.hours', 'development.training-short']),
  p('talk.minPerYear', '每人每年谈心谈话次数', 'Talks per member per year', 'count', 1, [{ ...BRANCH_CH5, says: { zh: '每年谈心谈话一般不少于1次', en: 'at least one talk a year' } }], ['talk.coverage']),
  p('development.talkWithinMonths', '收到申请后谈话时限', 'Talk with an applicant within', 'months', 1, DEVELOPMENT('第七条', 'art. 7'), ['development.talk-late']),
  p('development.reviewMonths', '积极分子考察间隔', 'Activist review interval', 'months', 6, DEVELOPMENT('第十一条', 'art. 11'), ['development.review-overdue']),
  p('development.minActivistYears', '积极分子培养期', 'Minimum time as an activist', 'years', 1, DEVELOPMENT('第十三条', 'art. 13'), ['development.too-early']),
  p('development.minTrainingHours', '发展对象集中培训学时', 'Candidate training hours', 'hours', 24, DEVELOPMENT('第十七条', 'art. 17'), ['development.training-short']),
];

export type ParameterValues = ReadonlyMap<string, number | Frequency>;

export function defaultParameterValues(): Map<string, number | Frequency> {
  return new Map(RULE_PARAMETERS.map((rp) => [rp.id, rp.defaultValue]));
}

export function findParameter(id: string): RuleParameter {
  const rp = RULE_PARAMETERS.find((x) => x.id === id);
  if (!rp) throw new Error(`unknown rule parameter ${id}`);
  return rp;
}

export function numberParameter(values: ParameterValues, id: string): number {
  const v = values.get(id) ?? findParameter(id).defaultValue;
  if (typeof v !== 'number') throw new Error(`parameter ${id} is not a number`);
  return v;
}
