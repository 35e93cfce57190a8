import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { LANGUAGES, localize } from '../../src/core/i18n/language';
import { RULES, ruleInfo } from '../../src/core/rules/ruleCatalogue';
import { RULE_PARAMETERS } from '../../src/core/rules/ruleParameters';
import { RULES_CONTRACT, SCAN_CONTRACT, jsonPaths } from '../../src/core/rules/jsonContract';
import { renderRulesReference } from '../../src/core/rules/rulesReference';
import { SETTINGS_ITEMS } from '../../src/core/schema/settingsSchema';
import { generatedSample } from '../support/workbooks';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), today: () => calendarDate(2026, 3, 1) } };
}

/** Contract paths vs a document's paths (array nodes themselves, `x[]`, are not listed in a contract). */
const documented = (fields: readonly { path: string }[]): string[] => fields.map((f) => f.path).sort();
const actual = (doc: unknown): string[] => [...jsonPaths(doc)].filter((p) => !p.endsWith('[]')).sort();

describe('the rule catalogue is the one description of the rules', () => {
  it('docs/rules.md is the catalogue rendered (run `npm run docs:rules` after changing src/core/rules)', () => {
    const onDisk = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    expect(onDisk === renderRulesReference() ? 'in step' : 'docs/rules.md is out of date: run npm run docs:rules').toBe('in step');
  });

  it('every rule id the rules emit is in the catalogue, and every catalogue rule is emitted by some rule', () => {
    const dir = join(ROOT, 'src', 'core', 'scan');
    const source = readdirSync(dir).filter((f) => /Rules\.ts$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const emitted = new Set([...source.matchAll(/finding\(\s*[`'"]([a-z.*${}-]+)[`'"]/g)].map((m) => m[1]));
    expect(emitted.size).toBeGreaterThan(10);
    for (const id of emitted) {
      // `${kind}.missing-field` is written with the sheet kind; the catalogue holds it as `*.missing-field`.
      const concrete = id.replace(/^\$\{[^}]+\}/, 'roster');
      expect(() => ruleInfo(concrete)).not.toThrow();
    }
    const concreteIds = [...emitted].map((id) => ruleInfo(id.replace(/^\$\{[^}]+\}/, 'roster')).id);
    for (const r of RULES) {
      if (!concreteIds.includes(r.id)) expect(source).toContain(r.id.replace(/^\*/, ''));
    }
  });

  it('every parameter belongs to catalogue rules, and every settings item a rule names exists', () => {
    for (const p of RULE_PARAMETERS) for (const id of p.rules) expect(RULES.map((r) => r.id)).toContain(id);
    for (const r of RULES) for (const key of r.settingsItems) expect(SETTINGS_ITEMS.map((s) => s.key)).toContain(key);
  });

  it('every rule has what, why, a basis and an example in each language', () => {
    for (const r of RULES) {
      for (const lang of LANGUAGES) {
        for (const text of [r.title, r.what, r.why, r.basis]) expect(localize(text, lang).length).toBeGreaterThan(1);
      }
      expect(() => ruleInfo(r.example.rule)).not.toThrow();
      expect(ruleInfo(r.example.rule).id).toBe(r.id);
    }
  });
});

describe('the JSON contracts in docs/rules.md match what the CLI prints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-rules-'));
  let file: string;

  beforeAll(async () => {
    const { wb } = await generatedSample(30, true);
    file = join(dir, 'sample.xlsx');
    await wb.xlsx.writeFile(file);
  });

  it('scan --format json has exactly the documented fields', async () => {
    const t = io();
    await main(['scan', file, '--format', 'json', '--as-of', '2025-12-31'], t.io);
    const doc = JSON.parse(t.out.join('\n'));
    expect(doc.files[0].findings.length).toBeGreaterThan(3);
    expect(actual(doc)).toEqual(documented(SCAN_CONTRACT.fields));
  });

  it('rules --format json has exactly the documented fields', async () => {
    const t = io();
    expect(await main(['rules', '--format', 'json', '--from', file], t.io)).toBe(0);
    const doc = JSON.parse(t.out.join('\n'));
    expect(actual(doc)).toEqual(documented(RULES_CONTRACT.fields));
    expect(doc.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
  });
});

describe('cli rules --from: the numbers in force for a workbook', () => {
  it('tells values from the settings sheet from defaults, and names the local standard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-rules-from-'));
    const { wb } = await generatedSample(10, false);
    const settings = wb.getWorksheet('设置')!;
    const rowOf = (key: string): number => {
      let found = 0;
      settings.eachRow((row, n) => {
        if (row.getCell(6).value === key) found = n;
      });
      return found;
    };
    settings.getCell(`B${rowOf('branch.maxMembers')}`).value = 40;
    settings.getCell(`B${rowOf('study.hoursMember')}`).value = null;
    settings.getCell(`B${rowOf('talk.minPerYear')}`).value = '两次';
    settings.getCell(`B${rowOf('basis.localStandard')}`).value = 'XX公司党支部工作规范';
    const file = join(dir, 'set.xlsx');
    await wb.xlsx.writeFile(file);

    const t = io();
    expect(await main(['rules', '--format', 'json', '--from', file], t.io)).toBe(0);
    const doc = JSON.parse(t.out.join('\n'));
    const param = (id: string) => doc.parameters.find((p: { id: string }) => p.id === id);
    expect(param('branch.maxMembers')).toMatchObject({ value: 40, defaultValue: 50, source: 'settings' });
    expect(param('study.hoursMember')).toMatchObject({ value: 32, source: 'default' });
    expect(param('talk.minPerYear')).toMatchObject({ value: 1, source: 'default', unreadable: true });
    expect(doc.localStandard).toBe('XX公司党支部工作规范');
    const makeup = doc.rules.find((r: { id: string }) => r.id === 'meeting.makeup');
    expect(makeup.basis).toBe('《XX公司党支部工作规范》（本单位规定）：缺席人员应补学或补课');

    const table = io();
    expect(await main(['rules', '--from', file], table.io)).toBe(0);
    const text = table.out.join('\n');
    expect(text).toContain('支部党员人数上限 = 40人 (设置表；默认 50人)');
    expect(text).toContain('党员年度学时 = 32学时 (默认)');

    // The scan cites the renamed local standard too.
    const scan = io();
    await main(['scan', file, '--format', 'json', '--as-of', '2025-12-31'], scan.io);
    const bases: string[] = JSON.parse(scan.out.join('\n')).files[0].findings.map((f: { basis: string }) => f.basis);
    expect(bases.join('\n')).not.toContain('本单位规定示例');
  });

  it('refuses unusable arguments with exit 2', async () => {
    const t = io();
    expect(await main(['rules', '--format', 'xml'], t.io)).toBe(2);
    expect(await main(['rules', 'file.xlsx'], t.io)).toBe(2);
    expect(await main(['rules', '--from', '/nonexistent/x.xlsx'], t.io)).toBe(2);
  });
});

