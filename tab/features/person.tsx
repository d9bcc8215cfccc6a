import { Avatar } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A person as the tab shows them: their initials in a Fluent avatar, then their name,
 * which is what a screen reader reads (the initials would only say it twice). `children`
 * words the name in a sentence ("Hana Sato said:"); without it the name stands alone.
 */
export function Person({ name, children }: { name: string; children?: ReactNode }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, verticalAlign: 'middle', maxWidth: '100%' }}>
      <Avatar name={name} size={20} color="colorful" aria-hidden />
      <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children ?? name}</span>
    </span>
  );
}
