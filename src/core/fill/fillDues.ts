import { formatFen, type Fen } from '../money/fen';
import type { Language } from '../i18n/language';
import { localize } from '../i18n/language';
import type { CalendarDate } from '../calendar/calendarDate';
import { cellAddress, type PlanValue, type SheetWrite, type WritePlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import type { RecognizedSheet } from '../read/recognizeSheets';
import { monthColumnKey } from '../schema/sheetSchemas';
import { buildDuesBook, liable, paidIn, type DuesLine } from '../ledger/dues';
import type { LedgerContext as ScanContext } from '../ledger/ledgerContext';
import { freeRows, isBlankAt, mergeRowWrites, rowWrite } from './sheetRows';
import { planChangeLog } from './changeLog';

export interface DuesFill {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly member: string;
  readonly fen: Fen;
  /**
   * A new row of a payment list (or of a month's sheet the member is not on yet), written in the
   * columns named here by key; absent for a blank cell filled in place.
   */
  readonly newRow?: Readonly<Record<string, PlanValue>>;
}

export interface DuesFillPreview {
  readonly month: number;
  readonly fills: readonly DuesFill[];
  readonly totalFen: Fen;
  /** Members left alone, with the reason. */
  readonly skipped: readonly { member: string; reason: string }[];
  /** Why nothing can be filled (no dues sheet, no column for the month), or null. */
  readonly problem: string | null;
}

/** 所属月份 written the way the list already writes it (2025-07, 2025年7月, 7月, or 7). */
function monthLabel(sheet: RecognizedSheet, rows: readonly number[], year: number, month: number): PlanValue {
  const col = sheet.columns.get('forMonth')?.col;
  const last = col && rows.length ? sheet.grid.values[rows[rows.length - 1] - 1]?.[col - 1] : null;
  if (typeof last === 'number' && last >= 1 && last <= 12) return month;
  if (typeof last === 'string' && /^\d{4}-\d{1,2}$/.test(last.trim())) return `${year}-${String(month).padStart(2, '0')}`;
  if (typeof last === 'string' && /年/.test(last)) return `${year}年${month}月`;
  return `${month}月`;
}

/**
 * "Fill a month's dues", whatever the ledger's layout: in a month grid (or a month's own sheet) each
 * liable member's due goes into the month's blank cell, and only there; a payment list gets one new
 * row per liable member who has not paid for the month (past rows are never edited). Members
 * admitted later, transferred out or exempt (免交) are skipped.
 */
export function previewDuesFill(ctx: ScanContext, month: number, today?: CalendarDate): DuesFillPreview {
  const t = ctx.text;
  const book = buildDuesBook(ctx);
  if (book.sheets.length === 0) return { month, fills: [], totalFen: 0, skipped: [], problem: t('没有找到党费收缴台账', 'No dues ledger was found') };
  const key = monthColumnKey(month);
  const grid = book.sheets.find((s) => s.shape === 'month-grid' && s.columns.has(key));
  const monthSheet = book.sheets.find((s) => s.shape === 'month-sheet' && s.sheetMonth?.month === month && (s.sheetMonth.year === null || s.sheetMonth.year === ctx.year));
  const list = book.sheets.find((s) => s.shape === 'payment-list');
  const target = grid ?? monthSheet ?? list;
  if (!target) return { month, fills: [], totalFen: 0, skipped: [], problem: t(`党费台账中没有${month}月这一列（或${month}月的工作表）`, `The dues ledger has no column (or sheet) for month ${month}`) };
  const fills: DuesFill[] = [];
  const skipped: { member: string; reason: string }[] = [];
  const appendTo = target.shape === 'month-grid' ? null : target;
  const free = appendTo ? freeRows(appendTo, book.lines.length) : [];
  const label = appendTo ? monthLabel(appendTo, appendTo.recordRows, ctx.year, month) : null;
  const skip = (line: DuesLine): string | null =>
    line.exempt ? t('免交', 'exempt')
    : line.member && !line.member.active ? t('已转出或不在册', 'no longer registered')
    // A row the roster does not name is filled like any other (the scan reports the mismatch).
    : line.member && !liable(line, ctx.year, month) ? t('当月尚未入党', 'not yet admitted that month')
    : line.dueFen === null ? t('缺少人员类别或收入基数', 'no category or income base')
    : null;
  for (const line of book.lines) {
    const entry = line.months.get(month);
    if (paidIn(entry).paid || entry?.unreadable) continue;
    const place = entry?.place;
    // In place: a blank cell of the month on the target sheet.
    if (place && place.col !== null && place.sheet === target.grid.name && (target.shape === 'month-grid' || target.shape === 'month-sheet')) {
      if (!isBlankAt(target, place.row, place.col)) continue;
      const why = skip(line);
      if (why) skipped.push({ member: line.name, reason: why });
      else fills.push({ sheet: place.sheet, row: place.row, col: place.col, member: line.name, fen: line.dueFen! });
      continue;
    }
    if (!appendTo) continue;
    // A grid row of another quarter's sheet, or a member a list never names: a new row.
    if (line.member === null && !line.row) continue;
    const why = skip(line);
    if (why) {
      skipped.push({ member: line.name, reason: why });
      continue;
    }
    const row = free.shift();
    if (row === undefined) {
      skipped.push({ member: line.name, reason: t('表中没有空行（合计行之前）', 'no blank row before the totals row') });
      continue;
    }
    const newRow: Record<string, PlanValue> = { name: line.name, amount: line.dueFen! / 100 };
    if (appendTo.shape === 'payment-list') {
      newRow.forMonth = label;
      if (today) newRow.paidDate = { date: today };
    }
    fills.push({ sheet: appendTo.grid.name, row, col: appendTo.columns.get('amount')?.col ?? appendTo.columns.get('name')!.col, member: line.name, fen: line.dueFen!, newRow });
  }
  return { month, fills, totalFen: fills.reduce((a, f) => a + f.fen, 0), skipped, problem: null };
}

/** One write per sheet column for cells filled in place (null elsewhere); one row write per new row, joined into blocks. */
export function planDuesFill(preview: DuesFillPreview, grids: readonly SheetGrid[], today: CalendarDate, lang: Language, ctx?: ScanContext): WritePlan {
  const writes: SheetWrite[] = [];
  const inPlace = preview.fills.filter((f) => !f.newRow);
  for (const sheet of [...new Set(inPlace.map((f) => f.sheet))]) {
    const fills = inPlace.filter((f) => f.sheet === sheet);
    let first = fills[0].row;
    let last = fills[0].row;
    for (const f of fills) {
      if (f.row < first) first = f.row;
      if (f.row > last) last = f.row;
    }
    const values: PlanValue[][] = Array.from({ length: last - first + 1 }, () => [null]);
    for (const f of fills) values[f.row - first][0] = f.fen / 100;
    writes.push({ sheet, row: first, col: fills[0].col, values });
  }
  const rowWrites: SheetWrite[] = [];
  for (const f of preview.fills) {
    if (!f.newRow || !ctx) continue;
    const sheet = ctx.ledger.sheets.find((s) => s.recognized.grid.name === f.sheet)?.recognized;
    const w = sheet ? rowWrite(sheet, f.row, f.newRow) : null;
    if (w) rowWrites.push(w);
  }
  const year = ctx?.year;
  const monthText = year ? `${year}-${String(preview.month).padStart(2, '0')}` : String(preview.month);
  const log = planChangeLog(
    grids,
    preview.fills.length
      ? [{
          action: localize({ zh: `填写${monthText}党费`, en: `Dues for ${monthText}` }, lang),
          sheet: preview.fills[0].sheet,
          cells: preview.fills.map((f) => cellAddress(f.row, f.col)).join(','),
          written: `${preview.fills.map((f) => `${f.member} ${formatFen(f.fen)}`).join('；')}（${localize({ zh: '合计', en: 'total' }, lang)} ${formatFen(preview.totalFen)}）`,
        }]
      : [],
    today,
    lang,
  );
  return { sheets: log.sheets, writes: [...writes, ...mergeRowWrites(rowWrites), ...(log.writes ?? [])] };
}
