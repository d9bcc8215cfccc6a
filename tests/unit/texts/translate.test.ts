import fc from 'fast-check';
import { textsFrom } from '../../../texts/translate';
import { en } from '../../../texts/catalogues/en';
import { localeOf, localeOfAcceptLanguage } from '../../../texts/locales';
import { pseudoMessage } from '../../../texts/pseudo';

describe('choosing the reader’s language', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['de-CH', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['EN-gb', 'en'],
    ['ja-JP', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['qps-ploc', 'qps-ploc'],
  ])('%s reads as %s', (tag, locale) => expect(localeOf(tag)).toBe(locale));

  it.each([
    ['ja-JP,nl;q=0.8,en;q=0.5', 'nl'],
    ['en;q=0.2, de-DE', 'de'],
    ['fr;q=0, es;q=0.1', 'es'],
    ['*', 'en'],
    ['', 'en'],
    ['pt-BR', 'pt'],
    ['nl;q=x', 'en'],
  ])('Accept-Language %s reads as %s', (header, locale) => expect(localeOfAcceptLanguage(header)).toBe(locale));
});

describe('the pseudo-locale', () => {
  it('accents literal text, lengthens it and brackets it, keeping arguments and plural forms', () => {
    const message = pseudoMessage('{count, plural, one {# answer from {name}} other {# answers}} awaited');
    expect(message).toMatch(/^\[\{count, plural, one \{# áñswér fröm \{name\}\} other \{# áñswérs\}\} áwáítéd·+\]$/);
  });

  it('keeps every argument of any message whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^[a-z ]{0,8}$/), fc.constantFrom('{name}', '{when}')), { maxLength: 8 }),
        (parts) => {
          const message = parts.join('');
          const kept = pseudoMessage(message).match(/\{[a-z]+\}/g) ?? [];
          expect(kept).toEqual(message.match(/\{[a-z]+\}/g) ?? []);
        },
      ),
    );
  });
});

describe('a reader’s texts', () => {
  it('write dates, lists and numbers as the language does', () => {
    const dutch = textsFrom('nl', { ...en });
    expect(dutch.day('2026-12-05T16:30:00Z', 'Europe/Amsterdam')).toBe('5 dec 2026');
    expect(dutch.time('2026-12-05T16:30:00Z', 'Europe/Amsterdam')).toBe('17:30');
    expect(dutch.list(['Amara', 'Dev', 'Hana'])).toBe('Amara, Dev en Hana');
    expect(textsFrom('de', { ...en }).number(1000)).toBe('1.000');
    expect(textsFrom('en', en).dayAndTime('2026-12-05T16:30:00Z', 'America/New_York')).toBe('Dec 5, 2026, 11:30 AM');
  });
});
