import type { CalendarDate } from '../../../shared';
import type { Texts } from '../../../texts/translate';

/**
 * A calendar day (a review date, a term's end) in the reader's language. It is a
 * day, not an instant: written in UTC it stays the same day for every reader.
 */
export const calendarDay = (texts: Texts, date: CalendarDate) => texts.day(`${date}T00:00:00Z`);
