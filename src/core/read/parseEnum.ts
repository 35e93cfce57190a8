import { LANGUAGES, localize } from '../i18n/language';
import { ENUMERATIONS, type EnumerationId } from '../schema/enumerations';
import { normalizeHeader } from './normalizeText';

/** Words people use for enumerated values besides the template's own labels. */
const ALIASES: Partial<Record<EnumerationId, Record<string, string>>> = {
  gender: { 男性: '男', 女性: '女', m: '男', f: '女', man: '男', woman: '女' },
  memberCategory: { 正式: '正式党员', 预备: '预备党员', 中共党员: '正式党员', 党员: '正式党员', 中共预备党员: '预备党员', full: '正式党员', probationary: '预备党员', 'full member': '正式党员', 'probationary member': '预备党员', formal: '正式党员' },
  personCategory: { 退休: '离退休', 离休: '离退休', 退休人员: '离退休', 在岗: '在职', 在职人员: '在职', 职工: '在职', 教职工: '在职', 在校学生: '学生', 研究生: '学生', 本科生: '学生', 无业: '其他', 失业: '其他', 下岗: '其他', 低保: '其他', 农村: '农民', retiree: '离退休', 'in service': '在职', working: '在职', employee: '在职', unemployed: '其他' },
  relationStatus: { 正常: '在册', 在籍: '在册', 已转出: '转出', 转走: '转出', 已转入: '转入', 死亡: '去世', 逝世: '去世', 病故: '去世', 已故: '去世', active: '在册', normal: '在册', 'in register': '在册', 'transferred': '转出', 'moved out': '转出', suspended: '停止党籍', died: '去世', deceased: '去世' },
  partyPost: { 支部书记: '书记', 党支部书记: '书记', 支部副书记: '副书记', 组织: '组织委员', 宣传: '宣传委员', 纪检: '纪检委员', 纪律检查委员: '纪检委员', 支委: '委员', 支部委员: '委员', 小组长: '党小组长', 无: '—', 'organization member': '组织委员', 'organizing member': '组织委员', 'propaganda member': '宣传委员', 'discipline inspection member': '纪检委员', 'branch secretary': '书记', deputy: '副书记', 'group head': '党小组长' },
  unitType: { 学校: '中小学', 大学: '高校', 事业单位: '机关', 社区: '村社区', 村: '村社区', 农村: '村社区', 街道社区: '村社区', 村级: '村社区', 非公企业: '两新', 非公: '两新', 两新组织: '两新', 民营企业: '两新', 社会组织: '两新', 国有企业: '国企', 央企: '国企', 机关单位: '机关', 党政机关: '机关' },
};

/** A unit type written as the kind of branch: 村党支部 → 村, 机关党支部 → 机关. */
const withoutBranchWord = (text: string): string => normalizeHeader(text).replace(/(党总支|党支部|党组织|支部|党委)$/, '');

const lookups = new Map<EnumerationId, Map<string, string>>();

function lookup(id: EnumerationId): Map<string, string> {
  let map = lookups.get(id);
  if (!map) {
    map = new Map();
    for (const o of ENUMERATIONS[id].options) {
      map.set(normalizeHeader(o.value), o.value);
      for (const l of LANGUAGES) map.set(normalizeHeader(localize(o.label, l)), o.value);
    }
    for (const [alias, value] of Object.entries(ALIASES[id] ?? {})) map.set(normalizeHeader(alias), value);
    lookups.set(id, map);
  }
  return map;
}

/** The canonical zh-CN value of an enumerated cell, in any language or alias; null when not recognised. */
const memo = new Map<string, string | null>();

export function parseEnum(id: EnumerationId, text: string): string | null {
  // The same few words (男, 在职, 正式党员) fill whole columns: normalise each distinct text once.
  const key = `${id}\u0000${text}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  // “Status: Active”, “职务：书记”: the value after a label.
  const afterLabel = /[:：]\s*([^:：]+)$/.exec(text)?.[1];
  const value = lookup(id).get(normalizeHeader(text)) ?? (afterLabel ? lookup(id).get(normalizeHeader(afterLabel)) : undefined) ?? (id === 'unitType' ? lookup(id).get(withoutBranchWord(text)) : undefined) ?? null;
  if (memo.size > 50000) memo.clear();
  memo.set(key, value);
  return value;
}
