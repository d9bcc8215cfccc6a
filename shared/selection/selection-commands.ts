import { z } from 'zod';
import { CalendarDate, CircleId, Id, LongText, PersonId, ShortText } from '../kernel/ids';
import { AnswerInput } from '../consent/answers';
import { OpenRoundOptions } from '../consent/consent-round';

const step = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), selectionId: Id, ...shape });

const TermMonths = z.number().int().min(1).max(60);
const nomination = { nominee: PersonId, reason: ShortText(2000) };

/** Every step of a role selection by consent; the actor always acts as themself. */
export const SelectionCommand = z.discriminatedUnion('type', [
  step('start-selection', {
    circleId: CircleId,
    roleId: Id,
    termMonths: TermMonths.optional(),
    termStart: CalendarDate.optional(),
    roleDescription: LongText(2000).optional(),
  }),
  step('nominate', nomination),
  step('close-nominations', {}),
  step('change-nomination', nomination),
  step('propose-candidate', {
    candidate: PersonId,
    reasoning: ShortText(4000),
    termMonths: TermMonths.optional(),
    options: OpenRoundOptions.default({}),
  }),
  step('answer', { answer: AnswerInput }),
  step('withdraw-objection', {}),
  step('amend-candidate-proposal', {
    candidate: PersonId.optional(),
    termMonths: TermMonths.optional(),
    reasoning: ShortText(4000).optional(),
  }),
  step('remind-awaited', {}),
  step('close-consent-round', { present: z.array(PersonId).max(1000).optional() }),
  step('withdraw-selection', { reason: ShortText(2000) }),
]);
export type SelectionCommand = z.infer<typeof SelectionCommand>;
