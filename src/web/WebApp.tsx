import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import {
  Button,
  Dropdown,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { Language } from '../core/i18n/language';
import type { CalendarDate } from '../core/calendar/calendarDate';
import { TemplatePanel } from '../taskpane/TemplatePanel';
import { ScanPanel } from '../taskpane/ScanPanel';
import { SummaryPanel } from '../taskpane/SummaryPanel';
import { HelpersPanel } from '../taskpane/HelpersPanel';
import { UpcomingPanel } from '../taskpane/UpcomingPanel';
import { upcomingTabLabel } from '../taskpane/upcomingTabLabel';
import { ui } from '../taskpane/uiText';
import { BatchPanel } from './BatchPanel';
import { Downloads } from './Downloads';
import type { Download } from './download';
import { openFile, type OpenedFile } from './openedFiles';
import { webHost, type OutputKind } from './webHost';
import { web } from './webText';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '1000px',
    margin: '0 auto',
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  header: { borderBottom: `3px solid #C00000`, paddingBottom: tokens.spacingVerticalS },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  dropActive: { border: `2px dashed #C00000`, backgroundColor: tokens.colorNeutralBackground2 },
  fileRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  problem: { color: tokens.colorPaletteRedForeground1 },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  footer: { color: tokens.colorNeutralForeground3, marginTop: 'auto' },
});

type PanelId = 'scan' | 'upcoming' | 'helpers' | 'summary' | 'template';

/** The web edition: the pane's panels over opened files, with downloads in place of writing into Excel. */
export function WebApp({ lang, today }: { lang: Language; today: CalendarDate }) {
  const styles = useStyles();
  const [files, setFiles] = useState<OpenedFile[]>([]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [opening, setOpening] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [panel, setPanel] = useState<PanelId>('scan');
  const [outputs, setOutputs] = useState<Partial<Record<OutputKind, Download>>>({});

  // For the size and speed figures (npm run bench:web): when the app itself, not the loading line, is on screen.
  useEffect(() => {
    performance.mark('branch-ledger:ready');
  }, []);

  const usable = files.filter((f) => f.bytes);
  const selected = files.find((f) => f.id === selectedId) ?? usable[0] ?? null;

  const openFiles = useCallback(
    async (list: FileList | null): Promise<void> => {
      if (!list || list.length === 0) return;
      setOpening(true);
      const opened: OpenedFile[] = [];
      for (const f of Array.from(list)) opened.push(await openFile(f, lang));
      setFiles(opened);
      setSelectedId(opened.find((f) => f.bytes)?.id ?? null);
      setOutputs((o) => ({ template: o.template }));
      setOpening(false);
    },
    [lang],
  );

  const host = useMemo(
    () =>
      webHost(selected, { today: () => today, lang }, {
        output: (kind, download) => setOutputs((o) => ({ ...o, [kind]: download })),
        changed: (bytes) => {
          const id = selected?.id;
          setFiles((fs) => fs.map((f) => (f.id === id ? { ...f, bytes, changed: true } : f)));
        },
      }),
    [selected, today, lang],
  );
  const hostFor = useCallback(
    (file: OpenedFile) => webHost(file, { today: () => today, lang }, { output: () => undefined, changed: () => undefined }),
    [today, lang],
  );

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    void openFiles(e.dataTransfer.files);
  };
  const needFile = panel !== 'template' && usable.length === 0;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div
        className={styles.root}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <header className={styles.header}>
          <Title3 as="h1">{web('title', lang)}</Title3>
        </header>
        <section className={mergeClasses(styles.drop, dragging && styles.dropActive)} aria-label={web('open', lang)}>
          <Field label={web('open', lang)} hint={web('drop', lang)}>
            <input
              type="file"
              multiple
              accept=".xlsx,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="open-files"
              onChange={(e) => {
                const input = e.currentTarget;
                void openFiles(input.files).then(() => {
                  // Cleared so that choosing the same file again (after changing it in WPS) opens it again.
                  input.value = '';
                });
              }}
            />
          </Field>
          {opening ? <Spinner size="tiny" label={web('opening', lang)} /> : null}
          {files.length ? (
            <ul className={styles.files} data-testid="file-list">
              {files.map((f) => (
                <li key={f.id} className={styles.fileRow}>
                  <Text weight={f.id === selected?.id && files.length > 1 ? 'semibold' : 'regular'}>{f.name}</Text>
                  {f.changed ? <Text size={200}>{web('changed', lang)}</Text> : null}
                  {f.problem ? (
                    <Text size={200} className={styles.problem} data-testid="file-problem">
                      {f.problem}
                    </Text>
                  ) : null}
                  <Button size="small" appearance="subtle" onClick={() => setFiles((fs) => fs.filter((x) => x.id !== f.id))}>
                    {web('remove', lang)}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <Text size={200}>{web('noFiles', lang)}</Text>
          )}
          {usable.length > 1 && panel !== 'scan' && panel !== 'template' ? (
            <Field label={web('current', lang)}>
              <Dropdown value={selected?.name ?? ''} selectedOptions={selected ? [String(selected.id)] : []} onOptionSelect={(_, d) => setSelectedId(Number(d.optionValue))}>
                {usable.map((f) => (
                  <Option key={f.id} value={String(f.id)}>
                    {f.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ) : null}
        </section>
        <TabList selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as PanelId)}>
          <Tab value="scan">{ui('scanTab', lang)}</Tab>
          <Tab value="upcoming">{upcomingTabLabel(lang)}</Tab>
          <Tab value="helpers">{ui('helpersTab', lang)}</Tab>
          <Tab value="summary">{ui('summaryTab', lang)}</Tab>
          <Tab value="template">{ui('templateTab', lang)}</Tab>
        </TabList>
        <div className={styles.panel}>
          {needFile ? (
            <MessageBar intent="info">
              <MessageBarBody>{web('openFirst', lang)}</MessageBarBody>
            </MessageBar>
          ) : panel === 'scan' ? (
            files.length > 1 ? (
              <BatchPanel key={files.map((f) => f.id).join(',')} files={files} lang={lang} today={today} hostFor={hostFor} />
            ) : (
              <>
                <ScanPanel key={selected?.id} host={host} lang={lang} today={today} />
                <Downloads
                  lang={lang}
                  items={[
                    { testId: 'download-checked', label: web('downloadChecked', lang), download: outputs.checked },
                    { testId: 'download-findings-json', label: web('downloadJson', lang), download: outputs.findings },
                  ]}
                />
              </>
            )
          ) : panel === 'upcoming' ? (
            <>
              <UpcomingPanel key={selected?.id} host={host} lang={lang} today={today} />
              <Downloads lang={lang} items={[{ testId: 'download-filled', label: web('downloadFilled', lang), download: outputs.filled }]} />
            </>
          ) : panel === 'helpers' ? (
            <>
              <HelpersPanel key={selected?.id} host={host} lang={lang} today={today} />
              <Downloads lang={lang} items={[{ testId: 'download-filled', label: web('downloadFilled', lang), download: outputs.filled }]} />
            </>
          ) : panel === 'summary' ? (
            <>
              <SummaryPanel key={selected?.id} host={host} lang={lang} today={today} />
              <Downloads lang={lang} items={[{ testId: 'download-summary', label: web('downloadSummary', lang), download: outputs.summary }]} />
            </>
          ) : (
            <>
              <TemplatePanel host={host} lang={lang} today={today} />
              <Downloads lang={lang} items={[{ testId: 'download-template', label: web('downloadTemplate', lang), download: outputs.template }]} />
            </>
          )}
          {panel !== 'template' && !needFile ? <Text size={200}>{web('copyNote', lang)}</Text> : null}
        </div>
        <Text size={200} className={styles.footer}>
          {web('offline', lang)}
        </Text>
      </div>
    </FluentProvider>
  );
}
