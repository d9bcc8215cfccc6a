import { Text } from '@fluentui/react-components';
import { Countdown } from './countdown';
import { clockNow, type RunView } from './run-view';
import { useTick } from './use-tick';
import { useWords } from '../../texts';
import type { KeyOf } from '../../../texts/index';
import type { Round } from '../../../shared';

const roundKey: Record<Round['kind'], KeyOf<'meetings'>> = { 'check-in': 'roundCheckIn', item: 'roundItem', evaluation: 'roundEvaluation' };

interface NowStripProps {
  readonly view: RunView;
  readonly receivedAt: number;
  readonly name: (personId: string) => string;
  readonly large?: boolean;
}

/** Where the meeting is now: the round and whose turn it is, the item under way and its time box. */
export function NowStrip({ view, receivedAt, name, large }: NowStripProps) {
  const { meeting, turn } = view;
  const t = useWords('meetings');
  const item = meeting.agenda.find((candidate) => candidate.itemId === meeting.currentItemId);
  const pageNow = useTick(receivedAt + (item ? clockNow(view, receivedAt, receivedAt, item.itemId).remainingMs : 0));
  const round = meeting.round;
  const size = large ? 600 : 300;
  return (
    <section aria-label={t('nowLabel')} style={{ display: 'grid', gap: 4 }}>
      <Text size={size} weight="semibold" style={{ overflowWrap: 'anywhere' }}>
        {item ? t('currentItem', { title: item.title }) : t('noCurrentItem')}
      </Text>
      {item && <Countdown clock={clockNow(view, receivedAt, pageNow, item.itemId)} size={large ? 900 : 400} />}
      <Text size={size}>{round ? t(roundKey[round.kind]) : t('noRound')}</Text>
      {round && (
        <Text size={size} weight="semibold" style={{ overflowWrap: 'anywhere' }}>
          {turn ? t('turn', { person: name(turn.personId), position: turn.position, of: turn.of }) : t('allSpoke')}
        </Text>
      )}
    </section>
  );
}
