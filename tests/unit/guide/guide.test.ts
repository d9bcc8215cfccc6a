import type { ProposalStage } from '../../../shared';
import { addDays, proposalGuide, selectionGuide } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { today } from '../../support/clock';
import { rotaProposalAt } from '../../support/proposals';
import { northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const structure = careCoop();
const northside = circleOf(structure, 'northside');

describe('guided facilitation: what happens now, who acts, what comes next', () => {
  it.each([
    ['draft', ['Dev Patel is drafting', 'Hana Sato, the facilitator', 'presents it']],
    ['presented', ['Hana Sato opens clarifying questions']],
    ['clarifying', ['no opinions yet', 'Dev Patel or Hana Sato answers', 'Hana Sato opens quick reactions']],
    ['reactions', ['how they feel', 'Hana Sato opens the consent round']],
    ['consent-round', ['good enough for now, safe enough to try', 'Only an objection with its reason stops the decision']],
  ] as [ProposalStage, string[]][])('at “%s” names the stage, the person who acts and the next step', (stage, expected) => {
    const { proposal } = rotaProposalAt(structure, stage);
    if (!proposal) throw new Error('no proposal');
    const guide = proposalGuide(proposal, northside, today);
    for (const words of expected) expect(guide).toContain(words);
  });

  it('tells a meeting round that the facilitator closes once those present have answered', () => {
    const { proposal } = rotaProposalAt(structure, 'consent-round', { mode: 'sync' });
    if (!proposal) throw new Error('no proposal');
    expect(proposalGuide(proposal, northside, today)).toContain('Hana Sato closes the round once everyone present has answered');
  });

  it('never shows a deadline that has passed as one ahead: from the day after it, the round is the facilitator’s to close', () => {
    const { proposal } = rotaProposalAt(structure, 'consent-round', { mode: 'async' });
    const deadline = proposal && 'round' in proposal ? proposal.round?.deadline?.slice(0, 10) : undefined;
    if (!proposal || deadline === undefined) throw new Error('no asynchronous round');
    expect(proposalGuide(proposal, northside, deadline)).toContain(`answer by ${deadline}`);
    const after = proposalGuide(proposal, northside, addDays(deadline, 1));
    expect(after).toContain(`its deadline, ${deadline}, has passed. Hana Sato closes it`);
    expect(after).not.toContain('answer by');
  });

  it('tells a selection’s nominations stay hidden and who reveals them', () => {
    const selection = selectionOf(selectionAt(structure, northsideDelegate, 'nominations'));
    expect(selectionGuide(selection, northside, 'delegate of Northside care team', today)).toContain('They stay hidden until Hana Sato reveals them');
  });

  it('tells a consent round on a candidate that the candidate answers last', () => {
    const selection = selectionOf(selectionAt(structure, northsideDelegate, 'consent-round'));
    expect(selectionGuide(selection, northside, 'delegate of Northside care team', today)).toContain('Consent round on Dev Patel as delegate of Northside care team. The candidate answers last.');
  });
});
