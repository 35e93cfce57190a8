import { localize, type Language, type Localized } from '../i18n/language';
import { ENUMERATIONS, type EnumerationId } from '../schema/enumerations';

/** UI words of generated sheets. */
export const TEMPLATE_WORDS = {
  total: { zh: '合计', en: 'Total' },
  pageFooter: { zh: '第 &P 页，共 &N 页', en: 'Page &P of &N' },
  pickFromList: { zh: '请从列表中选择', en: 'Pick a value from the list' },
  notInList: { zh: '该值不在列表中', en: 'This value is not in the list' },
  dateHint: { zh: '请输入日期，如 2025-03-01', en: 'Type a date such as 2025-03-01' },
  notADate: { zh: '这不是一个有效日期', en: 'This is not a valid date' },
  numberHint: { zh: '请输入不小于0的数字', en: 'Type a number of at least 0' },
  notANumber: { zh: '请输入不小于0的数字', en: 'A number of at least 0 is expected' },
  statusDone: { zh: '已完成', en: 'Done' },
  statusOverdue: { zh: '已逾期', en: 'Overdue' },
  statusOpen: { zh: '未到期', en: 'Open' },
} as const satisfies Record<string, Localized>;

export function word(key: keyof typeof TEMPLATE_WORDS, lang: Language): string {
  return localize(TEMPLATE_WORDS[key], lang);
}

/** The label of a canonical enumeration value in a language (the value itself when unknown). */
export function enumLabel(id: EnumerationId, value: string, lang: Language): string {
  const option = ENUMERATIONS[id].options.find((o) => o.value === value);
  return option ? localize(option.label, lang) : value;
}

export function enumLabels(id: EnumerationId, lang: Language): string[] {
  return ENUMERATIONS[id].options.map((o) => localize(o.label, lang));
}

export function sheetTitle(branchName: string, year: number, sheetName: string, lang: Language): string {
  return lang === 'en-US' ? `${branchName} — ${sheetName} ${year}` : `${branchName}${year}年度${sheetName}`;
}
