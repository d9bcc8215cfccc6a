import { Badge, Card, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { NamedPerson, NominatorStory, SelectionOutcome, SelectionStory, StoryCandidate, StoryObjection } from '../../shared';
import type { ApiClient } from '../api/client';
import { ApiError, messageOf } from '../api/client';
import { selectionStoryOf } from '../api/story';
import { useTexts, useWords } from '../texts';
import { roleDescriptionFor } from './role-name';
import { useDays } from './reader-days';
import { stageKey } from './record-words';
import { Person } from './person';
import { Rows } from './rows';
import { AnswersTable, ObjectionBars, StoryError, StoryPage, StoryUntold, WithdrawnBar, type Integrated } from './story-parts';
import { ViewSkeleton } from './view-skeleton';

function OutcomeBar({ outcome }: { outcome: SelectionOutcome }) {
  const t = useWords('records');
  const { day, calendarDay } = useDays();
  switch (outcome.kind) {
    case 'recorded':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t('storyHolds', {
                name: outcome.holder.displayName,
                from: calendarDay(outcome.termStart),
                to: calendarDay(outcome.termEnd),
              })}
            </MessageBarTitle>
            {outcome.facilitatedBy
              ? t('storyChosenFacilitated', { day: day(outcome.at), name: outcome.facilitatedBy.displayName })
              : t('storyChosen', { day: day(outcome.at) })}
          </MessageBarBody>
        </MessageBar>
      );
    case 'withdrawn':
      return <WithdrawnBar outcome={outcome} />;
    case 'undecided':
      return <Text>{t('storySelectionUndecided', { stage: t(stageKey[outcome.stage]) })}</Text>;
  }
}

function Nominations({ nominations }: { nominations: readonly NominatorStory[] }) {
  const t = useWords('records');
  const named = (nomination: { nominee: NamedPerson; reason: string } | null) =>
    nomination ? t('storyNomineeReason', { name: nomination.nominee.displayName, reason: nomination.reason }) : '';
  return (
    <Rows
      label={t('storyNominations')}
      rows={nominations}
      keyOf={(nomination) => nomination.nominator.personId}
      columns={[
        { header: t('storyWhoNamed'), cell: ({ nominator }) => <Person name={nominator.displayName} /> },
        { header: t('storyWhomAndWhy'), cell: ({ original }) => named(original) },
        { header: t('storyChangedTo'), cell: ({ changed }) => named(changed) },
      ]}
    />
  );
}

function Candidate({ candidate, objections }: { candidate: StoryCandidate; objections: readonly StoryObjection[] }) {
  const n = candidate.revision;
  const t = useWords('records');
  const { day, calendarDay } = useDays();
  const integratedByChangedProposal = ({ at, revision, by }: Integrated) =>
    by
      ? t('storyIntegratedByCandidateOf', { day: day(at), revision, name: by.displayName })
      : t('storyIntegratedByCandidate', { day: day(at), revision });
  const term = { from: calendarDay(candidate.termStart), to: calendarDay(candidate.termEnd) };
  return (
    <Card aria-label={t('storyProposal', { revision: n })} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h4" style={{ margin: 0 }}>
        {t('storyProposalTitle', { revision: n, name: candidate.candidate.displayName, ...term })}
      </Subtitle2>
      {candidate.proposedBy && <Text size={200}>{t('storyProposedByName', { name: candidate.proposedBy.displayName })}</Text>}
      <Text block>{candidate.reasoning}</Text>
      <AnswersTable label={t('storyAnswersToProposal', { revision: n })} answers={candidate.answers} />
      <ObjectionBars objections={objections} integrated={integratedByChangedProposal} />
    </Card>
  );
}

type Loaded = { story: SelectionStory } | { untold: true } | { error: string };

/**
 * A role term's story: who named whom and why (a changed nomination beside the one
 * it replaced), whom the facilitator proposed, each answer by name and the term.
 */
export default function SelectionStoryView({
  api,
  circleId,
  selectionId,
  onBack,
}: {
  api: ApiClient;
  circleId: string;
  selectionId: string;
  onBack: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const t = useWords('records');
  const texts = useTexts();
  const { day } = useDays();
  useEffect(() => {
    let current = true;
    selectionStoryOf(api, circleId, selectionId)
      .then((story) => current && setLoaded({ story }))
      .catch((caught: unknown) => {
        if (!current) return;
        // A term the secretary recorded directly has no selection behind it.
        const direct = caught instanceof ApiError && caught.status === 404;
        setLoaded(direct ? { untold: true } : { error: messageOf(caught) });
      });
    return () => {
      current = false;
    };
  }, [api, circleId, selectionId]);
  if (!loaded) return <ViewSkeleton label={t('storySelectionLoading')} />;
  if (!('story' in loaded)) {
    return (
      <StoryUntold label={t('storyTermLabel')} onBack={onBack}>
        {'untold' in loaded ? <Text>{t('storyRecordedDirectly')}</Text> : <StoryError message={loaded.error} />}
      </StoryUntold>
    );
  }
  const { story } = loaded;
  const described = roleDescriptionFor(texts, story.roleId, story.roleDescription);
  const title = t('storyTermTitle', { role: story.role, circle: story.circleName });
  return (
    <StoryPage title={title} onBack={onBack}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Badge appearance="tint">{t('storyChosenIn', { circle: story.selectingCircleName })}</Badge>
      </div>
      <Text>
        {t('storyStartedBy', { name: story.startedBy.displayName, day: day(story.startedAt) })}
        {described && ` ${described}`}
      </Text>
      <OutcomeBar outcome={story.outcome} />
      <section aria-label={t('storyWhoNamedWhom')} style={{ display: 'grid', gap: 4 }}>
        <Subtitle2 as="h3">{t('storyWhoNamedWhomHeading')}</Subtitle2>
        <Nominations nominations={story.nominations} />
      </section>
      {story.candidates.length > 0 && (
        <section aria-label={t('storyCandidates')} style={{ display: 'grid', gap: 12 }}>
          <Subtitle2 as="h3">{t('storyCandidatesHeading')}</Subtitle2>
          {story.candidates.map((candidate) => (
            <Candidate
              key={candidate.revision}
              candidate={candidate}
              objections={story.objections.filter((o) => o.revision === candidate.revision)}
            />
          ))}
        </section>
      )}
    </StoryPage>
  );
}
