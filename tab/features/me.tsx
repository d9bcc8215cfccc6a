import { Badge, Button, Card, Subtitle2, Text, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AwaitedStep, Circle } from '../../shared';
import { awaitedLabel } from '../../shared';
import type { ApiClient } from '../api/client';
import { roleNameIn, type ListedCircle } from '../api/circles';
import { messageOf } from '../api/client';
import type { KeyOf } from '../../texts/index';
import { useTexts, useWords } from '../texts';
import { useDays } from './reader-days';
import { ViewSkeleton } from './view-skeleton';

/** The button that opens the record a step links to, by what the step asks. */
const actionKey: Record<AwaitedStep['asks'], KeyOf<'records'>> = {
  answer: 'meAnswer',
  nomination: 'meNominate',
  'candidate-answer': 'meAnswerAsCandidate',
  amendment: 'meAmend',
  objection: 'meOpenObjection',
  'decision-review': 'meOpenDecision',
  'term-review': 'meOpenCircle',
  'meeting-under-way': 'meJoinMeeting',
  meeting: 'meOpenCircle',
};

/** An awaited step as GET /api/me gives it: with what is asked, in a sentence in the reader's language. */
type ReadStep = AwaitedStep & { readonly guide: string };

/** GET /api/me: the caller's circles, everything awaiting them (most urgent first), and the other circles a step is listed under. */
interface Mine {
  readonly circles: readonly ListedCircle[];
  readonly awaiting: readonly ReadStep[];
  readonly linked: readonly ListedCircle[];
}

export interface MeLinks {
  onOpenProposal: (circle: Circle, proposalId: string) => void;
  onOpenSelection: (circle: Circle, selectionId: string) => void;
  onOpenMeeting: (circle: Circle, meetingId: string) => void;
  onOpenCircle: (circleId: string) => void;
}

/** Opens the record a step is about: the proposal, the selection, the decision reviewed, a meeting under way to join, or the circle of a term or coming meeting. */
function openStep(step: AwaitedStep, circle: Circle, links: MeLinks) {
  if (step.kind === 'proposal' || step.asks === 'decision-review') return links.onOpenProposal(circle, step.id);
  if (step.kind === 'selection') return links.onOpenSelection(circle, step.id);
  if (step.asks === 'meeting-under-way') return links.onOpenMeeting(circle, step.id);
  return links.onOpenCircle(circle.circleId);
}

function AwaitedCard({ step, circle, links }: { step: ReadStep; circle: Circle; links: MeLinks }) {
  const texts = useTexts();
  const t = useWords('records');
  const action = t(actionKey[step.asks]);
  return (
    <Card aria-label={step.title}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Badge appearance="tint" color={step.overdue ? 'danger' : 'brand'}>
          {texts.say('core', awaitedLabel(step))}
        </Badge>
        <Text weight="semibold" style={{ overflowWrap: 'anywhere' }}>
          {step.title}
        </Text>
      </div>
      <Text size={200} italic>
        {t('meAskedIn', { circle: step.circleName })}
      </Text>
      <Text size={200}>{step.guide}</Text>
      <div>
        <Button
          size="small"
          appearance={step.overdue ? 'primary' : 'secondary'}
          onClick={() => openStep(step, circle, links)}
          aria-label={t('meStepLabel', { action, title: step.title })}
        >
          {action}
        </Button>
      </div>
    </Card>
  );
}

/** The personal view: what awaits me, of every kind, most urgent first; my roles and terms; my circles. One request. */
export default function Me({ api, personId, onReady, ...links }: { api: ApiClient; personId: string; onReady: () => void } & MeLinks) {
  const [mine, setMine] = useState<Mine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useWords('records');
  const { calendarDay } = useDays();
  useEffect(() => {
    let current = true;
    api
      .get<Mine>('me')
      .then((read) => {
        if (!current) return;
        setMine(read);
        onReady();
      })
      .catch((caught: unknown) => current && setError(messageOf(caught)));
    return () => {
      current = false;
    };
  }, [api, onReady]);
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!mine) return <ViewSkeleton label={t('meLoading')} />;
  const byId = new Map([...mine.circles, ...mine.linked].map((circle) => [circle.circleId, circle]));
  const awaiting = mine.awaiting.flatMap((step) => {
    const circle = byId.get(step.circleId);
    return circle ? [{ step, circle }] : [];
  });
  const roles = mine.circles.flatMap((circle) => circle.assignments.filter((a) => a.personId === personId).map((a) => ({ circle, a })));
  return (
    <section aria-label={t('meLabel')} style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <Subtitle2 as="h2">{t('meAwaiting')}</Subtitle2>
      {awaiting.length === 0 && <Text>{t('meNothingAwaits')}</Text>}
      {awaiting.map(({ step, circle }) => (
        <AwaitedCard key={`${step.kind}-${step.circleId}-${step.id}`} step={step} circle={circle} links={links} />
      ))}
      <Subtitle2 as="h2">{t('meRoles')}</Subtitle2>
      {roles.length === 0 && <Text>{t('meNoRole')}</Text>}
      <ul style={{ margin: 0 }}>
        {roles.map(({ circle, a }) => (
          <li key={a.assignmentId}>
            <Text>
              {t('meTerm', {
                role: roleNameIn(circle, a.roleId),
                circle: circle.name,
                from: calendarDay(a.termStart),
                to: calendarDay(a.termEnd),
              })}
            </Text>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2">{t('meCircles')}</Subtitle2>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {mine.circles.map((circle) => (
          <Button key={circle.circleId} onClick={() => links.onOpenCircle(circle.circleId)}>
            {circle.name}
          </Button>
        ))}
      </div>
    </section>
  );
}
