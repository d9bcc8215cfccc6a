import fc from 'fast-check';
import { wordDiff } from '../../../tab/lib/word-diff';

const side = (parts: ReturnType<typeof wordDiff>, kind: 'removed' | 'added') =>
  parts
    .filter((p) => p.kind !== kind)
    .map((p) => p.text)
    .join('');

/** Sentences of a care team's rota proposal, `count` of them, varied by `seed`. */
const rotaText = (count: number, seed: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `Sentence ${i}: the ${['weekend', 'night', 'morning'][(i * seed) % 3]} shift of carer ${(i * 7 + seed) % 11} starts at ${(i * seed) % 24}:00.\n`,
  ).join('');

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
    const text = fc
      .array(fc.constantFrom('rota', 'weekend', 'carer', ' ', '\n', 'Farid', '.', '! ', '?'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(side(parts, 'added')).toBe(before);
        expect(side(parts, 'removed')).toBe(after);
        for (const [index, part] of parts.slice(1).entries()) expect(part.kind).not.toBe(parts[index]?.kind);
        expect(parts.every((part) => part.text !== '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('in a long text, marks only the words of the sentences an amendment changed', () => {
    const before = rotaText(300, 1);
    const after = before.replace('Sentence 150: the', 'Sentence 150: from January the');
    expect(wordDiff(before, after).filter((part) => part.kind !== 'same')).toEqual([{ kind: 'added', text: 'from January ' }]);
  });

  it('shows a text rewritten from end to end at the 20,000-character limit as replaced whole, both sides intact', () => {
    const before = rotaText(400, 1).slice(0, 20_000);
    const after = rotaText(400, 2)
      .replace(/Sentence/g, 'Clause')
      .slice(0, 20_000);
    expect(wordDiff(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
