import type { Actor, Circle, PersonId, Proposal, ProposalStepKind } from '../../../shared';
import { availableProposalSteps, countedEligible, hasAnswered, isMember } from '../../../shared';
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
function closeAction(circle: Circle, proposal: Proposal, may: (step: ProposalStepKind) => boolean, nameLimit: number): Action[] {
  if (proposal.status !== 'consent-round' || !may('close-consent-round')) return [];
  const data = proposalData(proposal, { step: 'close-consent-round' });
  if (proposal.round.mode === 'async') return [execute('Close the round', 'proposal-step', data)];
  const asked = countedEligible(proposal.round, circle);
  const answered = asked.filter((personId) => hasAnswered(proposal.round, personId));
  const choices = asked.map((personId) => ({ title: shorten(circle.members.find((m) => m.personId === personId)?.displayName ?? personId, nameLimit), value: personId }));
  return [showCard('Close the round', [choiceInput('present', 'Who is present', choices, 'Choose who is present.', { multi: true, value: answered.join(',') })], [execute('Close with those present', 'proposal-step', data)])];
}

const amendPrefillLimit = 2000;

const reasonRequired = 'An objection needs its reason: how would this harm the circle’s aim, or what risk can the circle not afford?';

/**
 * The answers a member gives in a consent round; stand aside only where the circle
 * allows it. Each form has its own input id, so a client that gathers inputs by id
 * never sends one form's text with the other's answer.
 */
export function answerActions(proposal: Proposal): Action[] {
  if (proposal.status !== 'consent-round') return [];
  const answer = (kind: string) => proposalData(proposal, { step: 'answer', kind });
  return [
    execute('Consent', 'proposal-step', answer('consent'), 'positive'),
    showCard('Consent with a concern', [text('A concern does not stop the decision; it is recorded with it.', { subtle: true }), textInput('concern', 'Your concern', { required: 'Say what your concern is.', maxLength: 2000 })], [execute('Send concern', 'proposal-step', answer('concern'))]),
    showCard('Object', [text(reasonRequired, { subtle: true }), textInput('objection', 'Your reason', { required: reasonRequired, maxLength: 2000 })], [execute('Send objection', 'proposal-step', answer('object'), 'destructive')]),
    ...(proposal.round.standAsideAllowed ? [execute('Stand aside', 'proposal-step', answer('stand-aside'))] : []),
  ];
}

/** Steps of the stage that any member may take besides answering: on the shared message, and on a member's own card. */
export function memberActions(proposal: Proposal, circle: Circle, viewer: PersonId | null): Action[] {
  if (viewer !== null && !isMember(circle, viewer)) return [];
  switch (proposal.status) {
    case 'clarifying':
      return [showCard('Ask a question', [textInput('question', 'Your question', { required: 'Write your question.', maxLength: 1000 })], [execute('Ask', 'proposal-step', proposalData(proposal, { step: 'ask-question' }))])];
    case 'reactions':
      return [showCard('Give a quick reaction', [textInput('reaction', 'Your reaction (a sentence or two)', { required: 'Write your reaction.', maxLength: 280 })], [execute('Send reaction', 'proposal-step', proposalData(proposal, { step: 'react' }))])];
    default:
      return [];
  }
}

/**
 * The steps this viewer may take beyond the members' ones: the facilitator's moves,
 * the author's amendment, the objector's withdrawal. Offered exactly as the core's
 * `availableProposalSteps` allows them, so no rule is restated here.
 */
export function viewerActions(circle: Circle, proposal: Proposal, viewer: PersonId, now: string, nameLimit = 60): Action[] {
  const actor: Actor = { kind: 'person', personId: viewer, organisationAdmin: false };
  const steps = availableProposalSteps(circle, proposal, actor, now);
  const may = (step: ProposalStepKind) => steps.includes(step);
  const step = (title: string, type: ProposalStepKind, style?: 'positive' | 'destructive') => (may(type) ? [execute(title, 'proposal-step', proposalData(proposal, { step: type }), style)] : []);
  const actions: Action[] = [
    ...step('Present to the circle', 'present-proposal', 'positive'),
    ...step('Open clarifying questions', 'open-clarifying-questions'),
    ...step('Open quick reactions', 'open-quick-reactions'),
    ...step('Withdraw my objection', 'withdraw-objection'),
  ];
  if (may('open-consent-round')) {
    const modes = [
      { title: 'Asynchronous: everyone answers here by the deadline', value: 'async' },
      { title: 'In our meeting now: the facilitator closes once those present have answered', value: 'sync' },
    ];
    actions.unshift(showCard('Open the consent round', [choiceInput('mode', 'How the circle answers', modes, 'Choose how the circle answers.', { value: 'async' })], [execute('Open the round', 'proposal-step', proposalData(proposal, { step: 'open-consent-round' }), 'positive')]));
  }
  actions.push(...step('Remind those still to answer', 'remind-awaited'));
  actions.push(...closeAction(circle, proposal, may, nameLimit));
  const unanswered = proposal.questions.filter((question) => question.answer === null);
  const first = unanswered[0];
  if (first && may('answer-question')) {
    actions.push(showCard('Answer a question', unanswered.slice(0, 5).flatMap((question) => [text(question.text, { weight: 'Bolder' }), textInput(`answer-${question.questionId}`, 'Answer', { maxLength: 4000 })]), [execute('Send answers', 'proposal-step', proposalData(proposal, { step: 'answer-question' }))]));
  }
  if (may('amend-proposal')) {
    // A long text is not repeated in the card (it would not fit a message); the tab shows it whole.
    const prefill = proposal.text.length <= amendPrefillLimit ? { value: proposal.text } : { placeholder: 'Write the whole amended text; the current one is in the tab.' };
    actions.push(showCard('Amend', [text('An amendment is a new revision: answers given so far are cleared and the round asks again.', { subtle: true }), textInput('amendment', 'Proposal text', { ...prefill, required: 'The amended text cannot be empty.', maxLength: 20000 })], [execute('Send amendment', 'proposal-step', proposalData(proposal, { step: 'amend-proposal' }))]));
  }
  if (may('withdraw-proposal')) {
    actions.push(showCard('Withdraw', [textInput('reason', 'Why is it withdrawn?', { required: 'Say why, for the logbook.', maxLength: 2000 })], [execute('Withdraw the proposal', 'proposal-step', proposalData(proposal, { step: 'withdraw-proposal' }), 'destructive')]));
  }
  return actions;
}
