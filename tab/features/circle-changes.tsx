import { Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Circle, StructureEvent } from '../../shared';
import { circleChanges } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleOf } from '../api/circles';
import { messageOf } from '../api/client';
import { readerTimeZone, useTexts } from '../texts';
import { ViewSkeleton } from './view-skeleton';
import { Person } from './person';
import { Rows } from './rows';

interface HistoryPage {
  readonly history: readonly StructureEvent[];
  readonly next: string | null;
}

/**
 * A circle's structure history in the logbook: who joined and left, who held which
 * role and when terms ended, oldest first, a page at a time as the API reads them.
 */
export default function CircleChanges({ api, circleId }: { api: ApiClient; circleId: string }) {
  const texts = useTexts();
  const t = texts.of('circles');
  const [circle, setCircle] = useState<Circle | null>(null);
  const [events, setEvents] = useState<readonly StructureEvent[]>([]);
  const [next, setNext] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const more = useCallback(
    (after?: string) => {
      const history = `circles/${encodeURIComponent(circleId)}/history`;
      return api
        .get<HistoryPage>(after ? `${history}?${new URLSearchParams({ after })}` : history)
        .then((page) => {
          setEvents((earlier) => [...earlier, ...page.history]);
          setNext(page.next);
        })
        .catch((caught: unknown) => setError(messageOf(caught)));
    },
    [api, circleId],
  );
  useEffect(() => {
    void more();
    circleOf(api, circleId)
      .then(setCircle)
      .catch((caught: unknown) => setError(messageOf(caught)));
  }, [more, api, circleId]);

  if (error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!circle || next === undefined) return <ViewSkeleton label={t('changesLoading')} />;
  // Told again from every event loaded so far, so someone who left is named by the event that added them.
  const changes = circleChanges(circle, events);
  return (
    <section aria-label={t('changesRegion', { circle: circle.name })} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">{t('changesHeading', { circle: circle.name })}</Subtitle2>
      <Rows
        label={t('changesTable')}
        rows={changes.map((change, i) => ({ ...change, key: String(i) }))}
        keyOf={(change) => change.key}
        lead={1}
        columns={[
          { header: t('changesDate'), width: 110, cell: (change) => texts.day(change.at, readerTimeZone()) },
          { header: t('changesWhat'), cell: (change) => texts.say('core', change.said) },
          {
            header: t('changesBy'),
            width: 180,
            cell: (change) => (change.by ? <Person name={change.by.displayName} /> : t('changesByApp')),
          },
        ]}
      />
      {next !== null && (
        <div>
          <Button onClick={() => void more(next)}>{t('changesMore')}</Button>
        </div>
      )}
    </section>
  );
}
