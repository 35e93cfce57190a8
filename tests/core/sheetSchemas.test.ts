import { LEDGER_SCHEMAS, TEMPLATE_SHEET_ORDER, sheetDisplayName } from '../../src/core/schema/sheetSchemas';
import { ENUMERATIONS } from '../../src/core/schema/enumerations';
import { LANGUAGES, localize } from '../../src/core/i18n/language';
import { RULE_PARAMETERS } from '../../src/core/rules/ruleParameters';
import { SETTINGS_ITEMS } from '../../src/core/schema/settingsSchema';

/** Required columns per DOMAIN.md §2 (the `*` columns). */
const REQUIRED: Record<string, string[]> = {
  roster: ['姓名', '性别', '出生日期', '人员类别', '党员类别', '入党日期'],
  development: ['姓名', '出生日期', '递交入党申请书日期'],
  dues: ['姓名'],
  meeting: ['日期', '类型', '主题', '主持人', '记录人', '应到人数', '实到人数', '内容摘要'],
  study: ['姓名', '日期', '内容', '学时'],
  talk: ['日期', '谈话人', '谈话对象', '主要内容'],
  obligation: ['事项', '截止日期'],
};

describe('sheet schemas', () => {
  it.each(Object.entries(LEDGER_SCHEMAS))('%s marks exactly the DOMAIN.md required columns', (kind, schema) => {
    expect(schema.columns.filter((c) => c.required).map((c) => c.label.zh)).toEqual(REQUIRED[kind]);
  });

  it.each(Object.entries(LEDGER_SCHEMAS))('%s has unique keys, labels in every language and a list for each enumeration', (_kind, schema) => {
    expect(new Set(schema.columns.map((c) => c.key)).size).toBe(schema.columns.length);
    for (const lang of LANGUAGES) {
      const labels = schema.columns.map((c) => localize(c.label, lang));
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
    for (const c of schema.columns.filter((x) => x.type === 'enum')) expect(ENUMERATIONS[c.enumeration!]).toBeDefined();
  });

  it.each(Object.entries(LEDGER_SCHEMAS))('%s: no header synonym points at two columns', (_kind, schema) => {
    const seen = new Map<string, string>();
    for (const c of schema.columns) {
      for (const s of [c.label.zh, c.label.en.toLowerCase(), ...c.synonyms.map((x) => x.toLowerCase())]) {
        const other = seen.get(s);
        expect(other === undefined || other === c.key ? null : `${s}: ${other} and ${c.key}`).toBeNull();
        seen.set(s, c.key);
      }
    }
  });

  it('gives the dues ledger twelve month columns between 月应交 and 全年应交', () => {
    const labels = LEDGER_SCHEMAS.dues.columns.map((c) => c.label.zh);
    const first = labels.indexOf('1月');
    expect(labels.slice(first, first + 12)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    expect(labels[first - 1]).toBe('月应交');
    expect(labels[first + 12]).toBe('全年应交');
  });

  it('names sheets within Excel’s limits in every language', () => {
    for (const kind of TEMPLATE_SHEET_ORDER) {
      for (const lang of LANGUAGES) {
        const name = localize(sheetDisplayName(kind), lang);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*[\]:]/);
      }
    }
  });

  it('keeps rule parameter and settings keys unique, each with a basis', () => {
    const ids = [...RULE_PARAMETERS.map((p) => p.id), ...SETTINGS_ITEMS.map((s) => s.key)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of RULE_PARAMETERS) {
      expect(p.basis.zh.length).toBeGreaterThan(2);
      expect(p.rules.length).toBeGreaterThan(0);
    }
  });
});

describe('header synonyms are data, several per column (DOMAIN.md §3)', () => {
  const schemas = Object.values(LEDGER_SCHEMAS);
  it.each(schemas.flatMap((s) => [...s.columns, ...(s.otherLayoutColumns ?? [])].filter((c) => c.key !== 'serial' && !/^m\d+$/.test(c.key)).map((c) => [s.kind, c.key, c] as const)))('%s.%s has at least two synonyms besides its labels', (_kind, _key, c) => {
    expect(c.synonyms.filter((x) => x !== c.label.zh && x !== c.label.en).length).toBeGreaterThanOrEqual(2);
  });

  it('no synonym names two columns of one ledger', () => {
    for (const s of schemas) {
      const seen = new Map<string, string>();
      for (const c of [...s.columns, ...(s.otherLayoutColumns ?? [])]) {
        for (const syn of [c.label.zh, ...c.synonyms]) {
          const k = syn.replace(/\s+/g, '').toLowerCase();
          if (seen.has(k) && seen.get(k) !== c.key) throw new Error(`${s.kind}: “${syn}” names both ${seen.get(k)} and ${c.key}`);
          seen.set(k, c.key);
        }
      }
    }
  });
});
