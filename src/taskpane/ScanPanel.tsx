import { sheetReadLabel } from '../core/scan/sheetsRead';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { localize, type Language } from '../core/i18n/language';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import { SEVERITY_ORDER, type Finding, type Severity } from '../core/scan/finding';
import { SEVERITY_LABEL } from '../core/scan/scanPlan';
import { ruleInfo } from '../core/scan/ruleCatalogue';
import type { ScanOutcome, ScanStage } from '../app/scanWorkbook';
import type { LedgerHost } from './ledgerHost';
import { inParens, labelled, listed, semicolon, ui } from './uiText';
import { ErrorBar } from './ErrorBar';
import { RuleExplanation } from './RuleExplanation';
import type { WorkbookSettingsView } from '../core/rules/ruleExplanation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 0 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  ruleTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  finding: { display: 'block', textAlign: 'left', padding: `${tokens.spacingVerticalXXS} 0` },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const STAGE_TEXT = { reading: 'stageReading', checking: 'stageChecking', writing: 'stageWriting' } as const;

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { critical: 'danger', warning: 'warning', info: 'informative' };

export interface ScanPanelProps {
  readonly host: LedgerHost;
  readonly lang: Language;
  readonly today: CalendarDate;
  /** List the findings of an earlier scan on opening (read only: nothing is written). */
  readonly showExisting?: boolean;
  /** The latest scan run from the ribbon in this runtime, listed as it arrives. */
  readonly ribbonOutcome?: ScanOutcome | null;
}

type Status = { kind: 'idle' } | { kind: 'working'; stage?: ScanStage } | { kind: 'done'; outcome: ScanOutcome } | { kind: 'cleared' } | { kind: 'error'; message: string };

export function ScanPanel({ host, lang, today, showExisting = false, ribbonOutcome = null }: ScanPanelProps) {
  const styles = useStyles();
  const [asOf, setAsOf] = useState(formatIsoDate(ribbonOutcome?.result.asOf ?? today));
  const [status, setStatus] = useState<Status>(ribbonOutcome ? { kind: 'done', outcome: ribbonOutcome } : { kind: 'idle' });
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [query, setQuery] = useState('');
  const asOfDate = parseIsoDate(asOf);

  const run = async (write = true): Promise<void> => {
    setStatus({ kind: 'working' });
    try {
      const onStage = (stage: ScanStage): void => setStatus({ kind: 'working', stage });
      setStatus({ kind: 'done', outcome: await host.scan({ asOf: asOfDate ?? undefined, today, lang, write, onStage }) });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };
  const shownOnce = useRef(ribbonOutcome !== null);
  useEffect(() => {
    if (showExisting && !shownOnce.current) {
      shownOnce.current = true;
      void run(false);
    }
    // Runs once when the pane opens on a workbook that holds an earlier check's findings.
  }, [showExisting]);
  useEffect(() => {
    if (ribbonOutcome) {
      shownOnce.current = true;
      setStatus({ kind: 'done', outcome: ribbonOutcome });
      setAsOf(formatIsoDate(ribbonOutcome.result.asOf));
    }
  }, [ribbonOutcome]);
  const clear = async (): Promise<void> => {
    setStatus({ kind: 'working' });
    try {
      await host.clearHighlights();
      setStatus({ kind: 'cleared' });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };

  const findings = status.kind === 'done' ? status.outcome.result.findings : [];
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return findings.filter(
      (f) => (severity === 'all' || f.severity === severity) && (!q || [f.member, f.rule, f.message, f.sheet].some((x) => x?.toLowerCase().includes(q))),
    );
  }, [findings, severity, query]);

  return (
    <div className={styles.form}>
      <Text>{ui('scanIntro', lang)}</Text>
      <Field label={ui('asOf', lang)}>
        <Input type="date" data-testid="as-of" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" data-testid="run-scan" onClick={() => void run()} disabled={status.kind === 'working' || !asOfDate}>
          {ui('runScan', lang)}
        </Button>
        <Button onClick={() => void clear()} disabled={status.kind === 'working'}>
          {ui('clear', lang)}
        </Button>
      </div>
      {status.kind === 'working' ? <Spinner size="tiny" label={ui(status.stage ? STAGE_TEXT[status.stage] : 'scanning', lang)} /> : null}
      {status.kind === 'error' ? <ErrorBar message={status.message} lang={lang} /> : null}
      {status.kind === 'cleared' ? (
        <MessageBar intent="success">
          <MessageBarBody>{ui('cleared', lang)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === 'done' ? (
        <>
          <div className={styles.counts} aria-label="counts">
            {SEVERITY_ORDER.map((s) => (
              <Badge key={s} appearance="filled" color={BADGE[s]} size="large">
                {`${localize(SEVERITY_LABEL[s], lang)} ${status.outcome.result.counts[s]}`}
              </Badge>
            ))}
          </div>
          <Text size={200}>
            {`${labelled(ui('sheetsRead', lang), lang)}${listed(status.outcome.result.recognized.map((r) => sheetReadLabel(r, lang)), lang) || '—'}`}
            {status.outcome.result.unrecognized.length ? `${semicolon(lang)}${labelled(ui('sheetsNotRead', lang), lang)}${listed(status.outcome.result.unrecognized, lang)}` : ''}
          </Text>
          {status.outcome.report?.degraded.includes('highlights') ? (
            <MessageBar intent="warning">
              <MessageBarBody>{`${ui('degraded', lang)}${ui('degradedHighlights', lang)}`}</MessageBarBody>
            </MessageBar>
          ) : null}
          {status.outcome.report?.degraded.includes('highlights-failed') ? (
            <MessageBar intent="warning">
              <MessageBarBody>{ui('highlightsFailed', lang)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {status.outcome.result.recognized.length === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{ui('noLedger', lang)}</MessageBarBody>
            </MessageBar>
          ) : findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{ui('noFindings', lang)}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <div className={styles.row}>
                <Field label={ui('filter', lang)} className={styles.grow}>
                  <Input value={query} placeholder={ui('filterPlaceholder', lang)} onChange={(_, d) => setQuery(d.value)} />
                </Field>
                <Dropdown
                  aria-label={ui('filter', lang)}
                  value={severity === 'all' ? ui('allSeverities', lang) : localize(SEVERITY_LABEL[severity], lang)}
                  selectedOptions={[severity]}
                  onOptionSelect={(_, d) => setSeverity((d.optionValue as Severity | 'all') ?? 'all')}
                  style={{ minWidth: 90 }}
                >
                  <Option value="all">{ui('allSeverities', lang)}</Option>
                  {SEVERITY_ORDER.map((s) => (
                    <Option key={s} value={s}>
                      {localize(SEVERITY_LABEL[s], lang)}
                    </Option>
                  ))}
                </Dropdown>
              </div>
              {shown.length ? (
                <FindingList findings={shown} lang={lang} settings={status.outcome.result.settings} onSelect={(f) => f.cell && void host.select(f.sheet, f.cell)} />
              ) : (
                <Text role="status">{ui('noMatch', lang)}</Text>
              )}
            </>
          )}
        </>
      ) : null}
    </div>
  );
}

function FindingList({ findings, lang, settings, onSelect }: { findings: readonly Finding[]; lang: Language; settings?: WorkbookSettingsView | null; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(`${f.severity}|${f.rule}`, [...(groups.get(`${f.severity}|${f.rule}`) ?? []), f]);
  return (
    <div className={styles.list}>
      {[...groups].map(([key, items]) => {
        const f0 = items[0];
        return (
          <section key={key} className={styles.group} aria-label={f0.rule}>
            <div className={styles.ruleTitle}>
              <Badge appearance="tint" color={BADGE[f0.severity]}>
                {localize(SEVERITY_LABEL[f0.severity], lang)}
              </Badge>{' '}
              {`${localize(ruleInfo(f0.rule).title, lang)}${inParens(String(items.length), lang)}`}
            </div>
            <Text size={200}>{f0.basis}</Text>
            <RuleExplanation rule={f0.rule} lang={lang} settings={settings} />
            {items.map((f, i) => (
              <Link key={i} as="button" className={styles.finding} onClick={() => onSelect(f)} disabled={!f.cell}>
                {`${f.sheet}${f.cell ? `!${f.cell}` : ''}  ${f.member ? labelled(f.member, lang) : ''}${f.message}`}
              </Link>
            ))}
          </section>
        );
      })}
    </div>
  );
}
