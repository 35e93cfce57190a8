import { formatIsoDate } from '../calendar/calendarDate';
import { localize, LANGUAGES, type Language, type Localized } from '../i18n/language';
import { formatFen } from '../money/fen';
import { FREQUENCY_LABELS } from '../rules/ruleParameters';
import { HIGHLIGHT_STYLE, range, type ChartSpec, type PlanValue, type SheetPlan, type StyledRange, type WritePlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import { HEADER_STYLE, NUMBER_FORMATS, standardPrint, wrappedRowHeight } from '../template/ledgerLayout';
import { enumLabel } from '../template/labels';
import { meetingTypeLabel } from '../template/recordRows';
import { uniqueSheetName } from '../template/templatePlan';
import { GENERATED_NOTE, isGeneratedSheet } from '../scan/generatedSheets';
import { SEVERITY_LABEL } from '../scan/scanPlan';
import { ruleInfo } from '../scan/ruleCatalogue';
import { SEVERITY_ORDER } from '../scan/finding';
import type { SummaryData } from './summaryData';

// Traditional names written out: a character-by-character conversion and a phrase one differ here (匯總/彙總).
export const SUMMARY_SHEET: Localized = { zh: '年度汇总', en: 'Year-end summary', tw: '年度彙總' };
export const PUBLICATION_SHEET: Localized = { zh: '党费公布表', en: 'Dues publication', tw: '黨費公佈表' };

export type SummaryBlock = 'membership' | 'life' | 'dues' | 'study' | 'talks' | 'development' | 'findings';
export const SUMMARY_BLOCKS: readonly SummaryBlock[] = ['membership', 'life', 'dues', 'study', 'talks', 'development', 'findings'];

const L = (zh: string, en: string): Localized => ({ zh, en });
// Column D is wide enough for a rule id (membership.probation-overdue); A wraps the longer labels.
const WIDTHS = [24, 14, 14, 28, 14, 14, 16];
const NCOLS = WIDTHS.length;

/** Builds a sheet row by row: each block appends a title, a header and rows, with styles and formats. */
class SheetBuilder {
  readonly rows: PlanValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly breaks: number[] = [];
  readonly charts: ChartSpec[] = [];
  readonly heights: { row: number; height: number }[] = [];
  constructor(private readonly lang: Language) {}
  get next(): number {
    return this.rows.length + 1;
  }
  t(l: Localized): string {
    return localize(l, this.lang);
  }
  row(values: PlanValue[], style?: StyledRange['style']): number {
    const r = this.next;
    this.rows.push([...values, ...Array<PlanValue>(Math.max(0, NCOLS - values.length)).fill(null)].slice(0, NCOLS));
    if (style) this.styles.push({ range: range(r, 1, 1, NCOLS), style });
    return r;
  }
  section(title: Localized, pageBreak: boolean): void {
    if (this.rows.length) this.row([]);
    if (pageBreak && this.rows.length > 3) this.breaks.push(this.next);
    this.row([this.t(title)], { bold: true, fontSize: 13, fontColor: 'C00000' });
  }
  table(header: Localized[], rows: PlanValue[][], formats: (string | undefined)[] = []): { first: number; last: number } {
    const h = this.row(header.map((x) => this.t(x)));
    this.styles.push({ range: range(h, 1, 1, header.length), style: HEADER_STYLE });
    // Header words wrap in narrow columns: give the row room for two lines.
    this.heights.push({ row: h, height: 30 });
    const first = this.next;
    for (const r of rows) this.row(r);
    const last = this.next - 1;
    if (rows.length) {
      this.styles.push({ range: range(first, 1, rows.length, header.length), style: { border: true } });
      formats.forEach((f, i) => f && this.styles.push({ range: range(first, i + 1, rows.length, 1), style: { numberFormat: f } }));
    }
    return { first, last };
  }
  missing(source: Localized): void {
    this.row([this.t(L(`未找到${source.zh}，本部分无法统计。`, `No ${source.en} sheet was found, so this part cannot be counted.`))], { fontColor: '7F7F7F' });
  }
  note(text: string): void {
    const r = this.row([text], { wrap: true, fontSize: 10 });
    this.heights.push({ row: r, height: wrappedRowHeight(text, WIDTHS[0], 10) });
  }
}

const yuan = (fen: number): number => fen / 100;

function summarySheet(name: string, data: SummaryData, lang: Language, blocks: ReadonlySet<SummaryBlock>): SheetPlan {
  const b = new SheetBuilder(lang);
  const t = (l: Localized): string => localize(l, lang);
  const title = lang === 'en-US'
    ? `${data.branchName ? `${data.branchName} — ` : ''}Summary of ${data.year} (as of ${formatIsoDate(data.asOf)})`
    : `${data.branchName ?? ''}${data.year}年度工作汇总（统计截至${formatIsoDate(data.asOf)}）`;
  b.row([title], { bold: true, fontSize: 16, hAlign: 'center' });
  b.row([t(GENERATED_NOTE)], { fontSize: 9, fontColor: '595959' });
  let firstBlock = true;
  const section = (l: Localized): void => {
    b.section(l, !firstBlock);
    firstBlock = false;
  };
  const pct = NUMBER_FORMATS.rate;
  const money = NUMBER_FORMATS.money;

  if (blocks.has('membership')) {
    section(L('一、党员队伍', '1. Members'));
    const m = data.membership;
    if (!m) b.missing(L('党员名册', 'member roster'));
    else {
      const count = (label: Localized, n: number | null): PlanValue[] => [t(label), n];
      b.table([L('项目', 'Item'), L('人数', 'Count')], [
        count(L('党员总数（在册）', 'Members (registered)'), m.total),
        ...m.byCategory.map((x) => [enumLabel('memberCategory', x.label, lang), x.count]),
        ...m.byGender.map((x) => [enumLabel('gender', x.label, lang), x.count]),
        count(L('本年接收预备党员', 'Admitted this year'), m.admitted),
        count(L('本年转为正式党员', 'Converted this year'), m.converted),
        count(L('组织关系转入', 'Transferred in'), m.transferredIn),
        count(L('组织关系转出', 'Transferred out'), m.transferredOut),
        count(L('平均党龄（年，自转正起算）', 'Average standing (years, from conversion)'), m.averageStanding),
      ]);
      b.row([]);
      b.table([L('年龄段', 'Age'), L('人数', 'Count')], [...m.byAge.map((x) => [x.label, x.count]), ...(m.unknownBirth ? [[t(L('出生日期未填', 'Birth date missing')), m.unknownBirth]] : [])]);
      b.row([]);
      b.table([L('学历', 'Education'), L('人数', 'Count')], m.byEducation.map((x) => [enumLabel('education', x.label, lang), x.count]));
      b.row([]);
      b.table([L('人员类别', 'Person category'), L('人数', 'Count')], m.byPersonCategory.map((x) => [enumLabel('personCategory', x.label, lang), x.count]));
    }
  }

  if (blocks.has('life')) {
    section(L('二、组织生活', '2. Organisational life'));
    const life = data.life;
    if (!life) b.missing(L('会议及活动记录', 'meetings'));
    else {
      b.table(
        [L('会议类型', 'Meeting type'), L('要求频次', 'Required'), L('应开（期）', 'Periods due'), L('已开（期）', 'Periods held'), L('完成率', 'Completion'), L('召开次数', 'Meetings'), L('平均到会率', 'Attendance')],
        life.types.map((x) => [meetingTypeLabel(x.type, lang), t(FREQUENCY_LABELS[x.frequency]), x.required, x.held, x.completion, x.meetings, x.averageAttendance]),
        [undefined, undefined, '0', '0', pct, '0', pct],
      );
      const months = (list: readonly number[]): string => (list.length ? list.map((m) => (lang === 'en-US' ? String(m) : `${m}月`)).join(lang === 'en-US' ? ', ' : '、') : t(L('无', 'none')));
      b.note(`${t(L('未召开支委会的月份：', 'Months without a committee meeting: '))}${months(life.monthsWithoutCommittee)}`);
      b.note(`${t(L('未开展主题党日的月份：', 'Months without a theme day: '))}${months(life.monthsWithoutThemeDay)}`);
      b.row([]);
      const { first, last } = b.table(
        [L('月份', 'Month'), L('召开会议（次）', 'Meetings held'), L('应开会议（期）', 'Periods due')],
        life.heldByMonth.map((n, i) => [lang === 'en-US' ? String(i + 1) : `${i + 1}月`, n, life.requiredByMonth[i]]),
      );
      b.charts.push({ kind: 'column', title: t(L('每月会议召开情况', 'Meetings by month')), data: range(first - 1, 1, last - first + 2, 3), anchor: range(first - 1, 4, last - first + 2, 4) });
    }
  }

  if (blocks.has('dues')) {
    section(L('三、党费收缴', '3. Party dues'));
    const d = data.dues;
    if (!d && data.duesUnreadable.length) {
      b.row([t(L(`未能读出“${data.duesUnreadable.join('、')}”中各月的交纳情况（没有识别出月份列或所属月份列），本部分无法统计。`, `The monthly payments in "${data.duesUnreadable.join(', ')}" could not be read (no month column was recognised), so this part cannot be counted.`))], { fontColor: 'C00000' });
    } else if (!d) b.missing(L('党费收缴台账', 'dues ledger'));
    else {
      if (d.unreadableSheets.length) b.note(t(L(`未能读出“${d.unreadableSheets.join('、')}”的交纳情况，下列数字不含该表。`, `The payments in "${d.unreadableSheets.join(', ')}" could not be read and are not included below.`)));
      const { first, last } = b.table(
        [L('月份', 'Month'), L('实交（元）', 'Paid'), L('应交（元）', 'Due'), L('收缴率', 'Rate'), L('已交未记金额（人次）', 'Paid, amount unknown')],
        d.months.map((m) => [lang === 'en-US' ? String(m.month) : `${m.month}月`, yuan(m.paidFen), yuan(m.dueFen), m.rate, m.paidUnknown]),
        [undefined, money, money, pct, '0'],
      );
      const total = b.row([t(L('全年合计', 'Year')), yuan(d.paidFen), yuan(d.dueFen), d.rate, d.months.reduce((a, m) => a + m.paidUnknown, 0)]);
      b.styles.push({ range: range(total, 1, 1, 5), style: { bold: true, border: true, fill: 'F2F2F2' } }, { range: range(total, 2, 1, 2), style: { numberFormat: money } }, { range: range(total, 4), style: { numberFormat: pct } });
      b.charts.push({ kind: 'column', title: t(L('每月党费收缴（元）', 'Dues by month (yuan)')), data: range(first - 1, 1, last - first + 2, 3), anchor: range(first - 1, 6, last - first + 2, 2) });
      b.row([]);
      if (d.arrears.length) {
        b.table([L('欠交党员', 'Member in arrears'), L('最长连续未交（月）', 'Longest run (months)'), L('未交月数', 'Unpaid months')], d.arrears.map((a) => [a.name, a.longestRun, a.unpaidMonths]));
      } else b.row([t(L('没有欠交党费的党员。', 'No member is in arrears.'))]);
    }
  }

  if (blocks.has('study')) {
    section(L('四、学习培训', '4. Study hours'));
    if (!data.study) b.missing(L('学习培训记录（及党员名册）', 'study and roster'));
    else {
      const rows = data.study.map((s) => [s.name, s.required, s.hours, s.hours >= s.required ? t(L('达到', 'Met')) : t(L('未达到', 'Short'))]);
      const { first } = b.table([L('姓名', 'Name'), L('要求学时', 'Required'), L('实际学时', 'Hours'), L('是否达到', 'Requirement')], rows, [undefined, '0', '0.0']);
      data.study.forEach((s, i) => s.hours < s.required && b.styles.push({ range: range(first + i, 4), style: { fill: HIGHLIGHT_STYLE.warning.fill } }));
    }
  }

  if (blocks.has('talks')) {
    section(L('五、谈心谈话', '5. Heart-to-heart talks'));
    const k = data.talks;
    if (!k) b.missing(L('谈心谈话记录（及党员名册）', 'talks and roster'));
    else b.table([L('在册党员', 'Members'), L('已谈话人数', 'Talked with'), L('覆盖率', 'Coverage'), L('谈话次数', 'Talks')], [[k.members, k.covered, k.members ? k.covered / k.members : null, k.talks]], ['0', '0', pct, '0']);
  }

  if (blocks.has('development')) {
    section(L('六、发展党员', '6. Development pipeline'));
    const dv = data.development;
    if (!dv) b.missing(L('入党积极分子及发展对象', 'development'));
    else b.table([L('入党申请人', 'Applicants'), L('入党积极分子', 'Activists'), L('发展对象', 'Candidates'), L('本年接收预备党员', 'Admitted this year')], [[dv.applicants, dv.activists, dv.candidates, dv.admittedThisYear]]);
  }

  if (blocks.has('findings')) {
    section(L('七、尚未解决的问题（一键检查）', '7. Open findings (check)'));
    const counts = new Map<string, number>();
    for (const f of data.findings) counts.set(`${f.severity}|${f.rule}`, (counts.get(`${f.severity}|${f.rule}`) ?? 0) + 1);
    const rows = [...counts].sort((a, b2) => SEVERITY_ORDER.indexOf(a[0].split('|')[0] as never) - SEVERITY_ORDER.indexOf(b2[0].split('|')[0] as never)).map(([k, n]) => {
      const [sev, rule] = k.split('|');
      return [t(ruleInfo(rule).title), t(SEVERITY_LABEL[sev as keyof typeof SEVERITY_LABEL]), n, rule];
    });
    if (rows.length) {
      const { first } = b.table([L('问题', 'Issue'), L('严重程度', 'Severity'), L('数量', 'Count'), L('规则', 'Rule')], rows);
      b.styles.push({ range: range(first, 1, rows.length, 1), style: { wrap: true } });
      rows.forEach((r, i) => b.heights.push({ row: first + i, height: Math.max(16, wrappedRowHeight(String(r[0]), WIDTHS[0], 10)) }));
    }
    else b.row([t(L('未发现问题。', 'Nothing found.'))]);
  }

  const merges = [range(1, 1, 1, NCOLS), range(2, 1, 1, NCOLS)];
  return {
    name,
    kind: 'summary',
    tabColor: 'C00000',
    columnWidths: WIDTHS,
    rowHeights: [{ row: 1, height: 28 }, ...b.heights],
    styles: b.styles,
    blocks: [{ row: 1, col: 1, values: b.rows }],
    merges,
    validations: [],
    conditionalFormats: [],
    print: { ...standardPrint(title, lang, 1), orientation: 'portrait', titleRows: undefined, pageBreaksBefore: b.breaks },
    charts: b.charts,
  };
}

function publicationSheet(name: string, data: SummaryData, lang: Language): SheetPlan | null {
  const d = data.dues;
  if (!d) return null;
  const t = (l: Localized): string => localize(l, lang);
  const title = lang === 'en-US' ? `${data.branchName ?? ''} Party dues paid by members in ${data.year}`.trim() : `${data.branchName ?? ''}${data.year}年度党员交纳党费情况公布表`;
  const widths = [8, 16, 12, 18, 30];
  const header = [L('序号', 'No.'), L('姓名', 'Name'), L('交纳月数', 'Months paid'), L('全年交纳金额（元）', 'Paid this year (yuan)'), L('备注', 'Remarks')].map(t);
  const rows: PlanValue[][] = d.publication.map((p, i) => [i + 1, p.name, p.monthsPaid, yuan(p.paidFen), p.remark || null]);
  const totalFen = d.publication.reduce((a, p) => a + p.paidFen, 0);
  const HEADER = 4;
  const first = HEADER + 1;
  const totalRow = first + rows.length;
  const blank = (n: number): PlanValue[] => Array<PlanValue>(n).fill(null);
  const signature = t(L('支部书记（签字）：＿＿＿＿＿＿　　组织委员（签字）：＿＿＿＿＿＿　　公布日期：　　年　　月　　日', 'Secretary: ____________    Organisation member: ____________    Published on: ____________'));
  const intro = lang === 'en-US'
    ? `Dues paid by every member of the branch in ${data.year}, as recorded up to ${formatIsoDate(data.asOf)}. Total: ${formatFen(totalFen)} yuan.`
    : `根据党费收缴台账，现将本支部${data.year}年度党员交纳党费情况公布如下（统计截至${formatIsoDate(data.asOf)}），全年共收缴党费${formatFen(totalFen)}元。如有疑问，请向支部组织委员反映。`;
  return {
    name,
    kind: 'summary',
    tabColor: 'C00000',
    columnWidths: widths,
    rowHeights: [{ row: 1, height: 30 }, { row: 3, height: wrappedRowHeight(intro, widths.reduce((a, b) => a + b, 0), 10) }],
    styles: [
      { range: range(1, 1, 1, 5), style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
      { range: range(2, 1, 1, 5), style: { fontSize: 8, fontColor: '7F7F7F' } },
      { range: range(3, 1, 1, 5), style: { wrap: true, vAlign: 'top' } },
      { range: range(HEADER, 1, 1, 5), style: HEADER_STYLE },
      ...(rows.length ? [{ range: range(first, 1, rows.length, 5), style: { border: true, vAlign: 'middle' as const } }, { range: range(first, 4, rows.length + 1, 1), style: { numberFormat: NUMBER_FORMATS.money } }] : []),
      { range: range(totalRow, 1, 1, 5), style: { bold: true, border: true, fill: 'F2F2F2' } },
      { range: range(totalRow + 2, 1, 1, 5), style: { fontSize: 11 } },
    ],
    blocks: [
      { row: 1, col: 1, values: [[title, ...blank(4)]] },
      { row: 2, col: 1, values: [[t(GENERATED_NOTE), ...blank(4)]] },
      { row: 3, col: 1, values: [[intro, ...blank(4)]] },
      { row: HEADER, col: 1, values: [header] },
      ...(rows.length ? [{ row: first, col: 1, values: rows }] : []),
      { row: totalRow, col: 1, values: [[t(L('合计', 'Total')), null, d.publication.reduce((a, p) => a + p.monthsPaid, 0), yuan(totalFen), null]] },
      { row: totalRow + 2, col: 1, values: [[signature, ...blank(4)]] },
    ],
    merges: [range(1, 1, 1, 5), range(2, 1, 1, 5), range(3, 1, 1, 5), range(totalRow + 2, 1, 1, 5)],
    freeze: { rows: HEADER, cols: 0 },
    validations: [],
    conditionalFormats: [],
    print: { ...standardPrint(title, lang, HEADER), orientation: 'portrait' },
  };
}

/** Our earlier summary sheets (generated, named as a summary sheet in any language, maybe “(2)”). */
function previousSheets(grids: readonly SheetGrid[], names: readonly Localized[]): string[] {
  const bases = names.flatMap((n) => LANGUAGES.map((l) => localize(n, l).toLowerCase()));
  return grids.filter((g) => isGeneratedSheet(g) && bases.includes(g.name.toLowerCase().replace(/ \(\d+\)$/, ''))).map((g) => g.name);
}

/**
 * The year-end summary sheets: 年度汇总 and 党费公布表. Regenerating replaces only the sheets the add-in
 * wrote before; a user sheet with the same name is kept and the new sheet takes a free name.
 */
export function planSummary(data: SummaryData, grids: readonly SheetGrid[], lang: Language, blocks: ReadonlySet<SummaryBlock> = new Set(SUMMARY_BLOCKS)): WritePlan {
  const previous = previousSheets(grids, [SUMMARY_SHEET, PUBLICATION_SHEET]);
  const taken = grids.map((g) => g.name).filter((n) => !previous.includes(n));
  const nameFor = (l: Localized): string => {
    const wanted = localize(l, lang);
    const name = taken.some((n) => n.toLowerCase() === wanted.toLowerCase()) ? uniqueSheetName(wanted, taken) : wanted;
    taken.push(name);
    return name;
  };
  const summary = summarySheet(nameFor(SUMMARY_SHEET), data, lang, blocks);
  const publication = blocks.has('dues') ? publicationSheet(nameFor(PUBLICATION_SHEET), data, lang) : null;
  return { deleteSheets: previous, sheets: publication ? [summary, publication] : [summary], activate: summary.name };
}
