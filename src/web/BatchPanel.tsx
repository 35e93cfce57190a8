import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { localize, type Language } from '../core/i18n/language';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import { SEVERITY_ORDER, type Severity } from '../core/scan/finding';
import { SEVERITY_LABEL } from '../core/scan/scanPlan';
import { ScanPanel } from '../taskpane/ScanPanel';
import { ErrorBar } from '../taskpane/ErrorBar';
import { ui } from '../taskpane/uiText';
import type { LedgerHost } from '../taskpane/ledgerHost';
import { batchJson, batchReport, checkedCopy, scanFiles, type BatchEntry } from './batchScan';
import { JSON_MIME, XLSX_MIME, saveDownload } from './download';
import { xlsxBytes } from './xlsxBytes';
import { Downloads } from './Downloads';
import { baseName, type OpenedFile } from './openedFiles';
import { xlsxDownload } from './webHost';
import { web } from './webText';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { critical: 'danger', warning: 'warning', info: 'informative' };

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number; file: string }
  | { kind: 'done'; asOf: CalendarDate; entries: BatchEntry[] }
  | { kind: 'error'; message: string };

/**
 * Several opened files (an organisation department's folder of branch ledgers): one check of
 * them all, a table of branches with counts by severity, the report workbook and the findings
 * document of `cli scan FILE... --report --format json`. A row opens that file's findings in the
 * pane's own list.
 */
export function BatchPanel({ files, lang, today, hostFor }: { files: readonly OpenedFile[]; lang: Language; today: CalendarDate; hostFor: (file: OpenedFile) => LedgerHost }) {
  const styles = useStyles();
  const [asOf, setAsOf] = useState(formatIsoDate(today));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [viewing, setViewing] = useState<BatchEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asOfDate = parseIsoDate(asOf);

  const run = async (): Promise<void> => {
    if (!asOfDate) return;
    setStatus({ kind: 'working', done: 0, total: files.length, file: '' });
    try {
      const entries = await scanFiles(files, { asOf: asOfDate, today, lang }, (done, total, file) => setStatus({ kind: 'working', done, total, file }));
      setStatus({ kind: 'done', asOf: asOfDate, entries });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };

  const downloads = useMemo(() => {
    if (status.kind !== 'done') return [];
    const stamp = formatIsoDate(status.asOf);
    let report: ReturnType<typeof batchReport> | null = null;
    return [
      {
        testId: 'download-report',
        label: web('downloadReport', lang),
        download: { name: `branch-ledger-report-${stamp}.xlsx`, mime: XLSX_MIME, make: async () => xlsxBytes(await (report ??= batchReport(status.asOf, lang, status.entries))) },
      },
      { testId: 'download-findings-json', label: web('downloadJson', lang), download: { name: `branch-ledger-findings-${stamp}.json`, mime: JSON_MIME, make: async () => batchJson(status.asOf, status.entries) } },
    ];
  }, [status, lang]);

  const saveChecked = async (entry: BatchEntry): Promise<void> => {
    if (status.kind !== 'done') return;
    setError(null);
    try {
      const book = await checkedCopy(entry.file, { asOf: status.asOf, today, lang });
      await saveDownload(xlsxDownload(`${baseName(entry.file.name)}.checked.xlsx`, book));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (viewing?.result) {
    return (
      <div className={styles.form}>
        <Link as="button" onClick={() => setViewing(null)}>
          {web('back', lang)}
        </Link>
        <Text weight="semibold">{viewing.file.name}</Text>
        <ScanPanel host={hostFor(viewing.file)} lang={lang} today={today} ribbonOutcome={{ result: viewing.result, report: null }} />
      </div>
    );
  }

  const bad = status.kind === 'done' ? status.entries.filter((e) => e.scanned.errors.length).length : 0;
  return (
    <div className={styles.form}>
      <Text>{web('batchIntro', lang)}</Text>
      <Field label={ui('asOf', lang)}>
        <Input type="date" data-testid="as-of" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" data-testid="run-scan" onClick={() => void run()} disabled={status.kind === 'working' || !asOfDate}>
          {web('checkAll', lang)}
        </Button>
      </div>
      {status.kind === 'working' ? (
        <Field validationMessage={web('progress', lang).replace('{i}', String(Math.min(status.done + 1, status.total))).replace('{n}', String(status.total)).replace('{file}', status.file)} validationState="none">
          <ProgressBar value={status.done} max={status.total} />
        </Field>
      ) : null}
      {status.kind === 'error' ? <ErrorBar message={status.message} lang={lang} /> : null}
      {error ? <ErrorBar message={error} lang={lang} /> : null}
      {status.kind === 'done' ? (
        <>
          <MessageBar intent={bad ? 'warning' : 'success'}>
            <MessageBarBody>{web('filesDone', lang).replace('{n}', String(status.entries.length)).replace('{bad}', String(bad))}</MessageBarBody>
          </MessageBar>
          <Downloads items={downloads} lang={lang} />
          <Table size="small" aria-label={web('branch', lang)} data-testid="batch-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{web('file', lang)}</TableHeaderCell>
                <TableHeaderCell>{web('branch', lang)}</TableHeaderCell>
                {SEVERITY_ORDER.map((s) => (
                  <TableHeaderCell key={s}>{localize(SEVERITY_LABEL[s], lang)}</TableHeaderCell>
                ))}
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {status.entries.map((e) => (
                <TableRow key={e.file.id} data-testid="batch-row">
                  <TableCell>{e.file.name}</TableCell>
                  {e.scanned.errors.length ? (
                    <TableCell colSpan={SEVERITY_ORDER.length + 2} className={styles.problem} data-testid="batch-problem">
                      {e.file.problem ?? (e.result ? ui('noLedger', lang) : `${web('unreadable', lang)}${e.scanned.errors.map((x) => x.replace(/^cannot read .*?: /, '')).join('；')}`)}
                    </TableCell>
                  ) : (
                    <>
                      <TableCell>{e.scanned.branchName ?? '—'}</TableCell>
                      {SEVERITY_ORDER.map((s) => (
                        <TableCell key={s}>
                          <Badge appearance={e.result?.counts[s] ? 'filled' : 'outline'} color={BADGE[s]}>
                            {String(e.result?.counts[s] ?? 0)}
                          </Badge>
                        </TableCell>
                      ))}
                      <TableCell>
                        <Link as="button" onClick={() => setViewing(e)}>
                          {web('view', lang)}
                        </Link>
                        {' · '}
                        <Link as="button" onClick={() => void saveChecked(e)}>
                          {web('checkedCopy', lang)}
                        </Link>
                      </TableCell>
                    </>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </div>
  );
}
