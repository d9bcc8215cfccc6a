import { z } from 'zod';
import { Circle } from '../circles/circle';
import { CalendarDate, CircleId, Id, Instant, LongText, PersonId, ShortText } from '../kernel/ids';
import { Answer, Objection } from './answers';
import { ConsentRound } from './consent-round';

export const ProposalTitle = ShortText(200);
export const ProposalText = ShortText(20000);
export const Driver = LongText(4000);

/** What a decision reviews, when it is the new consent decision of a review. */
export const ReviewSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decision'), proposalId: Id }),
  z.object({ kind: z.literal('role-term'), circleId: CircleId, assignmentId: Id }),
]);
export type ReviewSubject = z.infer<typeof ReviewSubject>;

export const Question = z.object({
  questionId: Id,
  askedBy: PersonId,
  text: z.string(),
  askedAt: Instant,
  answer: z.string().nullable(),
  answeredBy: PersonId.nullable(),
});
export type Question = z.infer<typeof Question>;

export const Reaction = z.object({ text: z.string(), at: Instant });

/** A superseded text with the answers it received: the revision history of the logbook. */
export const Revision = z.object({
  revision: z.number().int().min(1),
  title: z.string(),
  text: z.string(),
  driver: z.string(),
  createdAt: Instant,
  answers: z.record(PersonId, Answer),
});
export type Revision = z.infer<typeof Revision>;

const base = {
  proposalId: Id,
  circleId: CircleId,
  author: PersonId,
  title: z.string(),
  text: z.string(),
  driver: z.string(),
  reviewDate: CalendarDate,
  reviewOf: ReviewSubject.nullable(),
  revision: z.number().int().min(1),
  revisedAt: Instant,
  history: z.array(Revision),
  questions: z.array(Question),
  reactions: z.record(PersonId, Reaction),
  objections: z.array(Objection),
  createdAt: Instant,
};

export const proposalStages = [
  'draft',
  'presented',
  'clarifying',
  'reactions',
  'consent-round',
  'integration',
  'adopted',
  'withdrawn',
] as const;
export const ProposalStage = z.enum(proposalStages);
export type ProposalStage = z.infer<typeof ProposalStage>;

/** A proposal's lifecycle: only a proposal in or after its consent round carries a round. */
export const Proposal = z.discriminatedUnion('status', [
  z.object({ ...base, status: z.literal('draft') }),
  z.object({ ...base, status: z.literal('presented') }),
  z.object({ ...base, status: z.literal('clarifying') }),
  z.object({ ...base, status: z.literal('reactions') }),
  z.object({ ...base, status: z.literal('consent-round'), round: ConsentRound }),
  z.object({ ...base, status: z.literal('integration'), round: ConsentRound }),
  z.object({
    ...base,
    status: z.literal('adopted'),
    round: ConsentRound,
    adoptedAt: Instant,
    facilitatedBy: PersonId.nullable(),
    silentConsent: z.array(PersonId),
  }),
  z.object({
    ...base,
    status: z.literal('withdrawn'),
    round: ConsentRound.nullable(),
    withdrawnAt: Instant,
    withdrawnBy: PersonId,
    reason: z.string(),
  }),
]);
export type Proposal = z.infer<typeof Proposal>;

/** The decider's state: the proposal (none before it is drafted) and its circle as it is now. */
export const ProposalState = z.object({ circle: Circle, proposal: Proposal.nullable() });
export type ProposalState = z.infer<typeof ProposalState>;
