import { LANGUAGES, localize } from '../i18n/language';
import { ENUMERATIONS, type EnumerationId } from '../schema/enumerations';
import { normalizeHeader } from './normalizeText';

/** Words people use for enumerated values besides the template's own labels. */
const ALIASES: Partial<Record<EnumerationId, Record<string, string>>> = {
  gender: { 男性: '男', 女性: '女', m: '男', f: '女' },
  memberCategory: { 正式: '正式党员', 预备: '预备党员', 中共党员: '正式党员', 党员: '正式党员', 中共预备党员: '预备党员', full: '正式党员', probationary: '预备党员' },
  personCategory: { 退休: '离退休', 离休: '离退休', 退休人员: '离退休', 在岗: '在职', 在职人员: '在职', 职工: '在职', 教职工: '在职', 在校学生: '学生', 研究生: '学生', 本科生: '学生', 无业: '其他', 失业: '其他', 下岗: '其他', 低保: '其他', 农村: '农民' },
  relationStatus: { 正常: '在册', 在籍: '在册', 已转出: '转出', 转走: '转出', 已转入: '转入', 死亡: '去世', 逝世: '去世', 病故: '去世', 已故: '去世' },
  unitType: { 学校: '中小学', 大学: '高校', 事业单位: '机关', 社区: '村社区', 村: '村社区', 非公企业: '两新', 社会组织: '两新', 国有企业: '国企' },
};

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
  const value = lookup(id).get(normalizeHeader(text)) ?? null;
  if (memo.size > 50000) memo.clear();
  memo.set(key, value);
  return value;
}
