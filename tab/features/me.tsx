import { Button, Card, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Circle, InboxEntry } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleOf, roleNameIn, type ListedCircle } from '../api/circles';
import { ApiError, messageOf } from '../api/client';

/** An entry of GET /api/me/awaiting: what is asked of the caller, in a sentence. */
type Awaited = InboxEntry & { readonly guide: string };

interface Mine {
  readonly circles: readonly ListedCircle[];
  /** Each with the circle it is listed under and the name the circle asking bears today. */
  readonly awaiting: readonly { circle: ListedCircle; entry: Awaited; askedIn: string }[];
}

const action = { answer: 'Answer', nomination: 'Nominate' } as const;

/** The personal view: my circles, my roles and terms, and what still awaits my answer. */
export default function Me({
  api,
  personId,
  onReady,
  onOpenProposal,
  onOpenSelection,
  onOpenCircle,
}: {
  api: ApiClient;
  personId: string;
  onReady: () => void;
  onOpenProposal: (circle: Circle, proposalId: string) => void;
  onOpenSelection: (circle: Circle, selectionId: string) => void;
  onOpenCircle: (circleId: string) => void;
}) {
  const [mine, setMine] = useState<Mine | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    (async () => {
      // What awaits the caller and their own circles are kept for them: two requests, whatever the organisation holds.
      const [{ circles: member }, { awaiting }] = await Promise.all([api.get<{ circles: ListedCircle[] }>('me/circles'), api.get<{ awaiting: Awaited[] }>('me/awaiting')]);
      const mineById = new Map(member.map((circle) => [circle.circleId, circle]));
      // An entry of a circle not their own (rare: asked in another) reads that circle, one request each.
      const elsewhere = [...new Set(awaiting.flatMap((entry) => [entry.circleId, entry.askedIn]))].filter((circleId) => !mineById.has(circleId));
      const gone = (caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 404) return null;
        throw caught;
      };
      const others = await Promise.all(elsewhere.map((circleId) => circleOf(api, circleId).catch(gone)));
      const byId = new Map([...member, ...others.filter((circle): circle is ListedCircle => circle !== null)].map((circle) => [circle.circleId, circle]));
      const found = awaiting.flatMap((entry) => {
        const circle = byId.get(entry.circleId);
        return circle && !circle.archived ? [{ circle, entry, askedIn: byId.get(entry.askedIn)?.name ?? entry.circleName }] : [];
      });
      if (!current) return;
      setMine({ circles: member, awaiting: found });
      onReady();
    })().catch((caught: unknown) => current && setError(messageOf(caught)));
    return () => {
      current = false;
    };
  }, [api, personId, onReady]);
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!mine) return <Spinner label="Loading your circles…" />;
  const roles = mine.circles.flatMap((circle) => circle.assignments.filter((a) => a.personId === personId).map((a) => ({ circle, a })));
  return (
    <section aria-label="My circles" style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <Subtitle2 as="h2">Awaiting your answer</Subtitle2>
      {mine.awaiting.length === 0 && <Text>Nothing awaits your answer.</Text>}
      {mine.awaiting.map(({ circle, entry, askedIn }) => (
        <Card key={`${entry.kind}-${entry.id}`} aria-label={entry.title}>
          <Text weight="semibold">
            {entry.title} — {askedIn}
          </Text>
          <Text size={200}>{entry.guide}</Text>
          <div>
            <Button
              size="small"
              onClick={() => (entry.kind === 'proposal' ? onOpenProposal(circle, entry.id) : onOpenSelection(circle, entry.id))}
              aria-label={`${action[entry.awaits]}: ${entry.title}`}
            >
              {action[entry.awaits]}
            </Button>
          </div>
        </Card>
      ))}
      <Subtitle2 as="h2">My roles and terms</Subtitle2>
      {roles.length === 0 && <Text>You hold no role at present.</Text>}
      <ul style={{ margin: 0 }}>
        {roles.map(({ circle, a }) => (
          <li key={a.assignmentId}>
            <Text>
              {roleNameIn(circle, a.roleId)} of {circle.name}, {a.termStart} to {a.termEnd}
            </Text>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2">My circles</Subtitle2>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {mine.circles.map((circle) => (
          <Button key={circle.circleId} onClick={() => onOpenCircle(circle.circleId)}>
            {circle.name}
          </Button>
        ))}
      </div>
    </section>
  );
}
