import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { localize, type Language } from '../core/i18n/language';
import { addMonths, formatIsoDate, parseIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import { ENUMERATIONS } from '../core/schema/enumerations';
import { formatFen } from '../core/money/fen';
import type { DuesFillPreview } from '../core/fill/fillDues';
import type { RosterSyncPreview } from '../core/fill/syncRoster';
import type { LedgerHost } from './ledgerHost';
import { inParens, labelled, listed, ui } from './uiText';
import { PaneTabs } from './PaneTabs';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid2: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalS },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // An absentee's reason and make-up go on their own line under the name, indented: at 350 px a
  // lone 已补学 checkbox would read like another member.
  absence: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalXXL, flexWrap: 'nowrap' },
  reason: { flexGrow: 1, minWidth: 0 },
  member: { display: 'flex', flexDirection: 'column' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Roster = { name: string; committee: boolean; group: string | null }[];
type Message = { intent: 'success' | 'warning' | 'error'; title: string; lines: string[] } | null;

function Result({ message }: { message: Message }) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.lines.length ? (
          <ul className={styles.list}>
            {message.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

const MEETING_TYPES = ENUMERATIONS.meetingType.options.filter((o) => o.value !== '其他');

export function MeetingForm({ host, lang, today }: { host: LedgerHost; lang: Language; today: CalendarDate }) {
  const styles = useStyles();
  const [roster, setRoster] = useState<Roster | null>(null);
  const [date, setDate] = useState(formatIsoDate(today));
  const [types, setTypes] = useState<string[]>(['主题党日']);
  const [group, setGroup] = useState('');
  const [topic, setTopic] = useState('');
  const [hostName, setHostName] = useState('');
  const [recorder, setRecorder] = useState('');
  const [absent, setAbsent] = useState<Record<string, { reason: string; madeUp: boolean }>>({});
  const [hours, setHours] = useState('');
  const [summary, setSummary] = useState('');
  const [decisions, setDecisions] = useState('');
  const [addStudy, setAddStudy] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  // A success message speaks of the meeting just written: once the form changes, it goes.
  useEffect(() => setMessage((m) => (m?.intent === 'success' ? null : m)), [date, types, group, topic, hostName, recorder, absent, hours, summary, decisions, addStudy]);

  useEffect(() => {
    let live = true;
    host.roster().then((r) => live && setRoster(r), (e: Error) => live && setMessage({ intent: 'error', title: ui('error', lang), lines: [e.message] }));
    return () => {
      live = false;
    };
  }, [host, lang]);

  const groups = useMemo(() => [...new Set((roster ?? []).map((m) => m.group).filter((g): g is string => !!g))], [roster]);
  // The same rule as the core's: the committee for 支委会 alone, the group for 党小组会 alone, else everyone.
  const expected = useMemo(() => {
    const all = roster ?? [];
    if (types.length === 1 && types[0] === '支部委员会') return all.filter((m) => m.committee);
    if (types.length === 1 && types[0] === '党小组会') return all.filter((m) => group && m.group === group);
    return all;
  }, [roster, types, group]);

  const toggleType = (value: string, on: boolean): void => setTypes(on ? [...types, value] : types.filter((t) => t !== value));
  const submit = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const absentees = expected.filter((m) => absent[m.name]).map((m) => ({ name: m.name, reason: absent[m.name].reason || undefined }));
      const outcome = await host.recordMeeting({
        date: parseIsoDate(date),
        types,
        group: group || undefined,
        topic,
        host: hostName,
        recorder,
        absentees,
        makeUp: absentees.filter((a) => absent[a.name].madeUp).map((a) => a.name),
        hours: hours === '' ? undefined : Number(hours),
        summary,
        decisions: decisions || undefined,
        addStudyHours: addStudy,
      });
      setMessage(
        outcome.ok
          ? { intent: 'success', title: ui('meetingSaved', lang), lines: [ui('expectedPresent', lang).replace('{e}', String(outcome.expected)).replace('{p}', String(outcome.present))] }
          : { intent: 'warning', title: ui('cannotSave', lang), lines: [...outcome.problems] },
      );
    } catch (e) {
      setMessage({ intent: 'error', title: ui('error', lang), lines: [(e as Error).message] });
    } finally {
      setBusy(false);
    }
  };

  if (!roster) return message ? <Result message={message} /> : <Spinner size="tiny" />;
  const people = roster.map((m) => m.name);
  return (
    <div className={styles.form}>
      <Field label={ui('meetingDate', lang)}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <div role="group" aria-labelledby="types-label">
        <Label id="types-label">{ui('meetingTypes', lang)}</Label>
        <div className={styles.grid2}>
          {MEETING_TYPES.map((o) => (
            <Checkbox key={o.value} label={localize(o.label, lang)} checked={types.includes(o.value)} onChange={(_, d) => toggleType(o.value, d.checked === true)} />
          ))}
        </div>
      </div>
      {types.includes('党小组会') ? (
        <Field label={ui('group', lang)}>
          <Dropdown value={group} selectedOptions={group ? [group] : []} onOptionSelect={(_, d) => setGroup(d.optionValue ?? '')}>
            {groups.map((g) => (
              <Option key={g}>{g}</Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      <Field label={ui('topic', lang)} required>
        <Input value={topic} onChange={(_, d) => setTopic(d.value)} />
      </Field>
      <div className={styles.form}>
        <Field label={ui('host', lang)} required>
          <Dropdown aria-label={ui('host', lang)} value={hostName} selectedOptions={hostName ? [hostName] : []} onOptionSelect={(_, d) => setHostName(d.optionValue ?? '')}>
            {[...new Set(people)].map((p) => (
              <Option key={p}>{p}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={ui('recorder', lang)} required>
          <Dropdown aria-label={ui('recorder', lang)} value={recorder} selectedOptions={recorder ? [recorder] : []} onOptionSelect={(_, d) => setRecorder(d.optionValue ?? '')}>
            {[...new Set(people)].map((p) => (
              <Option key={p}>{p}</Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div role="group" aria-labelledby="expected-label">
        <Label id="expected-label">{`${labelled(ui('expectedList', lang), lang)}${expected.length - expected.filter((m) => absent[m.name]).length}/${expected.length}`}</Label>
        {expected.map((m, i) => (
          // Index keys: a roster may list a name twice (which the check flags as a duplicate).
          <div key={`${i}-${m.name}`} className={styles.member}>
            <Checkbox
              label={`${m.name} ${ui('absent', lang)}`}
              checked={Boolean(absent[m.name])}
              onChange={(_, d) => {
                const next = { ...absent };
                if (d.checked) next[m.name] = { reason: '', madeUp: false };
                else delete next[m.name];
                setAbsent(next);
              }}
            />
            {absent[m.name] ? (
              <div className={styles.absence}>
                <Input size="small" className={styles.reason} aria-label={`${m.name} ${ui('reason', lang)}`} placeholder={ui('reason', lang)} value={absent[m.name].reason} onChange={(_, d) => setAbsent({ ...absent, [m.name]: { ...absent[m.name], reason: d.value } })} />
                <Checkbox label={ui('madeUp', lang)} aria-label={`${m.name} ${ui('madeUp', lang)}`} checked={absent[m.name].madeUp} onChange={(_, d) => setAbsent({ ...absent, [m.name]: { ...absent[m.name], madeUp: d.checked === true } })} />
              </div>
            ) : null}
          </div>
        ))}
      </div>
      <Field label={ui('hours', lang)}>
        <Input type="number" value={hours} onChange={(_, d) => setHours(d.value)} />
      </Field>
      <Field label={ui('summaryText', lang)} required>
        <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} />
      </Field>
      <Field label={ui('decisions', lang)}>
        <Textarea value={decisions} onChange={(_, d) => setDecisions(d.value)} />
      </Field>
      <Checkbox label={ui('addStudy', lang)} checked={addStudy} onChange={(_, d) => setAddStudy(d.checked === true)} />
      <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
        {ui('saveMeeting', lang)}
      </Button>
      <Result message={message} />
    </div>
  );
}

function DuesFill({ host, lang, today }: { host: LedgerHost; lang: Language; today: CalendarDate }) {
  const styles = useStyles();
  const last = addMonths({ ...today, day: 1 }, -1);
  const [month, setMonth] = useState(`${last.year}-${String(last.month).padStart(2, '0')}`);
  const [preview, setPreview] = useState<DuesFillPreview | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const run = async (write: boolean): Promise<void> => {
    if (!m) return;
    setMessage(null);
    try {
      const p = write ? await host.fillDues(Number(m[1]), Number(m[2])) : await host.previewFillDues(Number(m[1]), Number(m[2]));
      if (p.problem) return setMessage({ intent: 'warning', title: p.problem, lines: [] });
      const fill = (key: 'willFill' | 'filled') => ui(key, lang).replace('{n}', String(p.fills.length)).replace('{t}', formatFen(p.totalFen));
      setPreview(write ? null : p);
      setMessage({ intent: write ? 'success' : 'warning', title: fill(write ? 'filled' : 'willFill'), lines: p.skipped.map((s) => `${labelled(ui('skipped', lang), lang)}${s.member}${inParens(s.reason, lang)}`) });
    } catch (e) {
      setMessage({ intent: 'error', title: ui('error', lang), lines: [(e as Error).message] });
    }
  };
  return (
    <div className={styles.form}>
      <Field label={ui('month', lang)}>
        <Input type="month" value={month} onChange={(_, d) => (setMonth(d.value), setPreview(null), setMessage(null))} />
      </Field>
      <div className={styles.person}>
        <Button onClick={() => void run(false)} disabled={!m}>
          {ui('preview', lang)}
        </Button>
        <Button appearance="primary" onClick={() => void run(true)} disabled={!preview || preview.fills.length === 0}>
          {ui('confirmFill', lang)}
        </Button>
      </div>
      <Result message={message} />
    </div>
  );
}

function RosterSync({ host, lang }: { host: LedgerHost; lang: Language }) {
  const styles = useStyles();
  const [preview, setPreview] = useState<RosterSyncPreview | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const describe = (p: RosterSyncPreview, done: boolean): Message => {
    if (p.additions.length === 0 && p.orphans.length === 0) return { intent: 'success', title: ui('inStep', lang), lines: [] };
    return {
      intent: done ? 'success' : 'warning',
      title: done ? ui('synced', lang) : ui('missingFrom', lang),
      lines: [
        ...p.additions.map((a) => `${a.member.name} → ${a.sheet}`),
        ...(p.orphans.length ? [`${labelled(ui('notOnRoster', lang), lang)}${listed(p.orphans.map((o) => `${o.name}${inParens(o.sheet, lang)}`), lang)}`] : []),
        ...(p.noRoom.length ? [`${ui('noRoom', lang)}${listed(p.noRoom, lang)}`] : []),
      ],
    };
  };
  const run = async (write: boolean): Promise<void> => {
    try {
      const p = write ? await host.syncRoster() : await host.previewSyncRoster();
      setPreview(write ? null : p);
      setMessage(describe(p, write));
    } catch (e) {
      setMessage({ intent: 'error', title: ui('error', lang), lines: [(e as Error).message] });
    }
  };
  return (
    <div className={styles.form}>
      <div className={styles.person}>
        <Button onClick={() => void run(false)}>{ui('checkRoster', lang)}</Button>
        <Button appearance="primary" onClick={() => void run(true)} disabled={!preview || preview.additions.every((a) => a.row === null)}>
          {ui('confirmSync', lang)}
        </Button>
      </div>
      <Result message={message} />
    </div>
  );
}

export function HelpersPanel({ host, lang, today }: { host: LedgerHost; lang: Language; today: CalendarDate }) {
  const [tool, setTool] = useState<'meeting' | 'roster' | 'dues'>('meeting');
  return (
    <div>
      <PaneTabs<typeof tool>
        size="small"
        selected={tool}
        onSelect={setTool}
        tabs={[
          { value: 'meeting', label: ui('recordMeeting', lang) },
          { value: 'roster', label: ui('syncRoster', lang) },
          { value: 'dues', label: ui('fillDues', lang) },
        ]}
      />
      <div style={{ marginTop: tokens.spacingVerticalM }}>
        {tool === 'meeting' ? <MeetingForm host={host} lang={lang} today={today} /> : tool === 'roster' ? <RosterSync host={host} lang={lang} /> : <DuesFill host={host} lang={lang} today={today} />}
      </div>
      <Text size={200} />
    </div>
  );
}
