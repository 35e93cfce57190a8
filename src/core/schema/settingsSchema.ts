import type { Localized } from '../i18n/language';
import type { ParameterUnit } from '../rules/ruleParameters';

/** The branch facts at the top of the settings sheet (DOMAIN.md §2). `key` is written in the sheet's 键 column. */
export interface SettingsItem {
  readonly key: string;
  readonly label: Localized;
  readonly type: 'text' | 'year' | 'date' | 'unitType' | 'integer';
  readonly required: boolean;
  readonly synonyms: readonly string[];
}

export const SETTINGS_ITEMS: readonly SettingsItem[] = [
  { key: 'branch.name', label: { zh: '支部名称', en: 'Branch name' }, type: 'text', required: true, synonyms: ['党支部名称', '党组织名称', '支部', 'branch'] },
  { key: 'branch.parent', label: { zh: '上级党组织', en: 'Higher party organisation' }, type: 'text', required: false, synonyms: ['上级党委', '所属党委', 'parent'] },
  { key: 'branch.unitType', label: { zh: '单位类型', en: 'Unit type' }, type: 'unitType', required: false, synonyms: ['单位性质', '类型', 'unit', '支部类型', '党支部类型', '组织类型', '单位类别', '支部类别'] },
  { key: 'ledger.year', label: { zh: '台账年度', en: 'Ledger year' }, type: 'year', required: true, synonyms: ['年度', '年份', 'year'] },
  { key: 'ledger.asOf', label: { zh: '检查基准日', en: 'As-of date' }, type: 'date', required: false, synonyms: ['基准日', '检查日期', 'as of'] },
  { key: 'branch.electionDate', label: { zh: '本届支委会选举日期', en: 'Committee elected on' }, type: 'date', required: false, synonyms: ['换届日期', '选举日期', '本届选举日期', 'election date', '支委会选举日期', '本届支部委员会选举日期', '换届选举日期', '支委会换届日期', '本届换届日期', '上次换届日期'] },
  { key: 'branch.term', label: { zh: '任期年限', en: 'Term (years)' }, type: 'integer', required: false, synonyms: ['任期', 'term', '任期年数', '每届任期', '届期'] },
  // Findings cite the shipped example local standard until the branch names its own (DOMAIN.md "Citing the basis to users").
  { key: 'basis.localStandard', label: { zh: '本单位规定名称', en: 'Local standard (title)' }, type: 'text', required: false, synonyms: ['本单位标准名称', '本单位规定', 'local standard'] },
];

/** Columns of the settings sheet, in order. Formulas find parameters by the 键 column, so rows may move. */
export const SETTINGS_COLUMNS = {
  item: { zh: '项目', en: 'Item' },
  value: { zh: '值', en: 'Value' },
  defaultValue: { zh: '默认值', en: 'Default' },
  unit: { zh: '单位', en: 'Unit' },
  basis: { zh: '依据', en: 'Basis' },
  key: { zh: '键', en: 'Key' },
} as const satisfies Record<string, Localized>;

export const SETTINGS_VALUE_COL = 2;
export const SETTINGS_KEY_COL = 6;

export const UNIT_LABELS: Readonly<Record<ParameterUnit, Localized>> = {
  days: { zh: '天', en: 'days' },
  months: { zh: '个月', en: 'months' },
  years: { zh: '年', en: 'years' },
  members: { zh: '人', en: 'members' },
  yuan: { zh: '元', en: 'yuan' },
  fraction: { zh: '%', en: '%' },
  hours: { zh: '学时', en: 'hours' },
  count: { zh: '次', en: 'times' },
  digits: { zh: '位', en: 'digits' },
  frequency: { zh: '频次', en: 'frequency' },
};
