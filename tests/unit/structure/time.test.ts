import fc from 'fast-check';
import { CalendarDate, addDays, addDaysToInstant, addMonths, dayOf, daysBetween, isBefore } from '../../../shared';

/** Calendar days from 0011 to 9988, so that ten years either way stay four-digit years. */
const calendarDay = fc
  .date({ min: new Date('0011-01-01T00:00:00Z'), max: new Date('9988-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Month arithmetic done by hand: count months from year 0, then clamp the day to the month. */
function referenceAddMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysInMonth(year, month)), 2)}`;
}

describe('calendar days', () => {
  it('a moment falls on its UTC day', () => {
    expect(dayOf('2026-11-21T00:00:00Z')).toBe('2026-11-21');
    expect(dayOf('2026-11-21T23:59:59.999Z')).toBe('2026-11-21');
    expect(dayOf('2026-12-31T23:59:59Z')).toBe('2026-12-31');
  });

  it('adds and subtracts days across months, years and leap days', () => {
    expect(addDays('2026-11-21', 14)).toBe('2026-12-05');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-11-21', -1)).toBe('2026-11-20');
    expect(addDays('2026-11-21', 0)).toBe('2026-11-21');
  });

  it('moves a moment by whole days', () => {
    expect(addDaysToInstant('2026-11-21T09:00:00.000Z', 7)).toBe('2026-11-28T09:00:00.000Z');
    expect(addDaysToInstant('2026-11-21T09:00:00Z', -21)).toBe('2026-10-31T09:00:00.000Z');
  });

  it('adds whole months, keeping the day of month where it exists', () => {
    expect(addMonths('2026-11-21', 12)).toBe('2027-11-21');
    expect(addMonths('2026-11-21', 3)).toBe('2027-02-21');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-05-01', 0)).toBe('2026-05-01');
  });

  it('adds months correctly in the first century too (a typed "0026" year stays in that century)', () => {
    expect(addMonths('0026-11-21', 12)).toBe('0027-11-21');
    expect(addMonths('0099-12-31', 2)).toBe('0100-02-28');
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
  });

  it('counts whole days between two days, negative when the second is earlier', () => {
    expect(daysBetween('2026-11-21', '2026-12-05')).toBe(14);
    expect(daysBetween('2026-12-05', '2026-11-21')).toBe(-14);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-11-21', '2026-11-21')).toBe(0);
  });

  it('tells which of two moments is earlier', () => {
    expect(isBefore('2026-11-21T09:00:00Z', '2026-11-21T09:00:01Z')).toBe(true);
    expect(isBefore('2026-11-21T09:00:01Z', '2026-11-21T09:00:00Z')).toBe(false);
    expect(isBefore('2026-11-21T09:00:00Z', '2026-11-21T09:00:00.000Z')).toBe(false);
  });
});

describe('calendar arithmetic, for any day', () => {
  it('addMonths keeps the day where it exists and always gives a valid date', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const result = addMonths(date, months);
        expect(CalendarDate.safeParse(result).success).toBe(true);
        expect(result).toBe(referenceAddMonths(date, months));
      }),
      { numRuns: 300 },
    );
  });

  it('adding no months is the same day, and adding twelve is the same day next year where it exists', () => {
    fc.assert(
      fc.property(calendarDay, (date) => {
        expect(addMonths(date, 0)).toBe(date);
        if (!date.endsWith('-02-29')) expect(addMonths(date, 12)).toBe(`${pad(Number(date.slice(0, 4)) + 1, 4)}${date.slice(4)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('daysBetween(d, addDays(d, n)) is n, and adding back returns to d', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -3650, max: 3650 }), (date, n) => {
        const later = addDays(date, n);
        expect(CalendarDate.safeParse(later).success).toBe(true);
        expect(daysBetween(date, later)).toBe(n);
        expect(addDays(later, -n)).toBe(date);
      }),
      { numRuns: 300 },
    );
  });

  it('moving a moment by days moves its day by the same number', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: 0, max: 86_399_999 }), fc.integer({ min: -3650, max: 3650 }), (date, ms, n) => {
        const instant = new Date(Date.parse(`${date}T00:00:00Z`) + ms).toISOString();
        expect(dayOf(addDaysToInstant(instant, n))).toBe(addDays(dayOf(instant), n));
        expect(isBefore(instant, addDaysToInstant(instant, n))).toBe(n > 0);
      }),
      { numRuns: 200 },
    );
  });
});
