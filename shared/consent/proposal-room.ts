import type { Circle } from '../circles/circle';
import { memberIds } from '../circles/circle';
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
 * is reserved, and withdrawing adds a reason of at most 2,000 characters, which
 * the margin of `recordCharacters` holds.
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

/** A round's own fields besides those asked (mode, dates, closing policy), generously. */
const roundFields = 1_000;

/**
 * Whether the proposal, as a step leaves it, still fits: its texts, questions,
 * reactions, objections and earlier revisions with their answers, plus room for
 * what the steps never refused add later: the round (those asked, once when it
 * opens and once more as silent consent at closing) and a withdrawal's reason.
 */
export function proposalRoom(type: ProposalCommand['type'], after: () => Proposal | null, circle: Circle): Result<true> {
  // The proposal as the step leaves it is only worked out for steps that may fill it: answers are the hot path.
  if (neverFull.has(type)) return ok(true);
  const proposal = after();
  if (proposal === null) return ok(true);
  const round = 'round' in proposal ? proposal.round : null;
  const reserved = round ? charactersOf(round.eligible) : 2 * charactersOf(memberIds(circle)) + roundFields;
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
  return fail('record-full', { key: 'tooManyObjections', values: { count: raised.length } }, 'answer.kind');
}
