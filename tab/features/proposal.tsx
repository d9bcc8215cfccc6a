import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  type FieldProps,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Circle, Proposal, ProposalStepKind, RoundTally } from '../../shared';
import type { ApiClient } from '../api/client';
import { RevisionChanges } from './proposal-changes';
import type { InMeeting } from './in-meeting';
import { stepsPathOf } from './in-meeting';
import { AnswerForm, CloseForm } from './round-forms';
import { answerKey, stageKey } from './record-words';
import { useDays } from './reader-days';
import { useTexts, useWords } from '../texts';
import { StageHeader } from './stage-header';
import { useRefusal } from './refusal';
import { useStepToast } from './toasts';
import { ViewSkeleton } from './view-skeleton';
import { Person } from './person';
import { usePolled } from '../lib/use-polled';
import { useConfirm } from '../lib/confirm';
import { OnDemand } from './on-demand';
import { EditDraft } from './edit-draft';

interface Loaded {
  readonly proposal: Proposal;
  readonly guide: string;
  readonly steps: readonly ProposalStepKind[];
  /** The running round counted as the core counts it (those asked who are still members). */
  readonly tally: RoundTally | null;
}

/** The fields each step's form shows a refusal on, by step: any other refusal shows above the steps. */
const stepFields = [
  'answer-question:answer',
  'ask-question:text',
  'react:text',
  'answer:kind',
  'answer:text',
  'amend-proposal:text',
  'withdraw-proposal:reason',
];

/** A step as an ICU select's selector, which takes no hyphen: `present-proposal` → `presentProposal`. */
const selector = (step: string) => step.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * One proposal: its text, the guide to its stage, the conversation so far (questions,
 * reactions, answers and objections with their reasons) and the steps the caller may
 * take now — exactly those the API says the core allows.
 */
export default function ProposalView({
  api,
  circle,
  proposalId,
  onBack,
  backTo,
  inMeeting,
}: {
  api: ApiClient;
  circle: Pick<Circle, 'circleId' | 'name' | 'members'>;
  proposalId: string;
  onBack: () => void;
  /** Where going back leads when not to the circle: the meeting the proposal was opened from. */
  backTo?: string;
  /** The meeting the proposal is taken up in: steps end the speaker's turn there, the round closes with those present. */
  inMeeting?: InMeeting;
}) {
  const [busy, setBusy] = useState(false);
  const t = useWords('records');
  const texts = useTexts();
  const toast = useStepToast();
  const { calendarDay } = useDays();
  const path = `circles/${encodeURIComponent(circle.circleId)}/proposals/${encodeURIComponent(proposalId)}`;
  // Read again each second while open, so answers and questions given elsewhere (another panel, a card) arrive
  // without reopening; the forms below keep their own state, so a read never wipes what someone is typing.
  const { body: loaded, error: unread, readNow } = usePolled<Loaded>(api, path);
  const { confirm, dialog } = useConfirm();
  const { attempt, on, bar } = useRefusal(stepFields);

  /** Sends one step; a refusal shows on the field it names, or above the steps in the API's own words. */
  async function act(command: { type: ProposalStepKind } & Record<string, unknown>): Promise<boolean> {
    setBusy(true);
    const taken = await attempt(() => api.post(stepsPathOf(path, inMeeting), command), command.type);
    setBusy(false);
    if (taken) {
      toast(t('toastStep', { step: selector(command.type) }));
      readNow();
    }
    return taken;
  }

  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  if (!loaded) return unread ? <ErrorBar message={unread} /> : <ViewSkeleton label={t('proposalLoading')} />;
  const { proposal, guide, steps, tally } = loaded;
  const round = 'round' in proposal ? proposal.round : null;
  const may = (step: ProposalStepKind) => steps.includes(step);
  const withdraw = async (reason: string) => {
    const words = t('proposalWithdrawWords', { title: proposal.title });
    if (await confirm({ title: t('proposalWithdrawTitle'), words, confirm: t('proposalWithdraw') }))
      await act({ type: 'withdraw-proposal', reason });
  };

  return (
    <article aria-label={proposal.title} style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <StageHeader
        back={backTo ?? circle.name}
        onBack={onBack}
        title={proposal.title}
        guide={guide}
        badges={
          <>
            <Badge appearance="tint">{t(stageKey[proposal.status])}</Badge>
            <Badge appearance="outline">{t('proposalRevision', { revision: proposal.revision })}</Badge>
          </>
        }
      />
      {unread && <ErrorBar message={unread} />}
      {bar}
      <Text style={{ whiteSpace: 'pre-wrap' }}>{proposal.text}</Text>
      {proposal.driver && (
        <Text>
          <strong>{t('why')}</strong> {proposal.driver}
        </Text>
      )}
      <Text size={200}>{t('reviewBy', { date: calendarDay(proposal.reviewDate) })}</Text>

      {proposal.questions.length > 0 && (
        <section aria-label={t('proposalQuestions')}>
          <Subtitle2 as="h3">{t('proposalQuestions')}</Subtitle2>
          {proposal.questions.map((q) => (
            <div key={q.questionId}>
              <Text>
                <strong>{t('nameSaid', { name: name(q.askedBy) })}</strong> {q.text}
              </Text>
              {q.answer ? (
                <Text block>↳ {q.answer}</Text>
              ) : (
                may('answer-question') && (
                  <TextStep
                    label={t('proposalAnswerTo', { name: name(q.askedBy) })}
                    action={t('proposalAnswer')}
                    busy={busy}
                    field={on('answer', 'answer-question')}
                    onSend={(answer) => act({ type: 'answer-question', questionId: q.questionId, answer })}
                  />
                )
              )}
            </div>
          ))}
        </section>
      )}
      {Object.keys(proposal.reactions).length > 0 && (
        <section aria-label={t('proposalReactions')}>
          <Subtitle2 as="h3">{t('proposalReactions')}</Subtitle2>
          {Object.entries(proposal.reactions).map(([who, reaction]) => (
            <Text key={who} block>
              <strong>{t('nameSaid', { name: name(who) })}</strong> {reaction.text}
            </Text>
          ))}
        </section>
      )}
      {round && (
        <section aria-label={t('proposalRound')}>
          <Subtitle2 as="h3">{t('proposalRound')}</Subtitle2>
          {tally && <Text block>{t('proposalAnswered', { answered: tally.answered, asked: tally.asked })}</Text>}
          {Object.entries(round.answers).map(([who, answer]) => (
            <Text key={who} block>
              <Person name={name(who)}>
                <strong>{t('nameSaid', { name: name(who) })}</strong>
              </Person>{' '}
              {answer.text ? t('answerWithWords', { answer: t(answerKey[answer.kind]), words: answer.text }) : t(answerKey[answer.kind])}
            </Text>
          ))}
          {proposal.status === 'adopted' && proposal.silentConsent.length > 0 && (
            <Text block>{t('proposalSilentConsent', { names: texts.list(proposal.silentConsent.map(name)) })}</Text>
          )}
          {proposal.objections
            .filter((o) => o.status !== 'open')
            .map((o) => (
              <Text key={`${o.objector}-${o.revision}`} block size={200}>
                {t('proposalObjectionSettled', { name: name(o.objector), revision: o.revision, outcome: o.status, reason: o.reason })}
              </Text>
            ))}
        </section>
      )}

      {proposal.history.length > 0 && (
        <section aria-label={t('proposalRevisions')}>
          <Subtitle2 as="h3">{t('proposalRevisions')}</Subtitle2>
          {proposal.history.map((earlier, index) => {
            const next = proposal.history[index + 1] ?? proposal;
            return (
              <div key={earlier.revision} style={{ marginBottom: 8 }}>
                <Text block size={200}>
                  {t('proposalRevisionStep', { from: earlier.revision, to: next.revision, count: Object.keys(earlier.answers).length })}
                </Text>
                <RevisionChanges
                  before={earlier.text}
                  after={next.text}
                  label={t('revisionChanges', { from: earlier.revision, to: next.revision })}
                />
              </div>
            );
          })}
        </section>
      )}

      <section aria-label={t('stepsHeading')} style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
        {steps.length > 0 && <Subtitle2 as="h3">{t('stepsHeading')}</Subtitle2>}
        {may('edit-draft') && <EditDraft draft={proposal} busy={busy} onSend={(edited) => act({ type: 'edit-draft', ...edited })} />}
        {may('present-proposal') && (
          <Button onClick={() => act({ type: 'present-proposal' })} disabled={busy}>
            {t('proposalPresent')}
          </Button>
        )}
        {may('open-clarifying-questions') && (
          <Button onClick={() => act({ type: 'open-clarifying-questions' })} disabled={busy}>
            {t('proposalOpenQuestions')}
          </Button>
        )}
        {may('ask-question') && (
          <TextStep
            label={t('proposalYourQuestion')}
            action={t('proposalAsk')}
            busy={busy}
            field={on('text', 'ask-question')}
            onSend={(text) => act({ type: 'ask-question', questionId: newId('q'), text })}
          />
        )}
        {may('open-quick-reactions') && (
          <Button onClick={() => act({ type: 'open-quick-reactions' })} disabled={busy}>
            {t('proposalOpenReactions')}
          </Button>
        )}
        {may('react') && (
          <TextStep
            label={t('proposalYourReaction')}
            action={t('proposalReact')}
            busy={busy}
            field={on('text', 'react')}
            onSend={(text) => act({ type: 'react', text })}
          />
        )}
        {may('open-consent-round') && (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <Button appearance="primary" onClick={() => act({ type: 'open-consent-round', options: { mode: 'async' } })} disabled={busy}>
              {t('proposalOpenRoundAsync')}
            </Button>
            <Button onClick={() => act({ type: 'open-consent-round', options: { mode: 'sync' } })} disabled={busy}>
              {t('proposalOpenRoundSync')}
            </Button>
          </div>
        )}
        {may('answer') && round && (
          <AnswerForm
            standAside={round.standAsideAllowed}
            busy={busy}
            on={(field) => on(field, 'answer')}
            onSend={(answer) => act({ type: 'answer', answer })}
          />
        )}
        {may('withdraw-objection') && (
          <Button onClick={() => act({ type: 'withdraw-objection' })} disabled={busy}>
            {t('withdrawObjection')}
          </Button>
        )}
        {may('remind-awaited') && (
          <Button onClick={() => void act({ type: 'remind-awaited' })} disabled={busy}>
            {t('remindAwaited')}
          </Button>
        )}
        {may('close-consent-round') && round && (
          <CloseForm
            mode={round.mode}
            asked={round.eligible}
            answered={Object.keys(round.answers)}
            {...(inMeeting ? { inMeeting: inMeeting.present } : {})}
            name={name}
            busy={busy}
            onClose={(present) => act({ type: 'close-consent-round', ...(present ? { present } : {}) })}
          />
        )}
        {/* Amending and withdrawing change the proposal for everyone: each opens on demand, with a way back. */}
        {may('amend-proposal') && (
          <OnDemand label={t('proposalAmend')}>
            {(close) => (
              <TextStep
                label={t('proposalAmendLabel')}
                action={t('proposalAmend')}
                initial={proposal.text}
                multiline
                busy={busy}
                field={on('text', 'amend-proposal')}
                onSend={async (text) => {
                  if (await act({ type: 'amend-proposal', text })) close();
                }}
                onCancel={close}
              />
            )}
          </OnDemand>
        )}
        {may('withdraw-proposal') && (
          <OnDemand label={t('proposalWithdraw')}>
            {(close) => (
              <TextStep
                label={t('proposalWithdrawWhy')}
                action={t('proposalWithdraw')}
                busy={busy}
                field={on('reason', 'withdraw-proposal')}
                onSend={(reason) => void withdraw(reason)}
                onCancel={close}
              />
            )}
          </OnDemand>
        )}
      </section>
      {dialog}
    </article>
  );
}

function ErrorBar({ message }: { message: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

/** A labelled text and its button; the API checks the text, and its refusal shows on the field (`field`). */
function TextStep({
  label,
  action,
  busy,
  initial = '',
  multiline = false,
  field,
  onSend,
  onCancel,
}: {
  label: string;
  action: string;
  busy: boolean;
  initial?: string;
  multiline?: boolean;
  field: Pick<FieldProps, 'validationMessage' | 'validationState'>;
  onSend: (text: string) => void;
  /** Offered where the step opened on demand: closes it, nothing sent. */
  onCancel?: () => void;
}) {
  const t = useWords('records');
  const [text, setText] = useState(initial);
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field label={label} {...field}>
        {multiline ? (
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
        ) : (
          <Input value={text} onChange={(_, d) => setText(d.value)} />
        )}
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button onClick={() => onSend(text)} disabled={busy}>
          {action}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('formCancel')}</Button>}
      </div>
    </div>
  );
}
