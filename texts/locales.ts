/**
 * The languages the app speaks, chosen from the reader's own setting (Teams'
 * `app.locale`, a bot activity's `locale`, a request's `Accept-Language`), and the
 * pseudo-locale that shows, in a screenshot, text that overflows or was never
 * catalogued.
 */
export const languages = ['en', 'nl', 'de', 'fr', 'es', 'pt'] as const;
export type Language = (typeof languages)[number];

/** Accented, lengthened English in brackets: text without brackets was written into the code. */
export const pseudoLocale = 'qps-ploc';
export type Locale = Language | typeof pseudoLocale;

const isLanguage = (code: string): code is Language => (languages as readonly string[]).includes(code);

/** `nl-BE` → `nl`, `pt-BR` → `pt`, `qps-ploc` → itself; anything unknown or missing → English. */
export function localeOf(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === pseudoLocale) return pseudoLocale;
  const code = lower.split(/[-_]/)[0] ?? '';
  return isLanguage(code) ? code : 'en';
}

/** The first language of an `Accept-Language` header the app speaks, by the header's own weights. */
export function localeOfAcceptLanguage(header: string | null | undefined): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ tag, q }) => tag !== '' && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const spoken = ranked.find(({ tag }) => tag.toLowerCase() === pseudoLocale || isLanguage(tag.toLowerCase().split(/[-_]/)[0] ?? ''));
  return localeOf(spoken?.tag);
}

/** The BCP 47 tag dates and numbers are written in (the pseudo-locale writes them as English does). */
export const formattingTag = (locale: Locale): Language => (locale === pseudoLocale ? 'en' : locale);
