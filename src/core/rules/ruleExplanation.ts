import { localize, type Language, type Localized } from '../i18n/language';
import { SETTINGS_ITEMS, UNIT_LABELS } from '../schema/settingsSchema';
import { SETTINGS_NAME } from '../schema/sheetSchemas';
import type { Severity } from '../scan/finding';
import { citeBasis } from './basisDocuments';
import { ruleInfo, ruleParameters } from './ruleCatalogue';
import { FREQUENCY_LABELS, type Frequency, type ParameterValues, type RuleParameter } from './ruleParameters';

export const SEVERITY_WORDS: Readonly<Record<Severity, Localized>> = {
  critical: { zh: '严重', en: 'Critical', tw: '嚴重' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Info' },
};

/** A parameter's value as a user reads it: 50人, 0.5%, 每季度. */
export function formatParameterValue(p: RuleParameter, value: number | Frequency, lang: Language): string {
  if (typeof value !== 'number') return localize(FREQUENCY_LABELS[value], lang);
  if (p.unit === 'fraction') return `${Number((value * 100).toFixed(4))}%`;
  const unit = localize(UNIT_LABELS[p.unit], lang);
  return lang === 'en-US' ? `${value} ${unit}` : `${value}${unit}`;
}

export interface ParameterInForce {
  readonly id: string;
  /** The settings sheet's 项目 text: the row to change. */
  readonly label: string;
  readonly value: string;
  readonly defaultValue: string;
  /** The workbook's settings sheet sets this value (else the default applies). */
  readonly fromSettings: boolean;
  readonly basis: string;
}

/** What the pane, the CLI and the web edition show for a rule: what, why, basis, where to change the number. */
export interface RuleExplanation {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly severityText: string;
  readonly what: string;
  readonly why: string;
  readonly basis: string;
  readonly parameters: readonly ParameterInForce[];
  /** Branch facts of the settings sheet the rule reads (本届支委会选举日期 …). */
  readonly settingsItems: readonly string[];
  /** Where to change the numbers, in a sentence. */
  readonly whereToChange: string;
}

export interface WorkbookSettingsView {
  /** Only the values the workbook's settings sheet sets. */
  readonly parameters?: ParameterValues;
  readonly localStandardName?: string | null;
  /** The settings sheet's name in the workbook, when there is one. */
  readonly sheet?: string | null;
}

export function parametersInForce(ruleId: string, lang: Language, settings: WorkbookSettingsView = {}): ParameterInForce[] {
  // A result that went through JSON (a message between runtimes) carries no Map: show the defaults then.
  const values = typeof settings.parameters?.get === 'function' ? settings.parameters : undefined;
  return ruleParameters(ruleId).map((p) => {
    const set = values?.get(p.id);
    return {
      id: p.id,
      label: localize(p.label, lang),
      value: formatParameterValue(p, set ?? p.defaultValue, lang),
      defaultValue: formatParameterValue(p, p.defaultValue, lang),
      fromSettings: set !== undefined,
      basis: citeBasis(p.citations, lang, settings.localStandardName),
    };
  });
}

export function explainRule(id: string, lang: Language, settings: WorkbookSettingsView = {}): RuleExplanation {
  const info = ruleInfo(id);
  const t = (l: Localized): string => localize(l, lang);
  const parameters = parametersInForce(info.id, lang, settings);
  const settingsItems = info.settingsItems.map((key) => t(SETTINGS_ITEMS.find((s) => s.key === key)?.label ?? { zh: key, en: key }));
  const sheet = settings.sheet ?? t(SETTINGS_NAME);
  const rows = [...parameters.map((p) => p.label), ...settingsItems];
  const whereToChange = rows.length
    ? lang === 'en-US'
      ? `On the “${sheet}” sheet, the Value column of: ${rows.join(', ')}.`
      : `在“${sheet}”表中修改以下项目的“值”：${rows.map((x) => `“${x}”`).join('、')}。`
    : t({ zh: '此规则没有可调整的数值。', en: 'This rule has no number to change.' });
  return {
    id: info.id,
    title: t(info.title),
    severity: info.severity,
    severityText: info.severityNote ? `${t(SEVERITY_WORDS[info.severity])}（${t(info.severityNote)}）`.replace(/（(.*)）$/, lang === 'en-US' ? ' ($1)' : '（$1）') : t(SEVERITY_WORDS[info.severity]),
    what: t(info.what),
    why: t(info.why),
    basis: citeBasis(info.citations, lang, settings.localStandardName),
    parameters,
    settingsItems,
    whereToChange,
  };
}
