import { Badge, Card, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import type { DecisionStory, StoryObjection, StoryOutcome, StoryRevision } from '../../shared';
import type { ApiClient } from '../api/client';
import { decisionStoryOf } from '../api/story';
import { useLoaded } from '../api/use-loaded';
import { RevisionChanges } from './proposal-changes';
import { useTexts, useWords } from '../texts';
import { useDays } from './reader-days';
import { stageKey } from './record-words';
import { AnswersTable, ObjectionBars, StoryError, StoryPage, StoryUntold, WithdrawnBar, type Integrated } from './story-parts';
import { ViewSkeleton } from './view-skeleton';

function OutcomeBar({ outcome }: { outcome: StoryOutcome }) {
  const t = useWords('records');
  const texts = useTexts();
  const { day } = useDays();
  switch (outcome.kind) {
    case 'adopted':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('storyAdopted', { day: day(outcome.at) })}</MessageBarTitle>
            {outcome.facilitatedBy ? t('storyClosedBy', { name: outcome.facilitatedBy.displayName }) : t('storyClosedAtDeadline')}
            {outcome.silentConsent.length > 0 &&
              ` ${t('storySilentConsent', { names: texts.list(outcome.silentConsent.map((p) => p.displayName)) })}`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'withdrawn':
      return <WithdrawnBar outcome={outcome} />;
    case 'undecided':
      return <Text>{t('storyUndecided', { stage: t(stageKey[outcome.stage]) })}</Text>;
  }
}

function Revision({
  revision,
  before,
  objections,
}: {
  revision: StoryRevision;
  before: StoryRevision | undefined;
  objections: readonly StoryObjection[];
}) {
  const { revision: n, writtenBy, answers } = revision;
  const t = useWords('records');
  const { day } = useDays();
  const written = { kind: n === 1 ? 'proposed' : 'amended', day: day(revision.writtenAt) };
  const integratedByAmendment = ({ at, revision: by, by: author }: Integrated) =>
    author
      ? t('storyIntegratedByAmendmentOf', { day: day(at), revision: by, name: author.displayName })
      : t('storyIntegratedByAmendment', { day: day(at), revision: by });
  return (
    <Card aria-label={t('storyRevision', { revision: n })} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h4" style={{ margin: 0 }}>
        {t('storyRevisionTitle', { revision: n, title: revision.title })}
      </Subtitle2>
      <Text size={200}>{writtenBy ? t('storyWrittenBy', { ...written, name: writtenBy.displayName }) : t('storyWritten', written)}</Text>
      <Text block style={{ whiteSpace: 'pre-wrap' }} aria-label={t('storyRevisionText', { revision: n })}>
        {revision.text}
      </Text>
      {revision.driver && (
        <Text block>
          <strong>{t('why')}</strong> {revision.driver}
        </Text>
      )}
      {before && (
        <details>
          <summary>{t('storyWhatChanged', { revision: before.revision })}</summary>
          <RevisionChanges before={before.text} after={revision.text} label={t('revisionChanges', { from: before.revision, to: n })} />
        </details>
      )}
      {answers.length > 0 ? (
        <AnswersTable label={t('storyAnswersToRevision', { revision: n })} answers={answers} />
      ) : (
        <Text size={200}>{t('storyNoRound')}</Text>
      )}
      <ObjectionBars objections={objections} integrated={integratedByAmendment} />
    </Card>
  );
}

function Conversation({ story }: { story: DecisionStory }) {
  const t = useWords('records');
  if (story.questions.length === 0 && story.reactions.length === 0) return null;
  return (
    <section aria-label={t('storyConversation')} style={{ display: 'grid', gap: 4 }}>
      <Subtitle2 as="h3">{t('storyConversation')}</Subtitle2>
      {story.questions.map((q) => (
        <div key={`${q.askedBy.personId}-${q.askedAt}`}>
          <Text block>
            <strong>{t('storyAsked', { name: q.askedBy.displayName })}</strong> {q.text}
          </Text>
          {q.answer !== null && (
            <Text block>
              ↳ <strong>{q.answeredBy ? t('nameSaid', { name: q.answeredBy.displayName }) : t('storyAnsweredAnonymously')}</strong>{' '}
              {q.answer}
            </Text>
          )}
        </div>
      ))}
      {story.reactions.map((r) => (
        <Text block key={r.by.personId}>
          <strong>{t('storyReacted', { name: r.by.displayName })}</strong> {r.text}
        </Text>
      ))}
    </section>
  );
}

/**
 * A decision's story for someone who was not there: every revision with what changed,
 * each answer by name, each objection and how it was integrated, and how it ended.
 */
export default function DecisionStoryView({
  api,
  circleId,
  proposalId,
  onBack,
}: {
  api: ApiClient;
  circleId: string;
  proposalId: string;
  onBack: () => void;
}) {
  const { data: story, error } = useLoaded(() => decisionStoryOf(api, circleId, proposalId), `${circleId}/${proposalId}`);
  const t = useWords('records');
  const { day, calendarDay } = useDays();
  if (error) {
    return (
      <StoryUntold label={t('storyDecisionLabel')} onBack={onBack}>
        <StoryError message={error} />
      </StoryUntold>
    );
  }
  if (!story) return <ViewSkeleton label={t('storyDecisionLoading')} />;
  const reviews = story.reviews;
  return (
    <StoryPage title={story.title} onBack={onBack}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Badge appearance="tint">{story.circleName}</Badge>
        <Badge appearance="outline">{t('storyRevisionCount', { count: story.revisions.length })}</Badge>
        <Badge appearance="outline">{t('reviewBy', { date: calendarDay(story.reviewDate) })}</Badge>
      </div>
      <Text>
        {t('storyProposedBy', { name: story.author.displayName, day: day(story.createdAt) })}
        {reviews?.kind === 'decision' && ` ${t('storyReviewsDecision', { title: reviews.title ?? reviews.proposalId })}`}
        {reviews?.kind === 'role-term' && ` ${t('storyReviewsTerm')}`}
        {story.reviewedBy && ` ${t('storyReviewedBy', { title: story.reviewedBy.title, day: day(story.reviewedBy.adoptedAt) })}`}
      </Text>
      <OutcomeBar outcome={story.outcome} />
      <Conversation story={story} />
      <section aria-label={t('storyRevisions')} style={{ display: 'grid', gap: 12 }}>
        <Subtitle2 as="h3">{t('storyRevisionsHeading')}</Subtitle2>
        {story.revisions.map((revision, index) => (
          <Revision
            key={revision.revision}
            revision={revision}
            before={story.revisions[index - 1]}
            objections={story.objections.filter((o) => o.revision === revision.revision)}
          />
        ))}
      </section>
    </StoryPage>
  );
}
