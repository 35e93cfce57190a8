import { parseIsoDate, type CalendarDate } from '../core/calendar/calendarDate';
import { isLanguage, LANGUAGES, localize, type Language } from '../core/i18n/language';
import { ENUMERATIONS } from '../core/schema/enumerations';
import { TEMPLATE_SHEET_ORDER, sheetDisplayName, type LedgerKind } from '../core/schema/sheetSchemas';
import { UsageError, intOption, stringOption, type ParsedArgs } from './args';
import { DEFAULT_MAX_XLSX_MB } from '../adapters/exceljs/xlsxFiles';

export function languageOption(args: ParsedArgs): Language {
  const v = stringOption(args, 'lang') ?? 'zh-CN';
  if (!isLanguage(v)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  return v;
}

export function dateOption(args: ParsedArgs, key: string): CalendarDate | undefined {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  const d = parseIsoDate(v);
  if (!d) throw new UsageError(`--${key} must be a date as YYYY-MM-DD`);
  return d;
}

/** Accepts the unit type in any product language ("机关", "機關", "Government agency"). */
export function unitTypeOption(args: ParsedArgs): string {
  const v = stringOption(args, 'type') ?? '其他';
  const match = ENUMERATIONS.unitType.options.find((o) =>
    LANGUAGES.some((l) => localize(o.label, l).toLowerCase() === v.toLowerCase()),
  );
  if (!match) throw new UsageError(`--type must be one of ${ENUMERATIONS.unitType.options.map((o) => o.value).join('/')}`);
  return match.value;
}

const SHEET_ALIASES: Record<string, LedgerKind> = { meetings: 'meeting', talks: 'talk', obligations: 'obligation', members: 'roster' };

/** `--sheets roster,dues` (kinds, or sheet names in any language); all sheets when absent. */
export function sheetsOption(args: ParsedArgs): LedgerKind[] {
  const v = stringOption(args, 'sheets');
  if (v === undefined || v === 'all') return [...TEMPLATE_SHEET_ORDER];
  return v.split(/[,，]/).map((raw) => {
    const s = raw.trim();
    const kind = (TEMPLATE_SHEET_ORDER as readonly string[]).includes(s) ? (s as LedgerKind) : SHEET_ALIASES[s];
    if (kind) return kind;
    const byName = TEMPLATE_SHEET_ORDER.find((k) => LANGUAGES.some((l) => localize(sheetDisplayName(k), l) === s));
    if (byName) return byName;
    throw new UsageError(`unknown sheet "${s}"; use ${TEMPLATE_SHEET_ORDER.join(', ')}`);
  });
}


/** `--max-mb N`: the largest input file read (see DEFAULT_MAX_XLSX_MB). */
export function maxMbOption(args: ParsedArgs): number {
  return intOption(args, 'max-mb', DEFAULT_MAX_XLSX_MB, 1, 1024);
}
