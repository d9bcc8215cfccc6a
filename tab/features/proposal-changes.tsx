import { Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { wordDiff } from '../lib/word-diff';

/**
 * What an amendment changed from one revision's text to the next. The diff is worked
 * out once per pair of texts, not on every render of the proposal around it.
 */
export function RevisionChanges({ before, after, label }: { before: string; after: string; label: string }) {
  // A part's key is where it starts in the text shown: parts are never empty, so no two start at the same place,
  // and the same pair of texts always gives the same parts (the same words can recur, so the text alone is no key).
  const parts = useMemo(() => {
    let at = 0;
    return wordDiff(before, after).map((part) => {
      const key = `${part.kind}@${at}`;
      at += part.text.length;
      return { ...part, key };
    });
  }, [before, after]);
  return (
    <Text block aria-label={label} style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part) =>
        part.kind === 'same' ? (
          <span key={part.key}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={part.key} style={{ color: tokens.colorPaletteRedForeground1 }}>
            {part.text}
          </del>
        ) : (
          <ins key={part.key} style={{ color: tokens.colorPaletteGreenForeground1 }}>
            {part.text}
          </ins>
        ),
      )}
    </Text>
  );
}
