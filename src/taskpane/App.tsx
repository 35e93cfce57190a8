import { Suspense, lazy, useEffect, useState } from 'react';
import { FluentProvider, Spinner, Text, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { PaneTabs } from './PaneTabs';
import type { Language } from '../core/i18n/language';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { LedgerHost } from './ledgerHost';
import type { ScanOutcome } from '../app/scanWorkbook';
import { TemplatePanel } from './TemplatePanel';

// The first tab comes with the page; the others are chunks fetched when their tab is chosen.
const ScanPanel = lazy(() => import(/* webpackChunkName: "scan-tab" */ './ScanPanel').then((m) => ({ default: m.ScanPanel })));
const SummaryPanel = lazy(() => import(/* webpackChunkName: "summary-tab" */ './SummaryPanel').then((m) => ({ default: m.SummaryPanel })));
const HelpersPanel = lazy(() => import(/* webpackChunkName: "helpers-tab" */ './HelpersPanel').then((m) => ({ default: m.HelpersPanel })));
const UpcomingPanel = lazy(() => import(/* webpackChunkName: "upcoming-tab" */ './UpcomingPanel').then((m) => ({ default: m.UpcomingPanel })));
import { upcomingTabLabel } from './upcomingTabLabel';
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

export type PanelId = 'template' | 'scan' | 'summary' | 'helpers' | 'upcoming';

export function App({ host, lang, today, initialPanel = 'template' }: AppProps & { initialPanel?: PanelId }) {
  const styles = useStyles();
  const [panel, setPanel] = useState<PanelId>(initialPanel);
  const [showExisting, setShowExisting] = useState(false);
  const [ribbonOutcome, setRibbonOutcome] = useState<ScanOutcome | null>(null);
  // The ribbon's 一键检查 runs in this same runtime: show its findings on the check tab as they come.
  useEffect(
    () =>
      host?.subscribeRibbonScan?.((outcome) => {
        setRibbonOutcome(outcome);
        setPanel('scan');
      }),
    [host],
  );
  // A workbook reopened with the findings sheet of an earlier check: start on the check tab, listing them.
  useEffect(() => {
    let live = true;
    host?.hasScanResults().then(
      (has) => {
        if (live && has) {
          setPanel('scan');
          setShowExisting(true);
        }
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{ui('appTitle', lang)}</Title3>
        </header>
        <PaneTabs<PanelId>
          selected={panel}
          onSelect={setPanel}
          tabs={[
            { value: 'template', label: ui('templateTab', lang) },
            { value: 'scan', label: ui('scanTab', lang) },
            { value: 'upcoming', label: upcomingTabLabel(lang) },
            { value: 'helpers', label: ui('helpersTab', lang) },
            { value: 'summary', label: ui('summaryTab', lang) },
          ]}
        />
        <Suspense fallback={<Spinner size="tiny" />}>
          {!host ? <Text>{ui('noExcel', lang)}</Text> : panel === 'template' ? <TemplatePanel host={host} lang={lang} today={today} /> : panel === 'scan' ? (
            <ScanPanel host={host} lang={lang} today={today} showExisting={showExisting} ribbonOutcome={ribbonOutcome} />
          ) : panel === 'upcoming' ? (
            <UpcomingPanel host={host} lang={lang} today={today} />
          ) : panel === 'helpers' ? (
            <HelpersPanel host={host} lang={lang} today={today} />
          ) : (
            <SummaryPanel host={host} lang={lang} today={today} />
          )}
        </Suspense>
        <Text size={200} className={styles.footer}>
          {ui('privacy', lang)}
        </Text>
      </main>
    </FluentProvider>
  );
}
