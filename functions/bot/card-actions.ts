import { z } from 'zod';
import { AnswerKind, CalendarDate, CircleId, Id, proposalStepKinds, selectionStepKinds } from '../../shared';

/** What Teams sends for an `Action.Execute`: the verb, and the card's data merged with its inputs. */
export const ExecuteValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute').optional(),
    verb: z.string().min(1).max(60),
    data: z.record(z.string(), z.unknown()).default({}),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});
export type ExecuteValue = z.infer<typeof ExecuteValue>;

const Revision = z.coerce.number().int().min(1);

/** The proposal a card is about, and the revision it showed (a click on an older revision is stale). */
export const ProposalRef = z.object({ circleId: CircleId, proposalId: Id, revision: Revision });
export type ProposalRef = z.infer<typeof ProposalRef>;
/** A proposal to show afresh (a refresh, a list's button): what is shown is read now, so no revision is named. */
export const ShownProposal = ProposalRef.omit({ revision: true });

/** A step from a proposal card; free-text inputs are checked by the core's own schemas when the step runs. */
export const ProposalStepData = ProposalRef.extend({
  step: z.enum(proposalStepKinds),
  kind: AnswerKind.optional(),
  /** Each form's input has its own id, so no form can send another's text. */
  question: z.string().optional(),
  reaction: z.string().optional(),
  amendment: z.string().optional(),
  reason: z.string().optional(),
  concern: z.string().optional(),
  objection: z.string().optional(),
  /** Choice inputs arrive as comma-separated values. */
  present: z.string().optional(),
  mode: z.enum(['sync', 'async']).optional(),
}).catchall(z.unknown());
export type ProposalStepData = z.infer<typeof ProposalStepData>;

export const DraftData = z.object({
  circleId: CircleId,
  title: z.string(),
  text: z.string(),
  driver: z.string().default(''),
  reviewDate: CalendarDate,
  /** Set by a reminder's form: the draft holds the review of this decision. */
  reviewOfDecision: Id.optional(),
});

export const BindData = z.object({ circleId: CircleId });

export const CreateCircleData = z.object({
  name: z.string(),
  aim: z.string().default(''),
  domain: z.string().default(''),
  /** None for the organisation's first, general circle. */
  parentId: CircleId.nullable().default(null),
});

/** The selection a card is about, and the revision of the facilitator's proposal it showed (0 before one). */
export const SelectionRef = z.object({ circleId: CircleId, selectionId: Id, revision: z.coerce.number().int().min(0) });
/** A selection to show afresh: what is shown is read now, so no revision is named. */
export const ShownSelection = SelectionRef.omit({ revision: true });

/** A step from a selection card; inputs are checked by the core's own schemas when the step runs. */
export const SelectionStepData = SelectionRef.extend({
  step: z.enum(selectionStepKinds),
  kind: AnswerKind.optional(),
  concern: z.string().optional(),
  objection: z.string().optional(),
  nominee: z.string().optional(),
  reason: z.string().optional(),
  withdrawal: z.string().optional(),
  candidate: z.string().optional(),
  reasoning: z.string().optional(),
  mode: z.enum(['sync', 'async']).optional(),
  present: z.string().optional(),
  termMonths: z.coerce.number().int().optional(),
});
export type SelectionStepData = z.infer<typeof SelectionStepData>;

export const StartSelectionData = z.object({ circleId: CircleId, roleId: Id });

/** The circle a roster card offers people to. */
export const RosterRef = z.object({ circleId: CircleId });

/** "Add to the circle": the people chosen arrive as the choice set's comma-separated person ids. */
export const AddFromRosterData = RosterRef.extend({ people: z.string().max(20_000).default('') });
