import { Button, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { NamedPerson, ObjectionOutcome, StoryAnswer, StoryObjection } from '../../shared';
import { useWords } from '../texts';
import { useDays } from './reader-days';
import { answerKey } from './record-words';
import { Person } from './person';
import { Rows } from './rows';

/** How a story ended when it was withdrawn: when, by whom and why. */
export function WithdrawnBar({ outcome }: { outcome: { readonly at: string; readonly by: NamedPerson; readonly reason: string } }) {
  const t = useWords('records');
  const { day } = useDays();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('storyWithdrawn', { day: day(outcome.at), name: outcome.by.displayName })}</MessageBarTitle>
        {outcome.reason}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Each answer to one round by name, with the words they gave. */
export function AnswersTable({ label, answers }: { label: string; answers: readonly StoryAnswer[] }) {
  const t = useWords('records');
  return (
    <Rows
      label={label}
      rows={answers}
      keyOf={(answer) => answer.person.personId}
      columns={[
        { header: t('storyWho'), cell: (answer) => <Person name={answer.person.displayName} /> },
        { header: t('storyAnswer'), cell: (answer) => t(answerKey[answer.kind]) },
        { header: t('storyInTheirWords'), cell: (answer) => answer.text ?? '' },
      ]}
    />
  );
}

export type Integrated = Extract<ObjectionOutcome, { kind: 'integrated' }>;

function useObjectionOutcome(integrated: (outcome: Integrated) => string): (objection: StoryObjection) => string {
  const t = useWords('records');
  const { day } = useDays();
  return ({ outcome, objector }) => {
    switch (outcome.kind) {
      case 'open':
        return t('storyObjectionOpen');
      case 'withdrawn':
        return t('storyObjectionWithdrawn', { name: objector.displayName, day: day(outcome.at) });
      case 'integrated':
        return integrated(outcome);
    }
  };
}

/**
 * Each objection to one round and what became of it; `integrated` words the change
 * that integrated it, an amendment for a proposal and a new candidate for a selection.
 */
export function ObjectionBars({
  objections,
  integrated,
}: {
  objections: readonly StoryObjection[];
  integrated: (outcome: Integrated) => string;
}) {
  const t = useWords('records');
  const objectionOutcome = useObjectionOutcome(integrated);
  return objections.map((objection) => (
    <MessageBar
      key={`${objection.objector.personId}-${objection.raisedAt}`}
      intent={objection.outcome.kind === 'open' ? 'error' : 'info'}
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>{t('storyObjected', { name: objection.objector.displayName })}</MessageBarTitle>
        {objection.reason} {objectionOutcome(objection)}
      </MessageBarBody>
    </MessageBar>
  ));
}

function BackToLogbook({ onBack }: { onBack: () => void }) {
  const t = useWords('records');
  return (
    <div>
      <Button appearance="subtle" onClick={onBack}>
        {t('storyBack')}
      </Button>
    </div>
  );
}

/** A story page: the way back to the logbook, the title, then the story. */
export function StoryPage({ title, onBack, children }: { title: string; onBack: () => void; children: ReactNode }) {
  return (
    <article aria-label={title} style={{ display: 'grid', gap: 12, maxWidth: 820 }}>
      <BackToLogbook onBack={onBack} />
      <Title3 as="h2">{title}</Title3>
      {children}
    </article>
  );
}

/** A story page that has no story to show: the way back, then why. */
export function StoryUntold({ label, onBack, children }: { label: string; onBack: () => void; children: ReactNode }) {
  return (
    <section aria-label={label} style={{ display: 'grid', gap: 12 }}>
      <BackToLogbook onBack={onBack} />
      {children}
    </section>
  );
}

export function StoryError({ message }: { message: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
