import { useEffect, useState } from 'react';
import { Button, Checkbox, Field, Input, Label, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../core/i18n/language';
import { parseIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import { SUMMARY_BLOCKS, type SummaryBlock } from '../core/summary/summaryPlan';
import type { ApplyReport } from '../port/workbookPort';
import type { LedgerHost } from './ledgerHost';
import { inParens, listed, ui, type TextKey } from './uiText';
import { ErrorBar } from './ErrorBar';
import { SheetLanguageField } from './SheetLanguageField';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  blocks: { display: 'grid', gridTemplateColumns: '1fr 1fr' },
});

const BLOCK_TEXT: Record<SummaryBlock, TextKey> = {
  membership: 'blockMembership',
  life: 'blockLife',
  dues: 'blockDues',
  study: 'blockStudy',
  talks: 'blockTalks',
  development: 'blockDevelopment',
  findings: 'blockFindings',
};

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; report: ApplyReport } | { kind: 'error'; message: string };

export function SummaryPanel({ host, lang, today }: { host: LedgerHost; lang: Language; today: CalendarDate }) {
  const styles = useStyles();
  const [year, setYear] = useState(String(today.month <= 3 ? today.year - 1 : today.year));
  const [asOf, setAsOf] = useState('');
  const [sheetLang, setSheetLang] = useState<Language>(lang);
  const [blocks, setBlocks] = useState<ReadonlySet<SummaryBlock>>(new Set(SUMMARY_BLOCKS));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // A result speaks of the form as it was: once the form changes, it goes.
  useEffect(() => setStatus((s) => (s.kind === 'done' ? { kind: 'idle' } : s)), [year, asOf, sheetLang, blocks]);
  const yearNumber = Number(year);
  const asOfDate = asOf ? parseIsoDate(asOf) : null;
  const valid = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100 && (asOf === '' || asOfDate !== null) && blocks.size > 0;

  const run = async (): Promise<void> => {
    setStatus({ kind: 'working' });
    try {
      setStatus({ kind: 'done', report: await host.summary({ year: yearNumber, asOf: asOfDate ?? undefined, today, lang: sheetLang, blocks }) });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };
  const toggle = (b: SummaryBlock, on: boolean): void => {
    const next = new Set(blocks);
    if (on) next.add(b);
    else next.delete(b);
    setBlocks(next);
  };

  return (
    <div className={styles.form}>
      <Text>{ui('summaryIntro', lang)}</Text>
      <Field label={ui('year', lang)}>
        <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={ui('asOf', lang)} hint={ui('summaryAsOfHint', lang)}>
        <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <SheetLanguageField lang={lang} value={sheetLang} onChange={setSheetLang} />
      <div role="group" aria-labelledby="blocks-label">
        <Label id="blocks-label">{ui('blocks', lang)}</Label>
        <div className={styles.blocks}>
          {SUMMARY_BLOCKS.map((b) => (
            <Checkbox key={b} label={ui(BLOCK_TEXT[b], lang)} checked={blocks.has(b)} onChange={(_, d) => toggle(b, d.checked === true)} />
          ))}
        </div>
      </div>
      <Button appearance="primary" disabled={!valid || status.kind === 'working'} onClick={() => void run()}>
        {ui('writeSummary', lang)}
      </Button>
      {status.kind === 'working' ? <Spinner size="tiny" label={ui('working', lang)} /> : null}
      {status.kind === 'done' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{ui('summaryWritten', lang)}</MessageBarTitle>
            {listed(status.report.sheetsAdded, lang)}
            {status.report.degraded.includes('native-charts') ? inParens(ui('chartsAsBars', lang), lang) : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === 'error' ? <ErrorBar message={status.message} lang={lang} /> : null}
    </div>
  );
}
