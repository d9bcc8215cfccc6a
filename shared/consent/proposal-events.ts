import { z } from 'zod';
import { CalendarDate, Id, Instant, PersonId } from '../kernel/ids';
import { Answer } from './answers';
import { ConsentRound } from './consent-round';
import { ReviewSubject } from './proposal';

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), proposalId: Id, at: Instant, by: PersonId.nullable(), ...shape });

const texts = { title: z.string(), text: z.string(), driver: z.string(), reviewDate: CalendarDate };

/** What happened to a proposal; together they are its logbook entry and audit trail. */
export const ProposalEvent = z.discriminatedUnion('type', [
  event('proposal-drafted', { circleId: Id, ...texts, reviewOf: ReviewSubject.nullable() }),
  event('draft-edited', texts),
  event('proposal-presented', {}),
  event('clarifying-questions-opened', {}),
  event('question-asked', { questionId: Id, text: z.string() }),
  event('question-answered', { questionId: Id, answer: z.string() }),
  event('quick-reactions-opened', {}),
  event('reaction-given', { text: z.string() }),
  event('consent-round-opened', { round: ConsentRound }),
  event('answer-given', { answer: Answer }),
  event('objection-withdrawn', {}),
  event('proposal-amended', { revision: z.number().int(), ...texts, round: ConsentRound.nullable() }),
  event('awaited-reminded', { people: z.array(PersonId) }),
  event('integration-started', { openObjections: z.array(PersonId) }),
  event('consent-round-resumed', {}),
  event('proposal-adopted', { facilitatedBy: PersonId.nullable(), silentConsent: z.array(PersonId), reviewDate: CalendarDate }),
  event('proposal-withdrawn', { reason: z.string() }),
]);
export type ProposalEvent = z.infer<typeof ProposalEvent>;
