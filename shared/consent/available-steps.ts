import type { Circle } from '../circles/circle';
import type { Actor } from '../kernel/actor';
import { transition } from '../kernel/decider';
import type { Instant } from '../kernel/ids';
import { countedEligible, hasAnswered } from './consent-round';
import type { Proposal } from './proposal';
import { proposalDecider } from './proposal-decider';

export const proposalStepKinds = [
  'edit-draft',
  'present-proposal',
  'open-clarifying-questions',
  'ask-question',
  'answer-question',
  'open-quick-reactions',
  'react',
  'open-consent-round',
  'answer',
  'withdraw-objection',
  'amend-proposal',
  'remind-awaited',
  'close-consent-round',
  'withdraw-proposal',
] as const;
export type ProposalStepKind = (typeof proposalStepKinds)[number];

/**
 * A command of each kind with stand-in content, enough for the decider to say
 * whether this person may take that step now; what they then write is checked
 * again when they send it.
 */
function sample(kind: ProposalStepKind, circle: Circle, proposal: Proposal): Record<string, unknown> | null {
  switch (kind) {
    case 'ask-question':
      return { questionId: 'available-steps-sample', text: 'x' };
    case 'answer-question': {
      const open = proposal.questions.find((question) => question.answer === null);
      return open ? { questionId: open.questionId, answer: 'x' } : null;
    }
    case 'react':
      return { text: 'x' };
    case 'answer':
      return { answer: { kind: 'consent' } };
    case 'amend-proposal':
      // Different from the text, so only whether this person may amend now is asked.
      return { text: proposal.text === 'x' ? 'y' : 'x' };
    case 'close-consent-round': {
      if (proposal.status !== 'consent-round' || proposal.round.mode === 'async') return {};
      // In a meeting, those who have answered are present at the least.
      return { present: countedEligible(proposal.round, circle).filter((personId) => hasAnswered(proposal.round, personId)) };
    }
    case 'withdraw-proposal':
      return { reason: 'x' };
    default:
      return {};
  }
}

/** The steps of a consent decision this person may take now, as the decider judges them. */
export function availableProposalSteps(circle: Circle, proposal: Proposal, actor: Actor, now: Instant): ProposalStepKind[] {
  return proposalStepKinds.filter((kind) => {
    const fields = sample(kind, circle, proposal);
    return (
      fields !== null &&
      transition(proposalDecider, { circle, proposal }, { type: kind, proposalId: proposal.proposalId, ...fields }, actor, now).ok
    );
  });
}
