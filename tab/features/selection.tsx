import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  Textarea,
  type FieldProps,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeWarning, Circle, Selection, SelectionStepKind } from '../../shared';
import type { ApiClient } from '../api/client';
import type { InMeeting } from './in-meeting';
import { stepsPathOf } from './in-meeting';
import { AnswerForm, CloseForm } from './round-forms';
import { answerKey, stageKey } from './record-words';
import { useDays } from './reader-days';
import { useTexts, useWords } from '../texts';
import { roleDescriptionFor } from './role-name';
import { roleNameFor } from './role-name';
import { StageHeader } from './stage-header';
import { Person } from './person';
import { ChangeWarnings, warningsOf } from './change-warnings';
import { useRefusal } from './refusal';
import { useStepToast } from './toasts';
import { ViewSkeleton } from './view-skeleton';
import { usePolled } from '../lib/use-polled';
import { OnDemand } from './on-demand';
import { AmendCandidate, WithdrawSelection } from './selection-steps';

/** The fields each step's form shows a refusal on, by step: any other refusal shows above the steps. */
const stepFields = [
  'nominate:nominee',
  'nominate:reason',
  'change-nomination:nominee',
  'change-nomination:reason',
  'propose-candidate:candidate',
  'propose-candidate:reasoning',
  'answer:kind',
  'answer:text',
  'withdraw-selection:reason',
];

/** A step as an ICU select's selector, which takes no hyphen: `close-nominations` → `closeNominations`. */
const selector = (step: string) => step.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

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
export default function SelectionView({
  api,
  circle,
  selectionId,
  onBack,
  backTo,
  inMeeting,
}: {
  api: ApiClient;
  circle: Pick<Circle, 'circleId' | 'name' | 'members'>;
  selectionId: string;
  onBack: () => void;
  /** Where going back leads when not to the circle: the meeting the selection was opened from. */
  backTo?: string;
  /** The meeting the selection is taken up in: steps end the speaker's turn there, the round closes with those present. */
  inMeeting?: InMeeting;
}) {
  const [warnings, setWarnings] = useState<readonly ChangeWarning[]>([]);
  const path = `circles/${encodeURIComponent(circle.circleId)}/selections/${encodeURIComponent(selectionId)}`;
  // Read again each second while open, so nominations and answers given elsewhere arrive without reopening;
  // the forms below keep their own state, so a read never wipes what someone is typing.
  const { body: loaded, error: unread, readNow } = usePolled<Loaded>(api, path);
  const t = useWords('records');
  const texts = useTexts();
  const toast = useStepToast();
  const { attempt, on, bar } = useRefusal(stepFields);
  const { calendarDay } = useDays();
  const act = async (command: { type: SelectionStepKind } & Record<string, unknown>): Promise<boolean> => {
    // The step that records the term says what it leaves of the double link and the role limit.
    const taken = await attempt(
      async () => setWarnings(warningsOf(await api.post<unknown>(stepsPathOf(path, inMeeting), command))),
      command.type,
    );
    if (taken) {
      toast(t('toastStep', { step: selector(command.type) }));
      readNow();
    }
    return taken;
  };
  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  const errorBar = unread && (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{unread}</MessageBarBody>
    </MessageBar>
  );
  if (!loaded) return errorBar || <ViewSkeleton label={t('selectionLoading')} />;
  const { selection, guide, steps } = loaded;
  const may = (step: SelectionStepKind) => steps.includes(step);
  const proposed = 'proposal' in selection ? selection : null;
  const nominated = [...new Set(Object.values(selection.nominations).map((n) => n.nominee))];
  return (
    <article aria-label={t('selectionLabel', { role: selection.roleId })} style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <StageHeader
        back={backTo ?? circle.name}
        onBack={onBack}
        title={t('selectionTitle', { role: roleNameFor(texts, { roles: [] }, selection.roleId) })}
        guide={guide}
        badges={<Badge appearance="tint">{t(stageKey[selection.status])}</Badge>}
      />
      {errorBar}
      {bar}
      <ChangeWarnings warnings={warnings} />
      <Text>{roleDescriptionFor(texts, selection.roleId, selection.roleDescription)}</Text>
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
          <Nominate
            members={circle.members}
            on={(field) => on(field, may('nominate') ? 'nominate' : 'change-nomination')}
            onSend={(nominee, reason) => act({ type: may('nominate') ? 'nominate' : 'change-nomination', nominee, reason })}
          />
        )}
        {may('close-nominations') && <Button onClick={() => act({ type: 'close-nominations' })}>{t('selectionReveal')}</Button>}
        {may('propose-candidate') && (
          <Propose
            nominated={nominated}
            name={name}
            on={(field) => on(field, 'propose-candidate')}
            onSend={(candidate, reasoning, mode) => act({ type: 'propose-candidate', candidate, reasoning, options: { mode } })}
          />
        )}
        {may('answer') && <AnswerForm on={(field) => on(field, 'answer')} onSend={(answer) => act({ type: 'answer', answer })} />}
        {may('withdraw-objection') && <Button onClick={() => act({ type: 'withdraw-objection' })}>{t('withdrawObjection')}</Button>}
        {may('remind-awaited') && <Button onClick={() => void act({ type: 'remind-awaited' })}>{t('remindAwaited')}</Button>}
        {may('close-consent-round') && proposed && (
          <CloseForm
            mode={proposed.round.mode}
            asked={proposed.round.eligible}
            answered={Object.keys(proposed.round.answers)}
            name={name}
            {...(inMeeting ? { inMeeting: inMeeting.present } : {})}
            onClose={(present) => act({ type: 'close-consent-round', ...(present ? { present } : {}) })}
          />
        )}
        {may('amend-candidate-proposal') && proposed && (
          <AmendCandidate
            proposal={proposed.proposal}
            nominated={nominated}
            name={name}
            onSend={(amendment) => act({ type: 'amend-candidate-proposal', ...amendment })}
          />
        )}
        {/* Withdrawing stops the selection for everyone: it opens on demand, with a way back. */}
        {may('withdraw-selection') && (
          <OnDemand label={t('selectionWithdraw')}>
            {(close) => (
              <WithdrawSelection
                field={on('reason', 'withdraw-selection')}
                onSend={(reason) => act({ type: 'withdraw-selection', reason })}
                onCancel={close}
              />
            )}
          </OnDemand>
        )}
      </section>
    </article>
  );
}

type FieldOf = (field: string) => Pick<FieldProps, 'validationMessage' | 'validationState'>;

/** A nomination: nobody is chosen for the nominator, who picks whom and says why. */
function Nominate({
  members,
  on,
  onSend,
}: {
  members: readonly { personId: string; displayName: string }[];
  on: FieldOf;
  onSend: (nominee: string, reason: string) => void;
}) {
  const [nominee, setNominee] = useState('');
  const [tried, setTried] = useState(false);
  const [reason, setReason] = useState('');
  const t = useWords('records');
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field
        label={t('selectionWhom')}
        required
        {...(tried && !nominee ? { validationMessage: t('selectionChooseNominee'), validationState: 'error' as const } : on('nominee'))}
      >
        <Select value={nominee} onChange={(_, d) => setNominee(d.value)}>
          {nominee === '' && (
            <option value="" disabled>
              {t('selectionChooseNominee')}
            </option>
          )}
          {members.map((m) => (
            <option key={m.personId} value={m.personId}>
              {m.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('selectionWhy')} {...on('reason')}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div>
        <Button
          appearance="primary"
          onClick={() => {
            setTried(true);
            if (nominee) onSend(nominee, reason);
          }}
        >
          {t('selectionSendNomination')}
        </Button>
      </div>
    </div>
  );
}

function Propose({
  nominated,
  name,
  on,
  onSend,
}: {
  nominated: readonly string[];
  name: (id: string) => string;
  on: FieldOf;
  onSend: (candidate: string, reasoning: string, mode: 'sync' | 'async') => void;
}) {
  const [candidate, setCandidate] = useState(nominated[0] ?? '');
  const [reasoning, setReasoning] = useState('');
  const t = useWords('records');
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field label={t('selectionCandidate')} {...on('candidate')}>
        <Select value={candidate} onChange={(_, d) => setCandidate(d.value)}>
          {nominated.map((p) => (
            <option key={p} value={p}>
              {name(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('selectionReasoning')} {...on('reasoning')}>
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
