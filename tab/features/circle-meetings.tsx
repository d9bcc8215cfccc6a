import { Badge, Button, Card, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Meeting } from '../../shared';
import { messageOf, type ApiClient } from '../api/client';
import { readerTimeZone, useTexts, useWords } from '../texts';
import { meetingStatusKey } from './meeting-words';
import { PlanMeeting } from './plan-meeting';

type MeetingsPage = { readonly meetings: readonly Meeting[]; readonly next: string | null; readonly mayPlan?: boolean };

const minutesOf = (meeting: Meeting) => meeting.agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0);

function MeetingCard({ meeting, onOpen }: { meeting: Meeting; onOpen: (meetingId: string) => void }) {
  const texts = useTexts();
  const t = useWords('meetings');
  const when = texts.dayAndTime(meeting.scheduledFor, readerTimeZone());
  return (
    <Card aria-label={when} size="small">
      <Text weight="semibold">{when}</Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Badge appearance={meeting.status === 'closed' ? 'outline' : 'tint'}>{t(meetingStatusKey[meeting.status])}</Badge>
        <Text size={200}>{t('itemCount', { items: meeting.agenda.length, minutes: minutesOf(meeting) })}</Text>
      </div>
      <div>
        <Button size="small" onClick={() => onOpen(meeting.meetingId)} aria-label={t('openLabel', { when })}>
          {t('open')}
        </Button>
      </div>
    </Card>
  );
}

/**
 * The circle's meetings, a page at a time as the API sends them (the latest scheduled
 * first): those planned or under way, then those held.
 */
export function CircleMeetings({ api, circleId, onOpen }: { api: ApiClient; circleId: string; onOpen: (meetingId: string) => void }) {
  const [meetings, setMeetings] = useState<readonly Meeting[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mayPlan, setMayPlan] = useState(false);
  const t = useWords('meetings');
  const load = useCallback(
    (after: string | null) => {
      const at = `circles/${encodeURIComponent(circleId)}/meetings`;
      return api
        .get<MeetingsPage>(after ? `${at}?after=${encodeURIComponent(after)}` : at)
        .then((page) => {
          setMeetings((before) => [...(after ? (before ?? []) : []), ...page.meetings]);
          setNext(page.next);
          setMayPlan(page.mayPlan === true);
        })
        .catch((caught: unknown) => setError(messageOf(caught)));
    },
    [api, circleId],
  );
  useEffect(() => {
    void load(null);
  }, [load]);
  const upcoming = (meetings ?? []).filter((m) => m.status !== 'closed');
  // The nearest planned meeting first; the API sends the latest first.
  const planned = [...upcoming].reverse();
  const held = (meetings ?? []).filter((m) => m.status === 'closed');
  return (
    <section aria-label={t('listLabel')} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">{t('listHeading')}</Subtitle2>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!meetings && !error && <Spinner size="tiny" label={t('loadingList')} />}
      {mayPlan && <PlanMeeting api={api} circleId={circleId} onPlanned={onOpen} />}
      {meetings && meetings.length === 0 && <Text>{t('noMeeting')}</Text>}
      {meetings && meetings.length > 0 && (
        <>
          <section aria-label={t('upcomingHeading')} style={{ display: 'grid', gap: 8 }}>
            <Text weight="semibold">{t('upcomingHeading')}</Text>
            {planned.length === 0 && <Text>{t('noUpcoming')}</Text>}
            {planned.map((m) => (
              <MeetingCard key={m.meetingId} meeting={m} onOpen={onOpen} />
            ))}
          </section>
          <section aria-label={t('pastHeading')} style={{ display: 'grid', gap: 8 }}>
            <Text weight="semibold">{t('pastHeading')}</Text>
            {held.length === 0 && <Text>{t('noPast')}</Text>}
            {held.map((m) => (
              <MeetingCard key={m.meetingId} meeting={m} onOpen={onOpen} />
            ))}
          </section>
        </>
      )}
      {next && (
        <div>
          <Button onClick={() => void load(next)}>{t('more')}</Button>
        </div>
      )}
    </section>
  );
}
