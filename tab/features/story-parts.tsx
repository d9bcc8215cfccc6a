import { Button, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { NamedPerson, ObjectionOutcome, StoryAnswer, StoryObjection } from '../../shared';
import { answerWords } from './round-forms';

// A reader sees days; the moment to the second is in the API for whoever needs it.
export const day = (instant: string) => instant.slice(0, 10);

/** How a story ended when it was withdrawn: when, by whom and why. */
export function WithdrawnBar({ outcome }: { outcome: { readonly at: string; readonly by: NamedPerson; readonly reason: string } }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Withdrawn on {day(outcome.at)} by {outcome.by.displayName}</MessageBarTitle>
        {outcome.reason}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Each answer to one round by name, with the words they gave. */
export function AnswersTable({ label, answers }: { label: string; answers: readonly StoryAnswer[] }) {
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Who</TableHeaderCell>
          <TableHeaderCell>Answer</TableHeaderCell>
          <TableHeaderCell>In their words</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {answers.map((answer) => (
          <TableRow key={answer.person.personId}>
            <TableCell>{answer.person.displayName}</TableCell>
            <TableCell>{answerWords[answer.kind]}</TableCell>
            <TableCell>{answer.text ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

type Integrated = Extract<ObjectionOutcome, { kind: 'integrated' }>;

function objectionOutcome(objection: StoryObjection, integrated: (outcome: Integrated) => string): string {
  const { outcome } = objection;
  switch (outcome.kind) {
    case 'open':
      return 'Still open.';
    case 'withdrawn':
      return `Withdrawn by ${objection.objector.displayName} on ${day(outcome.at)}.`;
    case 'integrated':
      return integrated(outcome);
  }
}

/**
 * Each objection to one round and what became of it; `integrated` words the change
 * that integrated it, an amendment for a proposal and a new candidate for a selection.
 */
export function ObjectionBars({ objections, integrated }: { objections: readonly StoryObjection[]; integrated: (outcome: Integrated) => string }) {
  return objections.map((objection) => (
    <MessageBar key={`${objection.objector.personId}-${objection.raisedAt}`} intent={objection.outcome.kind === 'open' ? 'error' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{objection.objector.displayName} objected</MessageBarTitle>
        {objection.reason} {objectionOutcome(objection, integrated)}
      </MessageBarBody>
    </MessageBar>
  ));
}

function BackToLogbook({ onBack }: { onBack: () => void }) {
  return (
    <div>
      <Button appearance="subtle" onClick={onBack}>
        ← Logbook
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
