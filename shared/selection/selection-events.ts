import { z } from 'zod';
import { CalendarDate, CircleId, Id, Instant, PersonId } from '../kernel/ids';
import { Answer } from '../consent/answers';
import { ConsentRound } from '../consent/consent-round';
import { CandidateProposal } from './selection';

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), selectionId: Id, at: Instant, by: PersonId.nullable(), ...shape });

/** What happened in a role selection; the last one is the assignment the logbook records. */
export const SelectionEvent = z.discriminatedUnion('type', [
  event('selection-started', {
    circleId: CircleId,
    selectingCircleId: CircleId,
    roleId: Id,
    roleDescription: z.string(),
    termMonths: z.number().int(),
    termStart: CalendarDate,
  }),
  event('nominated', { nominee: PersonId, reason: z.string() }),
  event('nominations-revealed', {}),
  event('candidate-proposed', { proposal: CandidateProposal, round: ConsentRound }),
  event('answer-given', { answer: Answer }),
  event('objection-withdrawn', {}),
  event('awaited-reminded', { people: z.array(PersonId) }),
  event('integration-started', { openObjections: z.array(PersonId) }),
  event('consent-round-resumed', {}),
  event('role-holder-selected', {
    circleId: CircleId,
    roleId: Id,
    personId: PersonId,
    termStart: CalendarDate,
    termEnd: CalendarDate,
    facilitatedBy: PersonId.nullable(),
  }),
  event('selection-withdrawn', { reason: z.string() }),
]);
export type SelectionEvent = z.infer<typeof SelectionEvent>;
