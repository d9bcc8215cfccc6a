import { Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { wordDiff } from '../lib/word-diff';

/**
 * What an amendment changed from one revision's text to the next. The diff is worked
 * out once per pair of texts, not on every render of the proposal around it.
 */
export function RevisionChanges({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <Text block aria-label={label} style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} style={{ color: tokens.colorPaletteRedForeground1 }}>
            {part.text}
          </del>
        ) : (
          <ins key={i} style={{ color: tokens.colorPaletteGreenForeground1 }}>
            {part.text}
          </ins>
        ),
      )}
    </Text>
  );
}
