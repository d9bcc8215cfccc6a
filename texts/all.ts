import { de } from './catalogues/de';
import { en, type Catalogue } from './catalogues/en';
import { es } from './catalogues/es';
import { fr } from './catalogues/fr';
import { nl } from './catalogues/nl';
import { pt } from './catalogues/pt';
import type { Said } from '../shared/texts/said';
import type { KeyOf } from './catalogues/en';
import { languages, pseudoLocale, type Locale } from './locales';
import { pseudoCatalogue, textsFrom, type Texts } from './translate';

/**
 * Every language at once, for the Functions: a message to a chat, a card or a
 * refusal is written in its reader's language with no wait. The tab loads only
 * its reader's language (`load.ts`).
 */
const catalogues: Record<Locale, Catalogue> = { en, nl, de, fr, es, pt, [pseudoLocale]: pseudoCatalogue };

const made = new Map<Locale, Texts>();

export function textsFor(locale: Locale): Texts {
  const known = made.get(locale);
  if (known) return known;
  const texts = textsFrom(locale, catalogues[locale]);
  made.set(locale, texts);
  return texts;
}

/**
 * What the core said, in every language the app speaks: a row kept once beside the
 * records (a logbook entry) is searched by each reader in the words they read.
 */
export function sayEverywhere(said: Said<KeyOf<'core'>>): string[] {
  return languages.map((language) => textsFor(language).say('core', said));
}
