import fc from 'fast-check';
import {
  addMonths,
  calendarDate,
  compareDates,
  formatIsoDate,
  fromExcelSerial,
  fullYearsBetween,
  parseIsoDate,
  toExcelSerial,
} from '../../src/core/calendar/calendarDate';

const arbDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());

describe('calendar dates', () => {
  it('matches Excel serials, including the 1900 leap-year bug', () => {
    expect(toExcelSerial(calendarDate(1900, 1, 1))).toBe(1);
    expect(toExcelSerial(calendarDate(1900, 2, 28))).toBe(59);
    expect(toExcelSerial(calendarDate(1900, 3, 1))).toBe(61);
    expect(toExcelSerial(calendarDate(2025, 1, 1))).toBe(45658);
    expect(toExcelSerial(calendarDate(2024, 2, 29))).toBe(45351);
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(45658.99)).toEqual(calendarDate(2025, 1, 1));
  });

  it('round-trips every date through a serial and through ISO text', () => {
    fc.assert(
      fc.property(arbDate, (d) => {
        expect(fromExcelSerial(toExcelSerial(d))).toEqual(d);
        expect(parseIsoDate(formatIsoDate(d))).toEqual(d);
      }),
    );
  });

  it('agrees with the JavaScript UTC calendar on day order', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        const ua = Date.UTC(a.year, a.month - 1, a.day);
        const ub = Date.UTC(b.year, b.month - 1, b.day);
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(ua - ub));
        // After the fictitious 1900-02-29, serial differences are day differences.
        if (compareDates(a, calendarDate(1900, 3, 1)) >= 0 && compareDates(b, calendarDate(1900, 3, 1)) >= 0) {
          expect(toExcelSerial(b) - toExcelSerial(a)).toBe((ub - ua) / 86400000);
        }
      }),
    );
  });

  it('clamps month arithmetic to the month length', () => {
    expect(addMonths(calendarDate(2024, 1, 31), 1)).toEqual(calendarDate(2024, 2, 29));
    expect(addMonths(calendarDate(2025, 12, 15), 2)).toEqual(calendarDate(2026, 2, 15));
    expect(addMonths(calendarDate(2025, 3, 31), -13)).toEqual(calendarDate(2024, 2, 29));
  });

  it('counts age on the birthday, not the day after', () => {
    expect(fullYearsBetween(calendarDate(2007, 6, 30), calendarDate(2025, 6, 29))).toBe(17);
    expect(fullYearsBetween(calendarDate(2007, 6, 30), calendarDate(2025, 6, 30))).toBe(18);
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(() => calendarDate(2025, 13, 1)).toThrow(RangeError);
  });
});
