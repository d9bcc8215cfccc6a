import type { CalendarEntry, CalendarWords } from '../../shared/calendar/calendar-entry';
import { productName } from '../../texts/product';
import type { Texts } from '../../texts/translate';

/** A title or description in a calendar's language; a review date is a day, the same for every reader. */
export function calendarWords(texts: Texts, words: CalendarWords): string {
  if (typeof words === 'string') return words;
  const lines = Object.entries(words.lines ?? {}).map(([name, each]) => [name, each.map((line) => calendarWords(texts, line)).join('\n')]);
  const values = { ...words.values, ...Object.fromEntries(lines) };
  const day = values.reviewDate;
  return texts.say('calendar', {
    key: words.key,
    values: typeof day === 'string' ? { ...values, reviewDate: texts.day(`${day}T00:00:00Z`) } : values,
  });
}

/** An entry as one calendar shows it: its title, description and the link back to the app written out in that calendar's language. */
export type WordedEntry = Omit<CalendarEntry, 'title' | 'description'> & {
  readonly title: string;
  readonly description: string;
  readonly linkWords: string;
};

export const wordedEntry = (texts: Texts, entry: CalendarEntry): WordedEntry => ({
  ...entry,
  title: calendarWords(texts, entry.title),
  description: calendarWords(texts, entry.description),
  linkWords: texts.t('calendar', 'openInApp', { product: productName }),
});
