import type { Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import type { StructureEvent } from '../circles/structure-events';
import type { Actor } from '../kernel/actor';
import type { CalendarDate, Id, Instant, PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { ok } from '../kernel/result';
import { readableSelectionEvents } from '../history/history';
import { readSelection } from '../privacy/privacy';
import { roleWords } from '../reviews/reviews';
import type { Selection, SelectionStage } from '../selection/selection';
import type { SelectionEvent } from '../selection/selection-events';
import type { Names, NamedPerson } from './names';
import { circleNames, named } from './names';
import type { Amendments, StoryAnswer, StoryObjection } from './round-story';
import { answersOf, objectionsOf } from './round-story';

export interface StoryNomination {
  readonly nominee: NamedPerson;
  readonly reason: string;
  readonly at: Instant;
}

/** One person's nomination while they were hidden, and the one they changed it to in the change round, if they did. */
export interface NominatorStory {
  readonly nominator: NamedPerson;
  readonly original: StoryNomination | null;
  readonly changed: StoryNomination | null;
}

/** A candidate the facilitator proposed, with the reasoning and each answer by name. */
export interface StoryCandidate {
  readonly revision: number;
  readonly candidate: NamedPerson;
  readonly termStart: CalendarDate;
  readonly termEnd: CalendarDate;
  readonly reasoning: string;
  readonly proposedBy: NamedPerson | null;
  readonly answers: readonly StoryAnswer[];
}

export type SelectionOutcome =
  | {
      readonly kind: 'recorded';
      readonly at: Instant;
      readonly holder: NamedPerson;
      readonly termStart: CalendarDate;
      readonly termEnd: CalendarDate;
      readonly facilitatedBy: NamedPerson | null;
    }
  | { readonly kind: 'withdrawn'; readonly at: Instant; readonly by: NamedPerson; readonly reason: string }
  | { readonly kind: 'undecided'; readonly stage: SelectionStage };

/** A role selection as a newcomer reads it: who named whom and why, whom the circle consented to, and the term that followed. */
export interface SelectionStory {
  readonly selectionId: Id;
  readonly circleId: Id;
  readonly circleName: string;
  readonly selectingCircleName: string;
  /** A custom role's name; a standard role's id, whose name each reader's catalogue has (`circles.roleName`). */
  readonly role: string;
  readonly roleId: Id;
  /** The description the selection keeps; none for a standard role, whose words are the catalogue's (`standardRoleDescription`). */
  readonly roleDescription: string;
  readonly startedBy: NamedPerson;
  readonly startedAt: Instant;
  readonly nominations: readonly NominatorStory[];
  readonly candidates: readonly StoryCandidate[];
  readonly objections: readonly StoryObjection[];
  readonly outcome: SelectionOutcome;
}

/**
 * Each nominator's nominations as the kept events tell them: the last before the
 * reveal and the last in the change round, so a changed nomination stands beside
 * the one it replaced. Without events (kept before they were), the record's own.
 */
function nominationsOf(selection: Selection, events: readonly SelectionEvent[], names: Names): NominatorStory[] {
  const told = new Map<PersonId, { original: StoryNomination | null; changed: StoryNomination | null }>();
  let revealed = false;
  for (const event of events) {
    if (event.type === 'nominations-revealed') revealed = true;
    if (event.type !== 'nominated' || event.by === null) continue;
    const nomination = { nominee: named(names, event.nominee), reason: event.reason, at: event.at };
    const earlier = told.get(event.by) ?? { original: null, changed: null };
    told.set(event.by, revealed ? { ...earlier, changed: nomination } : { ...earlier, original: nomination });
  }
  if (told.size === 0) {
    for (const n of Object.values(selection.nominations))
      told.set(n.nominator, { original: { nominee: named(names, n.nominee), reason: n.reason, at: n.at }, changed: null });
  }
  return [...told].map(([nominator, story]) => ({ nominator: named(names, nominator), ...story }));
}

function candidatesOf(selection: Selection, proposedBy: Amendments, names: Names): StoryCandidate[] {
  const current = 'proposal' in selection ? [{ ...selection.proposal, answers: selection.round.answers }] : [];
  return [...selection.history, ...current].map((c) => {
    const by = proposedBy.get(c.revision)?.by;
    return {
      revision: c.revision,
      candidate: named(names, c.candidate),
      termStart: c.termStart,
      termEnd: c.termEnd,
      reasoning: c.reasoning,
      proposedBy: by ? named(names, by) : null,
      answers: answersOf(c.answers, names),
    };
  });
}

function outcomeOf(selection: Selection, names: Names): SelectionOutcome {
  switch (selection.status) {
    case 'recorded':
      return {
        kind: 'recorded',
        at: selection.recordedAt,
        holder: named(names, selection.proposal.candidate),
        termStart: selection.proposal.termStart,
        termEnd: selection.proposal.termEnd,
        facilitatedBy: selection.facilitatedBy ? named(names, selection.facilitatedBy) : null,
      };
    case 'withdrawn':
      return { kind: 'withdrawn', at: selection.withdrawnAt, by: named(names, selection.withdrawnBy), reason: selection.reason };
    default:
      return { kind: 'undecided', stage: selection.status };
  }
}

/**
 * A role selection's story for a reader, refused and hidden exactly as the
 * selection is (`readSelection`): while nominations are hidden, only the reader's own.
 */
export function selectionStory(
  sources: {
    readonly selection: Selection;
    readonly structure: Structure;
    readonly events: readonly SelectionEvent[];
    readonly circleEvents?: readonly StructureEvent[];
  },
  actor: Actor,
): Result<SelectionStory> {
  const read = readSelection(sources.selection, sources.structure, actor);
  if (!read.ok) return read;
  const selection = read.value;
  const circle = findCircle(sources.structure, selection.circleId);
  const selecting = findCircle(sources.structure, selection.selectingCircleId);
  const names = new Map([
    ...(selecting ? circleNames(selecting, sources.circleEvents) : []),
    ...(circle ? circleNames(circle, sources.circleEvents) : []),
  ]);
  const events = readableSelectionEvents(sources.selection, sources.events, actor);
  const proposedBy = new Map(
    events.flatMap((e) => (e.type === 'candidate-proposed' ? [[e.proposal.revision, { at: e.at, by: e.by }] as const] : [])),
  );
  return ok({
    selectionId: selection.selectionId,
    circleId: selection.circleId,
    circleName: circle?.name ?? selection.circleId,
    selectingCircleName: selecting?.name ?? selection.selectingCircleId,
    role: circle ? roleWords(circle, selection.roleId).name : selection.roleId,
    roleId: selection.roleId,
    roleDescription: selection.roleDescription,
    startedBy: named(names, selection.startedBy),
    startedAt: selection.startedAt,
    nominations: nominationsOf(selection, events, names),
    candidates: candidatesOf(selection, proposedBy, names),
    objections: objectionsOf(selection.objections, proposedBy, names),
    outcome: outcomeOf(selection, names),
  });
}
