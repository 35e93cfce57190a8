import { FluentProvider, Text, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Language } from '../core/i18n/language';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { LedgerHost } from './ledgerHost';
import { TemplatePanel } from './TemplatePanel';
import { ui } from './uiText';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '100vh', boxSizing: 'border-box' },
  header: { borderBottom: `3px solid #C00000`, paddingBottom: tokens.spacingVerticalS },
  footer: { color: tokens.colorNeutralForeground3, marginTop: 'auto' },
});

export interface AppProps {
  readonly host: LedgerHost | null;
  readonly lang: Language;
  readonly today: CalendarDate;
}

export function App({ host, lang, today }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{ui('appTitle', lang)}</Title3>
        </header>
        <Title3 as="h2" style={{ fontSize: tokens.fontSizeBase400 }}>
          {ui('templateTab', lang)}
        </Title3>
        {host ? <TemplatePanel host={host} lang={lang} today={today} /> : <Text>{ui('noExcel', lang)}</Text>}
        <Text size={200} className={styles.footer}>
          {ui('privacy', lang)}
        </Text>
      </div>
    </FluentProvider>
  );
}
