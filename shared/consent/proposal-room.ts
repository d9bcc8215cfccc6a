import type { PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { fail, ok } from '../kernel/result';
import { charactersOf, roomFor } from '../kernel/room';
import type { Objection } from './answers';
import type { Proposal } from './proposal';
import type { ProposalCommand } from './proposal-commands';

/**
 * Steps never refused for room. Answers are kept apart, one row per member (see
 * `objectionsPerMember`); closing adds at most the silent consents, for which room
 * is reserved, and withdrawing adds a reason of at most 2,000 characters.
 */
const neverFull = new Set<ProposalCommand['type']>(['answer', 'withdraw-objection', 'close-consent-round', 'withdraw-proposal']);

/** The field whose text makes the proposal grow, named in the refusal. */
const growingField: Partial<Record<ProposalCommand['type'], string>> = {
  'draft-proposal': 'text',
  'edit-draft': 'text',
  'ask-question': 'text',
  'answer-question': 'answer',
  react: 'text',
  'amend-proposal': 'text',
};

/**
 * Whether the proposal, as a step leaves it, still fits: its texts, questions,
 * reactions, objections and earlier revisions with their answers, and once more
 * the members asked in the round, the most that closing can add as silent consent.
 */
export function proposalRoom(type: ProposalCommand['type'], proposal: Proposal | null): Result<true> {
  if (neverFull.has(type) || proposal === null) return ok(true);
  const reserved = 'round' in proposal && proposal.round ? charactersOf(proposal.round.eligible) : 0;
  return roomFor('proposal', charactersOf(proposal) + reserved, growingField[type]);
}

/**
 * A member may object, withdraw and object again; each objection stays on record.
 * This many per member and revision keeps a member's row far below what storage takes.
 */
export const objectionsPerMember = 10;

export function roomForObjection(objections: readonly Objection[], personId: PersonId, revision: number): Result<true> {
  const raised = objections.filter((o) => o.objector === personId && o.revision === revision);
  if (raised.some((o) => o.status === 'open') || raised.length < objectionsPerMember) return ok(true);
  return fail(
    'record-full',
    `You have raised ${raised.length} objections on this revision, the most one member may. Say what still troubles you as a concern, or ask for an amendment.`,
    'answer.kind',
  );
}
