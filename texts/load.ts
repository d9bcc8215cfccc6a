import { en, type Catalogue } from './catalogues/en';
import { pseudoLocale, type Locale } from './locales';
import { pseudoCatalogue, textsFrom, type Texts } from './translate';

/** Each language a chunk of its own: a reader downloads English (the fallback) and their own language only. */
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: async () => en,
  nl: async () => (await import('./catalogues/nl')).nl,
  de: async () => (await import('./catalogues/de')).de,
  fr: async () => (await import('./catalogues/fr')).fr,
  es: async () => (await import('./catalogues/es')).es,
  pt: async () => (await import('./catalogues/pt')).pt,
  [pseudoLocale]: async () => pseudoCatalogue,
};

/** The reader's texts, or English's when their language could not be loaded (never a blank page). */
export async function loadTexts(locale: Locale): Promise<Texts> {
  try {
    return textsFrom(locale, await loaders[locale]());
  } catch {
    return textsFrom('en', en);
  }
}
