import { careCoop } from '../support/care-coop';
import { rotaProposalAt } from '../support/proposals';

test('the care co-op fixture builds through the real deciders', () => {
  const state = rotaProposalAt(careCoop(), 'consent-round');
  expect(state.proposal?.status).toBe('consent-round');
});
