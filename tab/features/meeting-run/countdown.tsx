import { Text } from '@fluentui/react-components';
import type { ItemClock } from '../../../shared';
import { runTexts as t } from './texts';

/** A time box as everyone sees it: the time left, or how far over it is (an item is never cut), and whether it is paused. */
export function Countdown({ clock, size }: { clock: ItemClock; size: 400 | 900 }) {
  const words = clock.over ? t.overTime(-clock.remainingMs) : t.remaining(clock.remainingMs);
  return (
    <Text
      role="timer"
      aria-label={t.countdownLabel}
      size={size}
      weight="semibold"
      style={{ color: clock.over ? 'var(--colorPaletteRedForeground1)' : undefined, fontVariantNumeric: 'tabular-nums' }}
    >
      {words}
      {clock.running ? '' : ` (${t.paused})`}
    </Text>
  );
}
