import { Dropdown, Field, Option } from '@fluentui/react-components';
import { LANGUAGES, type Language } from '../core/i18n/language';
import { ui } from './uiText';

// Each language named in itself: a user looks for the one they read.
const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', 'en-US': 'English' };

/** The language the written sheets use (it may differ from the pane's). */
export function SheetLanguageField({ lang, value, onChange }: { lang: Language; value: Language; onChange: (value: Language) => void }) {
  return (
    <Field label={ui('language', lang)}>
      <Dropdown value={LANGUAGE_NAMES[value]} selectedOptions={[value]} onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue as Language)}>
        {LANGUAGES.map((l) => (
          <Option key={l} value={l}>
            {LANGUAGE_NAMES[l]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
