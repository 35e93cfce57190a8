import type { Localized } from '../i18n/language';
import type { Severity } from '../scan/finding';
import { art, basisText, type Citation } from './basisDocuments';
import { RULE_PARAMETERS, type RuleParameter } from './ruleParameters';

/**
 * The rules (DOMAIN.md §4), the one place they are described: id, severity, what each flags and
 * why, the basis by document title and article, the settings rows that change its numbers, and an
 * example finding. The reference page (docs/rules.md), the 规则说明 sheet, `cli rules` and the
 * pane's explanation are all generated from this list. A revised regulation changes a row here,
 * never a rule's code.
 */
export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  /** When the severity depends on the case (a warning at 3 unpaid months, critical at 6). */
  readonly severityNote?: Localized;
  readonly title: Localized;
  /** What is flagged, in a sentence. */
  readonly what: Localized;
  /** Why it matters to the branch. */
  readonly why: Localized;
  readonly citations: readonly Citation[];
  /** `citations` rendered in each language (a finding's `basis`, unless the settings rename the local standard). */
  readonly basis: Localized;
  /** Keys of the settings sheet's branch facts the rule reads (本届支委会选举日期 …). */
  readonly settingsItems: readonly string[];
  readonly example: RuleExample;
}

/** An example finding (zh-CN), as the CLI's JSON would carry it. */
export interface RuleExample {
  readonly rule: string;
  readonly sheet: string;
  readonly cell?: string;
  readonly member?: string;
  readonly period?: string;
  readonly meetingType?: string;
  readonly message: string;
}

interface RuleSpec {
  readonly id: string;
  readonly severity: Severity;
  readonly severityNote?: [string, string];
  readonly title: [string, string];
  readonly what: [string, string];
  readonly why: [string, string];
  readonly citations: Citation[];
  readonly settingsItems?: string[];
  readonly example: Omit<RuleExample, 'rule'> & { readonly rule?: string };
}

const L = (t: [string, string]): Localized => ({ zh: t[0], en: t[1] });

const r = (spec: RuleSpec): RuleInfo => ({
  id: spec.id,
  severity: spec.severity,
  ...(spec.severityNote ? { severityNote: L(spec.severityNote) } : {}),
  title: L(spec.title),
  what: L(spec.what),
  why: L(spec.why),
  citations: spec.citations,
  basis: basisText(spec.citations),
  settingsItems: spec.settingsItems ?? [],
  example: { ...spec.example, rule: spec.example.rule ?? spec.id },
});

const CHARTER = (zh: string, en: string, says?: [string, string]): Citation => ({ doc: 'charter', article: art(zh, en), ...(says ? { says: L(says) } : {}) });
const BRANCH = (zh: string, en: string, says?: [string, string]): Citation => ({ doc: 'branchWork2018', article: art(zh, en), ...(says ? { says: L(says) } : {}) });
const LOCAL = (zh: string, en: string, says?: [string, string]): Citation => ({ doc: 'localStandard', article: art(zh, en), ...(says ? { says: L(says) } : {}) });
const DEVELOPMENT = (zh: string, en: string): Citation => ({ doc: 'development2014', article: art(zh, en) });
/** The checklist appended to 《单位党支部建设标准》 (市直机关党支部规范化建设参考目录). */
const CHECKLIST = (n: number, says: [string, string]): Citation => ({ doc: 'localStandard', article: art(`附“规范化建设参考目录”第${n}条`, `appended checklist, item ${n}`), says: L(says) });

export const RULES: readonly RuleInfo[] = [
  r({
    id: '*.missing-field',
    severity: 'warning',
    title: ['必填项为空', 'Required entry missing'],
    what: ['台账记录行中必填的单元格（表头带 * 的列）为空；* 处为台账种类，如 roster.missing-field。', 'A required cell (a header marked *) is blank in a record row; * is the ledger kind, as in roster.missing-field.'],
    why: ['记录不完整，检查时视同未记录。', 'An incomplete record counts as no record at an inspection.'],
    citations: [LOCAL('三、4', '§3.4', ['各种工作记录内容要完整', 'records must be complete'])],
    example: { rule: 'roster.missing-field', sheet: '党员名册', cell: 'E12', member: '王五', message: '“出生日期”未填写' },
  }),
  r({
    id: '*.invalid-value',
    severity: 'warning',
    title: ['无法识别的内容', 'Unreadable value'],
    what: ['单元格内容无法按其类型读出（日期、数字、金额、下拉选项）；该单元格所涉及的其他检查不再重复报告。', 'A cell cannot be read as its type (date, number, amount, list value); the checks that would have used it report nothing more.'],
    why: ['读不出的内容无法检查，也无法汇总。', 'What cannot be read can be neither checked nor summed.'],
    citations: [LOCAL('三、4', '§3.4', ['记录格式要符合有关要求', 'records follow the required format'])],
    example: { rule: 'meeting.invalid-value', sheet: '会议及活动记录', cell: 'A9', message: '“日期”无法识别：“三月初”' },
  }),
  r({
    id: 'roster.duplicate',
    severity: 'warning',
    title: ['党员重复登记', 'Member listed twice'],
    what: ['同一党员在名册中出现两次（身份证号相同，或姓名和出生日期相同）；其他检查仍按一人计算。', 'The same member twice on the roster (same ID number, or same name and birth date); every other check still counts one person.'],
    why: ['重复登记会使人数、党费和出席率统计出错。', 'A duplicate skews member counts, dues and attendance.'],
    citations: [LOCAL('三、2', '§3.2', ['党员名册完整齐全', 'the roster is complete and accurate'])],
    example: { sheet: '党员名册', cell: 'B15', member: '李四', message: '与第8行重复登记（身份证号相同）' },
  }),
  r({
    id: 'roster.id-number',
    severity: 'warning',
    title: ['身份证号有误', 'ID number wrong'],
    what: ['18位身份证号的校验位或其中的出生日期不正确。', 'An 18-digit ID number whose check digit or embedded birth date is wrong.'],
    why: ['身份证号错误会影响组织关系转接和党内统计。', 'A wrong ID number breaks transfers and party statistics.'],
    citations: [{ doc: 'idNumberStandard' }],
    example: { sheet: '党员名册', cell: 'G6', member: '张三', message: '身份证号校验位不正确' },
  }),
  r({
    id: 'roster.date-order',
    severity: 'warning',
    title: ['日期先后不合理', 'Impossible dates'],
    what: ['日期先后不可能：入党时未满18周岁、转正日期早于入党日期，或日期晚于检查基准日。', 'Impossible chronology: admitted before age 18, converted before admission, or a date after the as-of date.'],
    why: ['多为录入错误，会影响预备期和党龄计算。', 'Usually a typing error; it distorts probation and party standing.'],
    citations: [CHARTER('第一条', 'art. 1', ['年满十八岁', 'aged eighteen or over'])],
    example: { sheet: '党员名册', cell: 'I7', member: '赵六', message: '入党时未满18周岁（出生日期 2008-05-01，入党日期 2025-03-01）' },
  }),
  r({
    id: 'membership.probation-overdue',
    severity: 'critical',
    title: ['预备期已满未办理转正', 'Probation over, not converted'],
    what: ['预备党员的一年预备期（延长的按延长后）已满，名册中没有转正日期。', 'A probationary member whose one-year probation (or its extension) has ended, with no conversion date on the roster.'],
    why: ['预备期满应及时讨论转正，逾期是组织程序问题。', 'The branch must decide on conversion when probation ends; a delay is a procedural fault.'],
    citations: [CHARTER('第七条', 'art. 7', ['预备期满，党的支部应当及时讨论他能否转为正式党员', 'the branch discusses conversion as soon as probation ends'])],
    example: { sheet: '党员名册', cell: 'J9', member: '孙七', message: '预备期已于 2025-04-10 届满，未填写转正日期' },
  }),
  r({
    id: 'membership.probation-due',
    severity: 'info',
    title: ['预备期即将届满', 'Probation ends soon'],
    what: ['预备期将在设定天数内届满，提醒准备转正的支部党员大会。', 'Probation ends within the set number of days: time to prepare the branch meeting on conversion.'],
    why: ['提前准备，避免逾期。', 'Prepare ahead to avoid a delay.'],
    citations: [CHARTER('第七条', 'art. 7')],
    example: { sheet: '党员名册', cell: 'J10', member: '周八', message: '预备期将于 2025-07-15 届满，请准备转正' },
  }),
  r({
    id: 'branch.size',
    severity: 'warning',
    title: ['支部党员人数超过上限', 'Branch too large'],
    what: ['在册党员人数超过设定上限。', 'More registered members than the limit.'],
    why: ['党员过多的支部难以开展组织生活，一般应当分设。', 'A branch that large cannot hold its organisational life well and is usually divided.'],
    citations: [BRANCH('第二章', 'ch. 2', ['党员人数一般不超过50人', 'usually no more than 50 members']), { doc: 'localAction', article: art('二、4', '§2.4') }],
    example: { sheet: '党员名册', message: '在册党员56人，超过上限50人' },
  }),
  r({
    id: 'branch.committee',
    severity: 'warning',
    title: ['支委会设置不符合要求', 'Committee not as required'],
    what: ['正式党员达到设立支委会的人数，但支委会（党内职务）少于最少人数或多于上限；或者没有书记。', 'Enough full members to need a committee, but the committee (party posts) is smaller than the minimum or larger than the maximum; or there is no secretary.'],
    why: ['支委会健全是支部正常运转的前提。', 'A complete committee is what keeps a branch working.'],
    citations: [BRANCH('第六章', 'ch. 6'), { doc: 'localAction', article: art('二、4', '§2.4') }, LOCAL('一、1', '§1.1')],
    example: { sheet: '党员名册', message: '正式党员12人，支委会只有2人（应为3至5人，一般不超过7人）' },
  }),
  r({
    id: 'branch.term-expired',
    severity: 'critical',
    severityNote: ['任期已满为严重；距届满不足设定天数为提示。', 'Critical once the term is over; info within the reminder days before.'],
    title: ['支委会任期届满', 'Committee term over'],
    what: ['本届支委会选举日期加任期年限已到（或即将到）检查基准日，需要换届。', 'The committee election date plus the term has passed (or is near) the as-of date: an election is due.'],
    why: ['任期届满应按期换届，延期须报上级批准。', 'A branch re-elects on time; a delay needs the higher committee’s approval.'],
    citations: [BRANCH('第六章', 'ch. 6'), { doc: 'terms2018' }, { doc: 'localAction', article: art('二、4', '§2.4') }],
    settingsItems: ['branch.electionDate', 'branch.term', 'branch.unitType'],
    example: { sheet: '设置', message: '本届支委会于 2022-03-15 选举，任期3年，已于 2025-03-15 届满' },
  }),
  r({
    id: 'dues.missing',
    severity: 'warning',
    title: ['当月未交党费', 'No dues entered for the month'],
    what: ['已过去的月份，应交党费的党员（预备党员自入党当月起）没有交纳记录。', 'An elapsed month with no payment for a member liable that month (probationary members pay from their admission month).'],
    why: ['党费应按月交纳。', 'Dues are paid every month.'],
    citations: [{ doc: 'dues2008' }, LOCAL('五、3', '§5.3', ['党费收缴足额及时，每月按时', 'dues collected in full, every month'])],
    example: { sheet: '党费收缴台账', cell: 'H8', member: '吴九', period: '2025-03', message: '2025年3月未交党费' },
  }),
  r({
    id: 'dues.arrears',
    severity: 'warning',
    severityNote: ['连续未交达到提醒月数为警告，达到严重月数为严重。', 'A warning at the warning months; critical at the critical months.'],
    title: ['连续未交党费', 'Dues unpaid for consecutive months'],
    what: ['连续多个已过去的月份未交党费。', 'Several consecutive elapsed months unpaid.'],
    why: ['连续六个月不交纳党费，又没有正当理由的，按自行脱党处理。', 'Six months unpaid without good reason counts as leaving the Party.'],
    citations: [CHARTER('第九条', 'art. 9', ['连续六个月不交纳党费，视为自行脱党', 'six months unpaid counts as leaving the Party'])],
    example: { sheet: '党费收缴台账', cell: 'F11:H11', member: '郑十', period: '2025-01', message: '连续3个月未交党费（2025年1月至3月）' },
  }),
  r({
    id: 'dues.underpaid',
    severity: 'warning',
    title: ['少交党费', 'Dues underpaid'],
    what: ['实交金额少于按人员类别和月收入基数算出的应交金额；备注写明“减免”“免交”的不报告，多交不报告。', 'Paid less than the due computed from the person category and the income base; a remark 减免/免交 suppresses it, paying more is never flagged.'],
    why: ['党费按规定比例足额交纳。', 'Dues are paid in full at the set rates.'],
    citations: [{ doc: 'dues2008' }],
    example: { sheet: '党费收缴台账', cell: 'J6', member: '王五', period: '2025-05', message: '2025年5月实交30.00元，应交81.00元（基数5400元×1.5%）' },
  }),
  r({
    id: 'dues.roster-mismatch',
    severity: 'warning',
    title: ['党费台账与党员名册不一致', 'Dues ledger and roster differ'],
    what: ['名册中在册的党员不在党费台账中，或党费台账中有名册里没有的人。', 'A registered member missing from the dues ledger, or a ledger row with no roster member.'],
    why: ['党费台账应覆盖全体在册党员。', 'The dues ledger covers every registered member.'],
    citations: [CHECKLIST(16, ['党费收缴台账齐全', 'a complete dues ledger'])],
    example: { sheet: '党费收缴台账', member: '钱二', message: '名册中的党员“钱二”不在党费收缴台账中' },
  }),
  r({
    id: 'meeting.overdue',
    severity: 'warning',
    title: ['会议未按期召开', 'Meeting not held in the period'],
    what: ['某类必开会议在一个已结束的周期内没有记录（支委会、党小组会、主题党日每月；支部党员大会每季度；党课每半年；组织生活会、民主评议党员每年）；一次会议写明多种类型的，各算一次。', 'A required meeting type with no record in an ended period (committee, group meeting, theme day monthly; general meeting quarterly; lecture half-yearly; life meeting and appraisal yearly); a meeting naming several types counts for each.'],
    why: ['“三会一课”和主题党日、组织生活会、民主评议党员是党支部的基本制度。', 'The 三会一课, theme days, life meetings and appraisal are a branch’s basic duties.'],
    citations: [BRANCH('第十一至十三条、第五章', 'arts. 11–13, ch. 5'), LOCAL('六、1', '§6.1', ['每月一次支委会、一次党小组会，每季度一次支部党员大会，每半年一次党课', 'committee and group monthly, general meeting quarterly, lecture half-yearly'])],
    example: { sheet: '会议及活动记录', period: '2025-Q1', meetingType: '支部党员大会', message: '2025年第1季度未召开支部党员大会' },
  }),
  r({
    id: 'meeting.quorum',
    severity: 'warning',
    title: ['到会人数未超过半数', 'No quorum'],
    what: ['支委会到会委员未超过半数，或支部党员大会到会的正式党员未超过半数（预备党员可以参加，但不计入）。', 'A committee meeting with half or fewer of the committee present, or a general meeting with half or fewer of the full members present (probationary members attend but do not count).'],
    why: ['未达到法定人数，会议决定无效。', 'Without a quorum the meeting’s decisions are not valid.'],
    citations: [BRANCH('第十一、十二条', 'arts. 11–12', ['须有半数以上到会', 'more than half must attend'])],
    example: { sheet: '会议及活动记录', cell: 'H14', meetingType: '支部党员大会', message: '应到正式党员12人，实到6人，未超过半数' },
  }),
  r({
    id: 'meeting.makeup',
    severity: 'warning',
    title: ['缺席人员未补学', 'Absentee has not made up'],
    what: ['会议缺席人员没有补学记录。', 'An absentee of a meeting with no make-up (补学) entry.'],
    why: ['缺席人员应补学或补课。', 'Absentees must make up the session.'],
    citations: [LOCAL('五、2', '§5.2', ['缺席人员应补学或补课', 'absentees make up the session'])],
    example: { sheet: '会议及活动记录', cell: 'I14', member: '李四', meetingType: '党课', message: '李四缺席 2025-04-18 的党课，未见补学记录' },
  }),
  r({
    id: 'member.absent',
    severity: 'critical',
    title: ['长期未参加组织生活', 'No organisational life for months'],
    what: ['党员连续多个月没有参加应参加的组织生活（被列为缺席的不算参加，事后补学也不算参加）。', 'A member who attended no organisational life they were expected at for several consecutive months (listed absent does not count, nor does a make-up).'],
    why: ['连续六个月不参加党的组织生活，又没有正当理由的，按自行脱党处理。', 'Six months without organisational life, without good reason, counts as leaving the Party.'],
    citations: [CHARTER('第九条', 'art. 9', ['连续六个月不参加党的组织生活，视为自行脱党', 'six months without organisational life counts as leaving the Party'])],
    example: { sheet: '会议及活动记录', member: '冯一', message: '冯一自 2025-01 起连续6个月未参加组织生活' },
  }),
  r({
    id: 'study.hours',
    severity: 'warning',
    severityNote: ['年中按进度不足为提示，年底不足为警告。', 'Info before year end (pro rata), a warning at year end.'],
    title: ['学习学时不足', 'Study hours short'],
    what: ['党员全年学习学时低于要求（书记、支委另有要求）；年中按时间进度折算。', 'A member’s study hours for the year below the requirement (a higher one for the secretary and committee), pro rata before year end.'],
    why: ['党员应按要求参加集中学习培训。', 'Members take the required training each year.'],
    citations: [{ doc: 'trainingPlan2019' }, { doc: 'education2019' }, LOCAL('五、2', '§5.2')],
    example: { sheet: '学习培训记录', member: '陈二', period: '2025', message: '陈二全年学习20学时，少于要求的32学时' },
  }),
  r({
    id: 'talk.coverage',
    severity: 'warning',
    title: ['全年无谈心谈话', 'No heart-to-heart talk this year'],
    what: ['到年底，某党员全年没有谈心谈话记录。', 'By year end, a member with no heart-to-heart talk on record for the year.'],
    why: ['支委之间、支委和党员之间、党员之间每年谈心谈话一般不少于1次。', 'Committee members and members talk with each other at least once a year.'],
    citations: [BRANCH('第五章', 'ch. 5', ['每年谈心谈话一般不少于1次', 'at least one talk a year'])],
    example: { sheet: '谈心谈话记录', member: '褚三', period: '2025', message: '褚三全年没有谈心谈话记录' },
  }),
  r({
    id: 'development.talk-late',
    severity: 'warning',
    title: ['未在一个月内派人谈话', 'Applicant not talked to within a month'],
    what: ['递交入党申请书后，设定时限内没有谈话日期。', 'No talk date within the set time after the application was handed in.'],
    why: ['党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话。', 'The branch talks with an applicant within a month of the application.'],
    citations: [DEVELOPMENT('第七条', 'art. 7')],
    example: { sheet: '入党积极分子及发展对象', cell: 'D5', member: '卫四', message: '2025-02-10 递交入党申请书，一个月内未谈话' },
  }),
  r({
    id: 'development.review-overdue',
    severity: 'warning',
    title: ['积极分子超过半年未考察', 'Activist not reviewed for six months'],
    what: ['入党积极分子最近一次考察（没有时按确定为积极分子日期）已超过设定间隔。', 'An activist whose last review (else the date they became an activist) is older than the set interval.'],
    why: ['党支部每半年对入党积极分子进行一次考察。', 'The branch reviews each activist every six months.'],
    citations: [DEVELOPMENT('第十一条', 'art. 11')],
    example: { sheet: '入党积极分子及发展对象', cell: 'G6', member: '蒋五', message: '最近考察日期 2024-09-01，已超过6个月' },
  }),
  r({
    id: 'development.too-early',
    severity: 'critical',
    title: ['培养不满一年确定为发展对象', 'Made a candidate before a year as activist'],
    what: ['确定为发展对象的日期距确定为积极分子不满设定年限。', 'Made a candidate less than the set time after becoming an activist.'],
    why: ['入党积极分子须经过一年以上培养教育和考察，才能列为发展对象。', 'An activist needs a year or more of training and review before becoming a candidate.'],
    citations: [DEVELOPMENT('第十三条', 'art. 13')],
    example: { sheet: '入党积极分子及发展对象', cell: 'H7', member: '沈六', message: '2024-09-01 确定为积极分子，2025-03-01 即确定为发展对象，不满1年' },
  }),
  r({
    id: 'development.training-short',
    severity: 'warning',
    title: ['发展对象集中培训学时不足', 'Candidate training hours short'],
    what: ['发展对象的集中培训学时低于要求。', 'A candidate whose collective training hours are below the minimum.'],
    why: ['发展对象须经短期集中培训，一般不少于三天或二十四个学时。', 'Candidates take short collective training, usually three days or 24 hours.'],
    citations: [DEVELOPMENT('第十七条', 'art. 17')],
    example: { sheet: '入党积极分子及发展对象', cell: 'J8', member: '韩七', message: '集中培训16学时，少于24学时' },
  }),
  r({
    id: 'obligation.overdue',
    severity: 'warning',
    title: ['年度工作事项逾期未完成', 'Annual obligation overdue'],
    what: ['年度工作清单中已过截止日期、没有完成日期的事项；每行的依据写在该行“依据”列。', 'A row of the annual obligations past its due date with no completion date; each row’s basis is in its own 依据 column.'],
    why: ['年度工作清单列出上级和本单位规定的年度必办事项。', 'The list holds the year’s duties set by the higher committee and the unit.'],
    citations: [
      { doc: 'localDuties', article: art('二（一）1、6', '§2(1) 1, 6') },
      { doc: 'localResponsibility', article: art('三、3', '§3.3') },
      CHECKLIST(16, ['年底公布党费收缴情况', 'dues published at year end']),
      CHECKLIST(21, ['资料每年归档', 'records archived every year']),
    ],
    example: { sheet: '年度工作清单', cell: 'B9', message: '“报送年中党内统计”截止日期 2025-06-15，未填写完成日期' },
  }),
];

/** The catalogue entry of a rule id (`roster.missing-field` finds `*.missing-field`). */
export function ruleInfo(id: string): RuleInfo {
  const exact = RULES.find((x) => x.id === id);
  if (exact) return exact;
  const generic = RULES.find((x) => x.id.startsWith('*.') && id.endsWith(x.id.slice(1)));
  if (!generic) throw new Error(`unknown rule ${id}`);
  return generic;
}

/** The settings rows (rule parameters) that change a rule's numbers. */
export function ruleParameters(id: string): RuleParameter[] {
  const ruleId = ruleInfo(id).id;
  return RULE_PARAMETERS.filter((p) => p.rules.includes(ruleId));
}
