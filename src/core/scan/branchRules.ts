import { addYears, daysBetween, formatIsoDate } from '../calendar/calendarDate';
import { numberParameter } from '../rules/ruleParameters';
import type { Finding } from './finding';
import type { ScanContext } from './scanContext';

/** branch.size, branch.committee, branch.term-expired. */
export function branchRules(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  const roster = ctx.sheetName('roster');
  if (roster) {
    const active = ctx.members.filter((m) => m.active);
    const max = numberParameter(ctx.params, 'branch.maxMembers');
    if (active.length > max) {
      out.push(ctx.finding('branch.size', { sheet: roster }, ctx.text(`支部有${active.length}名党员，超过${max}人，应考虑分设支部`, `The branch has ${active.length} members, more than ${max}: consider splitting it`)));
    }
    const hasPostColumn = ctx.ledger.sheets.some((s) => s.recognized.kind === 'roster' && s.recognized.columns.has('post'));
    if (hasPostColumn) {
      const committee = active.filter((m) => m.committee);
      const full = active.filter((m) => m.category === '正式党员').length;
      const threshold = numberParameter(ctx.params, 'branch.committeeThreshold');
      const min = numberParameter(ctx.params, 'branch.committeeMin');
      const hardMax = numberParameter(ctx.params, 'branch.committeeHardMax');
      if (!active.some((m) => m.post !== null && /书记/.test(m.post) && !/副书记/.test(m.post))) {
        out.push(ctx.finding('branch.committee', { sheet: roster }, ctx.text('名册中没有支部书记（党内职务）', 'No member holds the post of secretary')));
      }
      if (full >= threshold && (committee.length < min || committee.length > hardMax)) {
        out.push(
          ctx.finding(
            'branch.committee',
            { sheet: roster },
            ctx.text(`正式党员${full}人，应设支委会（${min}至${hardMax}人），名册中支委${committee.length}人`, `${full} full members require a committee of ${min} to ${hardMax}; the roster shows ${committee.length}`),
          ),
        );
      }
    }
  }
  const s = ctx.ledger.settings;
  if (s?.electionDate) {
    const years = s.termYears ?? numberParameter(ctx.params, s.unitType === '村社区' ? 'branch.termYearsVillage' : 'branch.termYears');
    const end = addYears(s.electionDate, years);
    const left = daysBetween(ctx.asOf, end);
    if (left <= 0) {
      out.push(ctx.finding('branch.term-expired', { sheet: s.sheet }, ctx.text(`本届支委会${formatIsoDate(s.electionDate)}选举，任期${years}年，已于${formatIsoDate(end)}届满，应按期换届`, `The committee elected on ${formatIsoDate(s.electionDate)} for ${years} years reached the end of its term on ${formatIsoDate(end)}`)));
    } else if (left <= numberParameter(ctx.params, 'branch.termReminderDays')) {
      out.push(ctx.finding('branch.term-expired', { sheet: s.sheet }, ctx.text(`支委会任期将于${formatIsoDate(end)}届满，请提前做好换届准备`, `The committee’s term ends on ${formatIsoDate(end)}: prepare the election`), 'info'));
    }
  }
  return out;
}
