import { useId, useState } from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { localize, type Language, type Localized } from '../core/i18n/language';
import { explainRule, type WorkbookSettingsView } from '../core/rules/ruleExplanation';

/**
 * A finding's rule, explained where the finding is listed: what it flags, why, its basis, and the
 * settings row that changes its number (with the value in force for this workbook). The text comes
 * from the rule catalogue (core/rules), like docs/rules.md and the 规则说明 sheet. Shared by the
 * pane and the web edition.
 */
const WORDS = {
  open: { zh: '规则说明', en: 'About this rule', tw: '規則說明' },
  close: { zh: '收起规则说明', en: 'Hide the rule', tw: '收起規則說明' },
  what: { zh: '检查什么', en: 'What is flagged' },
  why: { zh: '为什么', en: 'Why' },
  basis: { zh: '依据', en: 'Basis' },
  severity: { zh: '严重程度', en: 'Severity' },
  numbers: { zh: '数值', en: 'Numbers' },
  change: { zh: '修改', en: 'To change' },
  fromSettings: { zh: '本工作簿设置表', en: 'this workbook’s settings' },
  byDefault: { zh: '默认值', en: 'default' },
} as const satisfies Record<string, Localized>;

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  toggle: { alignSelf: 'flex-start', fontSize: tokens.fontSizeBase200 },
});

export interface RuleExplanationProps {
  readonly rule: string;
  readonly lang: Language;
  /** The scanned workbook's settings, to show the numbers in force; the defaults without it. */
  readonly settings?: WorkbookSettingsView | null;
  readonly initiallyOpen?: boolean;
}

export function RuleExplanation({ rule, lang, settings, initiallyOpen = false }: RuleExplanationProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const w = (k: keyof typeof WORDS): string => localize(WORDS[k], lang);
  const en = lang === 'en-US';
  const colon = en ? ': ' : '：';
  const paren = (t: string): string => (en ? ` (${t})` : `（${t}）`);
  const x = open ? explainRule(rule, lang, settings ?? {}) : null;
  const line = (term: string, text: string, key?: string) => (
    <Text size={200} key={key}>
      <span className={styles.term}>{`${term}${colon}`}</span>
      {text}
    </Text>
  );
  return (
    <>
      <Link as="button" className={styles.toggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? w('close') : w('open')}
      </Link>
      {x ? (
        <div id={id} className={styles.box} role="note" aria-label={`${w('open')} ${x.id}`}>
          <Text size={200} weight="semibold">{`${x.title} · ${x.id}`}</Text>
          {line(w('what'), x.what)}
          {line(w('why'), x.why)}
          {line(w('severity'), x.severityText)}
          {line(w('basis'), x.basis)}
          {x.parameters.map((p) =>
            line(w('numbers'), `${p.label} = ${p.value}${paren(`${p.fromSettings ? w('fromSettings') : w('byDefault')}${p.fromSettings && p.value !== p.defaultValue ? `${en ? '; ' : '；'}${w('byDefault')} ${p.defaultValue}` : ''}`)}`, p.id),
          )}
          {line(w('change'), x.whereToChange)}
        </div>
      ) : null}
    </>
  );
}
