import { normalizeHeader } from '../read/normalizeText';

/** The meeting types the rules require, read by meaning from the type cell and the topic. */
export const REQUIRED_MEETING_TYPES = [
  { type: '支部委员会', parameter: 'meeting.frequency.committee', pattern: /支委会|支部委员会|支委(扩大)?会议|committeemeeting/ },
  { type: '支部党员大会', parameter: 'meeting.frequency.general', pattern: /党员大会|支部大会|generalmeeting|generalassembly|membersmeeting|allmembersmeeting/ },
  { type: '党小组会', parameter: 'meeting.frequency.group', pattern: /党小组|小组会|groupmeeting/ },
  { type: '党课', parameter: 'meeting.frequency.lecture', pattern: /党课|partylecture|partyclass|partycourse/ },
  { type: '主题党日', parameter: 'meeting.frequency.themeDay', pattern: /党日|themeday|themepartyday|partyday/ },
  { type: '组织生活会', parameter: 'meeting.frequency.lifeMeeting', pattern: /组织生活会|organisationallifemeeting|organizationallifemeeting|lifemeeting/ },
  { type: '民主评议党员', parameter: 'meeting.frequency.appraisal', pattern: /民主评议|评议党员|democraticappraisal/ },
] as const;

export type MeetingType = (typeof REQUIRED_MEETING_TYPES)[number]['type'];

// A topic that plans or prepares another meeting (“研究年终党员民主评议准备工作”, “部署组织生活会”).
const PLANNING = /研究|部署|筹备|准备|安排|讨论|谋划|计划|方案|动员|酝酿/;

// “党员大会（暨主题党日）”: what a bracket holds is part of the type here, not a note to drop.
const withBracketWords = (text: string | null): string => normalizeHeader((text ?? '').replace(/[（(【〔[\]〕】)）]/g, ' '));

const typesIn = (text: string): MeetingType[] => REQUIRED_MEETING_TYPES.filter((t) => t.pattern.test(text)).map((t) => t.type);

/**
 * Every type a meeting counts for: “支部党员大会暨主题党日” is both; “第二党小组学习” is a group
 * meeting; a 党员大会 whose topic is “书记讲专题党课” is a 党课 too. A topic that only plans another
 * meeting does not hold it: the 支委会 “研究民主评议准备工作” is no 民主评议党员. Where the type cell
 * names no type, the topic is all there is and is read whole.
 */
export function meetingTypesOf(typeText: string | null, topic: string | null): Set<MeetingType> {
  const declared = typesIn(withBracketWords(typeText));
  const about = withBracketWords(topic);
  if (declared.length > 0 && PLANNING.test(about)) return new Set(declared);
  return new Set([...declared, ...typesIn(about)]);
}
