import { z } from 'zod';
import { Structure } from '../circles/circle';
import { CalendarDate, CircleId, Id, Instant, PersonId } from '../kernel/ids';
import { Answer, Objection } from '../consent/answers';
import { ConsentRound } from '../consent/consent-round';

export const Nomination = z.object({
  nominator: PersonId,
  nominee: PersonId,
  reason: z.string(),
  at: Instant,
});
export type Nomination = z.infer<typeof Nomination>;

/** The facilitator's proposal: who, for which term, and why (citing the reasons given). */
export const CandidateProposal = z.object({
  revision: z.number().int().min(1),
  candidate: PersonId,
  termStart: CalendarDate,
  termEnd: CalendarDate,
  reasoning: z.string(),
});
export type CandidateProposal = z.infer<typeof CandidateProposal>;

export const SupersededCandidate = CandidateProposal.extend({ answers: z.record(PersonId, Answer) });

const base = {
  selectionId: Id,
  /** The circle whose role is filled. */
  circleId: CircleId,
  /** Where the selection is held: the parent for a leader, the circle itself otherwise. */
  selectingCircleId: CircleId,
  roleId: Id,
  roleDescription: z.string(),
  termMonths: z.number().int().min(1).max(60),
  termStart: CalendarDate,
  startedBy: PersonId,
  startedAt: Instant,
  nominations: z.record(PersonId, Nomination),
  objections: z.array(Objection),
  history: z.array(SupersededCandidate),
};

const proposed = { proposal: CandidateProposal, round: ConsentRound, revealedAt: Instant };

export const selectionStages = ['nominations', 'change-round', 'consent-round', 'integration', 'recorded', 'withdrawn'] as const;
export const SelectionStage = z.enum(selectionStages);
export type SelectionStage = z.infer<typeof SelectionStage>;

export const Selection = z.discriminatedUnion('status', [
  z.object({ ...base, status: z.literal('nominations') }),
  z.object({ ...base, status: z.literal('change-round'), revealedAt: Instant }),
  z.object({ ...base, status: z.literal('consent-round'), ...proposed }),
  z.object({ ...base, status: z.literal('integration'), ...proposed }),
  z.object({ ...base, status: z.literal('recorded'), ...proposed, recordedAt: Instant, facilitatedBy: PersonId.nullable() }),
  z.object({ ...base, status: z.literal('withdrawn'), withdrawnAt: Instant, withdrawnBy: PersonId, reason: z.string() }),
]);
export type Selection = z.infer<typeof Selection>;

/** The decider's state: the organisation's circles as they are now, and the selection. */
export const SelectionState = z.object({ structure: Structure, selection: Selection.nullable() });
export type SelectionState = z.infer<typeof SelectionState>;
