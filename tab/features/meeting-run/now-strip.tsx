import { Text } from '@fluentui/react-components';
import { Countdown } from './countdown';
import { clockNow, type RunView } from './run-view';
import { useTick } from './use-tick';
import { runTexts as t } from './texts';

interface NowStripProps {
  readonly view: RunView;
  readonly receivedAt: number;
  readonly name: (personId: string) => string;
  readonly large?: boolean;
}

/** Where the meeting is now: the round and whose turn it is, the item under way and its time box. */
export function NowStrip({ view, receivedAt, name, large }: NowStripProps) {
  const { meeting, turn } = view;
  const item = meeting.agenda.find((candidate) => candidate.itemId === meeting.currentItemId);
  const pageNow = useTick(receivedAt + (item ? clockNow(view, receivedAt, receivedAt, item.itemId).remainingMs : 0));
  const round = meeting.round;
  const size = large ? 600 : 300;
  return (
    <section aria-label={t.nowLabel} style={{ display: 'grid', gap: 4 }}>
      <Text size={size} weight="semibold" style={{ overflowWrap: 'anywhere' }}>
        {item ? t.currentItem(item.title) : t.noCurrentItem}
      </Text>
      {item && <Countdown clock={clockNow(view, receivedAt, pageNow, item.itemId)} size={large ? 900 : 400} />}
      <Text size={size}>
        {round ? t.round[round.kind] : t.noRound}
      </Text>
      {round && (
        <Text size={size} weight="semibold" style={{ overflowWrap: 'anywhere' }}>
          {turn ? t.turn(name(turn.personId), turn.position, turn.of) : t.allSpoke}
        </Text>
      )}
    </section>
  );
}
