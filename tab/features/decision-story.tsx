import { Badge, Card, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import type { DecisionStory, NamedPerson, StoryObjection, StoryOutcome, StoryRevision } from '../../shared';
import type { ApiClient } from '../api/client';
import { decisionStoryOf } from '../api/story';
import { useLoaded } from '../api/use-loaded';
import { RevisionChanges } from './proposal-changes';
import { AnswersTable, day, ObjectionBars, StoryError, StoryPage, StoryUntold, WithdrawnBar } from './story-parts';

const listed = (people: readonly NamedPerson[]) => people.map((p) => p.displayName).join(', ');

function OutcomeBar({ outcome }: { outcome: StoryOutcome }) {
  switch (outcome.kind) {
    case 'adopted':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Adopted by consent on {day(outcome.at)}</MessageBarTitle>
            {outcome.facilitatedBy ? `The round was closed by ${outcome.facilitatedBy.displayName}.` : 'The round closed at its deadline.'}
            {outcome.silentConsent.length > 0 && ` Counted as consenting by their silence: ${listed(outcome.silentConsent)}.`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'withdrawn':
      return <WithdrawnBar outcome={outcome} />;
    case 'undecided':
      return <Text>Not decided yet: the proposal is at “{outcome.stage.replace('-', ' ')}”.</Text>;
  }
}

const integratedByAmendment = (outcome: { at: string; revision: number; by: NamedPerson | null }) =>
  `Integrated on ${day(outcome.at)} by amendment: revision ${outcome.revision}${outcome.by ? `, written by ${outcome.by.displayName}` : ''}.`;

function Revision({ revision, before, objections }: { revision: StoryRevision; before: StoryRevision | undefined; objections: readonly StoryObjection[] }) {
  const { revision: n, writtenBy, answers } = revision;
  return (
    <Card aria-label={`Revision ${n}`} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h4" style={{ margin: 0 }}>
        Revision {n}: {revision.title}
      </Subtitle2>
      <Text size={200}>
        {n === 1 ? 'Proposed' : 'Amended'} on {day(revision.writtenAt)}
        {writtenBy ? ` by ${writtenBy.displayName}` : ''}.
      </Text>
      <Text block style={{ whiteSpace: 'pre-wrap' }} aria-label={`Text of revision ${n}`}>
        {revision.text}
      </Text>
      {revision.driver && (
        <Text block>
          <strong>Why:</strong> {revision.driver}
        </Text>
      )}
      {before && (
        <details>
          <summary>What changed from revision {before.revision}</summary>
          <RevisionChanges before={before.text} after={revision.text} label={`Changes from revision ${before.revision} to ${n}`} />
        </details>
      )}
      {answers.length > 0 ? (
        <AnswersTable label={`Answers to revision ${n}`} answers={answers} />
      ) : (
        <Text size={200}>No consent round answered this revision.</Text>
      )}
      <ObjectionBars objections={objections} integrated={integratedByAmendment} />
    </Card>
  );
}

function Conversation({ story }: { story: DecisionStory }) {
  if (story.questions.length === 0 && story.reactions.length === 0) return null;
  return (
    <section aria-label="Questions and reactions" style={{ display: 'grid', gap: 4 }}>
      <Subtitle2 as="h3">Questions and reactions</Subtitle2>
      {story.questions.map((q) => (
        <div key={`${q.askedBy.personId}-${q.askedAt}`}>
          <Text block>
            <strong>{q.askedBy.displayName} asked:</strong> {q.text}
          </Text>
          {q.answer !== null && (
            <Text block>
              ↳ <strong>{q.answeredBy?.displayName ?? 'Answered'}:</strong> {q.answer}
            </Text>
          )}
        </div>
      ))}
      {story.reactions.map((r) => (
        <Text block key={r.by.personId}>
          <strong>{r.by.displayName} reacted:</strong> {r.text}
        </Text>
      ))}
    </section>
  );
}

/**
 * A decision's story for someone who was not there: every revision with what changed,
 * each answer by name, each objection and how it was integrated, and how it ended.
 */
export default function DecisionStoryView({ api, circleId, proposalId, onBack }: { api: ApiClient; circleId: string; proposalId: string; onBack: () => void }) {
  const { data: story, error } = useLoaded(() => decisionStoryOf(api, circleId, proposalId), `${circleId}/${proposalId}`);
  if (error) {
    return (
      <StoryUntold label="A decision’s story" onBack={onBack}>
        <StoryError message={error} />
      </StoryUntold>
    );
  }
  if (!story) return <Spinner label="Loading the decision’s story…" />;
  const reviews = story.reviews;
  return (
    <StoryPage title={story.title} onBack={onBack}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Badge appearance="tint">{story.circleName}</Badge>
        <Badge appearance="outline">{story.revisions.length === 1 ? '1 revision' : `${story.revisions.length} revisions`}</Badge>
        <Badge appearance="outline">Review by {story.reviewDate}</Badge>
      </div>
      <Text>
        Proposed by {story.author.displayName} on {day(story.createdAt)}.
        {reviews?.kind === 'decision' && ` It reviews the decision “${reviews.title ?? reviews.proposalId}”.`}
        {reviews?.kind === 'role-term' && ' It reviews a role term.'}
        {story.reviewedBy && ` It was reviewed by the decision “${story.reviewedBy.title}”, adopted on ${day(story.reviewedBy.adoptedAt)}.`}
      </Text>
      <OutcomeBar outcome={story.outcome} />
      <Conversation story={story} />
      <section aria-label="Revisions" style={{ display: 'grid', gap: 12 }}>
        <Subtitle2 as="h3">Revisions, answers and objections</Subtitle2>
        {story.revisions.map((revision, index) => (
          <Revision key={revision.revision} revision={revision} before={story.revisions[index - 1]} objections={story.objections.filter((o) => o.revision === revision.revision)} />
        ))}
      </section>
    </StoryPage>
  );
}
