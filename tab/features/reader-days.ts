import { readerTimeZone, useTexts } from '../texts';

/**
 * Days as the reader writes them. An instant (when a round closed) is shown in the
 * reader's own time zone; a calendar date (a review date, a term's first day) is
 * already a day, so it is written as it is, never moved across midnight by a zone.
 */
export function useDays(): { day: (instant: string) => string; calendarDay: (date: string) => string } {
  const texts = useTexts();
  return { day: (instant) => texts.day(instant, readerTimeZone()), calendarDay: (date) => texts.day(date) };
}
