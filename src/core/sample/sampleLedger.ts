import {
  addDays,
  addMonths,
  addYears,
  calendarDate,
  compareDates,
  daysInMonth,
  type CalendarDate,
} from '../calendar/calendarDate';
import { defaultParameterValues } from '../rules/ruleParameters';
import { monthlyDueFen } from '../dues/duesRates';
import { makeIdNumber } from '../model/idNumber';
import { localize, type Language } from '../i18n/language';
import type {
  BranchSettings,
  DevelopmentRecord,
  DuesRecord,
  LedgerData,
  MeetingRecord,
  MemberRecord,
  ObligationRecord,
  Payment,
  StudyRecord,
  TalkRecord,
} from '../model/records';
import { ANNUAL_OBLIGATIONS } from '../template/annualObligations';
import { SeededRandom } from './random';

/**
 * A realistic fictional branch ledger for a year, consistent with every rule of DOMAIN.md §4 up to
 * the as-of date, and optionally with planted problems whose rule ids are listed. Used by the demo,
 * the tests and the benchmarks. All names and ID numbers are made up.
 */
export interface SampleOptions {
  readonly members: number;
  readonly year: number;
  readonly asOf: CalendarDate;
  readonly branchName?: string;
  readonly unitType?: string;
  readonly seed?: number;
  readonly plantProblems?: boolean;
  readonly lang?: Language;
}

export interface PlantedProblem {
  readonly rule: string;
  readonly member?: string;
  readonly description: string;
}

export interface SampleLedger {
  readonly data: LedgerData;
  readonly planted: readonly PlantedProblem[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '文', '华', '红', '志强', '晓东', '海燕', '国庆', '春梅', '立新', '雪', '宁', '斌', '慧', '鹏', '琳', '浩然', '子涵', '思远', '嘉怡', '雨婷', '俊杰', '欣怡', '梓轩', '宇航', '佳琪', '明轩', '诗涵'];
const AREAS = ['110101', '310104', '440106', '320102', '330106', '420102', '510104', '610113'];
const TOPICS = ['学习贯彻党的二十大精神', '学习《中国共产党章程》', '学习党的二十届三中全会精神', '开展党纪学习教育', '学习习近平新时代中国特色社会主义思想', '学习《中国共产党纪律处分条例》', '围绕中心工作开展调研', '重温入党誓词', '学习先进典型事迹', '研究部署支部年度工作'];
const FORMS = ['集中学习', '网络学习', '党课', '培训班'];

function uniqueNames(rng: SeededRandom, count: number): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN) + (seen.size > 600 && rng.chance(0.5) ? rng.pick(GIVEN) : '');
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

const before = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) <= 0;
const monthDay = (year: number, month: number, day: number): CalendarDate => calendarDate(year, month, Math.min(day, daysInMonth(year, month)));

export function defaultSampleAsOf(year: number, today: CalendarDate): CalendarDate {
  return today.year > year ? calendarDate(year, 12, 31) : today.year < year ? calendarDate(year, 1, 1) : today;
}

export function generateSampleLedger(options: SampleOptions): SampleLedger {
  const rng = new SeededRandom(options.seed ?? 20250701);
  const { year, asOf } = options;
  const lang = options.lang ?? 'zh-CN';
  const n = Math.max(3, options.members);
  const params = defaultParameterValues();
  const lastMonth = asOf.year > year ? 12 : asOf.year < year ? 0 : asOf.day === daysInMonth(asOf.year, asOf.month) ? asOf.month : asOf.month - 1;

  const names = uniqueNames(rng, n + 8);
  const memberNames = names.slice(0, n);
  const groupCount = n >= 10 ? Math.min(Math.ceil(n / 12), 250) : 0;
  const groupNames = Array.from({ length: groupCount }, (_, i) => `第${'一二三四五六七八九十'[i] ?? String(i + 1)}党小组`);
  // Committee sized by the rules: 3 to 5 when there are 7 or more full members, otherwise a secretary alone.
  const posts = n >= 9 ? ['书记', '副书记', '组织委员', '宣传委员', '纪检委员'] : n >= 7 ? ['书记', '组织委员', '宣传委员'] : ['书记'];

  const members: MemberRecord[] = memberNames.map((name, i) => {
    const probationary = i >= posts.length && i % 11 === 5;
    // Probationary members admitted within the last months, so their probation is neither over nor near its end.
    const admission = probationary
      ? addMonths(asOf, -rng.int(2, 8))
      : calendarDate(rng.int(1990, year - 2), rng.int(1, 12), rng.int(1, 28));
    const birth = calendarDate(admission.year - rng.int(22, 35), rng.int(1, 12), rng.int(1, 28));
    const retired = !probationary && i % 9 === 8 && i >= posts.length;
    const student = !retired && !probationary && options.unitType === '高校' && i % 7 === 6 && i >= posts.length;
    const personCategory = retired ? '离退休' : student ? '学生' : '在职';
    const baseYuan = retired ? rng.pick([3800, 4600, 5000, 5200, 6800]) : student ? undefined : rng.pick([2800, 3000, 3200, 4500, 5000, 5001, 5400, 6800, 8200, 10000, 11500]);
    const group = groupCount > 0 ? groupNames[i % groupCount] : undefined;
    const isLeader = groupCount > 0 && i >= posts.length && i < posts.length + groupCount;
    return {
      name,
      gender: rng.chance(0.45) ? '女' : '男',
      ethnicity: rng.chance(0.9) ? '汉族' : rng.pick(['回族', '满族', '蒙古族', '壮族']),
      birthDate: birth,
      education: rng.pick(['研究生', '大学本科', '大学本科', '大学专科']),
      idNumber: makeIdNumber(rng.pick(AREAS), birth, rng.int(1, 499) * 2 + (rng.chance(0.5) ? 1 : 0)),
      personCategory,
      memberCategory: probationary ? '预备党员' : '正式党员',
      admissionDate: admission,
      conversionDate: probationary ? undefined : addYears(admission, 1),
      group,
      post: i < posts.length ? posts[i] : isLeader ? '党小组长' : undefined,
      incomeBaseFen: baseYuan === undefined ? undefined : baseYuan * 100,
      relationStatus: '在册',
      phone: `1${rng.pick(['38', '39', '58', '86', '87'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`,
    };
  });
  const secretary = members[0].name;
  const committee = members.filter((m) => m.post && m.post !== '党小组长').map((m) => m.name);
  const recorder = members[Math.min(2, members.length - 1)].name;

  // Liable from the admission month (probationary members pay from then).
  const liable = (m: MemberRecord, month: number): boolean => before(calendarDate(m.admissionDate.year, m.admissionDate.month, 1), calendarDate(year, month, 1));

  const dues: DuesRecord[] = members.map((m) => {
    const due = monthlyDueFen(m.personCategory, m.incomeBaseFen ?? null, params) ?? 0;
    const payments: (Payment | null)[] = Array.from({ length: 12 }, (_, i) => (i + 1 <= lastMonth && liable(m, i + 1) ? { fen: due } : null));
    return { name: m.name, personCategory: m.personCategory, incomeBaseFen: m.incomeBaseFen, payments };
  });

  const meetings: MeetingRecord[] = [];
  const attendance = (expectedNames: readonly string[], date: CalendarDate, type: string, topic: string, extra: Partial<MeetingRecord> = {}): void => {
    // Absences are rare and each absentee makes the session up: the clean sample breaks no rule.
    const absentees = expectedNames.length > 4 && rng.chance(0.35) ? [rng.pick(expectedNames.slice(1))] : [];
    meetings.push({
      date,
      type,
      topic,
      host: secretary,
      recorder,
      expected: expectedNames.length,
      present: expectedNames.length - absentees.length,
      absentees,
      absenceReason: absentees.length ? rng.pick(['出差', '病假', '事假']) : undefined,
      makeUp: absentees,
      hours: type.includes('党课') || type.includes('专题学习') ? 2 : 1.5,
      summary: `${topic}。与会党员结合工作实际交流了学习体会。`,
      decisions: type.includes('支部委员会') ? '研究确定下月支部工作安排。' : undefined,
      ...extra,
    });
  };
  const everyone = members.map((m) => m.name);
  // Each group's members once: a 3,000-member branch has 250 groups, met every month.
  const groupIndex = new Map(groupNames.map((name, i) => [name, i]));
  const groups: string[][] = groupNames.map(() => []);
  for (const m of members) {
    const g = m.group === undefined ? undefined : groupIndex.get(m.group);
    if (g !== undefined) groups[g].push(m.name);
  }
  for (let month = 1; month <= lastMonth; month++) {
    const topic = TOPICS[(month - 1) % TOPICS.length];
    if (committee.length > 1) attendance(committee, monthDay(year, month, 5), '支部委员会', `研究${month}月份支部工作`);
    const quarterEnd = month % 3 === 0;
    attendance(everyone, monthDay(year, month, 15), quarterEnd ? '支部党员大会暨主题党日' : '主题党日', topic);
    for (let g = 0; g < groupCount; g++) {
      attendance(groups[g], monthDay(year, month, 20), '党小组会', `${groupNames[g]}学习${topic}`, { group: groupNames[g] });
    }
    if (month === 6 || month === 12) attendance(everyone, monthDay(year, month, 25), '党课', `书记讲党课：${topic}`);
    if (month === 12) {
      attendance(everyone, monthDay(year, month, 27), '组织生活会', '召开年度组织生活会，开展批评和自我批评');
      attendance(everyone, monthDay(year, month, 28), '民主评议党员', '开展民主评议党员');
    }
  }

  const study: StudyRecord[] = [];
  for (const m of members) {
    const isCommittee = committee.includes(m.name);
    for (let month = 1; month <= lastMonth; month++) {
      const hours = isCommittee ? 5 : 3;
      study.push({ name: m.name, date: monthDay(year, month, 10), content: TOPICS[(month + 3) % TOPICS.length], form: rng.pick(FORMS), hours });
    }
  }

  const talks: TalkRecord[] = [];
  if (lastMonth > 0) {
    members.forEach((m, i) => {
      const month = 1 + (i % lastMonth);
      const talker = m.name === secretary ? members[1]?.name ?? secretary : secretary;
      talks.push({ date: monthDay(year, month, 12), talker, subject: m.name, reason: '日常', content: '了解思想、工作和生活情况，听取对支部工作的意见建议。' });
    });
  }

  const extra = names.slice(n);
  const development: DevelopmentRecord[] = extra.slice(0, Math.min(4, Math.ceil(n / 10))).map((name, i) => {
    const applied = addMonths(asOf, -(8 + i * 9));
    const activist = addMonths(applied, 3);
    const candidate = i >= 2 ? addMonths(activist, 13) : undefined;
    const review = addMonths(asOf, -rng.int(1, 4));
    return {
      name,
      birthDate: calendarDate(applied.year - rng.int(20, 30), rng.int(1, 12), rng.int(1, 28)),
      applicationDate: applied,
      talkDate: addDays(applied, rng.int(5, 20)),
      activistDate: before(activist, asOf) ? activist : undefined,
      mentors: [members[1 % n].name, members[2 % n].name],
      lastReviewDate: before(activist, asOf) && before(activist, review) ? review : undefined,
      candidateDate: candidate && before(candidate, asOf) ? candidate : undefined,
      politicalReviewDate: candidate && before(addMonths(candidate, 1), asOf) ? addMonths(candidate, 1) : undefined,
      trainingHours: candidate && before(candidate, asOf) ? 24 : undefined,
    };
  });

  const obligations: ObligationRecord[] = ANNUAL_OBLIGATIONS.map((o) => {
    const due = o.due(year);
    return { item: localize(o.item, lang), dueDate: due, doneDate: before(due, asOf) ? addDays(due, -3) : undefined, owner: secretary, basis: localize(o.basis, lang) };
  });

  const settings: BranchSettings = {
    branchName: options.branchName ?? '示例党支部',
    parentOrg: '示例单位党委',
    unitType: options.unitType ?? '机关',
    year,
    asOfDate: undefined,
    electionDate: calendarDate(year - 1, 4, 15),
  };
  const data: LedgerData = { settings, members, development, dues, meetings, study, talks, obligations };
  return options.plantProblems ? plantProblems(data, rng, lastMonth) : { data, planted: [] };
}

/** Breaks the clean ledger in known ways, one per rule family, for the scan's tests and the demo. */
function plantProblems(data: LedgerData, rng: SeededRandom, lastMonth: number): SampleLedger {
  const planted: PlantedProblem[] = [];
  const members = [...data.members];
  const dues = [...data.dues];
  const meetings = [...data.meetings];
  const study = [...data.study];
  const talks = [...data.talks];
  const obligations = [...data.obligations];
  const development = [...data.development];
  const pickMember = (offset: number): number => Math.min(members.length - 1, Math.max(0, members.length - 1 - offset));

  const noBirth = pickMember(0);
  planted.push({ rule: 'roster.missing-field', member: members[noBirth].name, description: '出生日期为空' });
  const badId = pickMember(1);
  const id = members[badId].idNumber ?? '';
  members[badId] = { ...members[badId], idNumber: id.slice(0, 17) + (id[17] === '0' ? '1' : '0') };
  planted.push({ rule: 'roster.id-number', member: members[badId].name, description: '身份证号校验码错误' });
  const arrears = pickMember(2);
  if (lastMonth >= 3) {
    const p = [...dues[arrears].payments];
    for (let m = lastMonth - 3; m < lastMonth; m++) p[m] = null;
    dues[arrears] = { ...dues[arrears], payments: p };
    planted.push({ rule: 'dues.arrears', member: dues[arrears].name, description: '最近连续3个月未交党费' });
  }
  const under = pickMember(3);
  if (lastMonth >= 1) {
    const p = [...dues[under].payments];
    const first = p.findIndex((x) => x !== null);
    if (first >= 0) {
      p[first] = { fen: 1 };
      dues[under] = { ...dues[under], payments: p };
      planted.push({ rule: 'dues.underpaid', member: dues[under].name, description: '有一个月只交了0.01元' });
    }
  }
  const committeeMonth = meetings.findIndex((m) => m.type === '支部委员会');
  if (committeeMonth >= 0) {
    const removed = meetings.splice(committeeMonth, 1)[0];
    planted.push({ rule: 'meeting.overdue', description: `${removed.date.year}-${String(removed.date.month).padStart(2, '0')} 未召开支部委员会` });
  }
  const withAbsent = meetings.findIndex((m) => m.absentees.length > 0);
  if (withAbsent >= 0) {
    meetings[withAbsent] = { ...meetings[withAbsent], makeUp: [] };
    planted.push({ rule: 'meeting.makeup', member: meetings[withAbsent].absentees[0], description: '缺席人员未补学' });
  }
  const shortStudy = pickMember(4);
  const shortName = members[shortStudy].name;
  for (let i = study.length - 1; i >= 0; i--) if (study[i].name === shortName && rng.chance(0.7)) study.splice(i, 1);
  planted.push({ rule: 'study.hours', member: shortName, description: '学时不足' });
  const noTalk = pickMember(5);
  const tIndex = talks.findIndex((t) => t.subject === members[noTalk].name);
  if (tIndex >= 0) {
    talks.splice(tIndex, 1);
    planted.push({ rule: 'talk.coverage', member: members[noTalk].name, description: '全年无谈心谈话记录' });
  }
  if (development.length > 0) {
    development[0] = { ...development[0], talkDate: addMonths(development[0].applicationDate, 2) };
    planted.push({ rule: 'development.talk-late', member: development[0].name, description: '收到入党申请书两个月后才谈话' });
  }
  const firstDue = obligations.findIndex((o) => o.doneDate !== undefined);
  if (firstDue >= 0) {
    obligations[firstDue] = { ...obligations[firstDue], doneDate: undefined };
    planted.push({ rule: 'obligation.overdue', description: `${obligations[firstDue].item} 逾期未完成` });
  }
  // The duplicate is listed twice on the dues ledger too, as branches do when a member is entered twice.
  const dupIndex = pickMember(6);
  const dup = members[dupIndex];
  const dupDues = dues.find((d) => d.name === dup.name);
  members.push({ ...dup });
  if (dupDues) dues.push({ ...dupDues });
  planted.push({ rule: 'roster.duplicate', member: dup.name, description: '同一党员登记两次' });
  // Blanking is done last so the index still points at the same member.
  members[noBirth] = { ...members[noBirth], birthDate: MISSING_DATE };
  return { data: { ...data, members, dues, meetings, study, talks, obligations, development }, planted };
}

/** Marks a required date the sample leaves blank on purpose (a planted missing field). */
export const MISSING_DATE: CalendarDate = Object.freeze({ year: 0, month: 0, day: 0 });
