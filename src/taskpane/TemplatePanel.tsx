import { useEffect, useState } from 'react';
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { localize, type Language } from '../core/i18n/language';
import { ENUMERATIONS } from '../core/schema/enumerations';
import { TEMPLATE_SHEET_ORDER, sheetDisplayName, type LedgerKind } from '../core/schema/sheetSchemas';
import type { ClashPolicy, TemplateRequest } from '../core/template/templatePlan';
import type { CalendarDate } from '../core/calendar/calendarDate';
import type { GenerateOutcome } from '../app/generateTemplate';
import type { LedgerHost } from './ledgerHost';
import { inParens, labelled, listed, semicolon, ui } from './uiText';
import { SheetLanguageField } from './SheetLanguageField';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  // Fluent's Dropdown asks for 250 px: in half of a 350 px pane it must shrink with its column.
  fit: { minWidth: 0, width: '100%' },
  sheets: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});


export interface TemplatePanelProps {
  readonly host: LedgerHost;
  /** The pane's own language (Office's display language). */
  readonly lang: Language;
  readonly today: CalendarDate;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'clash'; clashes: readonly string[] }
  | { kind: 'done'; outcome: Extract<GenerateOutcome, { status: 'written' }> }
  | { kind: 'error'; message: string };

export function TemplatePanel({ host, lang, today }: TemplatePanelProps) {
  const styles = useStyles();
  const [year, setYear] = useState(String(today.year));
  const [branch, setBranch] = useState('');
  const [unitType, setUnitType] = useState('机关');
  const [sheetLang, setSheetLang] = useState<Language>(lang);
  const [sheets, setSheets] = useState<ReadonlySet<LedgerKind>>(new Set(TEMPLATE_SHEET_ORDER));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // A result speaks of the form as it was: once the form changes, it goes.
  useEffect(() => setStatus((s) => (s.kind === 'done' ? { kind: 'idle' } : s)), [year, branch, unitType, sheetLang, sheets]);

  const yearNumber = Number(year);
  const problems = [
    ...(branch.trim() === '' ? [ui('needBranch', lang)] : []),
    ...(!Number.isInteger(yearNumber) || yearNumber < 2000 || yearNumber > 2100 ? [ui('badYear', lang)] : []),
    ...(sheets.size === 0 ? [ui('needSheets', lang)] : []),
  ];

  const run = async (policy?: ClashPolicy): Promise<void> => {
    if (problems.length) return;
    const request: TemplateRequest = {
      settings: { branchName: branch.trim(), unitType, year: yearNumber },
      lang: sheetLang,
      sheets: TEMPLATE_SHEET_ORDER.filter((k) => sheets.has(k)),
      today,
    };
    setStatus({ kind: 'working' });
    try {
      const outcome = await host.generateTemplate(request, policy);
      setStatus(outcome.status === 'clash' ? { kind: 'clash', clashes: outcome.clashes } : { kind: 'done', outcome });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  };

  const toggle = (kind: LedgerKind, on: boolean): void => {
    const next = new Set(sheets);
    if (on) next.add(kind);
    else next.delete(kind);
    setSheets(next);
  };

  const unitOptions = ENUMERATIONS.unitType.options;
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <Text>{ui('templateIntro', lang)}</Text>
      <div className={styles.row}>
        <Field label={ui('year', lang)} className={styles.grow}>
          <Input type="number" value={year} min={2000} max={2100} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field label={ui('unitType', lang)} className={styles.grow}>
          <Dropdown
            className={styles.fit}
            value={localize(unitOptions.find((o) => o.value === unitType)!.label, lang)}
            selectedOptions={[unitType]}
            onOptionSelect={(_, d) => d.optionValue && setUnitType(d.optionValue)}
          >
            {unitOptions.map((o) => (
              <Option key={o.value} value={o.value}>
                {localize(o.label, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={ui('branch', lang)} required>
        <Input value={branch} placeholder={ui('branchPlaceholder', lang)} onChange={(_, d) => setBranch(d.value)} />
      </Field>
      <SheetLanguageField lang={lang} value={sheetLang} onChange={setSheetLang} />
      {/* Not a Field: a Field would label every checkbox with its own label. */}
      <div role="group" aria-labelledby="sheets-label">
        <Label id="sheets-label">{ui('sheets', lang)}</Label>
        <div className={styles.sheets}>
          {TEMPLATE_SHEET_ORDER.map((k) => (
            <Checkbox key={k} label={localize(sheetDisplayName(k), lang)} checked={sheets.has(k)} onChange={(_, d) => toggle(k, d.checked === true)} />
          ))}
        </div>
      </div>
      {problems.length > 0 && status.kind === 'idle' && branch !== '' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{problems.join(semicolon(lang))}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button appearance="primary" type="submit" disabled={problems.length > 0 || status.kind === 'working'}>
        {ui('generate', lang)}
      </Button>
      {status.kind === 'working' ? <Spinner size="tiny" label={ui('working', lang)} /> : null}
      {status.kind === 'clash' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{ui('clashTitle', lang)}</MessageBarTitle>
            {listed(status.clashes, lang)}{lang === 'en-US' ? '. ' : '。'}{ui('clashBody', lang)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void run('rename')}>
              {ui('clashRename', lang)}
            </Button>
            <Button size="small" onClick={() => void run('skip')}>
              {ui('clashSkip', lang)}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setStatus({ kind: 'idle' })}>
              {ui('cancel', lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {status.kind === 'done' ? <DoneMessage outcome={status.outcome} lang={lang} /> : null}
      {status.kind === 'error' ? <ErrorBar message={status.message} lang={lang} /> : null}
    </form>
  );
}

function DoneMessage({ outcome, lang }: { outcome: Extract<GenerateOutcome, { status: 'written' }>; lang: Language }) {
  const styles = useStyles();
  const written = outcome.sheets.filter((s) => s.outcome !== 'skipped');
  const kept = outcome.sheets.filter((s) => s.outcome === 'skipped');
  const degraded = outcome.report.degraded.map((d) => ui(d.startsWith('data-validation') ? 'degradedValidation' : 'degradedPrint', lang));
  return (
    <MessageBar intent={degraded.length ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{ui('done', lang)}</MessageBarTitle>
        <ul className={styles.list}>
          {written.map((s) => (
            <li key={s.name}>
              {s.name}
              {s.outcome === 'renamed' ? inParens(ui('renamedNote', lang), lang) : ''}
              {s.addedForFormulas ? inParens(ui('addedForFormulas', lang), lang) : ''}
            </li>
          ))}
        </ul>
        {kept.length ? <div>{`${labelled(ui('kept', lang), lang)}${listed(kept.map((s) => s.name), lang)}`}</div> : null}
        {degraded.length ? <div>{`${ui('degraded', lang)}${lang === 'en-US' ? ' ' : ''}${listed(degraded, lang)}`}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
