import { addMonths, addYears, compareDates, formatIsoDate } from '../calendar/calendarDate';
import { numberParameter } from '../rules/ruleParameters';
import { dateOf, numberOf, textOf, type ParsedRow } from '../read/readLedger';
import type { Finding } from './finding';
import type { ScanContext } from './scanContext';

function at(row: ParsedRow, key: string) {
  const c = row.cells.get(key) ?? row.cells.get('name');
  return { sheet: row.sheet, row: row.row, col: c?.col, column: c?.header, member: textOf(row, 'name') };
}

/** development.talk-late, development.review-overdue, development.too-early, development.training-short. */
export function developmentRules(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  const talkMonths = numberParameter(ctx.params, 'development.talkWithinMonths');
  const reviewMonths = numberParameter(ctx.params, 'development.reviewMonths');
  const minYears = numberParameter(ctx.params, 'development.minActivistYears');
  const minHours = numberParameter(ctx.params, 'development.minTrainingHours');
  for (const row of ctx.rows('development')) {
    const applied = dateOf(row, 'applicationDate')?.date;
    const talk = dateOf(row, 'talkDate')?.date;
    const activist = dateOf(row, 'activistDate')?.date;
    const review = dateOf(row, 'lastReviewDate')?.date;
    const candidate = dateOf(row, 'candidateDate')?.date;
    const admitted = dateOf(row, 'admissionDate')?.date;
    // Each rule runs where the sheet has the columns it reads: a column the sheet lacks is one
    // missing-column finding (when required), never a rule firing on blanks it cannot have.
    const has = (key: string): boolean => row.cells.has(key);
    if (applied && has('talkDate')) {
      const limit = addMonths(applied, talkMonths);
      if (talk ? compareDates(talk, limit) > 0 : compareDates(limit, ctx.asOf) < 0) {
        out.push(
          ctx.finding(
            'development.talk-late',
            at(row, 'talkDate'),
            talk
              ? ctx.text(`${formatIsoDate(applied)}递交申请，${formatIsoDate(talk)}才谈话，超过${talkMonths}个月`, `Applied ${formatIsoDate(applied)}, talked to only on ${formatIsoDate(talk)}`)
              : ctx.text(`${formatIsoDate(applied)}递交申请，${talkMonths}个月内未派人谈话`, `Applied ${formatIsoDate(applied)}; nobody talked to the applicant within ${talkMonths} month(s)`),
          ),
        );
      }
    }
    if (activist && !candidate && !admitted && has('lastReviewDate')) {
      const last = review && compareDates(review, activist) > 0 ? review : activist;
      const due = addMonths(last, reviewMonths);
      if (compareDates(due, ctx.asOf) < 0) {
        out.push(ctx.finding('development.review-overdue', at(row, 'lastReviewDate'), ctx.text(`最近一次考察在${formatIsoDate(last)}，已超过${reviewMonths}个月`, `Last reviewed ${formatIsoDate(last)}, more than ${reviewMonths} months ago`)));
      }
    }
    if (activist && candidate && compareDates(candidate, addYears(activist, minYears)) < 0) {
      out.push(ctx.finding('development.too-early', at(row, 'candidateDate'), ctx.text(`${formatIsoDate(activist)}确定为积极分子，${formatIsoDate(candidate)}即确定为发展对象，培养不满${minYears}年`, `Activist from ${formatIsoDate(activist)}, candidate on ${formatIsoDate(candidate)}: less than ${minYears} year(s)`)));
    }
    if (candidate && has('trainingHours')) {
      const hours = numberOf(row, 'trainingHours');
      if ((hours ?? 0) < minHours) {
        out.push(ctx.finding('development.training-short', at(row, 'trainingHours'), ctx.text(`集中培训${hours ?? 0}学时，少于${minHours}学时`, `${hours ?? 0} hours of training, fewer than ${minHours}`)));
      }
    }
  }
  return out;
}

