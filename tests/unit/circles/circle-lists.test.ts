import fc from 'fast-check';
import type { Proposal, ProposalStage } from '../../../shared';
import {
  listedProposal,
  proposalAwaits,
  proposalDecider,
  proposalGuide,
  proposalListing,
  ProposalListing,
  readsCircleWork,
  selectionListedIn,
} from '../../../shared';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now, today } from '../../support/clock';
import { admin, as, system } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { northsideDelegate, northsideLeader, selectionAt, selectionOf } from '../../support/selection-flow';

const structure = careCoop();
const northside = circleOf(structure, 'northside');
const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];
const undecided: ProposalStage[] = ['draft', 'presented', 'clarifying', 'reactions', 'consent-round'];

/** The weekend-rota proposal decided `days` after it was drafted: adopted by a meeting round, or withdrawn by one of the circle. */
function decided(outcome: 'adopted' | 'withdrawn', days: number, withdrawer: string, reason: string): Proposal {
  const at = daysFromNow(days);
  if (outcome === 'withdrawn') {
    const state = rotaProposalAt(structure, 'presented');
    return step(proposalDecider, state, { type: 'withdraw-proposal', proposalId: 'weekend-rota', reason }, as(withdrawer), at)
      .proposal as Proposal;
  }
  let state = rotaProposalAt(structure, 'consent-round', { mode: 'sync' });
  for (const person of northsiders)
    state = step(proposalDecider, state, { type: 'answer', proposalId: 'weekend-rota', answer: { kind: 'consent' } }, as(person), at);
  return step(proposalDecider, state, { type: 'close-consent-round', proposalId: 'weekend-rota', present: northsiders }, as('hana'), at)
    .proposal as Proposal;
}

describe('what a circle’s lists show', () => {
  it('a decision listed from what its list keeps is guided as the proposal read whole', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('adopted', 'withdrawn' as const),
        // Within Hana's term as facilitator, who closes the round.
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom('dev', 'hana'),
        fc.string({ minLength: 1, maxLength: 80 }).filter((reason) => reason.trim().length > 0),
        fc.constantFrom('amara', 'chloe', 'grace'),
        (outcome, days, withdrawer, reason, viewer) => {
          const proposal = decided(outcome as 'adopted' | 'withdrawn', days, withdrawer, reason);
          const kept = ProposalListing.parse(JSON.parse(JSON.stringify(proposalListing(proposal))));
          const listed = listedProposal(kept, northside, proposalAwaits(proposal, northside, viewer), today);
          expect(listed).toEqual({ ...proposalListing(proposal), guide: proposalGuide(proposal, northside, today), awaitsCaller: false });
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(
    undecided.flatMap((stage) => (['sync', 'async'] as const).map((mode) => [stage, mode] as const)),
  )('a proposal at “%s” (a %s round) is guided from its listing as when read whole, undecided', (stage, mode) => {
    const { proposal } = rotaProposalAt(structure, stage, { mode });
    if (!proposal) throw new Error('no proposal');
    const kept = ProposalListing.parse(JSON.parse(JSON.stringify(proposalListing(proposal))));
    expect(kept.decidedAt).toBeNull();
    expect(listedProposal(kept, northside, true, today).guide).toEqual(proposalGuide(proposal, northside, today));
  });

  it('keeps of a proposal only what finds it and says where it stands, never its text or answers', () => {
    const proposal = decided('adopted', 3, 'dev', '');
    expect(proposalListing(proposal)).toEqual({
      proposalId: 'weekend-rota',
      circleId: 'northside',
      title: 'Rotate weekend shifts monthly',
      status: 'adopted',
      author: 'dev',
      revision: 1,
      createdAt: now,
      reviewDate: '2027-06-01',
      round: { mode: 'sync', deadline: null },
      decidedAt: daysFromNow(3),
      withdrawal: null,
    });
  });

  it('the circle’s work under way is followed by its members and timers only', () => {
    expect(readsCircleWork(northside, as('grace'))).toBe(true);
    expect(readsCircleWork(northside, as('chloe'))).toBe(false);
    expect(readsCircleWork(northside, admin)).toBe(false);
    expect(readsCircleWork(northside, system)).toBe(true);
    expect(readsCircleWork(undefined, as('grace'))).toBe(false);
  });

  it('lists a leader’s selection in the parent that holds it too, any other selection in its own circle only', () => {
    expect(selectionListedIn(selectionOf(selectionAt(structure, northsideLeader, 'nominations')))).toEqual(['northside', 'hub']);
    expect(selectionListedIn(selectionOf(selectionAt(structure, northsideDelegate, 'nominations')))).toEqual(['northside']);
  });
});
