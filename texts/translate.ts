import { IntlMessageFormat } from 'intl-messageformat';
import type { Said } from '../shared/texts/said';
import { en, type Catalogue, type KeyOf, type Namespace } from './catalogues/en';
import { formattingTag, pseudoLocale, type Locale } from './locales';
import { pseudoMessage } from './pseudo';

/** What a message's arguments may be: words and names, counts (plural picks its form from a number). */
export type Values = Readonly<Record<string, string | number>>;

/** A reader's texts: messages from the catalogue, and dates, times and lists written as that language writes them. */
export interface Texts {
  readonly locale: Locale;
  t<N extends Namespace>(namespace: N, key: KeyOf<N>, values?: Values): string;
  /** What the core said (a refusal, a step's name, a warning), in this reader's words. */
  say<N extends Namespace>(namespace: N, said: Said<KeyOf<N>>): string;
  /** One namespace's messages, for a module that speaks only of its own things. */
  of<N extends Namespace>(namespace: N): (key: KeyOf<N>, values?: Values) => string;
  /** A day: "5 Dec 2026", "5 dec. 2026". `timeZone` is the reader's (the tab's own); UTC where unknown. */
  day(instant: string, timeZone?: string): string;
  /** A day and a time of day, in the reader's time zone. */
  dayAndTime(instant: string, timeZone?: string): string;
  time(instant: string, timeZone?: string): string;
  /** "Amara, Dev and Hana", "Amara, Dev en Hana". */
  list(items: readonly string[]): string;
  /** A whole number with the language's grouping: 1,000 / 1.000. */
  number(value: number): string;
}

/**
 * Builds a reader's texts from a catalogue. Each message is parsed once and kept;
 * a key a catalogue lacks (the type checker and tests/unit/texts forbid it) falls
 * back to English rather than showing the key.
 */
export function textsFrom(locale: Locale, catalogue: Catalogue): Texts {
  const tag = formattingTag(locale);
  const parsed = new Map<string, IntlMessageFormat>();
  const messageOf = (namespace: Namespace, key: string): IntlMessageFormat => {
    const id = `${namespace}.${key}`;
    const known = parsed.get(id);
    if (known) return known;
    // The pseudo-locale's catalogue has no namespaces at all: every message comes from English.
    const own = (catalogue[namespace] as Record<string, string> | undefined)?.[key];
    const english = (en[namespace] as Record<string, string>)[key] ?? id;
    const source = own ?? (locale === pseudoLocale ? pseudoMessage(english) : english);
    const made = new IntlMessageFormat(source, tag);
    parsed.set(id, made);
    return made;
  };
  const t = <N extends Namespace>(namespace: N, key: KeyOf<N>, values?: Values): string => String(messageOf(namespace, key).format(values));
  const dates =
    (options: Intl.DateTimeFormatOptions) =>
    (instant: string, timeZone = 'UTC') =>
      new Intl.DateTimeFormat(tag, { ...options, timeZone }).format(new Date(instant));
  return {
    locale,
    t,
    say: (namespace, said) => t(namespace, said.key, said.values),
    of: (namespace) => (key, values) => t(namespace, key, values),
    day: dates({ dateStyle: 'medium' }),
    dayAndTime: dates({ dateStyle: 'medium', timeStyle: 'short' }),
    time: dates({ timeStyle: 'short' }),
    list: (items) => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(items),
    number: (value) => new Intl.NumberFormat(tag).format(value),
  };
}

/** The pseudo-locale has no catalogue of its own: every message is English, transformed. */
export const pseudoCatalogue = {} as Catalogue;
