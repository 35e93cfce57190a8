import type { CalendarDate } from '../calendar/calendarDate';
import { localize, type Language } from '../i18n/language';
import { monthlyDueFen, isDuesCategory } from '../dues/duesRates';
import { cellAddress, type SheetWrite, type WritePlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import type { RecognizedSheet } from '../read/recognizeSheets';
import { memberKey, textOf } from '../read/readLedger';
import { enumLabel } from '../template/labels';
import type { Member } from '../ledger/people';
import type { LedgerContext as ScanContext } from '../ledger/ledgerContext';
import { freeRows, mergeRowWrites, rowWrite } from './sheetRows';
import { planChangeLog, type ChangeEntry } from './changeLog';

export type SyncedKind = 'dues' | 'study' | 'talk';
const SYNCED: readonly SyncedKind[] = ['dues', 'study', 'talk'];

export interface RosterSyncPreview {
  /** Roster members missing from each ledger, and the rows they would go to. */
  readonly additions: readonly { sheet: string; kind: SyncedKind; member: Member; row: number | null }[];
  /** Ledger rows whose member is not on the roster: flagged, never deleted. */
  readonly orphans: readonly { sheet: string; row: number; name: string }[];
  /** Ledgers with no room for the additions (a 合计 row right after the records). */
  readonly noRoom: readonly string[];
}

/** “Keep the ledgers in step with the roster”: lists, then (on confirmation) adds the missing members. */
export function previewRosterSync(ctx: ScanContext): RosterSyncPreview {
  const additions: { sheet: string; kind: SyncedKind; member: Member; row: number | null }[] = [];
  const orphans: { sheet: string; row: number; name: string }[] = [];
  const noRoom: string[] = [];
  const active = ctx.members.filter((m) => m.active);
  const rosterKeys = new Set(ctx.members.map((m) => m.key));
  for (const kind of SYNCED) {
    const ofKind = ctx.ledger.sheets.filter((s) => s.recognized.kind === kind);
    const nameKey = kind === 'talk' ? 'subject' : 'name';
    // A dues ledger with a row per member (one grid, or one per quarter) gets the missing members on
    // each grid; a list of payments or a month's sheet has no row to keep for anyone.
    const targets = kind === 'dues' ? ofKind.filter((s) => s.recognized.shape === 'month-grid') : ofKind.slice(0, 1);
    for (const sheet of targets) {
      const present = new Set(sheet.rows.map((r) => memberKey(r, nameKey)).filter((k): k is string => !!k));
      const missing = active.filter((m) => !present.has(m.key));
      const rows = freeRows(sheet.recognized, missing.length);
      if (rows.length < missing.length) noRoom.push(sheet.recognized.grid.name);
      missing.forEach((member, i) => additions.push({ sheet: sheet.recognized.grid.name, kind, member, row: rows[i] ?? null }));
    }
    if (kind === 'dues') {
      for (const sheet of ofKind) {
        const seen = new Set<string>();
        for (const r of sheet.rows) {
          const key = memberKey(r, nameKey);
          // A payment list names a payer once per payment: listed once.
          if (!key || rosterKeys.has(key) || seen.has(key)) continue;
          seen.add(key);
          orphans.push({ sheet: r.sheet, row: r.row, name: textOf(r, nameKey) ?? key });
        }
      }
    }
  }
  return { additions, orphans, noRoom };
}

function additionWrite(ctx: ScanContext, sheet: RecognizedSheet, kind: SyncedKind, m: Member, row: number, lang: Language): SheetWrite | null {
  if (kind === 'talk') return rowWrite(sheet, row, { subject: m.name });
  if (kind === 'study') return rowWrite(sheet, row, { name: m.name });
  const due = m.personCategory && isDuesCategory(m.personCategory) ? monthlyDueFen(m.personCategory, m.baseFen, ctx.params) : null;
  // rowWrite leaves formula cells alone: the due goes in only where a hand-made ledger has a blank cell.
  return rowWrite(sheet, row, {
    name: m.name,
    personCategory: m.personCategory ? enumLabel('personCategory', m.personCategory, lang) : null,
    incomeBase: m.baseFen === null ? null : m.baseFen / 100,
    monthlyDue: due !== null ? due / 100 : null,
  });
}

export function planRosterSync(ctx: ScanContext, preview: RosterSyncPreview, grids: readonly SheetGrid[], today: CalendarDate, lang: Language): WritePlan {
  const writes: SheetWrite[] = [];
  const entries: ChangeEntry[] = [];
  for (const a of preview.additions) {
    if (a.row === null) continue;
    const sheet = ctx.ledger.sheets.find((s) => s.recognized.grid.name === a.sheet)!.recognized;
    const w = additionWrite(ctx, sheet, a.kind, a.member, a.row, lang);
    if (!w) continue;
    writes.push(w);
    entries.push({ action: localize({ zh: '按名册补充党员', en: 'Added from the roster' }, lang), sheet: a.sheet, cells: `${cellAddress(a.row, w.col)}:${cellAddress(a.row, w.col + w.values[0].length - 1)}`, written: a.member.name });
  }
  for (const o of preview.orphans) {
    entries.push({ action: localize({ zh: '名册中没有此人（未删除）', en: 'Not on the roster (kept)' }, lang), sheet: o.sheet, cells: `${o.row}`, written: o.name });
  }
  const log = planChangeLog(grids, entries, today, lang);
  return { sheets: log.sheets, writes: [...mergeRowWrites(writes), ...(log.writes ?? [])] };
}
