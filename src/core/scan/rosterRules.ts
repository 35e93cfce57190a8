import { addMonths, addYears, compareDates, daysBetween, formatIsoDate, fullYearsBetween, type CalendarDate } from '../calendar/calendarDate';
import { idBirthDate, idNumberProblem } from '../model/idNumber';
import { numberParameter } from '../rules/ruleParameters';
import type { Finding } from './finding';
import type { Member, ScanContext } from './scanContext';

const cellAt = (m: Member, key: string) => m.row.cells.get(key);

function place(m: Member, key: string) {
  const c = cellAt(m, key);
  return { sheet: m.row.sheet, row: m.row.row, col: c?.col ?? null, column: c?.header ?? null, member: m.name };
}

/** roster.duplicate, roster.id-number, roster.date-order. */
export function rosterRules(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.members) {
    // The repeated rows are the finding; the person is still one member everywhere else.
    for (const dup of m.duplicates) {
      const c = dup.cells.get('name');
      out.push(ctx.finding('roster.duplicate', { sheet: dup.sheet, row: dup.row, col: c?.col, column: c?.header, member: m.name }, ctx.text(`与第${m.row.row}行重复登记`, `Listed again: same member as row ${m.row.row}`)));
    }
    if (m.idNumber && m.idNumber.length === 18) {
      const problem = idNumberProblem(m.idNumber);
      const embedded = idBirthDate(m.idNumber);
      if (problem === 'check-digit') out.push(ctx.finding('roster.id-number', place(m, 'idNumber'), ctx.text('身份证号校验码不正确', 'The ID number’s check digit is wrong')));
      else if (problem) out.push(ctx.finding('roster.id-number', place(m, 'idNumber'), ctx.text('身份证号中的出生日期无效', 'The birth date inside the ID number is invalid')));
      else if (embedded && m.birth && compareDates(embedded, m.birth) !== 0 && cellAt(m, 'birthDate') && (cellAt(m, 'birthDate')!.value as { precision: string }).precision === 'day') {
        out.push(ctx.finding('roster.id-number', place(m, 'idNumber'), ctx.text(`身份证号中的出生日期（${formatIsoDate(embedded)}）与“出生日期”不一致`, `The ID number’s birth date (${formatIsoDate(embedded)}) differs from the date of birth`)));
      }
    }
    const minAge = numberParameter(ctx.params, 'roster.minAdmissionAge');
    if (m.birth && m.admission && fullYearsBetween(m.birth, m.admission) < minAge) {
      out.push(ctx.finding('roster.date-order', place(m, 'admissionDate'), ctx.text(`入党时未满${minAge}周岁`, `Admitted before the age of ${minAge}`)));
    }
    if (m.admission && m.conversion && compareDates(m.conversion, m.admission) < 0) {
      out.push(ctx.finding('roster.date-order', place(m, 'conversionDate'), ctx.text('转正日期早于入党日期', 'Converted before being admitted')));
    }
    for (const key of ['birthDate', 'admissionDate', 'conversionDate'] as const) {
      const d = key === 'birthDate' ? m.birth : key === 'admissionDate' ? m.admission : m.conversion;
      if (d && compareDates(d, ctx.asOf) > 0) {
        out.push(ctx.finding('roster.date-order', place(m, key), ctx.text(`${cellAt(m, key)?.header ?? key}晚于检查基准日`, `${cellAt(m, key)?.header ?? key} is after the as-of date`)));
      }
    }
  }
  return out;
}

/** The end of a probation: one year (a setting), moved by an extension written in 备注 (“延长预备期6个月”). */
export function probationEnd(m: Member, years: number): CalendarDate | null {
  if (!m.admission) return null;
  let end = addYears(m.admission, years);
  const ext = m.remark ? /延长预备期\s*(\d+|一年|半年|[一二三四五六七八九十]+)?\s*(个月|月|年)?/.exec(m.remark) : null;
  if (ext) {
    const cn: Record<string, number> = { 一年: 12, 半年: 6, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
    let months = ext[1] ? (Number(ext[1]) || cn[ext[1]] || 12) : 12;
    if (ext[2] === '年' && Number(ext[1])) months = Number(ext[1]) * 12;
    end = addMonths(end, Math.min(12, Math.max(6, months)));
  }
  return end;
}

/** membership.probation-overdue and membership.probation-due. */
export function probationRules(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  const years = numberParameter(ctx.params, 'membership.probationYears');
  const dueDays = numberParameter(ctx.params, 'membership.probationDueDays');
  for (const m of ctx.members) {
    if (m.category !== '预备党员' || m.conversion || !m.active) continue;
    const end = probationEnd(m, years);
    if (!end) continue;
    const left = daysBetween(ctx.asOf, end);
    if (left <= 0) {
      out.push(ctx.finding('membership.probation-overdue', place(m, 'memberCategory'), ctx.text(`预备期已于${formatIsoDate(end)}届满，尚未办理转正`, `Probation ended on ${formatIsoDate(end)} without conversion`)));
    } else if (left <= dueDays) {
      out.push(ctx.finding('membership.probation-due', place(m, 'memberCategory'), ctx.text(`预备期将于${formatIsoDate(end)}届满，请及时讨论转正`, `Probation ends on ${formatIsoDate(end)}: prepare the conversion`)));
    }
  }
  return out;
}
