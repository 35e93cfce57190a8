import { LEDGER_SCHEMAS, type ColumnType, type LedgerKind } from '../../src/core/schema/sheetSchemas';
import type { Shape } from './ledgerDoc';

/**
 * The words people put in headers, per column: the schema's own synonyms, and real-world ones the
 * schema may not know yet (DOMAIN.md §3; issue #9 cause 5). Kept apart so that a failing variant
 * says whether the reader missed a synonym it was given or one from the field.
 */
export type ColumnKind = ColumnType | 'month' | 'payer';

/** Columns of the other shapes of a ledger (issue #14): a payment list, a month sheet, an attendee log. */
const SHAPE_COLUMNS: Record<Exclude<Shape, 'grid'>, Record<string, { type: ColumnKind; labels: string[]; english: string }>> = {
  payments: {
    date: { type: 'date', labels: ['日期', '交纳日期', '缴费日期', '收缴日期'], english: 'Date paid' },
    name: { type: 'name', labels: ['姓名', '党员姓名', '交纳人'], english: 'Name' },
    forMonth: { type: 'month', labels: ['所属月份', '交纳月份', '所属期间', '党费所属月份'], english: 'For month' },
    amount: { type: 'money', labels: ['金额', '交纳金额', '金额（元）', '实交金额'], english: 'Amount' },
    handler: { type: 'text', labels: ['经手人', '收款人', '收缴人'], english: 'Handled by' },
    remark: { type: 'text', labels: ['备注'], english: 'Remarks' },
  },
  'month-sheet': {
    serial: { type: 'serial', labels: ['序号'], english: 'No.' },
    name: { type: 'name', labels: ['姓名', '党员姓名'], english: 'Name' },
    personCategory: { type: 'enum', labels: ['人员类别'], english: 'Person category' },
    incomeBase: { type: 'money', labels: ['月收入基数', '工资基数'], english: 'Income base' },
    monthlyDue: { type: 'money', labels: ['应交金额', '月应交', '应交党费'], english: 'Due' },
    paid: { type: 'payment', labels: ['实交金额', '实交党费', '交纳金额'], english: 'Paid' },
    remark: { type: 'text', labels: ['备注'], english: 'Remarks' },
  },
  attendees: {
    attendees: { type: 'names', labels: ['参会人员', '出席人员', '参加人员', '到会人员'], english: 'Attendees' },
  },
};

export function shapeColumnLabel(shape: Exclude<Shape, 'grid'>, key: string, pick: (labels: readonly string[]) => string): string {
  return pick(SHAPE_COLUMNS[shape][key].labels);
}

export function columnKind(kind: LedgerKind, shape: Shape, key: string | null): ColumnKind | null {
  if (key === null || kind === 'settings') return null;
  if (shape !== 'grid') {
    const own = SHAPE_COLUMNS[shape][key];
    if (own) return own.type;
  }
  const spec = LEDGER_SCHEMAS[kind].columns.find((c) => c.key === key);
  return spec?.type ?? null;
}

/** Real-world synonyms beyond the schema's lists, gathered from hand-made ledgers. */
const FIELD_SYNONYMS: Partial<Record<LedgerKind, Record<string, string[]>>> = {
  roster: {
    name: ['党员姓名', '姓 名'],
    birthDate: ['出生年月日', '出生时间'],
    admissionDate: ['入党时间', '入党年月日', '加入党组织时间'],
    conversionDate: ['转正时间', '转为正式党员时间'],
    memberCategory: ['党员类型', '正式或预备'],
    personCategory: ['人员类型', '身份'],
    post: ['支部职务', '党内职务'],
    incomeBase: ['月工资收入', '党费计算基数', '工资收入'],
    idNumber: ['公民身份证号码', '身份证号码'],
    relationStatus: ['党籍状态', '组织关系状况'],
    group: ['所属党小组'],
    phone: ['联系方式'],
    education: ['学历学位'],
  },
  development: {
    name: ['申请人姓名', '姓名'],
    applicationDate: ['递交申请书时间', '申请入党时间', '入党申请日期', '递交入党申请书时间', '申请书递交日期'],
    talkDate: ['谈话时间', '派人谈话时间'],
    activistDate: ['确定积极分子时间', '列为入党积极分子日期'],
    candidateDate: ['确定发展对象时间', '列为发展对象时间'],
    lastReviewDate: ['最近一次考察时间'],
    trainingHours: ['培训学时', '集中培训时长'],
    politicalReviewDate: ['政审时间'],
    mentors: ['培养联系人姓名', '培养人'],
  },
  dues: {
    name: ['党员姓名', '交纳人'],
    monthlyDue: ['每月应交党费', '月应交党费', '应交党费'],
    incomeBase: ['月工资收入', '党费计算基数'],
    yearDue: ['全年应交党费'],
    yearPaid: ['全年实交党费'],
  },
  meeting: {
    date: ['会议时间', '开会时间', '活动时间'],
    type: ['会议类型', '会议形式', '会议名称'],
    topic: ['会议主题', '会议议题'],
    host: ['主持人姓名'],
    recorder: ['记录人姓名'],
    expected: ['应到人数', '应参会人数', '应出席人数'],
    present: ['参会人数', '实到会人数', '到会人数'],
    absentees: ['缺席人员名单', '请假人员', '未参会人员'],
    makeUp: ['补学人员', '补课情况'],
    summary: ['会议内容', '会议主要内容'],
    hours: ['学习时长'],
  },
  study: {
    name: ['党员姓名', '学习人员'],
    date: ['学习时间'],
    content: ['学习内容'],
    hours: ['学习时长', '学时数'],
  },
  talk: {
    talker: ['谈话人姓名'],
    subject: ['谈话对象', '被谈话人姓名'],
    date: ['谈话时间'],
    content: ['谈话内容', '谈话主要内容'],
  },
  obligation: {
    item: ['工作事项', '工作任务'],
    dueDate: ['完成时限', '截止时间'],
    doneDate: ['完成时间', '实际完成时间'],
  },
};

export function schemaSynonyms(kind: LedgerKind, shape: Shape, key: string): readonly string[] {
  if (kind === 'settings') return [];
  if (shape !== 'grid' && SHAPE_COLUMNS[shape][key]) return SHAPE_COLUMNS[shape][key].labels;
  return LEDGER_SCHEMAS[kind].columns.find((c) => c.key === key)?.synonyms ?? [];
}

export function fieldSynonyms(kind: LedgerKind, shape: Shape, key: string): readonly string[] {
  if (shape !== 'grid' && SHAPE_COLUMNS[shape][key]) return SHAPE_COLUMNS[shape][key].labels;
  return FIELD_SYNONYMS[kind]?.[key] ?? [];
}

export function englishLabel(kind: LedgerKind, shape: Shape, key: string): string | null {
  if (kind === 'settings') return null;
  if (shape !== 'grid' && SHAPE_COLUMNS[shape][key]) return SHAPE_COLUMNS[shape][key].english;
  return LEDGER_SCHEMAS[kind].columns.find((c) => c.key === key)?.label.en ?? null;
}

/** Sheet names people give each ledger. */
export const SHEET_NAMES: Partial<Record<LedgerKind, string[]>> = {
  roster: ['党员花名册', '党员名单', '党员基本信息表', '花名册'],
  development: ['入党积极分子培养台账', '发展党员工作台账', '积极分子名单'],
  dues: ['党费收缴登记表', '党费交纳明细', '党费台账', '党费收缴情况'],
  meeting: ['三会一课记录', '组织生活记录', '会议记录', '三会一课台账'],
  study: ['党员学习记录', '学习台账', '学习教育记录'],
  talk: ['谈心谈话台账', '谈心谈话登记表'],
  obligation: ['年度工作任务清单', '工作清单'],
};

/** Every real-world synonym of the record ledgers, one by one (for the gap report's per-word list). */
export function allFieldSynonyms(): { kind: LedgerKind; key: string; word: string }[] {
  return Object.entries(FIELD_SYNONYMS).flatMap(([kind, cols]) => Object.entries(cols ?? {}).flatMap(([key, words]) => words.map((word) => ({ kind: kind as LedgerKind, key, word }))));
}
