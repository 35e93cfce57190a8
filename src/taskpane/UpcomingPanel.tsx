import { useEffect, useState } from 'react';
import { Badge, Button, Field, Input, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { localize, type Language, type Localized } from '../core/i18n/language';
import { addDays, compareDates, formatIsoDate, parseIsoDate, toEpochDay, type CalendarDate } from '../core/calendar/calendarDate';
import type { UpcomingItem } from '../core/upcoming/upcomingItem';
import { KIND_LABEL } from '../core/upcoming/reminderPlan';
import { upcomingCalendar } from '../core/upcoming/icsCalendar';
import type { UpcomingOutcome } from '../app/upcomingWorkbook';
import type { LedgerHost } from './ledgerHost';
import { ErrorBar } from './ErrorBar';

const TEXT = {
  intro: { zh: '从台账推算接下来要做的事：本期会议、转正、发展党员各环节、换届、年度工作清单、本月党费和学习进度。已逾期的事项请看“一键检查”。', en: 'What the ledger says is due next: this period’s meetings, conversions, development steps, the committee’s term, annual obligations, the month’s dues and study pace. Overdue items are in the check.' },
  asOf: { zh: '基准日', en: 'As of', tw: '基準日' },
  horizon: { zh: '范围', en: 'Horizon', tw: '範圍' },
  days30: { zh: '30天', en: '30 days' },
  days90: { zh: '90天（一季度）', en: '90 days (a quarter)' },
  refresh: { zh: '刷新待办', en: 'Refresh', tw: '重新整理待辦' },
  loading: { zh: '正在读取台账…', en: 'Reading the ledger…', tw: '正在讀取台賬…' },
  none: { zh: '这段时间没有待办事项。', en: 'Nothing is due in this period.' },
  noLedger: { zh: '未识别出台账工作表，无法推算待办。', en: 'No ledger sheet was recognised, so nothing can be worked out.' },
  ics: { zh: '下载日历文件（.ics）', en: 'Download calendar (.ics)', tw: '下載行事曆檔案（.ics）' },
  icsHint: { zh: '可导入 Outlook、WPS、手机日历；每项提前一天提醒。', en: 'Imports into Outlook, WPS, phone calendars; each item reminds the day before.' },
  sheet: { zh: '生成“月度工作提醒”表', en: 'Write the monthly reminder sheet', tw: '生成「月度工作提醒」表' },
  sheetDone: { zh: '已写入工作表：', en: 'Written: ' },
  thisWeek: { zh: '本周', en: 'This week', tw: '本週' },
  nextWeek: { zh: '下周', en: 'Next week', tw: '下週' },
  count: { zh: '项', en: ' items' },
} as const satisfies Record<string, Localized>;

const t = (key: keyof typeof TEXT, lang: Language): string => localize(TEXT[key], lang);

export { upcomingTabLabel } from './upcomingTabLabel';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  week: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  weekTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  due: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground3, flexShrink: 0, whiteSpace: 'nowrap', minWidth: '4.5em' },
  kind: { flexShrink: 0, whiteSpace: 'nowrap' },
  body: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  link: { textAlign: 'left' },
});

/** Monday of the week a date falls in (weeks as a Chinese calendar shows them). */
function weekStart(d: CalendarDate): CalendarDate {
  const weekday = (((toEpochDay(d) + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  return addDays(d, -weekday);
}

const shortDate = (d: CalendarDate, lang: Language): string => (lang === 'en-US' ? `${d.month}/${d.day}` : `${d.month}月${d.day}日`);

function weekLabel(start: CalendarDate, asOf: CalendarDate, lang: Language): string {
  const span = `${shortDate(start, lang)}–${shortDate(addDays(start, 6), lang)}`;
  const current = weekStart(asOf);
  if (compareDates(start, current) <= 0) return `${t('thisWeek', lang)}（${span}）`;
  if (compareDates(start, addDays(current, 7)) === 0) return `${t('nextWeek', lang)}（${span}）`;
  return span;
}

export interface UpcomingPanelProps {
  readonly host: LedgerHost;
  readonly lang: Language;
  readonly today: CalendarDate;
  /** The clock for the calendar file's DTSTAMP (tests and screenshots pass a fixed one). */
  readonly now?: () => Date;
}

type Status = { kind: 'working' } | { kind: 'done'; outcome: UpcomingOutcome } | { kind: 'error'; message: string };

/**
 * 待办: the next 30 or 90 days grouped by week, each item selecting its sheet and row, a calendar
 * file to download and the printable 月度工作提醒. Takes only the LedgerHost, so the web edition
 * shows the same tab over its own host.
 */
export function UpcomingPanel({ host, lang, today, now = () => new Date() }: UpcomingPanelProps) {
  const styles = useStyles();
  const [asOf, setAsOf] = useState(formatIsoDate(today));
  const [days, setDays] = useState(30);
  const [status, setStatus] = useState<Status>({ kind: 'working' });
  const [written, setWritten] = useState<string | null>(null);
  const asOfDate = parseIsoDate(asOf);

  const load = async (d = days): Promise<void> => {
    if (!host.upcoming) return;
    setStatus({ kind: 'working' });
    try {
      setStatus({ kind: 'done', outcome: await host.upcoming({ asOf: asOfDate ?? undefined, today, lang, days: d }) });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };
  // Reading is harmless (nothing is written): list on opening the tab.
  useEffect(() => {
    void load();
  }, [host]);

  const writeSheet = async (): Promise<void> => {
    if (!host.writeReminders) return;
    try {
      const report = await host.writeReminders({ asOf: asOfDate ?? undefined, today, lang });
      setWritten(report.sheetsAdded.join('、'));
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };

  const download = (outcome: UpcomingOutcome): void => {
    const n = now();
    const text = upcomingCalendar([{ branchName: outcome.branchName, items: outcome.items }], {
      stamp: { date: { year: n.getUTCFullYear(), month: n.getUTCMonth() + 1, day: n.getUTCDate() }, hours: n.getUTCHours(), minutes: n.getUTCMinutes(), seconds: n.getUTCSeconds() },
    });
    // A blob URL and an <a download>: works in Excel's Edge WebView2 and in browsers, no dialog or network needed.
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${outcome.branchName ?? ''}待办-${formatIsoDate(outcome.asOf)}.ics`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  if (!host.upcoming) return <Text>{t('noLedger', lang)}</Text>;
  const items = status.kind === 'done' ? status.outcome.items : [];
  const weeks = new Map<string, { start: CalendarDate; items: UpcomingItem[] }>();
  for (const i of items) {
    const due = parseIsoDate(i.due)!;
    const start = weekStart(due);
    const key = formatIsoDate(start);
    weeks.set(key, { start, items: [...(weeks.get(key)?.items ?? []), i] });
  }

  return (
    <div className={styles.form}>
      <Text>{t('intro', lang)}</Text>
      <div className={styles.row}>
        <Field label={t('asOf', lang)}>
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Field label={t('horizon', lang)}>
          <RadioGroup
            layout="horizontal"
            value={String(days)}
            onChange={(_, d) => {
              setDays(Number(d.value));
              void load(Number(d.value));
            }}
          >
            <Radio value="30" label={t('days30', lang)} />
            <Radio value="90" label={t('days90', lang)} />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void load()} disabled={status.kind === 'working' || !asOfDate}>
          {t('refresh', lang)}
        </Button>
        {host.writeReminders ? (
          <Button onClick={() => void writeSheet()} disabled={status.kind === 'working' || !asOfDate}>
            {t('sheet', lang)}
          </Button>
        ) : null}
        {status.kind === 'done' && items.length > 0 ? (
          <Button onClick={() => download(status.outcome)} title={t('icsHint', lang)}>
            {t('ics', lang)}
          </Button>
        ) : null}
      </div>
      {written ? (
        <MessageBar intent="success">
          <MessageBarBody>{`${t('sheetDone', lang)}${written}`}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === 'working' ? <Spinner size="tiny" label={t('loading', lang)} /> : null}
      {status.kind === 'error' ? <ErrorBar message={status.message} lang={lang} /> : null}
      {status.kind === 'done' ? (
        status.outcome.noLedger ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('noLedger', lang)}</MessageBarBody>
          </MessageBar>
        ) : items.length === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('none', lang)}</MessageBarBody>
          </MessageBar>
        ) : (
          <div aria-label="upcoming">
            <Text size={200}>{`${formatIsoDate(status.outcome.asOf)} – ${formatIsoDate(addDays(status.outcome.asOf, status.outcome.days))}：${items.length}${t('count', lang)}`}</Text>
            {[...weeks.values()].map((w) => (
              <section key={formatIsoDate(w.start)} className={styles.week} aria-label={formatIsoDate(w.start)}>
                <div className={styles.weekTitle}>{`${weekLabel(w.start, status.outcome.asOf, lang)}（${w.items.length}）`}</div>
                {w.items.map((i, k) => (
                  <div key={k} className={styles.item}>
                    <span className={styles.due}>{shortDate(parseIsoDate(i.due)!, lang)}</span>
                    <div className={styles.body}>
                      <Badge appearance="tint" color="brand" size="small" className={styles.kind}>
                        {localize(KIND_LABEL[i.kind], lang)}
                      </Badge>
                      <Link as="button" className={styles.link} disabled={!i.sheet} onClick={() => i.sheet && void host.select(i.sheet, `A${i.row ?? 1}`)}>
                        {i.message}
                      </Link>
                    </div>
                  </div>
                ))}
              </section>
            ))}
          </div>
        )
      ) : null}
    </div>
  );
}
