import { FREQUENCY_LABELS, RULE_PARAMETERS, type Frequency, type RuleParameter } from '../rules/ruleParameters';
import { SETTINGS_ITEMS } from '../schema/settingsSchema';
import { LANGUAGES, localize } from '../i18n/language';
import { traditionalLoaded } from '../i18n/traditional';
import type { CalendarDate } from '../calendar/calendarDate';
import type { CellScalar, SheetGrid } from './grid';
import { normalizeHeader } from './normalizeText';
import { parseDate, parseFraction, parseNumber, parseText } from './parseValues';
import { parseEnum } from './parseEnum';

/** What the workbook's settings sheet says: branch facts and rule-parameter overrides. */
export interface SettingsReading {
  readonly sheet: string;
  readonly branchName: string | null;
  readonly unitType: string | null;
  readonly year: number | null;
  readonly asOf: CalendarDate | null;
  readonly electionDate: CalendarDate | null;
  readonly termYears: number | null;
  /** The branch's own local standard (本单位规定名称): findings cite it instead of the example local documents. */
  readonly localStandardName: string | null;
  /** Only the parameters the sheet sets to a readable value. */
  readonly parameters: ReadonlyMap<string, number | Frequency>;
  /** Cells whose value cannot be read (1-based row and column, with the item's key). */
  readonly invalid: readonly { row: number; col: number; key: string; label: string }[];
}

// A leading number (“0-支部概况”) is the sheet's place in a numbered workbook.
const SETTINGS_SHEET = /^\d*(设置|设定|settings|参数设置|台账设置|基本信息|基本情况|支部基本情况|支部基本信息|支部概况|支部情况|支部信息|概况)$/;

export function isSettingsName(name: string): boolean {
  return SETTINGS_SHEET.test(normalizeHeader(name));
}

// Built once per way of converting to traditional Chinese (by character until OpenCC's phrases load):
// every workbook read asks for it, and it converts every parameter's label.
const labelIndexes = new Map<boolean, ReadonlyMap<string, { key: string; param?: RuleParameter }>>();

function labelIndex(): ReadonlyMap<string, { key: string; param?: RuleParameter }> {
  const phrases = traditionalLoaded();
  let index = labelIndexes.get(phrases);
  if (!index) labelIndexes.set(phrases, (index = buildLabelIndex()));
  return index;
}

/** A label as matched: normalised, and 时间 / 日期 / 年月日 one word (选举时间 is 选举日期). */
const labelKey = (text: string): string => normalizeHeader(text).replace(/时间|年月日|日子/g, '日期');

function buildLabelIndex(): Map<string, { key: string; param?: RuleParameter }> {
  const index = new Map<string, { key: string; param?: RuleParameter }>();
  for (const it of SETTINGS_ITEMS) {
    for (const s of [it.label.zh, it.label.en, ...it.synonyms]) index.set(labelKey(s), { key: it.key });
  }
  for (const p of RULE_PARAMETERS) {
    for (const l of LANGUAGES) index.set(labelKey(localize(p.label, l)), { key: p.id, param: p });
  }
  return index;
}

function parseFrequency(v: CellScalar): Frequency | 'invalid' | null {
  const t = parseText(v);
  if (t === null) return null;
  const n = normalizeHeader(t);
  for (const [f, label] of Object.entries(FREQUENCY_LABELS) as [Frequency, (typeof FREQUENCY_LABELS)[Frequency]][]) {
    if (LANGUAGES.some((l) => normalizeHeader(localize(label, l)) === n) || n === f) return f;
  }
  const aliases: Record<string, Frequency> = { 每季: 'quarterly', 季度: 'quarterly', 半年: 'half-yearly', 每月一次: 'monthly', 月度: 'monthly', 年度: 'yearly', 无: 'none' };
  return aliases[n] ?? 'invalid';
}

/**
 * Reads a settings sheet, ours (a 键 column of keys) or hand-made (a label, the value to its right).
 * Returns null when the sheet is not a settings sheet.
 */
/** Whether a reading found any setting at all (a sheet named 基本情况 may hold a roster instead). */
export function holdsSettings(s: SettingsReading): boolean {
  return Boolean(s.branchName || s.unitType || s.year !== null || s.asOf || s.electionDate || s.termYears !== null || s.localStandardName || s.parameters.size || s.invalid.length);
}

export function readSettings(grid: SheetGrid): SettingsReading | null {
  const ids = new Set([...RULE_PARAMETERS.map((p) => p.id), ...SETTINGS_ITEMS.map((s) => s.key)]);
  const labels = labelIndex();
  const found = new Map<string, { row: number; col: number; value: CellScalar; label: string }>();
  grid.values.forEach((row, ri) => {
    // Our template: the key in some column, the value in column B.
    const keyCol = row.findIndex((v) => typeof v === 'string' && ids.has(v.trim()));
    if (keyCol >= 0) {
      const key = String(row[keyCol]).trim();
      found.set(key, { row: ri + 1, col: 2, value: row[1] ?? null, label: String(row[0] ?? key) });
      return;
    }
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const hit = labels.get(labelKey(v));
      if (!hit || found.has(hit.key)) continue;
      const valueCol = row.findIndex((x, i) => i > c && x !== null && String(x).trim() !== '');
      found.set(hit.key, { row: ri + 1, col: valueCol + 1, value: valueCol >= 0 ? row[valueCol] : null, label: v });
      break;
    }
  });
  const byName = SETTINGS_SHEET.test(normalizeHeader(grid.name));
  if (!byName && found.size < 3) return null;

  const invalid: { row: number; col: number; key: string; label: string }[] = [];
  const parameters = new Map<string, number | Frequency>();
  for (const p of RULE_PARAMETERS) {
    const f = found.get(p.id);
    if (!f) continue;
    const v = p.unit === 'frequency' ? parseFrequency(f.value) : p.unit === 'fraction' ? parseFraction(f.value) : parseNumber(f.value);
    if (v === 'invalid') invalid.push({ row: f.row, col: f.col, key: p.id, label: f.label });
    else if (v !== null) parameters.set(p.id, v);
  }
  const item = (key: string) => found.get(key);
  const dateItem = (key: string): CalendarDate | null => {
    const f = item(key);
    if (!f) return null;
    const d = parseDate(f.value, 'General');
    if (d === 'invalid') {
      invalid.push({ row: f.row, col: f.col, key, label: f.label });
      return null;
    }
    return d?.date ?? null;
  };
  const numberItem = (key: string): number | null => {
    const f = item(key);
    if (!f) return null;
    const n = parseNumber(f.value);
    if (n === 'invalid') {
      invalid.push({ row: f.row, col: f.col, key, label: f.label });
      return null;
    }
    return n;
  };
  const unitText = parseText(item('branch.unitType')?.value ?? null);
  return {
    sheet: grid.name,
    branchName: parseText(item('branch.name')?.value ?? null),
    unitType: unitText ? parseEnum('unitType', unitText) : null,
    year: numberItem('ledger.year'),
    asOf: dateItem('ledger.asOf'),
    electionDate: dateItem('branch.electionDate'),
    termYears: numberItem('branch.term'),
    localStandardName: parseText(item('basis.localStandard')?.value ?? null),
    parameters,
    invalid,
  };
}
