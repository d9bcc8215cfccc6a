import type { ProposalStage, ProposalState, Structure } from '../../shared';
import { proposalDecider } from '../../shared';
import { step } from './apply';
import { now } from './clock';
import { as } from './people';
import { circleOf } from './care-coop';

export const rotaProposal = {
  type: 'draft-proposal',
  proposalId: 'weekend-rota',
  title: 'Rotate weekend shifts monthly',
  text: 'From January, weekend shifts rotate monthly among all carers who want them.',
  driver: 'The same two carers have worked every weekend since the summer.',
  reviewDate: '2027-06-01',
} as const;

/**
 * The steps that take a drafted proposal of Northside to its consent round, each
 * with who takes it: Dev drafts and presents, Hana facilitates.
 */
export const toConsentRound = (draft: object) =>
  [
    [draft, 'dev'],
    [{ type: 'present-proposal' }, 'dev'],
    [{ type: 'open-clarifying-questions' }, 'hana'],
    [{ type: 'open-quick-reactions' }, 'hana'],
    [{ type: 'open-consent-round' }, 'hana'],
  ] as const;

const path: ProposalStage[] = ['draft', 'presented', 'clarifying', 'reactions', 'consent-round'];

/**
 * The weekend-rota proposal in Northside, by Dev, taken by its facilitator (Hana)
 * through the stages up to `stage`. The consent round is asynchronous unless `mode` says otherwise.
 */
export function rotaProposalAt(
  structure: Structure,
  stage: ProposalStage,
  options: { mode?: 'sync' | 'async'; at?: string } = {},
): ProposalState {
  const at = options.at ?? now;
  let state: ProposalState = { circle: circleOf(structure, 'northside'), proposal: null };
  state = step(proposalDecider, state, rotaProposal, as('dev'), at);
  const moves: Record<string, [object, string]> = {
    presented: [{ type: 'present-proposal' }, 'dev'],
    clarifying: [{ type: 'open-clarifying-questions' }, 'hana'],
    reactions: [{ type: 'open-quick-reactions' }, 'hana'],
    'consent-round': [{ type: 'open-consent-round', options: options.mode ? { mode: options.mode } : {} }, 'hana'],
  };
  for (const next of path.slice(1, path.indexOf(stage) + 1)) {
    const [command, actor] = moves[next] as [object, string];
    state = step(proposalDecider, state, { ...command, proposalId: 'weekend-rota' }, as(actor), at);
  }
  return state;
}
