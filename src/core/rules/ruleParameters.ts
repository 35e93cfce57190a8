import type { Localized } from '../i18n/language';

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
  readonly label: Localized;
  readonly unit: ParameterUnit;
  readonly defaultValue: number | Frequency;
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
  basis: [string, string],
  rules: string[],
): RuleParameter => ({ id, label: { zh, en }, unit, defaultValue, basis: { zh: basis[0], en: basis[1] }, rules });

const CHARTER_DUES: [string, string] = ['《中国共产党章程》第九条', 'Party Constitution art. 9'];
const DUES_2008: [string, string] = ['《关于中国共产党党费收缴、使用和管理的规定》（2008）', 'Regulations on party dues (2008)'];
const BRANCH_2018: [string, string] = ['《中国共产党支部工作条例（试行）》（2018）', 'Regulations on party branch work (2018)'];
const DEVELOPMENT_2014: [string, string] = ['《中国共产党发展党员工作细则》（2014）', 'Rules on developing party members (2014)'];
const EDUCATION_2019: [string, string] = ['《中国共产党党员教育管理工作条例》（2019）', 'Regulations on the education and management of members (2019)'];

export const RULE_PARAMETERS: readonly RuleParameter[] = [
  p('period.graceDays', '周期检查宽限天数', 'Grace days after a period ends', 'days', 0, ['本工具设置：周期结束后多少天开始检查', 'Tool setting: days after a period ends before it is checked'], ['meeting.overdue', 'dues.missing', 'dues.arrears']),
  p('roster.minAdmissionAge', '入党最低年龄', 'Minimum age at admission', 'years', 18, ['《中国共产党章程》第一条', 'Party Constitution art. 1'], ['roster.date-order']),
  p('membership.probationYears', '预备期', 'Probation period', 'years', 1, ['《中国共产党章程》第七条；《发展党员工作细则》', 'Party Constitution art. 7; development rules'], ['membership.probation-overdue', 'membership.probation-due']),
  p('membership.probationDueDays', '预备期届满提前提醒天数', 'Remind before probation ends', 'days', 30, ['本工具设置', 'Tool setting'], ['membership.probation-due']),
  p('branch.maxMembers', '支部党员人数上限', 'Maximum members in a branch', 'members', 50, [`${BRANCH_2018[0]}第二章；党员人数一般不超过50人`, `${BRANCH_2018[1]}, ch. 2`], ['branch.size']),
  p('branch.committeeThreshold', '设立支委会的正式党员人数', 'Full members requiring a committee', 'members', 7, [`${BRANCH_2018[0]}第六章`, `${BRANCH_2018[1]}, ch. 6`], ['branch.committee']),
  p('branch.committeeMin', '支委会最少人数', 'Minimum committee size', 'members', 3, [`${BRANCH_2018[0]}第六章`, `${BRANCH_2018[1]}, ch. 6`], ['branch.committee']),
  p('branch.committeeMax', '支委会一般最多人数', 'Usual maximum committee size', 'members', 5, [`${BRANCH_2018[0]}第六章`, `${BRANCH_2018[1]}, ch. 6`], ['branch.committee']),
  p('branch.committeeHardMax', '支委会人数上限', 'Absolute maximum committee size', 'members', 7, [`${BRANCH_2018[0]}第六章`, `${BRANCH_2018[1]}, ch. 6`], ['branch.committee']),
  p('branch.termYears', '支委会任期', 'Committee term', 'years', 3, ['《关于党的基层组织任期的意见》（2018）', 'Opinions on the terms of primary organisations (2018)'], ['branch.term-expired']),
  p('branch.termYearsVillage', '村、社区支委会任期', 'Committee term (village/community)', 'years', 5, ['《关于党的基层组织任期的意见》（2018）', 'Opinions on the terms of primary organisations (2018)'], ['branch.term-expired']),
  p('branch.termReminderDays', '换届提前提醒天数', 'Remind before the term ends', 'days', 180, ['上级党组织一般提前6个月提醒换届', 'The higher committee reminds about six months ahead'], ['branch.term-expired']),
  p('dues.arrearsWarnMonths', '连续未交党费提醒月数', 'Unpaid months for a warning', 'months', 3, CHARTER_DUES, ['dues.arrears']),
  p('dues.arrearsCriticalMonths', '连续未交党费严重月数', 'Unpaid months, critical (lapse)', 'months', 6, CHARTER_DUES, ['dues.arrears']),
  p('dues.employed.bracket1', '在职：第一档上限（元）', 'Employed: bracket 1 up to (yuan)', 'yuan', 3000, DUES_2008, ['dues.underpaid']),
  p('dues.employed.bracket2', '在职：第二档上限（元）', 'Employed: bracket 2 up to (yuan)', 'yuan', 5000, DUES_2008, ['dues.underpaid']),
  p('dues.employed.bracket3', '在职：第三档上限（元）', 'Employed: bracket 3 up to (yuan)', 'yuan', 10000, DUES_2008, ['dues.underpaid']),
  p('dues.employed.rate1', '在职：第一档比例', 'Employed: bracket 1 rate', 'fraction', 0.005, DUES_2008, ['dues.underpaid']),
  p('dues.employed.rate2', '在职：第二档比例', 'Employed: bracket 2 rate', 'fraction', 0.01, DUES_2008, ['dues.underpaid']),
  p('dues.employed.rate3', '在职：第三档比例', 'Employed: bracket 3 rate', 'fraction', 0.015, DUES_2008, ['dues.underpaid']),
  p('dues.employed.rate4', '在职：第四档比例', 'Employed: above bracket 3', 'fraction', 0.02, DUES_2008, ['dues.underpaid']),
  p('dues.retired.bracket1', '离退休：第一档上限（元）', 'Retired: bracket 1 up to (yuan)', 'yuan', 5000, DUES_2008, ['dues.underpaid']),
  p('dues.retired.rate1', '离退休：第一档比例', 'Retired: bracket 1 rate', 'fraction', 0.005, DUES_2008, ['dues.underpaid']),
  p('dues.retired.rate2', '离退休：第二档比例', 'Retired: above bracket 1', 'fraction', 0.01, DUES_2008, ['dues.underpaid']),
  p('dues.flat.student', '学生等每月党费（元）', 'Students etc.: monthly dues (yuan)', 'yuan', 0.2, DUES_2008, ['dues.underpaid']),
  p('dues.flat.farmer', '农民每月党费（元）', 'Farmers: monthly dues (yuan)', 'yuan', 0.2, [`${DUES_2008[0]}；0.2至1元，由省级党委确定`, `${DUES_2008[1]}; 0.20–1.00 set by the province`], ['dues.underpaid']),
  p('dues.flat.other', '其他人员每月党费（元）', 'Others (unemployed, on relief): monthly dues (yuan)', 'yuan', 0.2, DUES_2008, ['dues.underpaid']),
  p('dues.roundingDigits', '党费保留小数位（2=分，1=角）', 'Dues decimals (2 = fen, 1 = jiao)', 'digits', 2, ['本工具设置：部分支部按角取整', 'Tool setting: some branches round to the jiao'], ['dues.underpaid']),
  p('dues.maxBackPayMonths', '补交党费最长月数', 'Longest back payment (months)', 'months', 6, DUES_2008, ['dues.missing']),
  p('meeting.frequency.committee', '支部委员会召开频次', 'Committee meeting frequency', 'frequency', 'monthly', [`${BRANCH_2018[0]}第十一条`, `${BRANCH_2018[1]}, art. 11`], ['meeting.overdue']),
  p('meeting.frequency.group', '党小组会召开频次', 'Group meeting frequency', 'frequency', 'monthly', [`${BRANCH_2018[0]}第十二条`, `${BRANCH_2018[1]}, art. 12`], ['meeting.overdue']),
  p('meeting.frequency.general', '支部党员大会召开频次', 'General meeting frequency', 'frequency', 'quarterly', [`${BRANCH_2018[0]}第十一条`, `${BRANCH_2018[1]}, art. 11`], ['meeting.overdue']),
  p('meeting.frequency.lecture', '党课频次', 'Party lecture frequency', 'frequency', 'half-yearly', [`${BRANCH_2018[0]}第十二条（按期）；${EDUCATION_2019[0]}`, `${BRANCH_2018[1]}, art. 12; ${EDUCATION_2019[1]}`], ['meeting.overdue']),
  p('meeting.frequency.themeDay', '主题党日频次', 'Theme day frequency', 'frequency', 'monthly', [`${BRANCH_2018[0]}第十三条`, `${BRANCH_2018[1]}, art. 13`], ['meeting.overdue']),
  p('meeting.frequency.lifeMeeting', '组织生活会频次', 'Organisational life meeting frequency', 'frequency', 'yearly', [`${BRANCH_2018[0]}第十三条`, `${BRANCH_2018[1]}, art. 13`], ['meeting.overdue']),
  p('meeting.frequency.appraisal', '民主评议党员频次', 'Democratic appraisal frequency', 'frequency', 'yearly', [`${EDUCATION_2019[0]}第十八条`, `${EDUCATION_2019[1]}, art. 18`], ['meeting.overdue']),
  p('meeting.quorumFraction', '会议有效到会比例（须超过）', 'Quorum (more than this share)', 'fraction', 0.5, [`${BRANCH_2018[0]}第十一、十二条`, `${BRANCH_2018[1]}, arts. 11–12`], ['meeting.quorum']),
  p('member.absentMonths', '连续未参加组织生活月数', 'Months without organisational life', 'months', 6, CHARTER_DUES, ['member.absent']),
  p('study.hoursMember', '党员年度学时', 'Yearly study hours (members)', 'hours', 32, [`${EDUCATION_2019[0]}第二十条`, `${EDUCATION_2019[1]}, art. 20`], ['study.hours']),
  p('study.hoursCommittee', '书记、委员年度学时', 'Yearly study hours (secretary, committee)', 'hours', 56, [`${EDUCATION_2019[0]}第二十条；全国党员教育培训工作规划`, `${EDUCATION_2019[1]}, art. 20; national training plan`], ['study.hours']),
  p('study.hoursPerDay', '按天记录的学习折算学时（每天）', 'Hours counted for a day of study', 'hours', 8, ['本工具设置：“1天”“3天”按每天学时折算', 'Tool setting: how many hours “1 day” of study counts for'], ['study.hours', 'development.training-short']),
  p('study.halfDayHours', '按“半天”记录的学习折算学时', 'Hours counted for half a day', 'hours', 4, ['本工具设置：“半天”折算的学时', 'Tool setting: how many hours “half a day” counts for'], ['study.hours', 'development.training-short']),
  p('talk.minPerYear', '每人每年谈心谈话次数', 'Talks per member per year', 'count', 1, [`${BRANCH_2018[0]}：每年谈心谈话一般不少于1次`, `${BRANCH_2018[1]}: at least one talk a year`], ['talk.coverage']),
  p('development.talkWithinMonths', '收到申请后谈话时限', 'Talk with an applicant within', 'months', 1, DEVELOPMENT_2014, ['development.talk-late']),
  p('development.reviewMonths', '积极分子考察间隔', 'Activist review interval', 'months', 6, DEVELOPMENT_2014, ['development.review-overdue']),
  p('development.minActivistYears', '积极分子培养期', 'Minimum time as an activist', 'years', 1, DEVELOPMENT_2014, ['development.too-early']),
  p('development.minTrainingHours', '发展对象集中培训学时', 'Candidate training hours', 'hours', 24, DEVELOPMENT_2014, ['development.training-short']),
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
