import { z } from 'zod';
import { CalendarDate, Id, PersonId, ShortText } from '../kernel/ids';
import { AnswerInput } from './answers';
import { OpenRoundOptions } from './consent-round';
import { Driver, ProposalText, ProposalTitle, ReviewSubject } from './proposal';

const step = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), proposalId: Id, ...shape });

/** Every step of a consent decision. None names a person to act for: the actor acts as themself. */
export const ProposalCommand = z.discriminatedUnion('type', [
  step('draft-proposal', {
    title: ProposalTitle,
    text: ProposalText,
    driver: Driver.default(''),
    reviewDate: CalendarDate,
    reviewOf: ReviewSubject.nullable().default(null),
  }),
  step('edit-draft', {
    title: ProposalTitle.optional(),
    text: ProposalText.optional(),
    driver: Driver.optional(),
    reviewDate: CalendarDate.optional(),
  }),
  step('present-proposal', {}),
  step('open-clarifying-questions', {}),
  step('ask-question', { questionId: Id, text: ShortText(1000) }),
  step('answer-question', { questionId: Id, answer: ShortText(4000) }),
  step('open-quick-reactions', {}),
  step('react', { text: ShortText(280) }),
  step('open-consent-round', { options: OpenRoundOptions.default({}) }),
  step('answer', { answer: AnswerInput }),
  step('withdraw-objection', {}),
  step('amend-proposal', {
    title: ProposalTitle.optional(),
    text: ProposalText,
    driver: Driver.optional(),
    reviewDate: CalendarDate.optional(),
  }),
  step('remind-awaited', {}),
  step('close-consent-round', { present: z.array(PersonId).max(1000).optional() }),
  step('withdraw-proposal', { reason: ShortText(2000) }),
]);
export type ProposalCommand = z.infer<typeof ProposalCommand>;
