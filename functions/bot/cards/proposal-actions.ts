import type { Actor, Circle, PersonId, Proposal, ProposalStepKind } from '../../../shared';
import { availableProposalSteps, countedEligible, hasAnswered, isMember } from '../../../shared';
import type { Texts } from '../../../texts/translate';
import type { Action } from './card';
import { choiceInput, execute, shorten, showCard, text, textInput } from './card';

/** What every action of a proposal card carries, so a stale or forged click is recognised. */
export function proposalData(proposal: Proposal, extra: Record<string, unknown> = {}) {
  return { subject: 'proposal', circleId: proposal.circleId, proposalId: proposal.proposalId, revision: proposal.revision, ...extra };
}

/**
 * Closing: asynchronously as the round stands; in a meeting, with those present
 * (at first, those who have answered), since absent members cannot be waited for.
 */
function closeAction(
  circle: Circle,
  proposal: Proposal,
  may: (step: ProposalStepKind) => boolean,
  nameLimit: number,
  texts: Texts,
): Action[] {
  const words = texts.of('cards');
  if (proposal.status !== 'consent-round' || !may('close-consent-round')) return [];
  const data = proposalData(proposal, { step: 'close-consent-round' });
  if (proposal.round.mode === 'async') return [execute(words('closeRound'), 'proposal-step', data)];
  const asked = countedEligible(proposal.round, circle);
  const answered = asked.filter((personId) => hasAnswered(proposal.round, personId));
  const choices = asked.map((personId) => ({
    title: shorten(circle.members.find((m) => m.personId === personId)?.displayName ?? personId, nameLimit),
    value: personId,
  }));
  const present = choiceInput('present', words('closeWhoIsPresent'), choices, words('closeChoosePresent'), {
    multi: true,
    value: answered.join(','),
  });
  return [showCard(words('closeRound'), [present], [execute(words('closeWithPresent'), 'proposal-step', data)])];
}

const amendPrefillLimit = 2000;

/**
 * The answers a member gives in a consent round; stand aside only where the circle
 * allows it. Each form has its own input id, so a client that gathers inputs by id
 * never sends one form's text with the other's answer.
 */
export function answerActions(proposal: Proposal, texts: Texts): Action[] {
  if (proposal.status !== 'consent-round') return [];
  const words = texts.of('cards');
  const reasonRequired = words('objectionReasonRequired');
  const answer = (kind: string) => proposalData(proposal, { step: 'answer', kind });
  return [
    execute(words('consentButton'), 'proposal-step', answer('consent'), 'positive'),
    showCard(
      words('concernButton'),
      [
        text(words('concernNote'), { subtle: true }),
        textInput('concern', words('concernLabel'), { required: words('concernRequired'), maxLength: 2000 }),
      ],
      [execute(words('concernSend'), 'proposal-step', answer('concern'))],
    ),
    showCard(
      words('objectButton'),
      [
        text(reasonRequired, { subtle: true }),
        textInput('objection', words('objectionLabel'), { required: reasonRequired, maxLength: 2000 }),
      ],
      [execute(words('objectionSend'), 'proposal-step', answer('object'), 'destructive')],
    ),
    ...(proposal.round.standAsideAllowed ? [execute(words('standAsideButton'), 'proposal-step', answer('stand-aside'))] : []),
  ];
}

/** Steps of the stage that any member may take besides answering: on the shared message, and on a member's own card. */
export function memberActions(proposal: Proposal, circle: Circle, viewer: PersonId | null, texts: Texts): Action[] {
  if (viewer !== null && !isMember(circle, viewer)) return [];
  const words = texts.of('cards');
  switch (proposal.status) {
    case 'clarifying':
      return [
        showCard(
          words('askQuestion'),
          [textInput('question', words('questionLabel'), { required: words('questionRequired'), maxLength: 1000 })],
          [execute(words('questionSend'), 'proposal-step', proposalData(proposal, { step: 'ask-question' }))],
        ),
      ];
    case 'reactions':
      return [
        showCard(
          words('reactionGive'),
          [textInput('reaction', words('reactionLabel'), { required: words('reactionRequired'), maxLength: 280 })],
          [execute(words('reactionSend'), 'proposal-step', proposalData(proposal, { step: 'react' }))],
        ),
      ];
    default:
      return [];
  }
}

/**
 * The steps this viewer may take beyond the members' ones: the facilitator's moves,
 * the author's amendment, the objector's withdrawal. Offered exactly as the core's
 * `availableProposalSteps` allows them, so no rule is restated here.
 */
export function viewerActions(circle: Circle, proposal: Proposal, viewer: PersonId, now: string, texts: Texts, nameLimit = 60): Action[] {
  const words = texts.of('cards');
  const actor: Actor = { kind: 'person', personId: viewer, organisationAdmin: false };
  const steps = availableProposalSteps(circle, proposal, actor, now);
  const may = (step: ProposalStepKind) => steps.includes(step);
  const step = (title: string, type: ProposalStepKind, style?: 'positive' | 'destructive') =>
    may(type) ? [execute(title, 'proposal-step', proposalData(proposal, { step: type }), style)] : [];
  const actions: Action[] = [
    ...step(words('stepPresent'), 'present-proposal', 'positive'),
    ...step(words('stepOpenClarifying'), 'open-clarifying-questions'),
    ...step(words('stepOpenReactions'), 'open-quick-reactions'),
    ...step(words('stepWithdrawObjection'), 'withdraw-objection'),
  ];
  if (may('open-consent-round')) {
    const modes = [
      { title: words('modeAsync'), value: 'async' },
      { title: words('modeSync'), value: 'sync' },
    ];
    const mode = choiceInput('mode', words('modeLabel'), modes, words('modeRequired'), { value: 'async' });
    actions.unshift(
      showCard(
        words('openRound'),
        [mode],
        [execute(words('openRoundButton'), 'proposal-step', proposalData(proposal, { step: 'open-consent-round' }), 'positive')],
      ),
    );
  }
  actions.push(...step(words('stepRemindAwaited'), 'remind-awaited'));
  actions.push(...closeAction(circle, proposal, may, nameLimit, texts));
  const unanswered = proposal.questions.filter((question) => question.answer === null);
  const first = unanswered[0];
  if (first && may('answer-question')) {
    const questions = unanswered
      .slice(0, 5)
      .flatMap((question) => [
        text(question.text, { weight: 'Bolder' }),
        textInput(`answer-${question.questionId}`, words('answerLabel'), { maxLength: 4000 }),
      ]);
    actions.push(
      showCard(words('answerQuestions'), questions, [
        execute(words('answersSend'), 'proposal-step', proposalData(proposal, { step: 'answer-question' })),
      ]),
    );
  }
  if (may('amend-proposal')) {
    // A long text is not repeated in the card (it would not fit a message); the tab shows it whole.
    const prefill = proposal.text.length <= amendPrefillLimit ? { value: proposal.text } : { placeholder: words('amendPlaceholder') };
    actions.push(
      showCard(
        words('amend'),
        [
          text(words('amendNote'), { subtle: true }),
          textInput('amendment', words('amendLabel'), { ...prefill, required: words('amendRequired'), maxLength: 20000 }),
        ],
        [execute(words('amendSend'), 'proposal-step', proposalData(proposal, { step: 'amend-proposal' }))],
      ),
    );
  }
  if (may('withdraw-proposal')) {
    const reason = textInput('reason', words('withdrawLabel'), { required: words('withdrawRequired'), maxLength: 2000 });
    actions.push(
      showCard(
        words('withdraw'),
        [reason],
        [execute(words('withdrawProposal'), 'proposal-step', proposalData(proposal, { step: 'withdraw-proposal' }), 'destructive')],
      ),
    );
  }
  return actions;
}
