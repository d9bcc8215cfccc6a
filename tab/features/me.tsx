import { Button, Card, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Circle, Proposal } from '../../shared';
import type { ApiClient } from '../api/client';
import { roleNameIn, type ListedCircle } from '../api/circles';
import { messageOf } from '../api/client';

type Listed = Proposal & { readonly guide: string; readonly awaitsCaller: boolean };

interface Mine {
  readonly circles: readonly ListedCircle[];
  readonly awaiting: readonly { circle: Circle; proposal: Listed }[];
}


/** The personal view: my circles, my roles and terms, and what still awaits my answer. */
export default function Me({ api, personId, onReady, onOpenProposal, onOpenCircle }: { api: ApiClient; personId: string; onReady: () => void; onOpenProposal: (circle: Circle, proposalId: string) => void; onOpenCircle: (circleId: string) => void }) {
  const [mine, setMine] = useState<Mine | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    (async () => {
      const { circles } = await api.get<{ circles: ListedCircle[] }>('circles');
      const member = circles.filter((c) => !c.archived && c.members.some((m) => m.personId === personId));
      const lists = await Promise.all(member.map((circle) => api.get<{ proposals: Listed[] }>(`circles/${encodeURIComponent(circle.circleId)}/proposals`).then((body) => body.proposals.map((proposal) => ({ circle, proposal })))));
      if (!current) return;
      setMine({ circles: member, awaiting: lists.flat().filter(({ proposal }) => proposal.awaitsCaller) });
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
      {mine.awaiting.map(({ circle, proposal }) => (
        <Card key={proposal.proposalId} aria-label={proposal.title}>
          <Text weight="semibold">
            {proposal.title} — {circle.name}
          </Text>
          <Text size={200}>{proposal.guide}</Text>
          <div>
            <Button size="small" onClick={() => onOpenProposal(circle, proposal.proposalId)} aria-label={`Answer: ${proposal.title}`}>
              Answer
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
