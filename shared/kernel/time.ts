import type { CalendarDate, Instant } from './ids';

const dayMs = 24 * 60 * 60 * 1000;

/** The UTC calendar day of a moment: reviews fall due by day, in UTC. */
export function dayOf(instant: Instant): CalendarDate {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

export function addDaysToInstant(instant: Instant, days: number): Instant {
  return new Date(Date.parse(instant) + days * dayMs).toISOString();
}

/** Adds whole months, keeping the day of month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const target = new Date(0);
  target.setUTCFullYear(y, m - 1 + months, 1);
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d, lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export function isBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) < Date.parse(b);
}

/** A day or an instant as milliseconds: a message's `{x, date}` argument, so each reader sees it in their own language. */
export function messageDate(value: CalendarDate | Instant): number {
  // A day at noon UTC is the same day in every time zone a reader may format it in.
  return Date.parse(value.length === 10 ? `${value}T12:00:00Z` : value);
}
