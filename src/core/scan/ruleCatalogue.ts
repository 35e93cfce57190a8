import type { Localized } from '../i18n/language';
import type { Severity } from './finding';

/**
 * The rules (DOMAIN.md §4): id, default severity and the basis a secretary recognises. Wording is
 * data: a revised regulation changes a row here, never a rule's code.
 */
export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly title: Localized;
  readonly basis: Localized;
}

const r = (id: string, severity: Severity, title: [string, string], basis: [string, string]): RuleInfo => ({
  id,
  severity,
  title: { zh: title[0], en: title[1] },
  basis: { zh: basis[0], en: basis[1] },
});

const BRANCH_2018 = '《中国共产党支部工作条例（试行）》（2018）';
const CHARTER = '《中国共产党章程》';
const DUES_2008 = '《关于中国共产党党费收缴、使用和管理的规定》（2008）';
const DEVELOPMENT_2014 = '《中国共产党发展党员工作细则》（2014）';
const EDUCATION_2019 = '《中国共产党党员教育管理工作条例》（2019）';

export const RULES: readonly RuleInfo[] = [
  r('*.missing-field', 'warning', ['必填项为空', 'Required entry missing'], ['台账记录内容要完整（种子文件004 §三.4）', 'Records must be complete (seed 004 §3.4)']),
  r('*.invalid-value', 'warning', ['无法识别的内容', 'Unreadable value'], ['台账记录格式要规范（种子文件004 §三.4）', 'Records must follow the format (seed 004 §3.4)']),
  r('roster.duplicate', 'warning', ['党员重复登记', 'Member listed twice'], ['党员名册应准确，一人一条', 'One row per member']),
  r('roster.id-number', 'warning', ['身份证号有误', 'ID number wrong'], ['GB 11643-1999《公民身份号码》', 'GB 11643-1999 citizen ID numbers']),
  r('roster.date-order', 'warning', ['日期先后不合理', 'Impossible dates'], [`${CHARTER}第一条：年满十八岁`, 'Party Constitution art. 1: aged 18 or over']),
  r('membership.probation-overdue', 'critical', ['预备期已满未办理转正', 'Probation over, not converted'], [`${CHARTER}第七条；${DEVELOPMENT_2014}`, 'Party Constitution art. 7; development rules (2014)']),
  r('membership.probation-due', 'info', ['预备期即将届满', 'Probation ends soon'], [`${CHARTER}第七条`, 'Party Constitution art. 7']),
  r('branch.size', 'warning', ['支部党员人数超过上限', 'Branch too large'], [`${BRANCH_2018}第二章；种子文件002 §二.4`, 'Branch work regulations (2018) ch. 2; seed 002 §2.4']),
  r('branch.committee', 'warning', ['支委会设置不符合要求', 'Committee not as required'], [`${BRANCH_2018}第六章`, 'Branch work regulations (2018) ch. 6']),
  r('branch.term-expired', 'critical', ['支委会任期届满', 'Committee term over'], [`${BRANCH_2018}第六章；《关于党的基层组织任期的意见》（2018）`, 'Branch work regulations ch. 6; opinions on terms (2018)']),
  r('dues.missing', 'warning', ['当月未交党费', 'No dues entered for the month'], ['每月按时交纳党费（种子文件004 §五.3）', 'Dues paid monthly (seed 004 §5.3)']),
  r('dues.arrears', 'warning', ['连续未交党费', 'Dues unpaid for consecutive months'], [`${CHARTER}第九条：连续六个月不交纳党费，视为自行脱党`, 'Party Constitution art. 9: six months unpaid counts as leaving the Party']),
  r('dues.underpaid', 'warning', ['少交党费', 'Dues underpaid'], [DUES_2008, 'Regulations on party dues (2008)']),
  r('dues.roster-mismatch', 'warning', ['党费台账与党员名册不一致', 'Dues ledger and roster differ'], ['党费收缴台账应覆盖全体在册党员', 'The dues ledger covers every registered member']),
  r('meeting.overdue', 'warning', ['会议未按期召开', 'Meeting not held in the period'], [`${BRANCH_2018}第十一至十三条；${EDUCATION_2019}第十六至十八条；种子文件004 §六.1`, 'Branch work regulations arts. 11–13; education regulations arts. 16–18; seed 004 §6.1']),
  r('meeting.quorum', 'warning', ['到会人数未超过半数', 'No quorum'], [`${BRANCH_2018}第十一、十二条：应到人数过半方可召开`, 'Branch work regulations arts. 11–12: more than half must attend']),
  r('meeting.makeup', 'warning', ['缺席人员未补学', 'Absentee has not made up'], ['缺席人员应补学或补课（种子文件004 §五.2）', 'Absentees must make up the session (seed 004 §5.2)']),
  r('member.absent', 'critical', ['长期未参加组织生活', 'No organisational life for months'], [`${CHARTER}第九条：连续六个月不参加党的组织生活，视为自行脱党`, 'Party Constitution art. 9: six months without organisational life counts as leaving the Party']),
  r('study.hours', 'warning', ['学习学时不足', 'Study hours short'], [`${EDUCATION_2019}第二十条`, 'Education regulations (2019) art. 20']),
  r('talk.coverage', 'warning', ['全年无谈心谈话', 'No heart-to-heart talk this year'], [`${BRANCH_2018}：每年谈心谈话一般不少于1次`, 'Branch work regulations: at least one talk a year']),
  r('development.talk-late', 'warning', ['未在一个月内派人谈话', 'Applicant not talked to within a month'], [`${DEVELOPMENT_2014}第七条`, 'Development rules (2014) art. 7']),
  r('development.review-overdue', 'warning', ['积极分子超过半年未考察', 'Activist not reviewed for six months'], [`${DEVELOPMENT_2014}第十三条`, 'Development rules (2014) art. 13']),
  r('development.too-early', 'critical', ['培养不满一年确定为发展对象', 'Made a candidate before a year as activist'], [`${DEVELOPMENT_2014}第十五条`, 'Development rules (2014) art. 15']),
  r('development.training-short', 'warning', ['发展对象集中培训学时不足', 'Candidate training hours short'], [`${DEVELOPMENT_2014}第十八条`, 'Development rules (2014) art. 18']),
  r('obligation.overdue', 'warning', ['年度工作事项逾期未完成', 'Annual obligation overdue'], ['种子文件000–004', 'Seeds 000–004']),
];

/** The catalogue entry of a rule id (`roster.missing-field` finds `*.missing-field`). */
export function ruleInfo(id: string): RuleInfo {
  const exact = RULES.find((x) => x.id === id);
  if (exact) return exact;
  const generic = RULES.find((x) => x.id.startsWith('*.') && id.endsWith(x.id.slice(1)));
  if (!generic) throw new Error(`unknown rule ${id}`);
  return generic;
}
