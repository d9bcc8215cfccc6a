import fc from 'fast-check';
import { wordDiff } from '../../../tab/lib/word-diff';

const side = (parts: ReturnType<typeof wordDiff>, kind: 'removed' | 'added') => parts.filter((p) => p.kind !== kind).map((p) => p.text).join('');

describe('the word diff between two revisions', () => {
  it('marks what an amendment removed and added, keeping the rest', () => {
    expect(wordDiff('a note in the family’s folder.', 'a note in the family’s sealed folder, kept out of sight.')).toEqual([
      { kind: 'same', text: 'a note in the family’s ' },
      { kind: 'removed', text: 'folder.' },
      { kind: 'added', text: 'sealed folder, kept out of sight.' },
    ]);
  });

  it('says nothing changed for equal texts', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
  });

  it('always rebuilds both texts exactly, and never lets two runs of one kind touch', () => {
    const text = fc.array(fc.constantFrom('rota', 'weekend', 'carer', ' ', '\n', 'Farid'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(side(parts, 'added')).toBe(before);
        expect(side(parts, 'removed')).toBe(after);
        parts.slice(1).forEach((part, index) => expect(part.kind).not.toBe(parts[index]?.kind));
      }),
      { numRuns: 300 },
    );
  });
});
