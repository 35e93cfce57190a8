import fc from 'fast-check';
import * as OpenCC from 'opencc-js/cn2t';
import type { CellScalar } from '../../src/core/read/grid';
import type { LedgerKind } from '../../src/core/schema/sheetSchemas';
import { LEDGER_YEAR } from './baseLedgers';
import { blankCell, columnIndexOf, textCell, type Cell, type Column, type Doc, type Row, type Table } from './ledgerDoc';
import { columnKind, englishLabel, fieldSynonyms, schemaSynonyms, shapeColumnLabel, SHEET_NAMES } from './headerWords';
import {
  AMOUNT_FORMS,
  DATE_FORMS,
  MONTH_FORMS,
  Rng,
  serialToYmd,
  toFullWidthDigits,
  writeAmount,
  writeDate,
  writeHoursWithUnit,
  writeMonth,
  type AmountForm,
  type DateForm,
  type MonthForm,
} from './rewriteValues';

/**
 * The ways people rewrite a ledger (issues #9 and #14). Each mutation is a fast-check arbitrary of
 * its parameters (so a failing variant shrinks to few cells, few sheets, a small seed) and an
 * `apply` that rewrites a copy of the clean ledger without changing what it says. A mutation that
 * does change what the ledger says (a duplicated roster row) returns the findings it adds.
 */
export interface Mutation {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Order of application: shapes first, then values, columns, headers, bands, layout, sheets. */
  readonly phase: number;
  apply(doc: Doc): { added?: string[] } | void;
}

export interface MutationSpec {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<Mutation>;
}

const PHASE = { shape: 0, roster: 1, values: 2, columns: 3, headers: 4, monthHeaders: 5, bands: 6, text: 7, layout: 8, sheets: 9 } as const;

const RECORD_KINDS: readonly LedgerKind[] = ['roster', 'development', 'dues', 'meeting', 'study', 'talk', 'obligation'];

const seedArb = fc.nat({ max: 1_000_000 });
const rateArb = fc.integer({ min: 1, max: 100 });
const kindsArb = (kinds: readonly LedgerKind[]): fc.Arbitrary<LedgerKind[]> => fc.subarray([...kinds], { minLength: 1 });

const tablesOf = (doc: Doc, kinds: readonly LedgerKind[]): Table[] => doc.tables.filter((t) => !t.raw && kinds.includes(t.kind));
const dataRows = (t: Table): Row[] => t.rows.filter((r) => r.kind === 'data');

function spec<P extends Record<string, unknown>>(name: string, phase: number, params: fc.Arbitrary<P>, apply: (doc: Doc, p: P) => { added?: string[] } | void): MutationSpec {
  return { name, arbitrary: params.map((p) => ({ name, params: p, phase, apply: (doc: Doc) => apply(doc, p) })) };
}

/** Rewrites every cell of the columns of `kinds` that `select` picks, at `rate` per cent. */
function rewriteCells(doc: Doc, kinds: readonly LedgerKind[], rate: number, rng: Rng, select: (t: Table, c: Column) => boolean, rewrite: (cell: Cell, row: Row, t: Table) => Cell | null): void {
  for (const t of tablesOf(doc, kinds)) {
    t.columns.forEach((col, ci) => {
      if (!select(t, col)) return;
      for (const row of dataRows(t)) {
        const cell = row.cells[ci];
        if (cell.v === null || cell.v === '' || cell.formula || !rng.chance(rate)) continue;
        const next = rewrite(cell, row, t);
        if (next) row.cells[ci] = next;
      }
    });
  }
}

// ---------------------------------------------------------------- values

// Month-only dates say enough only where the rules look at months (meetings, study hours, talks).
const dateKinds = (form: DateForm): readonly LedgerKind[] => (form === 'year-month' ? ['meeting', 'study', 'talk'] : RECORD_KINDS);

const dateMutation = (form: DateForm): MutationSpec =>
  spec(`date.${form}`, PHASE.values, fc.record({ kinds: kindsArb(dateKinds(form)), rate: rateArb, seed: seedArb }), (doc, p) => {
    const rng = new Rng(p.seed);
    rewriteCells(doc, p.kinds, p.rate, rng, (t, c) => columnKind(t.kind, t.shape, c.key) === 'date', (cell) => {
      if (typeof cell.v !== 'number') return null;
      const w = writeDate(cell.v, form, LEDGER_YEAR, rng);
      return w ? { v: w.v, fmt: w.fmt, formula: false } : null;
    });
  });

const dueOf = (t: Table, row: Row): number | null => {
  const i = columnIndexOf(t, 'monthlyDue');
  const v = i >= 0 ? row.cells[i].v : null;
  return typeof v === 'number' ? v : null;
};

const amountMutation = (form: AmountForm): MutationSpec =>
  spec(`amount.${form}`, PHASE.values, fc.record({ rate: rateArb, seed: seedArb, incomeBase: fc.boolean() }), (doc, p) => {
    const rng = new Rng(p.seed);
    rewriteCells(
      doc,
      ['dues', 'roster'],
      p.rate,
      rng,
      (t, c) => {
        const kind = columnKind(t.kind, t.shape, c.key);
        if (kind === 'payment' || (t.shape === 'payments' && c.key === 'amount')) return true;
        // An income base can carry a unit, never a tick or a 补交.
        return p.incomeBase && c.key === 'incomeBase' && ['text-number', 'yuan-sign', 'yuan-suffix', 'full-width'].includes(form);
      },
      (cell, row, t) => {
        if (typeof cell.v !== 'number') return null;
        const due = t.shape === 'grid' || t.shape === 'month-sheet' ? dueOf(t, row) : null;
        const w = writeAmount(cell.v, form, due, rng);
        return w === null ? null : textCell(w, rng.pick(['General', '@']));
      },
    );
  });

const hoursUnits = spec('hours.units', PHASE.values, fc.record({ kinds: kindsArb(['meeting', 'study', 'development']), rate: rateArb, seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  rewriteCells(doc, p.kinds, p.rate, rng, (t, c) => columnKind(t.kind, t.shape, c.key) === 'hours', (cell) => (typeof cell.v === 'number' ? textCell(writeHoursWithUnit(cell.v, rng)) : null));
});

/**
 * Days instead of hours (半天 = 4, 1天 = 8): one member's sessions written as one training of N days,
 * or a 5-hour session as 半天 plus 1 hour. The member's total for the year is unchanged.
 */
const hoursDays = spec('hours.days', PHASE.values, fc.record({ seed: seedArb, halfDay: fc.boolean() }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, ['study'])) {
    const name = columnIndexOf(t, 'name');
    const hours = columnIndexOf(t, 'hours');
    const content = columnIndexOf(t, 'content');
    if (name < 0 || hours < 0) continue;
    const rows = dataRows(t);
    const names = [...new Set(rows.map((r) => r.cells[name].v))];
    const who = rng.pick(names);
    const own = rows.filter((r) => r.cells[name].v === who && typeof r.cells[hours].v === 'number');
    if (p.halfDay) {
      const five = own.find((r) => r.cells[hours].v === 5);
      if (!five) continue;
      five.cells[hours] = textCell('半天');
      const extra: Row = { kind: 'data', cells: five.cells.map((c) => ({ ...c })) };
      extra.cells[hours] = { v: 1, fmt: '0.0', formula: false };
      t.rows.splice(t.rows.indexOf(five) + 1, 0, extra);
      continue;
    }
    const group = own.slice(0, 8);
    const total = group.reduce((s, r) => s + (r.cells[hours].v as number), 0);
    if (group.length < 2 || total % 4 !== 0) continue;
    const keep = group[group.length - 1];
    keep.cells[hours] = textCell(total % 8 === 0 ? `${total / 8}天` : `${(total / 8).toFixed(1)}天`);
    if (content >= 0) keep.cells[content] = textCell('参加集中培训班');
    t.rows = t.rows.filter((r) => !group.includes(r) || r === keep);
  }
});

const nameSpaces = spec('text.name-spaces', PHASE.values, fc.record({ rate: rateArb, seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  rewriteCells(doc, RECORD_KINDS, p.rate, rng, (t, c) => columnKind(t.kind, t.shape, c.key) === 'name', (cell) => {
    if (typeof cell.v !== 'string' || cell.v.length < 2) return null;
    const v = cell.v;
    return textCell(rng.pick([`${v[0]} ${v.slice(1)}`, ` ${v}`, `${v} `, v.length === 2 ? `${v[0]}　${v[1]}` : `${v[0]} ${v.slice(1)}`]));
  });
});

/** Attendance in one cell: “应到12人实到10人”, “10/12” (DOMAIN.md §3), instead of two count columns. */
const attendanceOneCell = spec('meeting.attendance-one-cell', PHASE.values, fc.record({ seed: seedArb, label: fc.constantFrom('出席情况', '参会情况', '应到/实到') }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, ['meeting'])) {
    const e = columnIndexOf(t, 'expected');
    const pr = columnIndexOf(t, 'present');
    if (e < 0 || pr < 0) continue;
    for (const r of dataRows(t)) {
      const ev = r.cells[e].v;
      const pv = r.cells[pr].v;
      r.cells[e] = textCell(rng.pick([`应到${ev}人实到${pv}人`, `${pv}/${ev}`, `应到${ev}人，实到${pv}人`]));
    }
    t.columns[e] = { key: 'attendance', header: [p.label], hidden: false };
    t.columns.splice(pr, 1);
    for (const r of t.rows) r.cells.splice(pr, 1);
  }
});

/** Reasons (and make-ups) in brackets after each absentee: “张三（病假）、李四（出差，已补学）”. */
const absenteeNotes = spec('meeting.absentee-notes', PHASE.values, fc.record({ madeUpInNote: fc.boolean(), dropReason: fc.boolean(), bracket: fc.constantFrom('（）', '()') }), (doc, p) => {
  for (const t of tablesOf(doc, ['meeting'])) {
    const a = columnIndexOf(t, 'absentees');
    const reason = columnIndexOf(t, 'absenceReason');
    const makeUp = columnIndexOf(t, 'makeUp');
    if (a < 0) continue;
    for (const r of dataRows(t)) {
      const names = String(r.cells[a].v ?? '').split(/[、，,\s]+/).filter(Boolean);
      // Applied twice, the notes are already there.
      if (names.length === 0 || /[（(]/.test(String(r.cells[a].v))) continue;
      const why = reason >= 0 ? String(r.cells[reason].v ?? '') : '';
      const madeUp = makeUp >= 0 ? String(r.cells[makeUp].v ?? '').split(/[、，,\s]+/).filter(Boolean) : [];
      r.cells[a] = textCell(
        names
          .map((n) => {
            const note = [why, p.madeUpInNote && madeUp.includes(n) ? '已补学' : ''].filter(Boolean).join('，');
            return note ? `${n}${p.bracket[0]}${note}${p.bracket[1]}` : n;
          })
          .join('、'),
      );
      if (p.madeUpInNote && makeUp >= 0) r.cells[makeUp] = textCell(madeUp.filter((n) => !names.includes(n)).join('、') || null);
      if (p.dropReason && reason >= 0) r.cells[reason] = blankCell();
    }
  }
});

// ---------------------------------------------------------------- roster

const duplicateRosterRow = spec('roster.duplicate-row', PHASE.roster, fc.record({ seed: seedArb, atEnd: fc.boolean() }), (doc, p) => {
  const rng = new Rng(p.seed);
  const roster = tablesOf(doc, ['roster'])[0];
  if (!roster) return;
  const name = columnIndexOf(roster, 'name');
  const rows = dataRows(roster);
  const count = new Map<CellScalar, number>();
  for (const r of rows) count.set(r.cells[name].v, (count.get(r.cells[name].v) ?? 0) + 1);
  const once = rows.filter((r) => count.get(r.cells[name].v) === 1);
  if (once.length === 0) return;
  const row = rng.pick(once);
  const copy: Row = { kind: 'data', cells: row.cells.map((c) => ({ ...c })) };
  const serial = columnIndexOf(roster, 'serial');
  if (serial >= 0) copy.cells[serial] = { ...copy.cells[serial], v: rows.length + 1 };
  const lastData = roster.rows.lastIndexOf(rows[rows.length - 1]);
  roster.rows.splice(p.atEnd ? lastData + 1 : roster.rows.indexOf(row) + 1, 0, copy);
  return { added: [`roster.duplicate|${String(row.cells[name].v)}||`] };
});

// ---------------------------------------------------------------- columns

const blankColumns = spec('columns.blank', PHASE.columns, fc.record({ kinds: kindsArb(RECORD_KINDS), count: fc.integer({ min: 1, max: 2 }), seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, p.kinds)) {
    for (let i = 0; i < p.count; i++) insertColumn(t, rng.int(0, t.columns.length), { key: null, header: [''], hidden: false }, () => blankCell());
  }
});

const hiddenColumns = spec('columns.hidden', PHASE.columns, fc.record({ kinds: kindsArb(RECORD_KINDS), seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, p.kinds)) {
    const header = rng.pick(['辅助列', '核对', '旧序号', '临时', '']);
    insertColumn(t, rng.int(0, t.columns.length), { key: null, header: [header], hidden: true }, () => ({ v: rng.int(1, 999), fmt: 'General', formula: false }));
  }
});

function insertColumn(t: Table, at: number, column: Column, cell: () => Cell): void {
  t.columns.splice(at, 0, column);
  for (const r of t.rows) r.cells.splice(at, 0, r.kind === 'data' ? cell() : blankCell());
}

const reorderColumns = spec('columns.reorder', PHASE.columns, fc.record({ kinds: kindsArb(RECORD_KINDS), seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, p.kinds)) {
    const order = rng.shuffle(t.columns.map((_, i) => i));
    t.columns = order.map((i) => t.columns[i]);
    for (const r of t.rows) r.cells = order.map((i) => r.cells[i]);
  }
});

// ---------------------------------------------------------------- headers

/** Rewrites the leaf label of columns of `kinds` at `rate` per cent; the star of a required column may stay. */
function rewriteHeaders(doc: Doc, kinds: readonly LedgerKind[], rate: number, rng: Rng, rewrite: (t: Table, c: Column, label: string) => string | null): void {
  for (const t of tablesOf(doc, kinds)) {
    for (const c of t.columns) {
      if (c.key === null || !rng.chance(rate)) continue;
      const leaf = c.header.length - 1;
      const next = rewrite(t, c, c.header[leaf]);
      if (next !== null) c.header[leaf] = next;
    }
  }
}

const withStar = (label: string, was: string, rng: Rng): string => (was.endsWith('*') && rng.chance(50) ? `${label}*` : label);

const synonymHeaders = (name: string, source: typeof schemaSynonyms): MutationSpec =>
  spec(name, PHASE.headers, fc.record({ kinds: kindsArb(RECORD_KINDS), rate: rateArb, seed: seedArb, chinese: fc.boolean() }), (doc, p) => {
    const rng = new Rng(p.seed);
    rewriteHeaders(doc, p.kinds, p.rate, rng, (t, c, label) => {
      const words = source(t.kind, t.shape, c.key!).filter((w) => !p.chinese || /[\u4e00-\u9fff]/.test(w));
      return words.length ? withStar(rng.pick(words), label, rng) : null;
    });
  });

const englishHeaders = spec('header.english', PHASE.headers, fc.record({ kinds: kindsArb(RECORD_KINDS), rate: rateArb, seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  rewriteHeaders(doc, p.kinds, p.rate, rng, (t, c, label) => {
    const en = englishLabel(t.kind, t.shape, c.key!);
    return en ? withStar(rng.pick([en, en.toUpperCase(), en.toLowerCase()]), label, rng) : null;
  });
});

type Converter = (s: string) => string;
const converters = new Map<string, Converter>();
const cache = new Map<string, string>();
function traditional(s: string, variant: 'tw' | 'hk' | 't'): string {
  const key = `${variant}\u0000${s}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let conv = converters.get(variant);
  if (!conv) {
    conv = OpenCC.Converter({ from: 'cn', to: variant });
    converters.set(variant, conv);
  }
  const out = conv(s);
  cache.set(key, out);
  return out;
}
const variantArb = fc.constantFrom<'tw' | 'hk' | 't'>('tw', 'hk', 't');

const traditionalHeaders = spec('header.traditional', PHASE.text, fc.record({ kinds: kindsArb(RECORD_KINDS), variant: variantArb }), (doc, p) => {
  for (const t of tablesOf(doc, p.kinds)) {
    t.title = t.title.map((s) => traditional(s, p.variant));
    for (const c of t.columns) c.header = c.header.map((h) => traditional(h, p.variant));
  }
});

const traditionalText = spec('text.traditional', PHASE.text, fc.record({ kinds: kindsArb(RECORD_KINDS), variant: variantArb, sheetNames: fc.boolean() }), (doc, p) => {
  // Names are one person's whatever the script: a village branch writes every sheet in it.
  for (const t of tablesOf(doc, RECORD_KINDS)) {
    const whole = p.kinds.includes(t.kind);
    for (const r of t.rows) {
      r.cells = r.cells.map((cell, ci) => {
        if (typeof cell.v !== 'string') return cell;
        const kind = columnKind(t.kind, t.shape, t.columns[ci].key);
        const isName = kind === 'name' || kind === 'names' || kind === 'payer';
        return whole || isName ? { ...cell, v: traditional(cell.v, p.variant) } : cell;
      });
    }
    if (whole) {
      t.title = t.title.map((s) => traditional(s, p.variant));
      for (const c of t.columns) c.header = c.header.map((h) => traditional(h, p.variant));
      if (p.sheetNames) t.name = traditional(t.name, p.variant);
    }
  }
});

const UNIT_BY_KIND: Partial<Record<string, string[]>> = {
  money: ['（元）', '(元)', '（单位：元）'],
  payment: ['（元）', '(元)'],
  hours: ['（学时）', '(小时)', '（h）'],
  date: ['（年月日）', '(yyyy-mm-dd)'],
  integer: ['（人）', '(人)'],
};
const EMOJI = ['📅', '👤', '💰', '✅', '📌', '⭐'];

const noisyHeaders = spec('header.noise', PHASE.headers, fc.record({ kinds: kindsArb(RECORD_KINDS), rate: rateArb, seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  rewriteHeaders(doc, p.kinds, p.rate, rng, (t, c, label) => {
    const bare = label.replace(/\*$/, '');
    const kind = columnKind(t.kind, t.shape, c.key) ?? 'text';
    const mid = Math.max(1, Math.floor(bare.length / 2));
    const forms = [
      `  ${label} `,
      bare.length >= 2 ? `${bare.slice(0, mid)} ${bare.slice(mid)}` : null,
      bare.length >= 2 ? `${bare.slice(0, mid)}\n${bare.slice(mid)}` : null,
      /[0-9]/.test(label) ? toFullWidthDigits(label) : null,
      `${bare}${rng.pick(['*', '＊', ' *', '（必填）'])}`,
      UNIT_BY_KIND[kind] ? `${bare}${rng.pick(UNIT_BY_KIND[kind]!)}` : null,
      `${rng.pick(EMOJI)}${bare}`,
      `${bare}${rng.pick(EMOJI)}`,
    ].filter((f): f is string => f !== null);
    return rng.pick(forms);
  });
});

const monthHeaders = (form: MonthForm): MutationSpec =>
  spec(`month.${form}`, PHASE.monthHeaders, fc.constant({}), (doc) => {
    for (const t of tablesOf(doc, ['dues'])) {
      for (const c of t.columns) {
        const m = /^m(\d+)$/.exec(c.key ?? '');
        if (m) c.header[c.header.length - 1] = writeMonth(Number(m[1]), form, LEDGER_YEAR);
      }
    }
  });

// ---------------------------------------------------------------- header bands

const isMonth = (c: Column): boolean => /^m\d+$/.test(c.key ?? '');

const duesMonthBand = spec('band.dues-months', PHASE.bands, fc.record({ label: fc.constantFrom('党费交纳情况', '各月交纳情况', '交纳金额（元）', '2025年度党费交纳情况', '月份'), reportMerges: fc.constant(true) }), (doc, p) => {
  for (const t of tablesOf(doc, ['dues'])) {
    if (t.shape !== 'grid') continue;
    for (const c of t.columns) if (isMonth(c)) c.header = [p.label, ...c.header.slice(-1)];
    t.reportMerges = p.reportMerges;
  }
});

const threeRowBand = spec('band.three-rows', PHASE.bands, fc.record({ top: fc.constantFrom('党费交纳情况', '交纳情况'), basic: fc.boolean() }), (doc, p) => {
  for (const t of tablesOf(doc, ['dues'])) {
    if (t.shape !== 'grid') continue;
    for (const c of t.columns) {
      const m = /^m(\d+)$/.exec(c.key ?? '');
      if (m) c.header = [p.top, Number(m[1]) <= 6 ? '上半年' : '下半年', ...c.header.slice(-1)];
      else if (p.basic && ['name', 'personCategory', 'incomeBase'].includes(c.key ?? '')) c.header = ['基本情况', ...c.header.slice(-1)];
    }
  }
});

const meetingBand = spec('band.meeting-attendance', PHASE.bands, fc.record({ short: fc.boolean(), absence: fc.boolean() }), (doc, p) => {
  for (const t of tablesOf(doc, ['meeting'])) {
    for (const c of t.columns) {
      if (c.key === 'expected') c.header = ['出席情况', p.short ? '应到' : c.header[c.header.length - 1]];
      if (c.key === 'present') c.header = ['出席情况', p.short ? '实到' : c.header[c.header.length - 1]];
      if (p.absence && c.key === 'absentees') c.header = ['缺席情况', p.short ? '人员' : c.header[c.header.length - 1]];
      if (p.absence && c.key === 'absenceReason') c.header = ['缺席情况', p.short ? '原因' : c.header[c.header.length - 1]];
    }
  }
});

const KNOWN_SPLITS: Record<string, [string, string]> = {
  递交入党申请书日期: ['递交入党', '申请书日期'],
  确定为积极分子日期: ['确定为', '积极分子日期'],
  确定为发展对象日期: ['确定为', '发展对象日期'],
  接收为预备党员日期: ['接收为', '预备党员日期'],
  月收入基数: ['月收入', '基数'],
  组织关系状态: ['组织关系', '状态'],
  集中培训学时: ['集中培训', '学时'],
  应到人数: ['应到', '人数'],
  实到人数: ['实到', '人数'],
  出生日期: ['出生', '日期'],
  入党日期: ['入党', '日期'],
  转正日期: ['转正', '日期'],
};

/** One header written over two rows ("递交入党" / "申请书日期"), no merge: the reader composes them. */
const splitHeader = spec('band.split-header', PHASE.bands, fc.record({ kinds: kindsArb(['roster', 'development', 'meeting', 'dues']), seed: seedArb, count: fc.integer({ min: 1, max: 2 }) }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, p.kinds)) {
    const candidates = t.columns.filter((c) => c.header.length === 1 && KNOWN_SPLITS[c.header[0].replace(/\*$/, '')]);
    for (const c of rng.shuffle(candidates).slice(0, p.count)) {
      const star = c.header[0].endsWith('*') ? '*' : '';
      const [a, b] = KNOWN_SPLITS[c.header[0].replace(/\*$/, '')];
      c.header = [a, b + star];
    }
  }
});

const inferredMerges = spec('band.inferred-merges', PHASE.bands, fc.record({ label: fc.constantFrom('党费交纳情况', '各月交纳情况') }), (doc, p) => {
  for (const t of tablesOf(doc, ['dues', 'meeting'])) {
    if (t.shape === 'grid' && t.kind === 'dues') for (const c of t.columns) if (isMonth(c)) c.header = [p.label, ...c.header.slice(-1)];
    if (t.kind === 'meeting') for (const c of t.columns) if (c.key === 'expected' || c.key === 'present') c.header = ['出席情况', c.key === 'expected' ? '应到' : '实到'];
    t.reportMerges = false;
  }
  for (const t of doc.tables) t.reportMerges = false;
});

// ---------------------------------------------------------------- layout

const titleBlock = spec(
  'layout.title-block',
  PHASE.layout,
  fc.record({ kinds: kindsArb(RECORD_KINDS), lines: fc.integer({ min: 0, max: 3 }), merged: fc.boolean(), blank: fc.integer({ min: 0, max: 2 }), seed: seedArb }),
  (doc, p) => {
    const rng = new Rng(p.seed);
    for (const t of tablesOf(doc, p.kinds)) {
      const lines = [`示例党支部${LEDGER_YEAR}年度${t.name}`, '填表说明：请按要求如实填写，日期格式不限。', `单位（盖章）：示例单位党委    填表日期：${LEDGER_YEAR}年12月31日`];
      t.title = rng.shuffle(lines).slice(0, p.lines);
      if (p.lines > 0) t.title.sort((a, b) => lines.indexOf(a) - lines.indexOf(b));
      t.titleMerged = p.merged;
      t.blankAfterTitle = p.blank;
    }
  },
);

const blankRows = spec('layout.blank-rows', PHASE.layout, fc.record({ kinds: kindsArb(RECORD_KINDS), count: fc.integer({ min: 1, max: 3 }), seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, p.kinds)) {
    for (let i = 0; i < p.count; i++) t.rows.splice(rng.int(0, t.rows.length), 0, { kind: 'blank', cells: t.columns.map(() => blankCell()) });
  }
});

/** A 小计 row inside and a 合计 row below, summing the money and hours columns, labelled in the name or first column. */
const totalRows = spec('layout.total-rows', PHASE.layout, fc.record({ kinds: kindsArb(['dues', 'study', 'meeting']), subtotal: fc.boolean(), seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, p.kinds)) {
    const total = (rows: Row[], label: string): Row => {
      const labelAt = Math.max(0, columnIndexOf(t, 'name'));
      return {
        kind: 'total',
        cells: t.columns.map((c, ci) => {
          if (ci === labelAt) return textCell(label);
          const kind = columnKind(t.kind, t.shape, c.key);
          if (kind !== 'money' && kind !== 'payment' && kind !== 'hours') return blankCell();
          const sum = rows.reduce((s, r) => s + (typeof r.cells[ci].v === 'number' ? (r.cells[ci].v as number) : 0), 0);
          return { v: Math.round(sum * 100) / 100, fmt: rows[0]?.cells[ci].fmt ?? 'General', formula: true };
        }),
      };
    };
    // The template's own 合计 row goes; ours replaces it.
    t.rows = t.rows.filter((r) => r.kind !== 'total');
    const rows = dataRows(t);
    if (rows.length === 0) continue;
    if (p.subtotal && rows.length > 2) {
      const cut = rng.int(1, rows.length - 1);
      const at = t.rows.indexOf(rows[cut - 1]) + 1;
      t.rows.splice(at, 0, total(rows.slice(0, cut), rng.pick(['小计', '小 计'])));
    }
    t.rows.push(total(rows, rng.pick(['合计', '合 计', '总计'])));
  }
});

const endMarker = spec('layout.end-marker', PHASE.layout, fc.record({ kinds: kindsArb(RECORD_KINDS), merged: fc.boolean(), trailing: fc.integer({ min: 0, max: 3 }) }), (doc, p) => {
  for (const t of tablesOf(doc, p.kinds)) {
    const cells = t.columns.map(() => blankCell());
    cells[0] = textCell('以下空白');
    t.rows.push({ kind: 'note', cells, mergeAcross: p.merged });
    for (let i = 0; i < p.trailing; i++) t.rows.push({ kind: 'blank', cells: t.columns.map(() => blankCell()) });
  }
});

const notesBelow = spec('layout.notes-below', PHASE.layout, fc.record({ kinds: kindsArb(RECORD_KINDS), merged: fc.boolean() }), (doc, p) => {
  for (const t of tablesOf(doc, p.kinds)) {
    const cells = t.columns.map(() => blankCell());
    cells[0] = textCell('注：1.本表由支部组织委员负责填写；2.每季度末报上级党委备案。');
    t.rows.push({ kind: 'blank', cells: t.columns.map(() => blankCell()) });
    t.rows.push({ kind: 'note', cells, mergeAcross: p.merged });
  }
});

// ---------------------------------------------------------------- sheets

const renameSheets = spec('sheets.rename', PHASE.sheets, fc.record({ kinds: kindsArb(RECORD_KINDS), seed: seedArb }), (doc, p) => {
  const rng = new Rng(p.seed);
  for (const t of tablesOf(doc, p.kinds)) {
    if (t.split) continue;
    const names = SHEET_NAMES[t.kind];
    if (names) t.name = rng.pick(names);
  }
});

const reorderSheets = spec('sheets.reorder', PHASE.sheets, fc.record({ seed: seedArb }), (doc, p) => {
  doc.tables = new Rng(p.seed).shuffle(doc.tables);
});

// ---------------------------------------------------------------- shapes (issue #14)

const QUARTER = ['一', '二', '三', '四'];

/** The dues grid as a list of payments: 日期, 姓名, 所属月份, 金额, 经手人 (one row may pay several months). */
const paymentList = (ranges: boolean): MutationSpec =>
  spec(
    ranges ? 'shape.payment-list-ranges' : 'shape.payment-list',
    PHASE.shape,
    // Shrinks to the plainest headers (日期, 姓名, 所属月份, 金额, 经手人), so a counterexample says whether the shape or a word failed.
    fc.record({ seed: seedArb, monthForm: fc.constantFrom('year-cjk', 'plain', 'iso', 'dot'), byDate: fc.boolean(), late: fc.integer({ min: 0, max: 30 }), variedHeaders: fc.boolean() }),
    (doc, p) => {
      const rng = new Rng(p.seed);
      const at = doc.tables.findIndex((t) => t.kind === 'dues' && t.shape === 'grid');
      if (at < 0) return;
      const grid = doc.tables[at];
      const name = columnIndexOf(grid, 'name');
      const monthCols = Array.from({ length: 12 }, (_, i) => columnIndexOf(grid, `m${i + 1}`));
      const seen = new Set<CellScalar>();
      const payments: { date: number; name: string; months: number[]; amount: number }[] = [];
      const monthText = (months: number[]): string => {
        const a = months[0];
        const b = months[months.length - 1];
        const one = (m: number): string => (p.monthForm === 'year-cjk' ? `${LEDGER_YEAR}年${m}月` : p.monthForm === 'iso' ? `${LEDGER_YEAR}-${String(m).padStart(2, '0')}` : p.monthForm === 'dot' ? `${LEDGER_YEAR}.${m}` : `${m}月`);
        if (a === b) return one(a);
        return rng.pick([`${a}-${b}月`, `${a}月-${b}月`, `${LEDGER_YEAR}年${a}-${b}月`, `${a}至${b}月`]);
      };
      for (const row of dataRows(grid)) {
        const who = row.cells[name].v;
        if (typeof who !== 'string' || seen.has(who)) continue;
        seen.add(who);
        const due = dueOf(grid, row);
        let run: { months: number[]; amount: number } | null = null;
        const flush = (): void => {
          if (!run) return;
          const last = run.months[run.months.length - 1];
          // Paid in the month it is for, or (a late payment) some days after, naming the month it pays.
          const date = serialFor(LEDGER_YEAR, last, 15) + (rng.chance(p.late) ? rng.int(20, 40) : 0);
          payments.push({ date: Math.min(date, serialFor(LEDGER_YEAR, 12, 31)), name: who, months: run.months, amount: Math.round(run.amount * 100) / 100 });
          run = null;
        };
        for (let m = 1; m <= 12; m++) {
          const v = row.cells[monthCols[m - 1]]?.v;
          if (typeof v !== 'number') {
            flush();
            continue;
          }
          const full = due !== null && Math.round(v * 100) === Math.round(due * 100);
          // Only full payments share a row: a short month keeps its own, so its shortfall stays its own.
          if (ranges && full && run && run.months.length < 3 && (m - 1) % 3 !== 0) {
            run.months.push(m);
            run.amount += v;
            continue;
          }
          flush();
          run = { months: [m], amount: v };
          if (!ranges || !full) flush();
        }
        flush();
      }
      if (p.byDate) payments.sort((a, b) => a.date - b.date);
      const label = (key: string): string => shapeColumnLabel('payments', key, (l) => (p.variedHeaders ? rng.pick(l) : l[0]));
      const keys = ['date', 'name', 'forMonth', 'amount', 'handler', 'remark'];
      const table: Table = {
        kind: 'dues',
        shape: 'payments',
        name: grid.name,
        title: [`${LEDGER_YEAR}年党费收缴明细`],
        titleMerged: true,
        blankAfterTitle: 0,
        columns: keys.map((k) => ({ key: k, header: [label(k)], hidden: false })),
        rows: payments.map((x) => ({
          kind: 'data',
          cells: [
            { v: x.date, fmt: 'yyyy-mm-dd', formula: false },
            textCell(x.name),
            textCell(monthText(x.months)),
            { v: x.amount, fmt: '"¥"#,##0.00', formula: false },
            textCell('组织委员'),
            blankCell(),
          ],
        })),
        reportMerges: true,
      };
      doc.tables[at] = table;
    },
  );

const serialFor = (y: number, m: number, d: number): number => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

/** The absentee log as an attendee log: 参会人员 = the members expected minus the absentees. */
const attendeeLog = spec('shape.attendee-log', PHASE.shape, fc.record({ separator: fc.constantFrom('、', '，', ' ', ','), keepReason: fc.boolean(), label: fc.nat({ max: 3 }) }), (doc, p) => {
  const roster = doc.tables.find((t) => t.kind === 'roster');
  if (!roster) return;
  const rName = columnIndexOf(roster, 'name');
  const rPost = columnIndexOf(roster, 'post');
  const rGroup = columnIndexOf(roster, 'group');
  const people = new Map<string, { post: CellScalar; group: CellScalar }>();
  for (const r of dataRows(roster)) {
    const n = r.cells[rName].v;
    if (typeof n === 'string' && !people.has(n)) people.set(n, { post: r.cells[rPost].v, group: r.cells[rGroup].v });
  }
  for (const meeting of doc.tables.filter((t) => t.kind === 'meeting' && t.shape === 'grid')) {
    const type = columnIndexOf(meeting, 'type');
    const group = columnIndexOf(meeting, 'group');
    const absent = columnIndexOf(meeting, 'absentees');
    for (const r of dataRows(meeting)) {
      const t = String(r.cells[type].v ?? '');
      // As the sample expects them: the committee at a committee meeting, the group at a group meeting, everyone otherwise.
      const expected = [...people].filter(([, x]) => (t === '支部委员会' ? !!x.post && x.post !== '党小组长' : t === '党小组会' ? x.group === r.cells[group].v : true)).map(([n]) => n);
      const absentees = String(r.cells[absent].v ?? '').split(/[、，,\s]+/).filter(Boolean);
      r.cells[absent] = textCell(expected.filter((n) => !absentees.includes(n)).join(p.separator));
    }
    meeting.columns[absent] = { key: 'attendees', header: [shapeColumnLabel('attendees', 'attendees', (l) => l[p.label % l.length])], hidden: false };
    meeting.shape = 'attendees';
    if (!p.keepReason) {
      const reason = columnIndexOf(meeting, 'absenceReason');
      if (reason >= 0) {
        meeting.columns.splice(reason, 1);
        for (const r of meeting.rows) r.cells.splice(reason, 1);
      }
    }
  }
});

/** One sheet per quarter (一季度会议记录 …), read together as one ledger. */
const splitQuarter = spec('shape.split-quarter', PHASE.shape, fc.record({ kinds: kindsArb(['meeting', 'study', 'talk']) }), (doc, p) => {
  const word: Partial<Record<LedgerKind, string>> = { meeting: '会议记录', study: '学习记录', talk: '谈心谈话记录' };
  for (const kind of p.kinds) {
    const at = doc.tables.findIndex((t) => t.kind === kind && !t.split && !t.raw);
    if (at < 0) continue;
    const whole = doc.tables[at];
    const date = columnIndexOf(whole, 'date');
    const parts: Table[] = QUARTER.map((q, qi) => ({
      ...whole,
      name: `${q}季度${word[kind]}`,
      title: [`示例党支部${LEDGER_YEAR}年第${q}季度${word[kind]}`],
      columns: whole.columns.map((c) => ({ ...c, header: [...c.header] })),
      rows: whole.rows.filter((r) => r.kind === 'data' && typeof r.cells[date].v === 'number' && Math.floor((serialToYmd(r.cells[date].v as number).m - 1) / 3) === qi),
      split: true,
    }));
    doc.tables.splice(at, 1, ...parts);
  }
});

/** The dues grid as one sheet per month (1月党费 …): 姓名, 月应交, 实交金额 for that month. */
const splitMonthDues = spec('shape.split-month-dues', PHASE.shape, fc.record({ sheetName: fc.constantFrom('M月党费', 'M月份党费', '2025年M月党费') }), (doc, p) => {
  const at = doc.tables.findIndex((t) => t.kind === 'dues' && t.shape === 'grid');
  if (at < 0) return;
  const grid = doc.tables[at];
  const keep = ['serial', 'name', 'personCategory', 'incomeBase', 'monthlyDue'];
  const parts: Table[] = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    const month = columnIndexOf(grid, `m${m}`);
    const cols = [...keep.map((k) => columnIndexOf(grid, k)), month, columnIndexOf(grid, 'remark')];
    return {
      kind: 'dues',
      shape: 'month-sheet',
      name: p.sheetName.replace('M', String(m)),
      title: [`示例党支部${LEDGER_YEAR}年${m}月党费收缴情况`],
      titleMerged: true,
      blankAfterTitle: 0,
      columns: cols.map((c, j) => ({ key: j === keep.length ? 'paid' : grid.columns[c].key, header: [j === keep.length ? '实交金额' : grid.columns[c].header[0]], hidden: false })),
      rows: dataRows(grid).map((r) => ({ kind: 'data' as const, cells: cols.map((c) => ({ ...r.cells[c], formula: false })) })),
      reportMerges: true,
      split: true,
    };
  });
  doc.tables.splice(at, 1, ...parts);
});

export const MUTATIONS: readonly MutationSpec[] = [
  ...DATE_FORMS.map(dateMutation),
  ...AMOUNT_FORMS.map(amountMutation),
  hoursUnits,
  hoursDays,
  nameSpaces,
  attendanceOneCell,
  absenteeNotes,
  duplicateRosterRow,
  blankColumns,
  hiddenColumns,
  reorderColumns,
  synonymHeaders('header.synonym', schemaSynonyms),
  synonymHeaders('header.field-synonym', fieldSynonyms),
  englishHeaders,
  traditionalHeaders,
  traditionalText,
  noisyHeaders,
  ...MONTH_FORMS.map(monthHeaders),
  duesMonthBand,
  threeRowBand,
  meetingBand,
  splitHeader,
  inferredMerges,
  titleBlock,
  blankRows,
  totalRows,
  endMarker,
  notesBelow,
  renameSheets,
  reorderSheets,
  paymentList(false),
  paymentList(true),
  attendeeLog,
  splitQuarter,
  splitMonthDues,
];

export const MUTATION_NAMES: readonly string[] = MUTATIONS.map((m) => m.name);
