import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/excelJsWorkbook';
import { summarizeGrids, writeSummary } from '../../src/app/summarizeWorkbook';
import { calendarDate, fullYearsBetween } from '../../src/core/calendar/calendarDate';
import type { Language } from '../../src/core/i18n/language';
import { generatedSample, roundTrip } from '../support/workbooks';
import { ROSTER_HEADER, member, type Rows } from '../support/ledgerBuilder';

const today = calendarDate(2026, 3, 1);

async function sheetsOf(rows: Record<string, Rows>) {
  const wb = new ExcelJS.Workbook();
  for (const [name, data] of Object.entries(rows)) {
    const ws = wb.addWorksheet(name);
    data.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  }
  return new ExcelJsWorkbook(await roundTrip(new ExcelJsWorkbook(wb))).readSheets();
}

describe.each(['zh-CN', 'zh-TW', 'en-US'] as Language[])('the year-end summary of a generated %s ledger', (lang) => {
  it('matches figures computed independently from the records', async () => {
    const { wb, sample } = await generatedSample(40, true, lang);
    const data = summarizeGrids(await new ExcelJsWorkbook(wb).readSheets(), { today, lang });
    expect(data.year).toBe(2025);
    expect(data.asOf).toEqual(calendarDate(2025, 12, 31));
    const records = sample.data;
    // Dues: every amount entered, to the fen.
    const paid = records.dues.reduce((sum, d) => sum + d.payments.reduce((s, p) => s + (p && 'fen' in p ? p.fen : 0), 0), 0);
    expect(data.dues!.paidFen).toBe(paid);
    expect(data.dues!.months.map((m) => m.paidFen)).toEqual(Array.from({ length: 12 }, (_, i) => records.dues.reduce((s, d) => s + (d.payments[i] && 'fen' in d.payments[i]! ? (d.payments[i] as { fen: number }).fen : 0), 0)));
    expect(data.dues!.publication.map((p) => p.paidFen).reduce((a, b) => a + b, 0)).toBe(paid);
    // Membership: the roster, a member listed twice counted once (DOMAIN.md §3, §6).
    const people = records.members.filter((m, i, all) => all.findIndex((x) => x.name === m.name && x.idNumber === m.idNumber) === i);
    expect(people.length).toBe(records.members.length - 1);
    expect(data.membership!.total).toBe(people.length);
    expect(data.membership!.byCategory.find((t) => t.label === '预备党员')?.count).toBe(people.filter((m) => m.memberCategory === '预备党员').length);
    const ages = people.filter((m) => m.birthDate.year > 0).map((m) => fullYearsBetween(m.birthDate, calendarDate(2025, 12, 31)));
    expect(data.membership!.byAge.find((b) => b.label === '31–35')?.count).toBe(ages.filter((a) => a >= 31 && a <= 35).length);
    // Organisational life: the planted missing committee meeting is the only gap.
    const committee = data.life!.types.find((t) => t.type === '支部委员会')!;
    expect([committee.required, committee.held]).toEqual([12, 11]);
    expect(data.life!.monthsWithoutCommittee).toEqual([1]);
    expect(data.life!.types.find((t) => t.type === '主题党日')!.completion).toBe(1);
    // Talks: everyone but the planted member.
    expect(data.talks!.members - data.talks!.covered).toBe(1);
    expect(data.findings.length).toBeGreaterThan(10);
  });
});

describe('the year-end summary of hand-made ledgers', () => {
  it('puts boundary birthdays in the right age band and says which sources are missing', async () => {
    const grids = await sheetsOf({
      花名册: [
        ROSTER_HEADER,
        member('三十', { 出生日期: '1995-12-31' }), // 30 on 2025-12-31
        member('三一', { 出生日期: '1994-12-31' }), // 31
        member('八十', { 出生日期: '1945-12-31' }), // 80
        member('八一', { 出生日期: '1944-12-31' }), // 81
        member('转出', { 组织关系状态: '转出' }),
      ],
      设置: [['项目', '值'], ['支部名称', '二支部'], ['台账年度', 2025]],
    });
    const data = summarizeGrids(grids, { today, lang: 'zh-CN' });
    const band = (label: string) => data.membership!.byAge.find((b) => b.label === label)!.count;
    expect([band('≤30'), band('31–35'), band('71–80'), band('>80')]).toEqual([1, 1, 1, 1]);
    expect(data.membership!.total).toBe(4);
    expect(data.membership!.transferredOut).toBe(1);
    expect([data.life, data.dues, data.study, data.talks, data.development]).toEqual([null, null, null, null, null]);
  });

  it('writes the sheets, says what is missing, and regenerating replaces only its own sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const roster = wb.addWorksheet('党员名册');
    [ROSTER_HEADER, member('甲'), member('乙')].forEach((r, i) => r.forEach((v, j) => v !== null && (roster.getCell(i + 1, j + 1).value = v)));
    wb.addWorksheet('年度汇总').getCell('A1').value = '我自己写的汇总';
    const book = new ExcelJsWorkbook(wb);
    const first = await writeSummary(book, { year: 2025, today, lang: 'zh-CN' });
    expect(first.report.sheetsAdded).toEqual(['年度汇总 (2)']);
    expect(first.report.degraded).toEqual([]);
    const text = JSON.stringify(wb.getWorksheet('年度汇总 (2)')!.getSheetValues());
    expect(text).toContain('未找到党费收缴台账，本部分无法统计。');
    expect(text).toContain('未找到会议及活动记录，本部分无法统计。');
    await writeSummary(book, { year: 2025, today, lang: 'zh-CN' });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['党员名册', '年度汇总', '年度汇总 (2)']);
    expect(wb.getWorksheet('年度汇总')!.getCell('A1').value).toBe('我自己写的汇总');
  });

  it('prints the publication table on its own page with a title, date and signature line', async () => {
    const { wb } = await generatedSample(12, false);
    const book = new ExcelJsWorkbook(wb);
    const { report } = await writeSummary(book, { today, lang: 'zh-CN' });
    expect(report.sheetsAdded).toEqual(['年度汇总', '党费公布表']);
    expect(report.degraded).toEqual(['native-charts']);
    const back = await roundTrip(book);
    const pub = back.getWorksheet('党费公布表')!;
    expect(pub.getCell('A1').value).toBe('示例党支部2025年度党员交纳党费情况公布表');
    expect(pub.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, printTitlesRow: '4:4' });
    expect(JSON.stringify(pub.getSheetValues())).toContain('支部书记（签字）');
    const summary = back.getWorksheet('年度汇总')!;
    const dataBars = (summary as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings.filter((cf) => cf.rules[0].type === 'dataBar');
    expect(dataBars.length).toBeGreaterThanOrEqual(2);
    // Page breaks between blocks (ExcelJS writes them but does not read them back: check the book written).
    expect((book.workbook.getWorksheet('年度汇总') as unknown as { rowBreaks: unknown[] }).rowBreaks.length).toBeGreaterThanOrEqual(5);
  });
});
