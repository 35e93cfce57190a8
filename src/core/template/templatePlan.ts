import { localize, type Language } from '../i18n/language';
import { compareDates, type CalendarDate } from '../calendar/calendarDate';
import { defaultParameterValues } from '../rules/ruleParameters';
import { monthlyDueFen, duesRate } from '../dues/duesRates';
import {
  DEVELOPMENT_SCHEMA,
  DUES_SCHEMA,
  MEETING_SCHEMA,
  OBLIGATION_SCHEMA,
  ROSTER_SCHEMA,
  STUDY_SCHEMA,
  TALK_SCHEMA,
  TEMPLATE_SHEET_ORDER,
  columnIndex,
  monthColumnKey,
  sheetDisplayName,
  type LedgerKind,
  type SheetSchema,
} from '../schema/sheetSchemas';
import { columnLetter, type PlanValue, type SheetPlan, type WritePlan } from '../plan/writePlan';
import type { BranchSettings, LedgerData, ObligationRecord } from '../model/records';
import { buildLedgerSheet, FIRST_DATA_ROW } from './ledgerLayout';
import { buildSettingsSheet, parameterFormula } from './settingsSheet';
import { buildRulesSheet, RULES_SHEET } from './rulesSheet';
import { ANNUAL_OBLIGATIONS } from './annualObligations';
import { enumLabel, sheetTitle, word } from './labels';
import { developmentRow, duesRow, meetingRow, memberRow, obligationRow, studyRow, talkRow, toRow } from './recordRows';

export type ClashPolicy = 'rename' | 'skip';

export interface TemplateRequest {
  readonly settings: BranchSettings;
  readonly lang: Language;
  /** The sheets asked for; the settings sheet is added when a chosen sheet's formulas need it. */
  readonly sheets: readonly LedgerKind[];
  /** Records to fill in (the sample ledger); absent for an empty template. */
  readonly data?: Omit<LedgerData, 'settings'>;
  /** Today, for the cached results of date-dependent formulas. */
  readonly today: CalendarDate;
  /** Add the 规则说明 sheet; by default it comes with a new settings sheet, whose numbers it explains. */
  readonly includeRules?: boolean;
}

export type SheetOutcome = 'created' | 'renamed' | 'skipped';

export interface PlannedSheet {
  readonly kind: LedgerKind | 'rules';
  readonly requestedName: string;
  readonly name: string;
  readonly outcome: SheetOutcome;
  /** Added although not asked for, because another sheet's formulas read it. */
  readonly addedForFormulas: boolean;
}

export type TemplateResult =
  | { readonly status: 'clash'; readonly clashes: readonly string[] }
  | { readonly status: 'planned'; readonly plan: WritePlan; readonly sheets: readonly PlannedSheet[] };

const DEFAULT_CAPACITY: Readonly<Record<Exclude<LedgerKind, 'settings'>, number>> = {
  roster: 60,
  development: 30,
  dues: 60,
  meeting: 120,
  study: 400,
  talk: 150,
  obligation: 30,
};

/** Excel compares sheet names without regard to case. */
const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export function uniqueSheetName(base: string, taken: readonly string[]): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

/**
 * Plans a template workbook (or the sample ledger) into a workbook that already has `existingSheets`.
 * Never plans to touch an existing sheet: a clash is returned for the user to choose, or resolved
 * by `policy` (rename: the new sheet gets a free name; skip: the existing sheet is kept and used).
 */
export function planTemplate(request: TemplateRequest, existingSheets: readonly string[], policy?: ClashPolicy): TemplateResult {
  const { lang } = request;
  const wanted = new Set<LedgerKind>(request.sheets);
  const needsSettings = wanted.has('dues') || wanted.has('obligation');
  const settingsRequested = wanted.has('settings');
  const settingsName = localize(sheetDisplayName('settings'), lang);
  const settingsExists = existingSheets.some((s) => sameName(s, settingsName));
  let settingsAdded = false;
  if (needsSettings && !settingsRequested && !settingsExists) {
    wanted.add('settings');
    settingsAdded = true;
  }
  const kinds = TEMPLATE_SHEET_ORDER.filter((k) => wanted.has(k));
  const withRules = request.includeRules ?? settingsRequested;
  const requested: { kind: LedgerKind | 'rules'; name: string }[] = kinds.map((kind) => ({ kind, name: localize(sheetDisplayName(kind), lang) }));
  if (withRules) requested.push({ kind: 'rules', name: localize(RULES_SHEET, lang) });
  const clashes = requested.filter((r) => existingSheets.some((s) => sameName(s, r.name))).map((r) => r.name);
  if (clashes.length > 0 && !policy) return { status: 'clash', clashes };

  const taken = [...existingSheets];
  const planned: PlannedSheet[] = requested.map((r) => {
    const clash = existingSheets.some((s) => sameName(s, r.name));
    if (!clash) {
      taken.push(r.name);
      return { kind: r.kind, requestedName: r.name, name: r.name, outcome: 'created', addedForFormulas: r.kind === 'settings' && settingsAdded };
    }
    if (policy === 'skip') {
      const existing = existingSheets.find((s) => sameName(s, r.name)) ?? r.name;
      return { kind: r.kind, requestedName: r.name, name: existing, outcome: 'skipped', addedForFormulas: false };
    }
    const name = uniqueSheetName(r.name, taken);
    taken.push(name);
    return { kind: r.kind, requestedName: r.name, name, outcome: 'renamed', addedForFormulas: false };
  });
  // Formulas read the settings sheet the workbook will have: the new one, or the existing one kept.
  const settingsSheet = planned.find((p) => p.kind === 'settings')?.name ?? (settingsExists ? existingSheets.find((s) => sameName(s, settingsName)) : undefined) ?? settingsName;

  const sheets: SheetPlan[] = planned
    .filter((p) => p.outcome !== 'skipped')
    .map((p) => (p.kind === 'rules' ? buildRulesSheet(p.name, lang, request.settings.branchName, request.settings.year, settingsSheet) : buildSheet(p.kind, p.name, request, settingsSheet)));
  const firstLedger = planned.find((p) => p.outcome !== 'skipped' && p.kind !== 'settings' && p.kind !== 'rules') ?? planned.find((p) => p.outcome !== 'skipped');
  return { status: 'planned', plan: { sheets, activate: firstLedger?.name }, sheets: planned };
}

function capacityFor(kind: Exclude<LedgerKind, 'settings'>, records: number): number {
  return Math.max(DEFAULT_CAPACITY[kind], records + 20);
}

function titleFor(request: TemplateRequest, kind: LedgerKind): string {
  return sheetTitle(request.settings.branchName, request.settings.year, localize(sheetDisplayName(kind), request.lang), request.lang);
}

function buildSheet(kind: LedgerKind, name: string, request: TemplateRequest, settingsSheet: string): SheetPlan {
  const { lang, data } = request;
  switch (kind) {
    case 'settings':
      return buildSettingsSheet(name, request.settings, lang);
    case 'roster': {
      const rows = (data?.members ?? []).map((m, i) => toRow(ROSTER_SCHEMA, memberRow(m, i + 1, lang)));
      return buildLedgerSheet({ schema: ROSTER_SCHEMA, name, title: titleFor(request, kind), lang, rows, capacity: capacityFor(kind, rows.length), freezeColumns: 2 });
    }
    case 'development': {
      const rows = (data?.development ?? []).map((r, i) => toRow(DEVELOPMENT_SCHEMA, developmentRow(r, i + 1)));
      return buildLedgerSheet({ schema: DEVELOPMENT_SCHEMA, name, title: titleFor(request, kind), lang, rows, capacity: capacityFor(kind, rows.length), freezeColumns: 2 });
    }
    case 'dues':
      return buildDuesSheet(name, request, settingsSheet);
    case 'meeting':
      return buildMeetingSheet(name, request);
    case 'study': {
      const rows = (data?.study ?? []).map((r, i) => toRow(STUDY_SCHEMA, studyRow(r, i + 1, lang)));
      return buildLedgerSheet({ schema: STUDY_SCHEMA, name, title: titleFor(request, kind), lang, rows, capacity: capacityFor(kind, rows.length), freezeColumns: 2 });
    }
    case 'talk': {
      const rows = (data?.talks ?? []).map((r) => toRow(TALK_SCHEMA, talkRow(r, lang)));
      return buildLedgerSheet({ schema: TALK_SCHEMA, name, title: titleFor(request, kind), lang, rows, capacity: capacityFor(kind, rows.length), freezeColumns: 1 });
    }
    case 'obligation':
      return buildObligationSheet(name, request, settingsSheet);
  }
}

const letter = (schema: SheetSchema, key: string): string => columnLetter(columnIndex(schema, key) + 1);

/** Live dues formulas: the rate from 人员类别 and 月收入基数 with whole-base brackets, read from the settings sheet. */
export function duesFormulas(settingsSheet: string, lang: Language, row: number): { rate: string; monthlyDue: string; yearDue: string; yearPaid: string } {
  const P = (id: string): string => parameterFormula(settingsSheet, id);
  const c = `$${letter(DUES_SCHEMA, 'personCategory')}${row}`;
  const b = `$${letter(DUES_SCHEMA, 'incomeBase')}${row}`;
  const n = `$${letter(DUES_SCHEMA, 'name')}${row}`;
  const e = `$${letter(DUES_SCHEMA, 'rate')}${row}`;
  const f = `$${letter(DUES_SCHEMA, 'monthlyDue')}${row}`;
  const cat = (v: string): string => `"${enumLabel('personCategory', v, lang)}"`;
  const employed = `IF(${b}<=${P('dues.employed.bracket1')},${P('dues.employed.rate1')},IF(${b}<=${P('dues.employed.bracket2')},${P('dues.employed.rate2')},IF(${b}<=${P('dues.employed.bracket3')},${P('dues.employed.rate3')},${P('dues.employed.rate4')})))`;
  const retired = `IF(${b}<=${P('dues.retired.bracket1')},${P('dues.retired.rate1')},${P('dues.retired.rate2')})`;
  const rate = `IF(OR(${n}="",NOT(ISNUMBER(${b}))),"",IF(${c}=${cat('在职')},${employed},IF(${c}=${cat('离退休')},${retired},"")))`;
  const monthlyDue =
    `IF(${n}="","",IF(ISNUMBER(${e}),ROUND(${b}*${e},${P('dues.roundingDigits')}),` +
    `IF(${c}=${cat('学生')},${P('dues.flat.student')},IF(${c}=${cat('农民')},${P('dues.flat.farmer')},IF(${c}=${cat('其他')},${P('dues.flat.other')},"")))))`;
  const m1 = `${letter(DUES_SCHEMA, monthColumnKey(1))}${row}`;
  const m12 = `${letter(DUES_SCHEMA, monthColumnKey(12))}${row}`;
  return {
    rate,
    monthlyDue,
    yearDue: `IF(ISNUMBER(${f}),${f}*12,"")`,
    yearPaid: `IF(${n}="","",SUM(${m1}:${m12}))`,
  };
}

function buildDuesSheet(name: string, request: TemplateRequest, settingsSheet: string): SheetPlan {
  const { lang, data } = request;
  const records = data?.dues ?? [];
  const rows = records.map((r, i) => toRow(DUES_SCHEMA, duesRow(r, i + 1, lang)));
  const capacity = capacityFor('dues', rows.length);
  const params = defaultParameterValues();
  const formulaFor = (key: string, row: number): PlanValue => {
    const formulas = duesFormulas(settingsSheet, lang, row);
    const record = records[row - FIRST_DATA_ROW];
    // Cached results let files read before Excel recalculates (the CLI, LibreOffice) show the right figures.
    const due = record ? monthlyDueFen(record.personCategory, record.incomeBaseFen ?? null, params) : null;
    const paidFen = record ? record.payments.reduce((sum, p) => sum + (p && 'fen' in p ? p.fen : 0), 0) : null;
    switch (key) {
      case 'rate': {
        const r = record ? duesRate(record.personCategory, record.incomeBaseFen ?? null, params).rate : null;
        return { formula: formulas.rate, result: r ?? '' };
      }
      case 'monthlyDue':
        return { formula: formulas.monthlyDue, result: due === null ? '' : due / 100 };
      case 'yearDue':
        return { formula: formulas.yearDue, result: due === null ? '' : (due * 12) / 100 };
      case 'yearPaid':
        return { formula: formulas.yearPaid, result: paidFen === null ? '' : paidFen / 100 };
      default:
        return null;
    }
  };
  const first = FIRST_DATA_ROW;
  const last = FIRST_DATA_ROW + capacity - 1;
  const sumKeys = new Set(['monthlyDue', 'yearDue', 'yearPaid', ...Array.from({ length: 12 }, (_, i) => monthColumnKey(i + 1))]);
  const totalRow: PlanValue[] = DUES_SCHEMA.columns.map((c) => {
    if (c.key === 'name') return word('total', lang);
    if (!sumKeys.has(c.key)) return null;
    const l = letter(DUES_SCHEMA, c.key);
    return { formula: `SUM(${l}${first}:${l}${last})`, result: sumFen(records, c.key, params) / 100 };
  });
  return buildLedgerSheet({
    schema: DUES_SCHEMA,
    name,
    title: titleFor(request, 'dues'),
    lang,
    rows,
    capacity,
    formulaFor,
    footerRows: [totalRow],
    freezeColumns: 2,
    staticBorders: true,
  });
}

function sumFen(records: LedgerData['dues'], key: string, params: ReturnType<typeof defaultParameterValues>): number {
  let total = 0;
  for (const r of records) {
    const due = monthlyDueFen(r.personCategory, r.incomeBaseFen ?? null, params) ?? 0;
    const paid = r.payments.map((p) => (p && 'fen' in p ? p.fen : 0));
    if (key === 'monthlyDue') total += due;
    else if (key === 'yearDue') total += due * 12;
    else if (key === 'yearPaid') total += paid.reduce((a, b) => a + b, 0);
    else total += paid[Number(key.slice(1)) - 1];
  }
  return total;
}

function buildMeetingSheet(name: string, request: TemplateRequest): SheetPlan {
  const { lang, data } = request;
  const records = data?.meetings ?? [];
  const rows = records.map((r) => toRow(MEETING_SCHEMA, meetingRow(r, lang)));
  const g = letter(MEETING_SCHEMA, 'expected');
  const h = letter(MEETING_SCHEMA, 'present');
  return buildLedgerSheet({
    schema: MEETING_SCHEMA,
    name,
    title: titleFor(request, 'meeting'),
    lang,
    rows,
    capacity: capacityFor('meeting', rows.length),
    freezeColumns: 2,
    formulaFor: (key, row) => {
      if (key !== 'attendanceRate') return null;
      const r = records[row - FIRST_DATA_ROW];
      return {
        formula: `IF(AND(ISNUMBER($${g}${row}),$${g}${row}>0,ISNUMBER($${h}${row})),$${h}${row}/$${g}${row},"")`,
        result: r && r.expected > 0 ? r.present / r.expected : '',
      };
    },
  });
}

/** The obligations a template pre-fills for the year (the sample ledger passes its own, with completion dates). */
export function defaultObligations(year: number, lang: Language): ObligationRecord[] {
  return ANNUAL_OBLIGATIONS.map((o) => ({ item: localize(o.item, lang), dueDate: o.due(year), basis: localize(o.basis, lang) }));
}

function buildObligationSheet(name: string, request: TemplateRequest, settingsSheet: string): SheetPlan {
  const { lang } = request;
  const records = request.data?.obligations ?? defaultObligations(request.settings.year, lang);
  const rows = records.map((r, i) => toRow(OBLIGATION_SCHEMA, obligationRow(r, i + 1)));
  const due = letter(OBLIGATION_SCHEMA, 'dueDate');
  const done = letter(OBLIGATION_SCHEMA, 'doneDate');
  const status = letter(OBLIGATION_SCHEMA, 'status');
  const asOfParam = parameterFormula(settingsSheet, 'ledger.asOf');
  const asOf = request.settings.asOfDate ?? request.today;
  const overdue = word('statusOverdue', lang);
  return buildLedgerSheet({
    schema: OBLIGATION_SCHEMA,
    name,
    title: titleFor(request, 'obligation'),
    lang,
    rows,
    capacity: capacityFor('obligation', rows.length),
    freezeColumns: 2,
    formulaFor: (key, row) => {
      if (key !== 'status') return null;
      const r = records[row - FIRST_DATA_ROW];
      const result = !r ? '' : r.doneDate ? word('statusDone', lang) : compareDates(r.dueDate, asOf) < 0 ? overdue : word('statusOpen', lang);
      return {
        formula: `IF($${due}${row}="","",IF($${done}${row}<>"","${word('statusDone', lang)}",IF($${due}${row}<IF(N(${asOfParam})=0,TODAY(),${asOfParam}),"${overdue}","${word('statusOpen', lang)}")))`,
        result,
      };
    },
    extraConditionalFormats: [
      {
        range: { row: FIRST_DATA_ROW, col: 1, rows: capacityFor('obligation', rows.length), cols: OBLIGATION_SCHEMA.columns.length },
        formula: `$${status}${FIRST_DATA_ROW}="${overdue}"`,
        style: { fill: 'FFC7CE', fontColor: '9C0006' },
      },
    ],
  });
}

