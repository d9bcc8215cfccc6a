import fc from 'fast-check';
import { findsEveryWord, foldForSearch, searchWords } from '../../../shared/logbook/search-text';

const finds = (text: string, query: string) => findsEveryWord(text, searchWords(query));

describe('logbook search finds what people type', () => {
  it('sets case and accents aside: “Chloe” finds “Chloé”, and so does “CHLOÉ”', () => {
    expect(finds('Facilitator of Finance: Chloé Martin', 'Chloe')).toBe(true);
    expect(finds('Facilitator of Finance: Chloé Martin', 'CHLOÉ')).toBe(true);
    expect(finds('Facilitator of Finance: Chloe Martin', 'chloé')).toBe(true);
  });

  it('takes the words of a query in any order: “shifts weekend” finds “weekend shifts”', () => {
    expect(finds('Rotate weekend shifts monthly', 'shifts weekend')).toBe(true);
    expect(finds('Rotate weekend shifts monthly', '  monthly   ROTATE ')).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(finds('Rotate weekend shifts monthly', 'weekend payroll')).toBe(false);
  });

  it('finds a word by its beginning, not by a piece from its middle', () => {
    expect(finds('Rotate weekend shifts monthly', 'rot shift')).toBe(true);
    expect(finds('Rotate weekend shifts monthly', 'end')).toBe(false);
    expect(finds('Rotate weekend shifts monthly', 'ifts')).toBe(false);
  });

  it('finds a word after an apostrophe or a hyphen, whichever apostrophe was typed', () => {
    expect(finds('Un mot pour l’équipe de nuit', 'equipe')).toBe(true);
    expect(finds('a note in the family’s folder', "family's")).toBe(true);
    expect(finds('who may re-elect the delegate', 'elect')).toBe(true);
  });

  it('folds letters as Unicode case folding does: “strasse” finds “Straße”, Greek final sigma is sigma', () => {
    expect(finds('Treffen in der Hauptstraße', 'hauptstrasse')).toBe(true);
    expect(foldForSearch('ΟΔΟΣ')).toBe(foldForSearch('οδοσ'));
  });

  it('an empty query has no words', () => {
    expect(searchWords(' \n\t ')).toEqual([]);
  });

  it('a query of words taken from an entry, in any order and case, accents stripped, finds it', () => {
    const letter = fc.constantFrom(...'aeiouAErstnlcdmpCHßéÉèçñöÖüøœıİΣσς0123456789'.split(''), '’', "'", '-', '.', ',', '(', ')', ':');
    const word = fc.array(letter, { minLength: 1, maxLength: 8 }).map((letters) => letters.join(''));
    const spacing = fc.constantFrom(' ', '\n', '  ', '\t');
    const entry = fc.array(fc.tuple(word, spacing), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
    const query = entry.chain((text) => {
      const words = text.split(/\s+/).filter((w) => w !== '');
      return fc.tuple(
        fc.constant(text),
        fc.shuffledSubarray(words, { minLength: 1 }),
        fc.array(fc.constantFrom('upper', 'lower', 'as-is'), { minLength: words.length, maxLength: words.length }),
      );
    });
    fc.assert(
      fc.property(query, ([text, picked, cases]) => {
        const typed = picked.map((w, i) => {
          const stripped = stripAccents(w);
          return cases[i] === 'upper' ? stripped.toUpperCase() : cases[i] === 'lower' ? stripped.toLowerCase() : stripped;
        });
        expect(finds(text, typed.join(' '))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
