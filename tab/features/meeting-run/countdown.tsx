import { Text } from '@fluentui/react-components';
import type { ItemClock } from '../../../shared';
import { useWords } from '../../texts';

/** The clock's face stays numeric in every language: minutes and seconds, m:ss. */
const mmss = (ms: number): string => {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** A time box as everyone sees it: the time left, or how far over it is (an item is never cut), and whether it is paused. */
export function Countdown({ clock, size }: { clock: ItemClock; size: 400 | 900 }) {
  const t = useWords('meetings');
  const words = clock.over ? t('overTime', { clock: mmss(-clock.remainingMs) }) : t('remaining', { clock: mmss(clock.remainingMs) });
  return (
    <Text
      role="timer"
      aria-label={t('countdownLabel')}
      size={size}
      weight="semibold"
      style={{ color: clock.over ? 'var(--colorPaletteRedForeground1)' : undefined, fontVariantNumeric: 'tabular-nums' }}
    >
      {clock.running ? words : t('pausedClock', { clock: words })}
    </Text>
  );
}
