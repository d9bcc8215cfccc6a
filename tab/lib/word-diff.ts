import { diffArrays } from 'diff';

/** One run of a word diff: words both texts share, or those only the older or only the newer has. */
export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * Myers' diff costs about the square of the edits it finds: past these many tokens
 * changed (a sixth of a text at the 20,000-character limit), a block is shown as
 * replaced whole rather than keep the reader's browser busy for seconds.
 */
const maxEdits = 500;

// Each token keeps the whitespace after it, so joining the tokens gives back the text exactly.
const sentences = (text: string) => text.match(/[^.!?\n]*[.!?\n]+\s*|[^.!?\n]+/g) ?? [];
const words = (text: string) => text.match(/\S+\s*|\s+/g) ?? [];

type Run = readonly [DiffPart['kind'], string];

/** The runs between two texts cut into tokens, or the whole of each when they differ too much. */
function runs(before: string, after: string, tokens: (text: string) => string[]): Run[] | undefined {
  const changes = diffArrays(tokens(before), tokens(after), { maxEditLength: maxEdits });
  return changes?.map((change): Run => [change.added ? 'added' : change.removed ? 'removed' : 'same', change.value.join('')]);
}

/**
 * The changes from one revision's text to the next, word by word, so a reader sees
 * what an amendment changed. Sentences are compared first and only those that
 * changed word by word, which keeps a 20,000-character amendment fast. Whitespace
 * is kept as written; runs of one kind are merged.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = ([kind, text]: Run) => {
    const last = parts[parts.length - 1];
    if (text === '') return;
    if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
    else parts.push({ kind, text });
  };
  const changed = { removed: '', added: '' };
  const refine = () => {
    const wordRuns = runs(changed.removed, changed.added, words) ?? [
      ['removed', changed.removed],
      ['added', changed.added],
    ];
    wordRuns.forEach(push);
    changed.removed = '';
    changed.added = '';
  };
  const sentenceRuns = runs(before, after, sentences) ?? [
    ['removed', before],
    ['added', after],
  ];
  for (const [kind, text] of sentenceRuns) {
    if (kind === 'same') {
      refine();
      push([kind, text]);
    } else changed[kind] += text;
  }
  refine();
  return parts;
}
