import { toTraditional } from './traditional';

export type Language = 'zh-CN' | 'zh-TW' | 'en-US';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'zh-TW', 'en-US'];

/**
 * A text in the product's languages. zh-TW is derived from zh-CN by OpenCC unless a hand-written
 * form is given (for the few words where a character-by-character conversion reads wrong).
 */
export interface Localized {
  readonly zh: string;
  readonly en: string;
  readonly tw?: string;
}

export function localize(text: Localized, lang: Language): string {
  switch (lang) {
    case 'zh-CN':
      return text.zh;
    case 'zh-TW':
      return text.tw ?? toTraditional(text.zh);
    case 'en-US':
      return text.en;
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps an Office display language ("zh-HK", "en-GB", "zh-Hant-TW") to the nearest supported one. */
export function languageFromLocale(locale: string | undefined | null): Language {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('zh')) {
    return /(tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
  }
  return l.startsWith('en') ? 'en-US' : 'zh-CN';
}
