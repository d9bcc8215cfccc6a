import { Badge, Button, Card, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { NominatorStory, SelectionOutcome, SelectionStory, StoryCandidate, StoryObjection } from '../../shared';
import type { ApiClient } from '../api/client';
import { ApiError, messageOf } from '../api/client';
import { selectionStoryOf } from '../api/story';
import { answerWords } from './round-forms';

const day = (instant: string) => instant.slice(0, 10);

function OutcomeBar({ outcome }: { outcome: SelectionOutcome }) {
  switch (outcome.kind) {
    case 'recorded':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {outcome.holder.displayName} holds the role from {outcome.termStart} to {outcome.termEnd}
            </MessageBarTitle>
            Chosen by consent on {day(outcome.at)}
            {outcome.facilitatedBy ? `, facilitated by ${outcome.facilitatedBy.displayName}.` : '.'}
          </MessageBarBody>
        </MessageBar>
      );
    case 'withdrawn':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Withdrawn on {day(outcome.at)} by {outcome.by.displayName}</MessageBarTitle>
            {outcome.reason}
          </MessageBarBody>
        </MessageBar>
      );
    case 'undecided':
      return <Text>Under way: the selection is at “{outcome.stage.replace('-', ' ')}”.</Text>;
  }
}

function Nominations({ nominations }: { nominations: readonly NominatorStory[] }) {
  return (
    <Table aria-label="Nominations" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Who named</TableHeaderCell>
          <TableHeaderCell>Whom, and why</TableHeaderCell>
          <TableHeaderCell>Changed in the change round to</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {nominations.map(({ nominator, original, changed }) => (
          <TableRow key={nominator.personId}>
            <TableCell>{nominator.displayName}</TableCell>
            <TableCell>{original ? `${original.nominee.displayName}: ${original.reason}` : ''}</TableCell>
            <TableCell>{changed ? `${changed.nominee.displayName}: ${changed.reason}` : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function objectionOutcome(objection: StoryObjection): string {
  const { outcome } = objection;
  switch (outcome.kind) {
    case 'open':
      return 'Still open.';
    case 'withdrawn':
      return `Withdrawn by ${objection.objector.displayName} on ${day(outcome.at)}.`;
    case 'integrated':
      return `Integrated on ${day(outcome.at)} by a changed proposal (revision ${outcome.revision})${outcome.by ? ` from ${outcome.by.displayName}` : ''}.`;
  }
}

function Candidate({ candidate, objections }: { candidate: StoryCandidate; objections: readonly StoryObjection[] }) {
  const n = candidate.revision;
  return (
    <Card aria-label={`Proposal ${n}`} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h4" style={{ margin: 0 }}>
        Proposal {n}: {candidate.candidate.displayName}, {candidate.termStart} to {candidate.termEnd}
      </Subtitle2>
      {candidate.proposedBy && <Text size={200}>Proposed by {candidate.proposedBy.displayName}.</Text>}
      <Text block>{candidate.reasoning}</Text>
      <Table aria-label={`Answers to proposal ${n}`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Who</TableHeaderCell>
            <TableHeaderCell>Answer</TableHeaderCell>
            <TableHeaderCell>In their words</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {candidate.answers.map((answer) => (
            <TableRow key={answer.person.personId}>
              <TableCell>{answer.person.displayName}</TableCell>
              <TableCell>{answerWords[answer.kind]}</TableCell>
              <TableCell>{answer.text ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {objections.map((objection) => (
        <MessageBar key={`${objection.objector.personId}-${objection.raisedAt}`} intent={objection.outcome.kind === 'open' ? 'error' : 'info'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{objection.objector.displayName} objected</MessageBarTitle>
            {objection.reason} {objectionOutcome(objection)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </Card>
  );
}

type Loaded = { story: SelectionStory } | { untold: string } | { error: string };

/**
 * A role term's story: who named whom and why (a changed nomination beside the one
 * it replaced), whom the facilitator proposed, each answer by name and the term.
 */
export default function SelectionStoryView({ api, circleId, selectionId, onBack }: { api: ApiClient; circleId: string; selectionId: string; onBack: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    selectionStoryOf(api, circleId, selectionId)
      .then((story) => current && setLoaded({ story }))
      .catch((caught: unknown) => {
        if (!current) return;
        // A term the secretary recorded directly has no selection behind it.
        const direct = caught instanceof ApiError && caught.status === 404;
        setLoaded(direct ? { untold: 'This term was recorded directly by the circle, not by a selection, so there are no nominations to show.' } : { error: messageOf(caught) });
      });
    return () => {
      current = false;
    };
  }, [api, circleId, selectionId]);
  const back = (
    <div>
      <Button appearance="subtle" onClick={onBack}>
        ← Logbook
      </Button>
    </div>
  );
  if (!loaded) return <Spinner label="Loading the selection’s story…" />;
  if (!('story' in loaded)) {
    return (
      <section aria-label="A role term’s story" style={{ display: 'grid', gap: 12 }}>
        {back}
        {'untold' in loaded ? (
          <Text>{loaded.untold}</Text>
        ) : (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{loaded.error}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    );
  }
  const { story } = loaded;
  const title = `${story.role} of ${story.circleName}`;
  return (
    <article aria-label={title} style={{ display: 'grid', gap: 12, maxWidth: 820 }}>
      {back}
      <Title3 as="h2">{title}</Title3>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Badge appearance="tint">Chosen in {story.selectingCircleName}</Badge>
      </div>
      <Text>
        Started by {story.startedBy.displayName} on {day(story.startedAt)}.{story.roleDescription && ` ${story.roleDescription}`}
      </Text>
      <OutcomeBar outcome={story.outcome} />
      <section aria-label="Who named whom" style={{ display: 'grid', gap: 4 }}>
        <Subtitle2 as="h3">Who named whom, and why</Subtitle2>
        <Nominations nominations={story.nominations} />
      </section>
      {story.candidates.length > 0 && (
        <section aria-label="Proposals and answers" style={{ display: 'grid', gap: 12 }}>
          <Subtitle2 as="h3">Proposals, answers and objections</Subtitle2>
          {story.candidates.map((candidate) => (
            <Candidate key={candidate.revision} candidate={candidate} objections={story.objections.filter((o) => o.revision === candidate.revision)} />
          ))}
        </section>
      )}
    </article>
  );
}
