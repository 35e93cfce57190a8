/**
 * Calendar dates without time or time zone. Ledger dates are civil dates ("入党日期 2019-06-30");
 * carrying them as JS Date invites off-by-one drift across time zones, so the core never does.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isValidYmd(year, month, day)) throw new RangeError(`invalid calendar date ${year}-${month}-${day}`);
  return { year, month, day };
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Days since 1970-01-01 of the proleptic Gregorian calendar (pure arithmetic, no Date). */
export function toEpochDay(d: CalendarDate): number {
  // Algorithm from Howard Hinnant's days_from_civil.
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDay(z0: number): CalendarDate {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, and the fictitious 1900-02-29 is serial 60. */
const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01

export function toExcelSerial(d: CalendarDate): number {
  const serial = toEpochDay(d) + EXCEL_EPOCH_OFFSET;
  return serial <= 60 ? serial - 1 : serial; // dates before 1900-03-01 sit one lower because of the leap-year bug
}

/** Whole-day part of a serial; the time of day, if any, is dropped rather than rounded into the next day. */
export function fromExcelSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null; // 1900-02-29 does not exist
  return fromEpochDay((whole < 60 ? whole + 1 : whole) - EXCEL_EPOCH_OFFSET);
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(d) + days);
}

/** Adds months clamping the day to the target month's length (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function addYears(d: CalendarDate, years: number): CalendarDate {
  return addMonths(d, years * 12);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** Completed years from `birth` to `on` (age on a given day). */
export function fullYearsBetween(birth: CalendarDate, on: CalendarDate): number {
  let years = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) years -= 1;
  return years;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatIsoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? { year: y, month: mo, day: d } : null;
}

/** Today's civil date in the host's local time zone: the only place a clock is read is the host. */
export function calendarDateFromLocal(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
