import type { Proposal, ProposalState } from '../../../shared';
import { availableProposalSteps, proposalDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as, admin } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';

const structure = careCoop();
const northside = circleOf(structure, 'northside');
const proposalOf = (state: ProposalState): Proposal => {
  if (!state.proposal) throw new Error('no proposal');
  return state.proposal;
};
const stepsFor = (state: ProposalState, who: string) =>
  availableProposalSteps(state.circle, proposalOf(state), as(who), '2026-11-21T09:00:00.000Z');

describe('the steps a person may take now, as the decider judges them', () => {
  it('offers the author a draft’s presentation, amendment and withdrawal, and other members nothing', () => {
    const draft = rotaProposalAt(structure, 'draft');
    expect(stepsFor(draft, 'dev')).toEqual(['edit-draft', 'present-proposal', 'withdraw-proposal']);
    expect(stepsFor(draft, 'farid')).toEqual([]);
  });

  it('offers the facilitator the next stage, and members their questions', () => {
    const clarifying = rotaProposalAt(structure, 'clarifying');
    expect(stepsFor(clarifying, 'hana')).toEqual(expect.arrayContaining(['ask-question', 'open-quick-reactions', 'amend-proposal']));
    expect(stepsFor(clarifying, 'farid')).toEqual(['ask-question']);
    expect(stepsFor(clarifying, 'ben')).toEqual([]);
  });

  it('offers the author answers to open questions only', () => {
    const clarifying = rotaProposalAt(structure, 'clarifying');
    expect(stepsFor(clarifying, 'dev')).not.toContain('answer-question');
    const asked = step(
      proposalDecider,
      clarifying,
      { type: 'ask-question', proposalId: 'weekend-rota', questionId: 'q1', text: 'Who covers holidays?' },
      as('farid'),
    );
    expect(stepsFor(asked, 'dev')).toContain('answer-question');
  });

  it('offers an answer to those asked in the round, and closing to the facilitator once it may close', () => {
    const round = rotaProposalAt(structure, 'consent-round', { mode: 'sync' });
    expect(stepsFor(round, 'farid')).toEqual(['answer']);
    expect(stepsFor(round, 'hana')).not.toContain('close-consent-round');
    const answered = step(
      proposalDecider,
      round,
      { type: 'answer', proposalId: 'weekend-rota', answer: { kind: 'object', text: 'Farid needs one carer.' } },
      as('farid'),
    );
    expect(stepsFor(answered, 'hana')).toContain('close-consent-round');
    expect(stepsFor(answered, 'farid')).toEqual(['answer', 'withdraw-objection']);
  });

  it('offers an organisation admin outside the circle nothing in it', () => {
    expect(
      availableProposalSteps(northside, proposalOf(rotaProposalAt(structure, 'consent-round')), admin, '2026-11-21T09:00:00.000Z'),
    ).toEqual([]);
  });
});
