/** A fixed "today" for every test: the core never reads the clock, so tests choose it. */
export const now = '2026-11-21T09:00:00.000Z';
export const today = '2026-11-21';

/** The moment `days` after (or before, when negative) the fixed now. */
export function daysFromNow(days: number, from: string = now): string {
  return new Date(Date.parse(from) + days * 24 * 60 * 60 * 1000).toISOString();
}
