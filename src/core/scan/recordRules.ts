import { localize } from '../i18n/language';
import { isBlankCell, textOf } from '../read/readLedger';
import type { Finding } from './finding';
import type { ScanContext } from './scanContext';

/** `*.missing-field` (a blank required cell, or a required column the sheet lacks) and `*.invalid-value`. */
export function recordRules(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  for (const sheet of ctx.ledger.sheets) {
    const { recognized, rows } = sheet;
    const kind = recognized.kind;
    const sheetName = recognized.grid.name;
    for (const spec of recognized.missingRequired) {
      const label = localize(spec.label, ctx.lang);
      out.push(
        ctx.finding(`${kind}.missing-field`, { sheet: sheetName, column: label }, ctx.text(`本表缺少必填列“${spec.label.zh}”，无法检查该项`, `This sheet has no "${spec.label.en}" column, so it cannot be checked`)),
      );
    }
    const required = recognized.schema.columns.filter((c) => c.required && recognized.columns.has(c.key));
    for (const row of rows) {
      // A roster row repeating a person is reported once, as roster.duplicate, not field by field again.
      if (ctx.people.duplicateRows.has(row)) continue;
      const member = kind === 'talk' ? textOf(row, 'subject') : textOf(row, 'name');
      for (const spec of required) {
        if (!isBlankCell(row, spec.key)) continue;
        const cell = row.cells.get(spec.key)!;
        out.push(
          ctx.finding(`${kind}.missing-field`, { sheet: sheetName, row: row.row, col: cell.col, column: cell.header, member }, ctx.text(`“${cell.header}”未填写`, `"${cell.header}" is blank`)),
        );
      }
      // A full member must have a conversion date (DOMAIN.md §2: required once converted).
      if (kind === 'roster' && textOf(row, 'memberCategory') === '正式党员' && recognized.columns.has('conversionDate') && isBlankCell(row, 'conversionDate')) {
        const cell = row.cells.get('conversionDate')!;
        out.push(
          ctx.finding(`${kind}.missing-field`, { sheet: sheetName, row: row.row, col: cell.col, column: cell.header, member }, ctx.text(`正式党员的“${cell.header}”未填写`, `"${cell.header}" is blank for a full member`)),
        );
      }
      for (const cell of row.cells.values()) {
        if (!cell.invalid) continue;
        out.push(
          ctx.finding(`${kind}.invalid-value`, { sheet: sheetName, row: row.row, col: cell.col, column: cell.header, member }, ctx.text(`“${cell.header}”的内容“${String(cell.raw)}”无法识别`, `"${cell.header}" holds "${String(cell.raw)}", which cannot be read`)),
        );
      }
    }
  }
  const settings = ctx.ledger.settings;
  for (const bad of settings?.invalid ?? []) {
    out.push(ctx.finding('settings.invalid-value', { sheet: settings!.sheet, row: bad.row, col: bad.col, column: bad.label }, ctx.text(`设置项“${bad.label}”的值无法识别，已按默认值检查`, `The setting "${bad.label}" cannot be read; its default was used`)));
  }
  return out;
}
