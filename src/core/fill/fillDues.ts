import { formatFen, type Fen } from '../money/fen';
import type { Language } from '../i18n/language';
import { localize } from '../i18n/language';
import type { CalendarDate } from '../calendar/calendarDate';
import { cellAddress, type PlanValue, type SheetWrite, type WritePlan } from '../plan/writePlan';
import type { SheetGrid } from '../read/grid';
import { monthColumnKey } from '../schema/sheetSchemas';
import { duesLines, liable } from '../scan/duesRules';
import type { ScanContext } from '../scan/scanContext';
import { isBlankAt } from './sheetRows';
import { planChangeLog } from './changeLog';

export interface DuesFill {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly member: string;
  readonly fen: Fen;
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

/**
 * "Fill a month's dues": each liable member's due amount goes into that month's cell when it is
 * blank, and only then. Members admitted later, transferred out or exempt (免交) are skipped.
 */
export function previewDuesFill(ctx: ScanContext, month: number): DuesFillPreview {
  const t = ctx.text;
  const sheets = ctx.ledger.sheets.filter((s) => s.recognized.kind === 'dues');
  if (sheets.length === 0) return { month, fills: [], totalFen: 0, skipped: [], problem: t('没有找到党费收缴台账', 'No dues ledger was found') };
  const key = monthColumnKey(month);
  if (!sheets.some((s) => s.recognized.columns.has(key))) return { month, fills: [], totalFen: 0, skipped: [], problem: t(`党费台账中没有${month}月这一列`, `The dues ledger has no column for month ${month}`) };
  const fills: DuesFill[] = [];
  const skipped: { member: string; reason: string }[] = [];
  for (const line of duesLines(ctx)) {
    const sheet = sheets.find((s) => s.recognized.grid.name === line.row.sheet)!.recognized;
    const col = sheet.columns.get(key)?.col;
    if (!col) continue;
    if (!isBlankAt(sheet, line.row.row, col)) continue;
    if (line.exempt) skipped.push({ member: line.name, reason: t('免交', 'exempt') });
    else if (line.member && !line.member.active) skipped.push({ member: line.name, reason: t('已转出或不在册', 'no longer registered') });
    else if (!liable(line, ctx.year, month)) skipped.push({ member: line.name, reason: t('当月尚未入党', 'not yet admitted that month') });
    else if (line.dueFen === null) skipped.push({ member: line.name, reason: t('缺少人员类别或收入基数', 'no category or income base') });
    else fills.push({ sheet: line.row.sheet, row: line.row.row, col, member: line.name, fen: line.dueFen });
  }
  return { month, fills, totalFen: fills.reduce((a, f) => a + f.fen, 0), skipped, problem: null };
}

/** One write per sheet: the month's column from the first to the last filled row, null elsewhere. */
export function planDuesFill(preview: DuesFillPreview, grids: readonly SheetGrid[], today: CalendarDate, lang: Language): WritePlan {
  const writes: SheetWrite[] = [];
  for (const sheet of [...new Set(preview.fills.map((f) => f.sheet))]) {
    const fills = preview.fills.filter((f) => f.sheet === sheet);
    const first = Math.min(...fills.map((f) => f.row));
    const last = Math.max(...fills.map((f) => f.row));
    const values: PlanValue[][] = Array.from({ length: last - first + 1 }, () => [null]);
    for (const f of fills) values[f.row - first][0] = f.fen / 100;
    writes.push({ sheet, row: first, col: fills[0].col, values });
  }
  const log = planChangeLog(
    grids,
    preview.fills.length
      ? [{
          action: localize({ zh: `填写${preview.month}月党费`, en: `Dues for month ${preview.month}` }, lang),
          sheet: preview.fills[0].sheet,
          cells: preview.fills.map((f) => cellAddress(f.row, f.col)).join(','),
          written: `${preview.fills.map((f) => `${f.member} ${formatFen(f.fen)}`).join('；')}（${localize({ zh: '合计', en: 'total' }, lang)} ${formatFen(preview.totalFen)}）`,
        }]
      : [],
    today,
    lang,
  );
  return { sheets: log.sheets, writes: [...writes, ...(log.writes ?? [])] };
}
