import { Badge, Button, Card, MessageBar, MessageBarBody, Spinner, Subtitle1, Subtitle2, Text, Title3 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AgendaItem, Circle, Meeting } from '../../shared';
import type { ApiClient } from '../api/client';
import { usePolled } from '../lib/use-polled';
import type { StageShared } from '../teams/host';
import { RunPanel } from './meeting-run/run-panel';
import type { RunView } from './meeting-run/run-view';
import { StageView } from './meeting-run/stage-view';
import { itemTypeKey, meetingStatusKey } from './meeting-words';
import { PlanMeeting } from './plan-meeting';
import { readerTimeZone, useTexts, useWords } from '../texts';

type Members = Pick<Circle, 'circleId' | 'name' | 'members'>;

/** A decision the minutes link: a proposal's or a role selection's. */
export interface Decision {
  readonly kind: 'proposal' | 'selection';
  readonly id: string;
}

/** The titles of the decisions the minutes link to, read once each; an unreadable one keeps its id. */
function useDecisionTitles(api: ApiClient, circleId: string, meeting: Meeting | null): Readonly<Record<string, string>> {
  const [titles, setTitles] = useState<Record<string, string>>({});
  const selections = new Set(meeting?.agenda.flatMap((item) => (item.type === 'selection' && item.subjectId ? [item.subjectId] : [])));
  const linked = Object.values(meeting?.minutes ?? {}).flatMap((minute) => minute.decisionIds);
  // As text, so a render that wants the same ids does not read them again.
  const wanted = JSON.stringify([...new Set(linked)].filter((id) => !(id in titles) && !selections.has(id)));
  useEffect(() => {
    for (const id of JSON.parse(wanted) as string[]) {
      api
        .get<{ proposal: { title: string } }>(`circles/${encodeURIComponent(circleId)}/proposals/${encodeURIComponent(id)}`)
        .then(({ proposal }) => setTitles((known) => ({ ...known, [id]: proposal.title })))
        .catch(() => setTitles((known) => ({ ...known, [id]: id })));
    }
  }, [api, circleId, wanted]);
  return titles;
}

interface AgendaEntryProps {
  readonly item: AgendaItem;
  readonly meeting: Meeting;
  readonly titles: Readonly<Record<string, string>>;
  onOpenDecision(decision: Decision): void;
}

function AgendaEntry({ item, meeting, titles, onOpenDecision }: AgendaEntryProps) {
  const t = useWords('meetings');
  const minute = meeting.minutes[item.itemId];
  // A linked decision is a proposal or a role selection on the agenda; its item names it until the proposal's own title is read.
  const decisionOf = (id: string): Decision & { title: string } => {
    const subject = meeting.agenda.find((entry) => entry.subjectId === id);
    return {
      kind: subject?.type === 'selection' ? 'selection' : 'proposal',
      id,
      title: titles[id] !== undefined && titles[id] !== id ? titles[id] : (subject?.title ?? id),
    };
  };
  return (
    <li style={{ listStyle: 'none' }}>
      <Card aria-label={item.title} size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline', justifyContent: 'space-between' }}>
          <Text weight="semibold" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
          <span style={{ display: 'flex', gap: 6 }}>
            <Badge appearance="outline">{t(itemTypeKey[item.type])}</Badge>
            <Badge appearance="tint" aria-label={t('timeboxLabel', { minutes: item.timeboxMinutes })}>
              {t('timebox', { minutes: item.timeboxMinutes })}
            </Badge>
          </span>
        </div>
        <section aria-label={t('minutesLabel', { item: item.title })} style={{ display: 'grid', gap: 4 }}>
          {minute ? (
            <Text block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {minute.notes}
            </Text>
          ) : (
            <Text size={200}>{t('noMinutes')}</Text>
          )}
          {minute && minute.decisionIds.length > 0 && (
            <ul aria-label={t('decisionsLabel', { item: item.title })} style={{ margin: 0, paddingLeft: 0, display: 'grid', gap: 4 }}>
              {minute.decisionIds.map(decisionOf).map((decision) => (
                <li key={decision.id} style={{ listStyle: 'none' }}>
                  <Button
                    size="small"
                    onClick={() => onOpenDecision(decision)}
                    style={{ maxWidth: '100%', height: 'auto', textAlign: 'start' }}
                  >
                    {t('openDecision', { title: decision.title })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Card>
    </li>
  );
}

/** The button of whoever leads the meeting, in their side panel: the meeting's page on everyone's stage. */
function ShareStage({ share }: { share: () => Promise<StageShared> }) {
  const [answer, setAnswer] = useState<StageShared | null>(null);
  const t = useWords('meetings');
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div>
        <Button appearance="primary" onClick={() => void share().then(setAnswer)}>
          {t('shareStage')}
        </Button>
      </div>
      {answer && (
        <MessageBar intent={answer.ok ? 'success' : 'warning'} layout="multiline" role="status">
          <MessageBarBody>{answer.ok ? t('stageShared') : answer.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * A circle's meeting as a record: when, where it stands, the agenda with each item's
 * time box and minutes (decisions taken open their own records), check-ins and the
 * closing evaluation. Read again every second while shown, so it follows a meeting held now.
 */
export default function MeetingView({
  api,
  circle,
  meetingId,
  onBack,
  onOpenDecision,
  onOpenSelection,
  onOpenProposal,
  onOpenMeeting,
  frame,
  shareStage,
}: {
  api: ApiClient;
  circle: Members;
  meetingId: string;
  onBack: () => void;
  onOpenDecision: (decision: Decision) => void;
  /** A selection on the agenda, taken up with those present in the meeting. */
  onOpenSelection: (selectionId: string, present: readonly string[]) => void;
  /** A proposal on the agenda, taken up with those present in the meeting. */
  onOpenProposal: (proposalId: string, present: readonly string[]) => void;
  /** Another meeting of the circle (the next one, once planned from this one's close). */
  onOpenMeeting?: (meetingId: string) => void;
  /** In a Teams meeting: the side panel runs the meeting, the stage shows it large. */
  frame?: 'sidePanel' | 'meetingStage';
  /** Given only in a meeting's side panel, where Teams can share the stage; offered to whoever the API says leads the meeting. */
  shareStage?: () => Promise<StageShared>;
}) {
  const path = `circles/${encodeURIComponent(circle.circleId)}/meetings/${encodeURIComponent(meetingId)}`;
  const { body, error, receivedAt } = usePolled<RunView>(api, path);
  const meeting = body?.meeting ?? null;
  const titles = useDecisionTitles(api, circle.circleId, meeting);
  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  const t = useWords('meetings');
  const texts = useTexts();
  const whenOf = (instant: string) => texts.dayAndTime(instant, readerTimeZone());
  const title = t('title', { circle: circle.name });
  // In a meeting's frames the meeting is the whole page: there is nowhere to go back to.
  const back = frame === undefined && (
    <div>
      <Button appearance="subtle" onClick={onBack}>
        {t('back', { circle: circle.name })}
      </Button>
    </div>
  );
  const failed = error && (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{error}</MessageBarBody>
    </MessageBar>
  );
  if (!meeting) {
    return (
      <article aria-label={title} style={{ display: 'grid', gap: 12 }}>
        {back}
        {failed || <Spinner label={t('loading')} />}
      </article>
    );
  }
  if (frame === 'meetingStage' && body && receivedAt !== null) {
    return <StageView api={api} title={title} view={body} receivedAt={receivedAt} name={name} />;
  }
  const running = frame === 'sidePanel' && meeting.status !== 'closed' && body && receivedAt !== null;
  const when = whenOf(meeting.scheduledFor);
  const total = meeting.agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0);
  const onAgenda = new Set(meeting.agenda.map((item) => item.itemId));
  const otherMinutes = Object.entries(meeting.minutes).filter(([itemId]) => !onAgenda.has(itemId));
  const checkIns = Object.entries(meeting.checkIns);
  const evaluations = Object.entries(meeting.evaluations);
  const average = evaluations.length === 0 ? 0 : evaluations.reduce((sum, [, e]) => sum + e.rating, 0) / evaluations.length;
  return (
    <article aria-label={title} style={{ display: 'grid', gap: 12, maxWidth: 760, minWidth: 0 }}>
      {back}
      {/* Without the app's header (a meeting's side panel) the meeting's title is the page's, kept compact for 320 px. */}
      {frame ? <Subtitle1 as="h1">{title}</Subtitle1> : <Title3 as="h2">{title}</Title3>}
      <Text size={400}>{when}</Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Badge
          appearance={meeting.status === 'closed' ? 'outline' : 'filled'}
          aria-label={t('statusLabel', { status: t(meetingStatusKey[meeting.status]) })}
          // The longer stages wrap at side-panel width rather than spill out of the pill.
          style={{ height: 'auto', whiteSpace: 'normal' }}
        >
          {t(meetingStatusKey[meeting.status])}
        </Badge>
        <Text size={200}>
          {t('plannedBy', { person: name(meeting.plannedBy) })}
          {meeting.closedAt ? ` ${t('closedAt', { when: whenOf(meeting.closedAt) })}` : ''}
        </Text>
      </div>
      {failed}
      {shareStage && body?.leads && <ShareStage share={shareStage} />}
      {running && (
        <RunPanel
          api={api}
          meetingPath={path}
          view={body}
          receivedAt={receivedAt}
          members={circle.members}
          name={name}
          links={{ onOpenProposal, onOpenSelection }}
        />
      )}

      <Subtitle2 as="h3">{t('checkInHeading')}</Subtitle2>
      {checkIns.length === 0 ? (
        <Text>{t('noCheckIn')}</Text>
      ) : (
        <ul aria-label={t('checkInLabel')} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
          {checkIns.map(([personId, words]) => (
            <li key={personId}>
              <Text weight="semibold">{t('personSaid', { name: name(personId) })}</Text>{' '}
              <Text style={{ overflowWrap: 'anywhere' }}>{words || t('checkedInSilently')}</Text>
            </li>
          ))}
        </ul>
      )}

      <Subtitle2 as="h3">{t('agendaHeading')}</Subtitle2>
      <Text size={200}>
        {meeting.agendaConsentedAt ? t('agendaConsented', { when: whenOf(meeting.agendaConsentedAt) }) : t('agendaNotConsented')}
      </Text>
      {meeting.agenda.length === 0 ? (
        <Text>{t('noAgenda')}</Text>
      ) : (
        <>
          <ol aria-label={t('agendaLabel')} style={{ margin: 0, padding: 0, display: 'grid', gap: 8 }}>
            {meeting.agenda.map((item) => (
              <AgendaEntry key={item.itemId} item={item} meeting={meeting} titles={titles} onOpenDecision={onOpenDecision} />
            ))}
          </ol>
          <Text size={200}>{t('total', { minutes: total })}</Text>
        </>
      )}
      {otherMinutes.length > 0 && (
        <section aria-label={t('otherMinutesHeading')} style={{ display: 'grid', gap: 4 }}>
          <Text weight="semibold">{t('otherMinutesHeading')}</Text>
          {otherMinutes.map(([itemId, minute]) => (
            <Text key={itemId} block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {minute.notes}
            </Text>
          ))}
        </section>
      )}

      <Subtitle2 as="h3">{t('evaluationHeading')}</Subtitle2>
      {evaluations.length === 0 ? (
        <Text>{t('noEvaluation')}</Text>
      ) : (
        <>
          <Text>{t('averageRating', { average: average, count: evaluations.length })}</Text>
          <ul aria-label={t('evaluationLabel')} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
            {evaluations.map(([personId, evaluation]) => (
              <li key={personId}>
                <Text weight="semibold">{name(personId)}</Text>{' '}
                {evaluation.comment
                  ? t('ratingWithComment', { rating: evaluation.rating, comment: evaluation.comment })
                  : t('rating', { rating: evaluation.rating })}
              </li>
            ))}
          </ul>
        </>
      )}
      {meeting.nextMeeting && body?.mayPlan && onOpenMeeting && (
        <section aria-label={t('nextHeading')} style={{ display: 'grid', gap: 8 }}>
          <Subtitle2 as="h3">{t('nextHeading')}</Subtitle2>
          <Text>{t('nextProposed', { when: whenOf(meeting.nextMeeting.startsAt), minutes: meeting.nextMeeting.durationMinutes })}</Text>
          <PlanMeeting api={api} circleId={circle.circleId} proposed={meeting.nextMeeting.startsAt} onPlanned={onOpenMeeting} />
        </section>
      )}
    </article>
  );
}
