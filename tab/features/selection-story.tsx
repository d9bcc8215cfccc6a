import { Badge, Card, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { NamedPerson, NominatorStory, SelectionOutcome, SelectionStory, StoryCandidate, StoryObjection } from '../../shared';
import type { ApiClient } from '../api/client';
import { ApiError, messageOf } from '../api/client';
import { selectionStoryOf } from '../api/story';
import { AnswersTable, day, ObjectionBars, StoryError, StoryPage, StoryUntold, WithdrawnBar } from './story-parts';

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
      return <WithdrawnBar outcome={outcome} />;
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

const integratedByChangedProposal = (outcome: { at: string; revision: number; by: NamedPerson | null }) =>
  `Integrated on ${day(outcome.at)} by a changed proposal (revision ${outcome.revision})${outcome.by ? ` from ${outcome.by.displayName}` : ''}.`;

function Candidate({ candidate, objections }: { candidate: StoryCandidate; objections: readonly StoryObjection[] }) {
  const n = candidate.revision;
  return (
    <Card aria-label={`Proposal ${n}`} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h4" style={{ margin: 0 }}>
        Proposal {n}: {candidate.candidate.displayName}, {candidate.termStart} to {candidate.termEnd}
      </Subtitle2>
      {candidate.proposedBy && <Text size={200}>Proposed by {candidate.proposedBy.displayName}.</Text>}
      <Text block>{candidate.reasoning}</Text>
      <AnswersTable label={`Answers to proposal ${n}`} answers={candidate.answers} />
      <ObjectionBars objections={objections} integrated={integratedByChangedProposal} />
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
  if (!loaded) return <Spinner label="Loading the selection’s story…" />;
  if (!('story' in loaded)) {
    return (
      <StoryUntold label="A role term’s story" onBack={onBack}>
        {'untold' in loaded ? <Text>{loaded.untold}</Text> : <StoryError message={loaded.error} />}
      </StoryUntold>
    );
  }
  const { story } = loaded;
  const title = `${story.role} of ${story.circleName}`;
  return (
    <StoryPage title={title} onBack={onBack}>
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
    </StoryPage>
  );
}
