import type { Answer, Objection, Proposal } from '../../shared';
import type { MemberRow } from '../application/ports/proposal-repository';

/**
 * A proposal in storage: a header with everything but the running round's answers,
 * and one row per member with their answer and objection on that revision. Members
 * answering at once then write different rows and never contend with each other.
 */
export interface SplitProposal {
  readonly header: Proposal;
  readonly rows: readonly MemberRow[];
}

function runningRound(proposal: Proposal) {
  return 'round' in proposal && proposal.round ? proposal.round : null;
}

export function splitProposal(proposal: Proposal): SplitProposal {
  const round = runningRound(proposal);
  if (!round) return { header: proposal, rows: [] };
  const current = (o: Objection) => o.revision === round.revision;
  const people = new Set([...Object.keys(round.answers), ...proposal.objections.filter(current).map((o) => o.objector)]);
  const rows = [...people].sort().map((personId) => ({
    personId,
    revision: round.revision,
    answer: Object.hasOwn(round.answers, personId) ? (round.answers[personId] as Answer) : null,
    objections: proposal.objections.filter((o) => current(o) && o.objector === personId),
  }));
  const header = { ...proposal, round: { ...round, answers: {} }, objections: proposal.objections.filter((o) => !current(o)) } as Proposal;
  return { header, rows };
}

/** The proposal again, from its header and the rows of its running revision (rows of older revisions are history). */
export function joinProposal(header: Proposal, rows: readonly MemberRow[]): Proposal {
  const round = runningRound(header);
  if (!round) return header;
  const current = rows.filter((row) => row.revision === round.revision).sort((a, b) => a.personId.localeCompare(b.personId));
  const answers = Object.fromEntries(current.flatMap((row) => (row.answer ? [[row.personId, row.answer] as const] : [])));
  const objections = [...header.objections, ...current.flatMap((row) => row.objections)];
  return { ...header, round: { ...round, answers }, objections } as Proposal;
}
