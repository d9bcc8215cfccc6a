import { Skeleton, SkeletonItem } from '@fluentui/react-components';

/**
 * A view's shape while it loads: its heading, a few lines of its facts and a card or
 * two, so the page does not jump when the content arrives. `label` is read by screen readers.
 */
export function ViewSkeleton({ label, cards = 2 }: { label: string; cards?: number }) {
  return (
    <Skeleton aria-label={label} aria-busy="true" style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <SkeletonItem size={32} style={{ width: '45%' }} />
      <SkeletonItem size={16} style={{ width: '80%' }} />
      <SkeletonItem size={16} style={{ width: '65%' }} />
      {Array.from({ length: cards }, (_, index) => (
        // The placeholder cards are alike and never reordered: their place is all that tells them apart.
        // biome-ignore lint/suspicious/noArrayIndexKey: a placeholder's place is its identity
        <SkeletonItem key={index} shape="rectangle" size={72} />
      ))}
    </Skeleton>
  );
}
