// Safe for the tab: nothing here loads a catalogue other than English. The Functions take every language from ./all.
export { languages, localeOf, localeOfAcceptLanguage, pseudoLocale, type Language, type Locale } from './locales';
export type { Catalogue, KeyOf, Namespace } from './catalogues/en';
export { productName } from './product';
export { textsFrom, type Texts, type Values } from './translate';
export type { Said } from '../shared/texts/said';
