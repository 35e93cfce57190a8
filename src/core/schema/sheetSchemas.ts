import type { Localized } from '../i18n/language';
import type { EnumerationId } from './enumerations';

/** The ledgers the product knows (DOMAIN.md §2). The kind doubles as the rule-id prefix of `*.` rules. */
export type LedgerKind = 'settings' | 'roster' | 'development' | 'dues' | 'meeting' | 'study' | 'talk' | 'obligation';
export type GeneratedKind = 'findings' | 'summary' | 'rules';
export type SheetKind = LedgerKind | GeneratedKind;

export type ColumnType =
  | 'serial' // 序号
  | 'text'
  | 'name' // one person's name
  | 'names' // several names separated by 、，, or spaces
  | 'date'
  | 'integer'
  | 'money' // yuan in the sheet, fen in the core
  | 'rate' // a fraction shown as %
  | 'hours'
  | 'enum'
  | 'idNumber'
  | 'phone'
  | 'payment' // a month cell of the dues ledger: an amount, or 已交/√
  | 'months' // the month(s) a payment is for: 3月, 1-3月, 2025-03, 一季度
  | 'attendance'; // 应到 and 实到 in one cell: 应到12人实到10人, 10/12

export interface ColumnSpec {
  readonly key: string;
  readonly label: Localized;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly enumeration?: EnumerationId;
  /** Other headers people use for this column (simplified Chinese or English; traditional is matched after conversion). */
  readonly synonyms: readonly string[];
  /** Column width in Excel character units (a CJK character counts about 2). */
  readonly width: number;
  /** Filled by a template formula rather than typed. */
  readonly computed?: boolean;
}

export interface SheetSchema {
  readonly kind: LedgerKind;
  readonly name: Localized;
  /** The template's columns, in order. */
  readonly columns: readonly ColumnSpec[];
  /**
   * Columns of other layouts of the same ledger (DOMAIN.md §3): recognised when reading a
   * hand-made sheet, never written into a template (a payment list's 所属月份, a log's 参会人员).
   */
  readonly otherLayoutColumns?: readonly ColumnSpec[];
  /** A short 填表说明 shown above the header. */
  readonly instructions?: Localized;
  readonly tabColor: string;
}

const col = (
  key: string,
  zh: string,
  en: string,
  type: ColumnType,
  opts: { required?: boolean; enumeration?: EnumerationId; synonyms?: string[]; width?: number; computed?: boolean; tw?: string } = {},
): ColumnSpec => ({
  key,
  label: { zh, en, tw: opts.tw },
  type,
  required: opts.required ?? false,
  enumeration: opts.enumeration,
  synonyms: opts.synonyms ?? [],
  width: opts.width ?? Math.max(10, zh.length * 2 + 4),
  computed: opts.computed,
});

const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthColumnKey = (month: number): string => `m${month}`;

export const ROSTER_SCHEMA: SheetSchema = {
  kind: 'roster',
  name: { zh: '党员名册', en: 'Members' },
  tabColor: 'C00000',
  instructions: {
    zh: '填表说明：每名党员一行；有下拉箭头的列请从列表中选择；带*的列为必填；日期按 2025-03-01 格式填写；预备党员转正后填写转正日期；组织关系转出、停止党籍或去世的，请在“组织关系状态”中注明，不要删除该行。',
    en: 'One row per member. Pick values from the drop-downs; type dates as 2025-03-01. Fill the conversion date once a probationary member is made a full member. Do not delete members who leave: set their status instead.',
  },
  columns: [
    col('serial', '序号', 'No.', 'serial', { width: 6 }),
    col('name', '姓名', 'Name', 'name', { required: true, synonyms: ['名字', '党员姓名', '党员', 'member', 'member name', 'full name', '人员姓名', '职工姓名', '党员名字'] }),
    col('gender', '性别', 'Gender', 'enum', { required: true, enumeration: 'gender', width: 8, synonyms: ['sex', '性 别', '男女'] }),
    col('ethnicity', '民族', 'Ethnicity', 'text', { width: 8, synonyms: ['nationality', '民族成分', '族别'] }),
    col('birthDate', '出生日期', 'Date of birth', 'date', { required: true, width: 13, synonyms: ['出生年月', '出生年月日', '生日', 'birth date', 'birthday', 'dob', '出生时间', '出生年月（日）'] }),
    col('education', '学历', 'Education', 'enum', { enumeration: 'education', width: 12, synonyms: ['文化程度', '最高学历', 'degree', '学历学位', '全日制学历', '文化'] }),
    col('idNumber', '身份证号', 'ID number', 'idNumber', { width: 22, synonyms: ['身份证号码', '公民身份号码', '身份证', 'id no', 'id card', '证件号码', '身份证件号码', '身份证号（18位）'] }),
    col('personCategory', '人员类别', 'Person category', 'enum', { required: true, enumeration: 'personCategory', width: 11, synonyms: ['人员身份', '工作状态', '身份类别', 'employment status', '人员类型', '在职状态', '职业身份', '在职/退休', '人员状况'] }),
    col('memberCategory', '党员类别', 'Member category', 'enum', { required: true, enumeration: 'memberCategory', width: 12, synonyms: ['党员身份', '正式/预备', 'membership type', 'member type', '党员类型', '正式或预备', '党籍类别', '党员性质', '党员状态'] }),
    col('admissionDate', '入党日期', 'Admission date', 'date', { required: true, width: 13, synonyms: ['入党时间', '加入党组织日期', '入党年月', '接收预备党员日期', 'date joined', 'joined', '入党日期（预备）', '成为预备党员时间', '入党年月日', '入党时间（年月日）', '加入中国共产党时间', '加入党组织时间', '入党时间（预备）', '成为预备党员日期'] }),
    col('conversionDate', '转正日期', 'Full membership date', 'date', { width: 13, synonyms: ['转正时间', '转为正式党员日期', 'conversion date', '转正年月', '成为正式党员时间', '转正日期（正式）', '转正时间（年月日）'] }),
    col('group', '党小组', 'Party group', 'text', { width: 12, synonyms: ['所在党小组', '小组', 'group', '党小组名称', '所属党小组', '所属小组'] }),
    col('post', '党内职务', 'Party post', 'enum', { enumeration: 'partyPost', width: 12, synonyms: ['职务', '支部职务', '党内职务', 'post', 'position', '担任职务', '支委职务', '党内职务（支委）'] }),
    col('incomeBase', '月收入基数', 'Monthly income base', 'money', { width: 13, synonyms: ['工资基数', '计算基数', '收入基数', '党费基数', '交纳基数', '基数', '月工资', 'income base', 'base'] }),
    col('relationStatus', '组织关系状态', 'Membership status', 'enum', { enumeration: 'relationStatus', width: 14, synonyms: ['组织关系', '党籍状态', '状态', 'status', '组织关系情况', '在册状态', '党员状态（在册）'] }),
    col('phone', '联系电话', 'Phone', 'phone', { width: 14, synonyms: ['电话', '手机', '手机号', 'mobile', 'telephone', '联系方式', '手机号码', '电话号码'] }),
    col('remark', '备注', 'Remarks', 'text', { width: 24, synonyms: ['说明', 'notes', 'remark'] }),
  ],
};

export const DEVELOPMENT_SCHEMA: SheetSchema = {
  kind: 'development',
  name: { zh: '入党积极分子及发展对象', en: 'Development pipeline' },
  tabColor: 'ED7D31',
  instructions: {
    zh: '填表说明：每名入党申请人一行，按发展阶段依次填写各环节日期；收到入党申请书后一个月内应派人谈话；确定为积极分子后每半年考察一次；培养满一年方可确定为发展对象；发展对象集中培训不少于24学时。',
    en: 'One row per applicant; fill each stage date as it happens. Talk to the applicant within one month; review activists every six months; at least one year as an activist before becoming a candidate; candidates need 24 hours of training.',
  },
  columns: [
    col('serial', '序号', 'No.', 'serial', { width: 6 }),
    col('name', '姓名', 'Name', 'name', { required: true, synonyms: ['名字', '申请人', '申请人姓名', 'applicant', '入党申请人', '积极分子姓名', '发展对象姓名'] }),
    col('birthDate', '出生日期', 'Date of birth', 'date', { required: true, width: 13, synonyms: ['出生年月', '生日', 'birth date', '出生时间', '出生年月日'] }),
    col('applicationDate', '递交入党申请书日期', 'Application date', 'date', { required: true, width: 16, synonyms: ['申请日期', '递交申请书日期', '入党申请日期', '申请入党日期', 'applied', '申请入党时间', '递交申请书时间', '递交入党申请书时间', '递交申请时间', '递交入党申请时间', '提交入党申请书日期', '入党申请书递交日期', '申请时间', '递交入党申请日期', '申请入党书日期', '申请书递交日期', '申请书递交时间', '入党申请书日期', '入党申请时间'] }),
    col('talkDate', '谈话日期', 'Talk date', 'date', { width: 13, synonyms: ['谈话时间', '派人谈话日期', 'interview date', '组织谈话时间', '组织谈话日期', '谈话人谈话日期', '派人谈话时间'] }),
    col('activistDate', '确定为积极分子日期', 'Activist since', 'date', { width: 16, synonyms: ['确定积极分子日期', '列为积极分子日期', '积极分子确定日期', 'activist date', '确定积极分子时间', '确定为积极分子时间', '列为积极分子时间', '确定为入党积极分子日期', '确定入党积极分子时间', '确定入党积极分子日期', '列为入党积极分子时间'] }),
    col('mentors', '培养联系人', 'Mentors', 'names', { width: 14, synonyms: ['培养人', '联系人', 'mentor', '培养联系人姓名', '入党联系人', '培养考察人'] }),
    col('lastReviewDate', '最近考察日期', 'Last review', 'date', { width: 13, synonyms: ['考察日期', '最近一次考察', '考察时间', 'review date', '最近考察时间', '培养考察日期', '最近一次考察日期', '最后考察日期', '考察情况日期'] }),
    col('candidateDate', '确定为发展对象日期', 'Candidate since', 'date', { width: 16, synonyms: ['确定发展对象日期', '列为发展对象日期', 'candidate date', '确定发展对象时间', '确定为发展对象时间', '列为发展对象时间', '确定为发展对象日期'] }),
    col('politicalReviewDate', '政治审查日期', 'Political review', 'date', { width: 13, synonyms: ['政审日期', '政审时间', '政治审查时间', '政审完成日期'] }),
    col('trainingHours', '集中培训学时', 'Training hours', 'hours', { width: 12, synonyms: ['培训学时', '集中培训时长', 'training', '短期集中培训学时', '集中培训时长（学时）', '培训课时', '集中培训', '培训时长', '集中培训情况', '党校培训学时'] }),
    col('admissionDate', '接收为预备党员日期', 'Admitted as probationary', 'date', { width: 16, synonyms: ['接收预备党员日期', '入党日期', 'admitted', '接收为预备党员时间', '发展为预备党员日期', '接收时间', '接收日期', '接收预备党员时间', '发展为预备党员时间', '吸收为预备党员日期', '吸收为预备党员时间', '发展时间', '发展日期'] }),
    col('remark', '备注', 'Remarks', 'text', { width: 22, synonyms: ['说明', 'notes'] }),
  ],
};

export const DUES_SCHEMA: SheetSchema = {
  kind: 'dues',
  name: { zh: '党费收缴台账', en: 'Dues ledger', tw: '黨費收繳台帳' },
  tabColor: 'FFC000',
  instructions: {
    zh: '填表说明：每名党员一行；交纳比例、月应交、全年应交、全年实交和合计为公式，请勿改写；每月填写实交金额（元），只知已交不知金额的可填“√”；经批准减免的请在备注中注明“减免”或“免交”；年中入党、转入或转出的，全年应交请按实际应交月数核对。',
    en: 'One row per member. Rate, monthly due, yearly due, yearly paid and the totals row are formulas: do not type over them. Enter the amount paid each month in yuan (or ✓ when only the fact is known). Write "减免"/"免交" in Remarks for approved reductions. For members who joined, arrived or left during the year, check the yearly due against the months actually owed.',
  },
  columns: [
    col('serial', '序号', 'No.', 'serial', { width: 6 }),
    col('name', '姓名', 'Name', 'name', { required: true, synonyms: ['名字', '党员姓名', 'member', '党员名字', '交纳人', '缴纳人', '交款人', '缴款人', '交费人', '缴费人', '付款人', '转账人'] }),
    col('personCategory', '人员类别', 'Person category', 'enum', { enumeration: 'personCategory', width: 10, synonyms: ['人员身份', '类别', '人员类型', '在职/退休'] }),
    col('incomeBase', '月收入基数', 'Monthly income base', 'money', { width: 12, synonyms: ['工资基数', '计算基数', '收入基数', '党费基数', '交纳基数', '基数', 'base', '工资收入', '月收入', '月工资'] }),
    col('rate', '交纳比例', 'Rate', 'rate', { width: 10, computed: true, synonyms: ['比例', '缴纳比例', '交费比例', 'rate'] }),
    col('monthlyDue', '月应交', 'Monthly due', 'money', { width: 10, computed: true, synonyms: ['每月应交', '月应缴', '应交金额', '月交纳额', '月交额', '每月交纳', 'monthly dues', 'due', '应交', '应缴', '月应缴金额', '每月应交金额', '月缴纳额', '交纳标准', '缴纳标准', '月交纳标准', '每月交纳标准'] }),
    ...Array.from({ length: 12 }, (_, i) =>
      col(monthColumnKey(i + 1), `${i + 1}月`, MONTH_EN[i], 'payment', { width: 8, synonyms: [`${i + 1}月份`] }),
    ),
    col('yearDue', '全年应交', 'Year due', 'money', { width: 11, computed: true, synonyms: ['全年应缴', '年应交', 'annual due'] }),
    col('yearPaid', '全年实交', 'Year paid', 'money', { width: 11, computed: true, synonyms: ['全年实缴', '实交合计', '合计实交', '年实交', 'annual paid', 'total paid'] }),
    col('remark', '备注', 'Remarks', 'text', { width: 18, synonyms: ['说明', 'notes'] }),
  ],
  otherLayoutColumns: [
    // A list of payments, one row each (党费收缴明细), or one sheet per month (1月党费).
    col('paidDate', '交纳日期', 'Payment date', 'date', { synonyms: ['缴纳日期', '缴费日期', '交费日期', '收缴日期', '交纳时间', '缴纳时间', '缴费时间', '收款日期', '日期', 'payment date', 'paid on', 'date', '交费时间', '交款日期', '缴款日期', '转账日期'] }),
    col('forMonth', '所属月份', 'For month', 'months', { synonyms: ['交纳月份', '缴纳月份', '缴费月份', '交费月份', '所属期间', '所属期', '所属月', '费款所属期', '党费所属月份', '党费月份', '月份', '交纳期间', 'for month', 'month'] }),
    col('amount', '金额', 'Amount', 'payment', { synonyms: ['交纳金额', '缴纳金额', '实交金额', '实缴金额', '实交', '实缴', '本月实交', '交费金额', '缴费金额', '党费金额', '收缴金额', '已交金额', '实收金额', 'amount', 'amount paid', 'paid', 'paid amount'] }),
    col('handler', '经手人', 'Handled by', 'name', { synonyms: ['收款人', '收缴人', '经办人', '收费人', 'handled by', 'collector'] }),
  ],
};

export const MEETING_SCHEMA: SheetSchema = {
  kind: 'meeting',
  name: { zh: '会议及活动记录', en: 'Meetings' },
  tabColor: '4472C4',
  instructions: {
    zh: '填表说明：每次会议或活动一行；一次会议兼具多种类型的，可写“支部党员大会暨主题党日”；党小组会请填写党小组；缺席人员用顿号分隔，缺席人员补学后填入“补学情况”。',
    en: 'One row per meeting or activity. A meeting serving several purposes may name them all ("General meeting + Theme day"). Name the group for group meetings. Separate absentees with commas; list those who made up the session under "Make-up".',
  },
  columns: [
    col('date', '日期', 'Date', 'date', { required: true, width: 12, synonyms: ['会议日期', '时间', '会议时间', '活动时间', '活动日期', 'meeting date', '召开时间', '召开日期', '开会时间', '开会日期'] }),
    col('type', '类型', 'Type', 'enum', { required: true, enumeration: 'meetingType', width: 16, synonyms: ['会议类型', '活动类型', '会议名称', '类别', 'meeting type', '会议形式', '会议种类', '会议类别', '活动形式'] }),
    col('group', '党小组', 'Party group', 'text', { width: 10, synonyms: ['小组', 'group'] }),
    col('topic', '主题', 'Topic', 'text', { required: true, width: 26, synonyms: ['会议主题', '活动主题', '议题', '内容主题', 'subject', 'title', '会议议题', '学习主题', '会议主题内容'] }),
    col('host', '主持人', 'Chaired by', 'name', { required: true, width: 10, synonyms: ['主持', 'host', 'chair', '会议主持', '主持者'] }),
    col('recorder', '记录人', 'Recorded by', 'name', { required: true, width: 10, synonyms: ['记录', 'recorder', 'minutes by', '记录员', '记录者'] }),
    col('expected', '应到人数', 'Expected', 'integer', { required: true, width: 10, synonyms: ['应到', '应出席人数', '应参加人数', 'expected', '应到会人数', '应参会人数'] }),
    col('present', '实到人数', 'Present', 'integer', { required: true, width: 10, synonyms: ['实到', '参会人数', '出席人数', '实际参加人数', 'attended', 'present', '到会人数', '实际到会人数', '实参会人数', '实际出席', '实际出席人数', '实到会人数', '实际参会人数'] }),
    col('attendanceRate', '出席率', 'Attendance', 'rate', { width: 10, computed: true, synonyms: ['到会率', '参会率', 'attendance rate'] }),
    col('absentees', '缺席人员', 'Absentees', 'names', { width: 16, synonyms: ['缺席人', '缺席名单', '请假人员', 'absent', '缺席人员名单', '未到人员', '缺会人员', '缺席党员', '未参会人员', '未到会人员', '未出席人员', '缺席情况', '缺勤人员', '缺勤人', '请假人'] }),
    col('absenceReason', '缺席原因', 'Reason for absence', 'text', { width: 14, synonyms: ['请假原因', '缺席理由', '缺席事由', '未到原因', '未参会原因'] }),
    col('makeUp', '补学情况', 'Make-up', 'names', { width: 14, synonyms: ['补学人员', '补课情况', 'make up', '补学记录', '补课人员', '补学'] }),
    col('hours', '学时', 'Hours', 'hours', { width: 7, synonyms: ['时长', '学习时长', 'hours'] }),
    col('summary', '内容摘要', 'Summary', 'text', { required: true, width: 34, synonyms: ['会议内容', '主要内容', '内容', '会议记录', 'content', 'minutes', '会议纪要', '活动内容', '主要议程', '会议内容摘要'] }),
    col('decisions', '决议事项', 'Decisions', 'text', { width: 22, synonyms: ['决议', '决定事项', 'resolutions'] }),
  ],
  otherLayoutColumns: [
    // A log that lists who attended instead of who was absent.
    // 应到 and 实到 written in one cell.
    col('attendance', '出席情况', 'Attendance', 'attendance', { synonyms: ['到会情况', '参会情况', '出席人数情况', '到会人数情况', '应到实到', '应到/实到', 'attendance count'] }),
    col('attendees', '参会人员', 'Attendees', 'names', { synonyms: ['出席人员', '参加人员', '到会人员', '实到人员', '参会人', '出席人', '参会名单', '出席名单', '到会名单', '参加人', '参会党员', '出席党员', 'attendees', 'participants', 'present members', '与会人员', '参会人员名单', '出席会议人员', '参加会议人员'] }),
  ],
};

export const STUDY_SCHEMA: SheetSchema = {
  kind: 'study',
  name: { zh: '学习培训记录', en: 'Study hours' },
  tabColor: '70AD47',
  instructions: {
    zh: '填表说明：每人每次学习一行；学时按实际时长填写（如 1.5）；党员每年学时一般不少于32学时，支部书记和委员不少于56学时（以设置表为准）。',
    en: 'One row per person per session; hours as actually spent (e.g. 1.5). Members need 32 hours a year, secretaries and committee members 56 (see Settings).',
  },
  columns: [
    col('serial', '序号', 'No.', 'serial', { width: 6 }),
    col('name', '姓名', 'Name', 'name', { required: true, synonyms: ['名字', '党员姓名', '学习人', 'member', '学员', '参学人员'] }),
    col('date', '日期', 'Date', 'date', { required: true, width: 12, synonyms: ['学习日期', '时间', '学习时间', 'study date', '培训日期'] }),
    col('content', '内容', 'Content', 'text', { required: true, width: 34, synonyms: ['学习内容', '培训内容', '主题', 'subject', 'topic', '课程名称', '学习主题', '培训主题'] }),
    col('form', '形式', 'Form', 'enum', { enumeration: 'studyForm', width: 12, synonyms: ['学习形式', '方式', 'mode', '培训形式', '学习方式'] }),
    col('hours', '学时', 'Hours', 'hours', { required: true, width: 8, synonyms: ['学习时长', '时长', '课时', 'hours', '学习学时', '获得学时', '培训学时'] }),
  ],
  // A member × month table of hours (学习情况统计表): read by month columns, never generated.
  otherLayoutColumns: Array.from({ length: 12 }, (_, i) => col(monthColumnKey(i + 1), `${i + 1}月`, MONTH_EN[i], 'hours', { synonyms: [`${i + 1}月份`, `${i + 1}月学时`] })),
};

export const TALK_SCHEMA: SheetSchema = {
  kind: 'talk',
  name: { zh: '谈心谈话记录', en: 'Talks' },
  tabColor: '7030A0',
  instructions: {
    zh: '填表说明：每次谈话一行；支委与党员、党员之间每年谈心谈话一般不少于1次；思想波动、违章违纪、岗位调整、矛盾纠纷、表扬批评的情形必谈。',
    en: 'One row per talk. Every member should have at least one heart-to-heart talk a year; talks are mandatory on changes in outlook, breaches, job changes, disputes, praise or criticism.',
  },
  columns: [
    col('date', '日期', 'Date', 'date', { required: true, width: 12, synonyms: ['谈话日期', '时间', '谈话时间', 'talk date'] }),
    col('talker', '谈话人', 'Talked with by', 'name', { required: true, width: 10, synonyms: ['谈话者', '约谈人', 'interviewer', '谈话人姓名', '谈心人'] }),
    col('subject', '谈话对象', 'Member', 'name', { required: true, width: 10, synonyms: ['被谈话人', '谈话对象姓名', '对象', 'interviewee', '谈心对象', '被谈话人姓名'] }),
    col('reason', '事由', 'Reason', 'enum', { enumeration: 'talkReason', width: 12, synonyms: ['谈话事由', '谈话原因', '原因', 'reason'] }),
    col('content', '主要内容', 'Main points', 'text', { required: true, width: 44, synonyms: ['谈话内容', '内容', 'content', '谈话主要内容', '谈心内容', '谈话情况'] }),
  ],
};

export const OBLIGATION_SCHEMA: SheetSchema = {
  kind: 'obligation',
  name: { zh: '年度工作清单', en: 'Annual obligations' },
  tabColor: '5B9BD5',
  instructions: {
    zh: '填表说明：本表已按规定预填本年度必须完成的事项和截止日期；完成后填写完成日期；可自行增加事项。',
    en: "This year's obligations and due dates are pre-filled; enter the completion date when done. Add rows for your own items.",
  },
  columns: [
    col('serial', '序号', 'No.', 'serial', { width: 6 }),
    col('item', '事项', 'Obligation', 'text', { required: true, width: 40, synonyms: ['工作事项', '任务', '工作内容', 'item', 'task', '工作任务', '重点工作'] }),
    col('dueDate', '截止日期', 'Due date', 'date', { required: true, width: 12, synonyms: ['完成时限', '截止时间', '期限', 'deadline', 'due', '时限要求', '完成期限', '截止时限'] }),
    col('doneDate', '完成日期', 'Done on', 'date', { width: 12, synonyms: ['完成时间', '实际完成日期', 'completed', '完成时间（实际）', '实际完成时间'] }),
    col('owner', '责任人', 'Owner', 'name', { width: 10, synonyms: ['负责人', 'owner', '责任领导', '牵头人'] }),
    col('basis', '依据', 'Basis', 'text', { width: 36, synonyms: ['文件依据', '规定依据', 'basis', 'reference'] }),
    col('status', '状态', 'Status', 'text', { width: 10, computed: true, synonyms: ['完成情况', 'status'] }),
    col('remark', '备注', 'Remarks', 'text', { width: 16, synonyms: ['说明', 'notes'] }),
  ],
};

export const SETTINGS_NAME: Localized = { zh: '设置', en: 'Settings', tw: '設定' };

export const LEDGER_SCHEMAS: Readonly<Record<Exclude<LedgerKind, 'settings'>, SheetSchema>> = {
  roster: ROSTER_SCHEMA,
  development: DEVELOPMENT_SCHEMA,
  dues: DUES_SCHEMA,
  meeting: MEETING_SCHEMA,
  study: STUDY_SCHEMA,
  talk: TALK_SCHEMA,
  obligation: OBLIGATION_SCHEMA,
};

/** Order of the sheets in a generated workbook (DOMAIN.md §2). */
export const TEMPLATE_SHEET_ORDER: readonly LedgerKind[] = ['settings', 'roster', 'development', 'dues', 'meeting', 'study', 'talk', 'obligation'];

export function sheetDisplayName(kind: LedgerKind): Localized {
  return kind === 'settings' ? SETTINGS_NAME : LEDGER_SCHEMAS[kind].name;
}

/** Every column a reader may find on a sheet of this kind: the template's, then other layouts'. */
export function readableColumns(schema: SheetSchema): readonly ColumnSpec[] {
  return schema.otherLayoutColumns ? [...schema.columns, ...schema.otherLayoutColumns] : schema.columns;
}

export function columnIndex(schema: SheetSchema, key: string): number {
  const i = schema.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${schema.kind}`);
  return i;
}
