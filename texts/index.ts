export { languages, localeOf, localeOfAcceptLanguage, pseudoLocale, type Language, type Locale } from './locales';
export type { Catalogue, KeyOf, Namespace } from './catalogues/en';
export { textsFrom, type Texts, type Values } from './translate';
export type { Said } from '../shared/texts/said';
export { textsFor } from './all';
