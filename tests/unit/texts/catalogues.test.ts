import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { de } from '../../../texts/catalogues/de';
import { en, type Catalogue } from '../../../texts/catalogues/en';
import { es } from '../../../texts/catalogues/es';
import { fr } from '../../../texts/catalogues/fr';
import { nl } from '../../../texts/catalogues/nl';
import { pt } from '../../../texts/catalogues/pt';

const others: Record<string, Catalogue> = { nl, de, fr, es, pt };

/** Each argument a message takes, with its kind (`name:plural`, `when:argument`). */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
      found.add(`${element.value}:argument`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

/** Plural and select forms a message offers, each with the forms it names. */
function formsOf(elements: MessageFormatElement[], found: string[][] = []): string[][] {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) formsOf(option.value, found);
    }
  }
  return found;
}

const messages = (catalogue: Catalogue) =>
  Object.entries(catalogue).flatMap(([namespace, texts]) =>
    Object.entries(texts as Record<string, string>).map(([key, text]) => ({ id: `${namespace}.${key}`, text })),
  );

describe('the message catalogues', () => {
  const english = new Map(messages(en).map(({ id, text }) => [id, text]));

  it.each(Object.keys(others))('%s has every key English has, and no other', (language) => {
    const ids = messages(others[language]!).map(({ id }) => id);
    expect([...english.keys()].filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => !english.has(id))).toEqual([]);
  });

  it.each([
    'en',
    ...Object.keys(others),
  ])('every %s message parses, is not empty and ends every plural and select with "other"', (language) => {
    const catalogue = language === 'en' ? en : others[language]!;
    const faults = messages(catalogue).flatMap(({ id, text }) => {
      if (text.trim() === '') return [`${id}: empty`];
      try {
        const missing = formsOf(parse(text)).filter((forms) => !forms.includes('other'));
        return missing.length > 0 ? [`${id}: a plural or select without "other"`] : [];
      } catch (error) {
        return [`${id}: ${String(error)}`];
      }
    });
    expect(faults).toEqual([]);
  });

  it.each(Object.keys(others))('every %s message takes exactly the arguments its English takes', (language) => {
    const faults = messages(others[language]!).flatMap(({ id, text }) => {
      const want = [...argumentsOf(parse(english.get(id) ?? ''))].sort();
      const got = [...argumentsOf(parse(text))].sort();
      return JSON.stringify(want) === JSON.stringify(got) ? [] : [`${id}: ${got.join(', ')} instead of ${want.join(', ')}`];
    });
    expect(faults).toEqual([]);
  });

  it.each(Object.keys(others))('%s is translated: a sentence the same as English is a text nobody translated', (language) => {
    const words = (text: string) =>
      text
        .replace(/\{[^{}]*\}/g, '')
        .split(/\s+/)
        .filter((word) => /\p{L}{2,}/u.test(word));
    const same = messages(others[language]!).filter(({ id, text }) => text === english.get(id) && words(text).length >= 3);
    expect(same.map(({ id }) => id)).toEqual([]);
  });
});
