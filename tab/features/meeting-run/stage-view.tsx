import { Card, Text, Title2 } from '@fluentui/react-components';
import type { ApiClient } from '../../api/client';
import { useWords } from '../../texts';
import { meetingStatusKey } from '../meeting-words';
import { RunAgenda } from './agenda';
import { NowStrip } from './now-strip';
import type { RunView } from './run-view';

interface StageViewProps {
  readonly api: ApiClient;
  readonly title: string;
  readonly view: RunView;
  readonly receivedAt: number;
  readonly name: (personId: string) => string;
}

/** The meeting on the shared stage: read-only and large, the item under way, its time box, whose turn it is and the agenda's progress. */
export function StageView({ api, title, view, receivedAt, name }: StageViewProps) {
  const t = useWords('meetings');
  return (
    <article aria-label={t('stageLabel')} style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 24 }}>
      <Card style={{ display: 'grid', gap: 12, alignContent: 'start' }}>
        {/* The stage has no app header: the meeting's title is the page's. */}
        <Title2 as="h1">{title}</Title2>
        <Text size={500}>{t(meetingStatusKey[view.meeting.status])}</Text>
        <NowStrip view={view} receivedAt={receivedAt} name={name} large />
      </Card>
      <Card>
        {/* No steps on the stage: it is what everyone looks at, not where anyone acts. */}
        <RunAgenda meeting={view.meeting} steps={[]} api={api} stepsPath="" />
      </Card>
    </article>
  );
}
