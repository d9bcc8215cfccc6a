import type { Circle } from '../circles/circle';
import type { DomainError } from '../kernel/errors';
import type { Instant, PersonId } from '../kernel/ids';
import { isBefore } from '../kernel/time';
import { roundTally } from '../inbox/awaiting';
import type { Selection } from '../selection/selection';
import type { ConsentRound } from './consent-round';
import type { Proposal } from './proposal';

const hourMs = 60 * 60 * 1000;

/**
 * A running asynchronous round as its deadline knows it: the revision it asks
 * about, when it closes, and when those still to answer are reminded (none when
 * the circle reminds no one, or the moment would come before the round opened).
 */
export interface RoundDeadline {
  readonly revision: number;
  readonly deadline: Instant;
  readonly closingSoonAt: Instant | null;
}

/**
 * When those still to answer are reminded: the closing policy's hours before the
 * deadline, as fixed when the round opened. A reminder that would come before the
 * round opened would only repeat the asking, so there is none.
 */
export function closingSoonMoment(round: ConsentRound): Instant | null {
  if (round.deadline === null || round.closing.closingSoonHours === 0) return null;
  const moment = new Date(Date.parse(round.deadline) - round.closing.closingSoonHours * hourMs).toISOString();
  return isBefore(round.openedAt, moment) ? moment : null;
}

/** The deadline of a round that closes itself: only an asynchronous round has one. */
export function roundDeadline(round: ConsentRound): RoundDeadline | null {
  if (round.mode !== 'async' || round.deadline === null) return null;
  return { revision: round.revision, deadline: round.deadline, closingSoonAt: closingSoonMoment(round) };
}

/** A proposal's running round's deadline; none before its round opens, in integration, or once decided. */
export function proposalDeadline(proposal: Proposal | null): RoundDeadline | null {
  return proposal?.status === 'consent-round' ? roundDeadline(proposal.round) : null;
}

/** A role selection's running round's deadline; none while nominating, in integration, or once recorded or withdrawn. */
export function selectionDeadline(selection: Selection | null): RoundDeadline | null {
  return selection?.status === 'consent-round' ? roundDeadline(selection.round) : null;
}

/** Whether two deadlines are those of one round at one moment: anything else moved the round in the index. */
export function sameDeadline(a: RoundDeadline | null, b: RoundDeadline | null): boolean {
  if (a === null || b === null) return a === b;
  return a.revision === b.revision && a.deadline === b.deadline && a.closingSoonAt === b.closingSoonAt;
}

/**
 * Those reminded that the round closes soon: whoever the round still awaits, as
 * the core counts it, from the reminder's moment until the deadline. None after the
 * deadline: the round is then closed or its facilitator told, and a late reminder
 * would say it closes when it already has.
 */
export function closingSoonReminded(round: ConsentRound, circle: Circle, now: Instant): PersonId[] {
  const moment = closingSoonMoment(round);
  if (moment === null || round.deadline === null || isBefore(now, moment) || !isBefore(now, round.deadline)) return [];
  return [...roundTally(round, circle).awaiting];
}

/**
 * Whether a close refused at the deadline leaves the round running for its
 * facilitator to decide: the circle's rule is not met (answers missing, quorum),
 * or the candidate cannot be chosen as things stand. Any other refusal means the
 * round is no longer there to close (closed already, withdrawn, its circle archived).
 */
export function keptOpenAtDeadline(error: DomainError): boolean {
  return error.code === 'answers-missing' || error.code === 'quorum-not-met' || error.code === 'not-a-member';
}
