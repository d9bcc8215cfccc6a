import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeWarning, Circle, Selection, SelectionStepKind } from '../../shared';
import type { ApiClient } from '../api/client';
import type { InMeeting } from './in-meeting';
import { stepsPathOf } from './in-meeting';
import { AnswerForm, CloseForm } from './round-forms';
import { answerKey, stageKey } from './record-words';
import { useDays } from './reader-days';
import { useWords } from '../texts';
import { StageHeader } from './stage-header';
import { Person } from './person';
import { ChangeWarnings, warningsOf } from './change-warnings';
import { messageOf } from '../api/client';
import { usePolled } from '../lib/use-polled';

interface Loaded {
  readonly selection: Selection;
  readonly guide: string;
  readonly steps: readonly SelectionStepKind[];
}

/**
 * A role selection: the guide to its stage, the nominations as the caller may see
 * them, the facilitator's proposal and the consent round, and the steps the API says
 * the core allows the caller now.
 */
export default function SelectionView({ api, circle, selectionId, onBack, backTo, inMeeting }: {
  api: ApiClient; circle: Pick<Circle, 'circleId' | 'name' | 'members'>; selectionId: string; onBack: () => void;
  /** Where going back leads when not to the circle: the meeting the selection was opened from. */
  backTo?: string;
  /** The meeting the selection is taken up in: steps end the speaker's turn there, the round closes with those present. */
  inMeeting?: InMeeting;
}) {
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<readonly ChangeWarning[]>([]);
  const path = `circles/${encodeURIComponent(circle.circleId)}/selections/${encodeURIComponent(selectionId)}`;
  // Read again each second while open, so nominations and answers given elsewhere arrive without reopening;
  // the forms below keep their own state, so a read never wipes what someone is typing.
  const { body: loaded, error: unread, readNow } = usePolled<Loaded>(api, path);
  const [reminded, setReminded] = useState(false);
  const t = useWords('records');
  const { calendarDay } = useDays();
  const act = async (command: Record<string, unknown>): Promise<boolean> => {
    try {
      // The step that records the term says what it leaves of the double link and the role limit.
      setWarnings(warningsOf(await api.post<unknown>(stepsPathOf(path, inMeeting), command)));
      setError(null);
      readNow();
      return true;
    } catch (caught) {
      setError(messageOf(caught));
      return false;
    }
  };
  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  const errorBar = (error ?? unread) && (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{error ?? unread}</MessageBarBody>
    </MessageBar>
  );
  if (!loaded) return errorBar || <Spinner label={t('selectionLoading')} />;
  const { selection, guide, steps } = loaded;
  const may = (step: SelectionStepKind) => steps.includes(step);
  const proposed = 'proposal' in selection ? selection : null;
  const nominated = [...new Set(Object.values(selection.nominations).map((n) => n.nominee))];
  return (
    <article aria-label={t('selectionLabel', { role: selection.roleId })} style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <StageHeader
        back={backTo ?? circle.name}
        onBack={onBack}
        title={t('selectionTitle', { role: selection.roleId })}
        guide={guide}
        badges={<Badge appearance="tint">{t(stageKey[selection.status])}</Badge>}
      />
      {errorBar}
      <ChangeWarnings warnings={warnings} />
      <Text>{selection.roleDescription}</Text>
      <section aria-label={t('selectionNominations')}>
        <Subtitle2 as="h3">{t('selectionNominations')}</Subtitle2>
        {Object.values(selection.nominations).length === 0 && <Text block>{t('selectionNoneVisible')}</Text>}
        {Object.values(selection.nominations).map((n) => (
          <Text key={n.nominator} block>
            {t('selectionNomination', { nominator: name(n.nominator), nominee: name(n.nominee), reason: n.reason })}
          </Text>
        ))}
      </section>
      {proposed && (
        <section aria-label={t('selectionProposalLabel')}>
          <Subtitle2 as="h3">
            {t('selectionProposed', {
              candidate: name(proposed.proposal.candidate),
              from: calendarDay(proposed.proposal.termStart),
              to: calendarDay(proposed.proposal.termEnd),
            })}
          </Subtitle2>
          <Text block>{proposed.proposal.reasoning}</Text>
          {Object.entries(proposed.round.answers).map(([who, answer]) => (
            <Text key={who} block>
              <Person name={name(who)}>
                <strong>{t('nameSaid', { name: name(who) })}</strong>
              </Person>{' '}
              {answer.text ? t('answerWithWords', { answer: t(answerKey[answer.kind]), words: answer.text }) : t(answerKey[answer.kind])}
            </Text>
          ))}
        </section>
      )}
      <section aria-label={t('stepsHeading')} style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
        {steps.length > 0 && <Subtitle2 as="h3">{t('stepsHeading')}</Subtitle2>}
        {(may('nominate') || may('change-nomination')) && (
          <Nominate members={circle.members} onSend={(nominee, reason) => act({ type: may('nominate') ? 'nominate' : 'change-nomination', nominee, reason })} />
        )}
        {may('close-nominations') && <Button onClick={() => act({ type: 'close-nominations' })}>{t('selectionReveal')}</Button>}
        {may('propose-candidate') && <Propose nominated={nominated} name={name} onSend={(candidate, reasoning, mode) => act({ type: 'propose-candidate', candidate, reasoning, options: { mode } })} />}
        {may('answer') && <AnswerForm onSend={(answer) => act({ type: 'answer', answer })} />}
        {may('withdraw-objection') && <Button onClick={() => act({ type: 'withdraw-objection' })}>{t('withdrawObjection')}</Button>}
        {may('remind-awaited') && <Button onClick={() => void act({ type: 'remind-awaited' }).then(setReminded)}>{t('remindAwaited')}</Button>}
        {reminded && <Text role="status">{t('roundReminded')}</Text>}
        {may('close-consent-round') && proposed && (
          <CloseForm mode={proposed.round.mode} asked={proposed.round.eligible} answered={Object.keys(proposed.round.answers)} name={name}
            {...(inMeeting ? { inMeeting: inMeeting.present } : {})} onClose={(present) => act({ type: 'close-consent-round', ...(present ? { present } : {}) })} />
        )}
      </section>
    </article>
  );
}

function Nominate({ members, onSend }: { members: readonly { personId: string; displayName: string }[]; onSend: (nominee: string, reason: string) => void }) {
  const [nominee, setNominee] = useState(members[0]?.personId ?? '');
  const [reason, setReason] = useState('');
  const t = useWords('records');
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field label={t('selectionWhom')}>
        <Select value={nominee} onChange={(_, d) => setNominee(d.value)}>
          {members.map((m) => (
            <option key={m.personId} value={m.personId}>
              {m.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('selectionWhy')}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => onSend(nominee, reason)}>
          {t('selectionSendNomination')}
        </Button>
      </div>
    </div>
  );
}

function Propose({ nominated, name, onSend }: { nominated: readonly string[]; name: (id: string) => string; onSend: (candidate: string, reasoning: string, mode: 'sync' | 'async') => void }) {
  const [candidate, setCandidate] = useState(nominated[0] ?? '');
  const [reasoning, setReasoning] = useState('');
  const t = useWords('records');
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field label={t('selectionCandidate')}>
        <Select value={candidate} onChange={(_, d) => setCandidate(d.value)}>
          {nominated.map((p) => (
            <option key={p} value={p}>
              {name(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('selectionReasoning')}>
        <Textarea value={reasoning} onChange={(_, d) => setReasoning(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={() => onSend(candidate, reasoning, 'async')}>
          {t('selectionProposeAsync')}
        </Button>
        <Button onClick={() => onSend(candidate, reasoning, 'sync')}>{t('selectionProposeSync')}</Button>
      </div>
    </div>
  );
}

