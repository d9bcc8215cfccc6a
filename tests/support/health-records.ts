import type { Meeting, MeetingState, Selection, SelectionState, Structure } from '../../shared';
import { dayOf, facilitatorOf, meetingDecider, selectionDecider } from '../../shared';
import { step } from './apply';
import { circleOf } from './care-coop';
import { now } from './clock';
import { as } from './people';

/**
 * A circle meeting taken through the real decider: planned and led by the
 * facilitator, agenda consented to, then evaluated in the closing round.
 */
export function evaluatedMeeting(
  structure: Structure,
  circleId: string,
  meetingId: string,
  ratings: Readonly<Record<string, number>>,
  at: string = now,
): Meeting {
  const circle = circleOf(structure, circleId);
  const facilitator = facilitatorOf(circle, circle.members[0]?.personId ?? 'nobody', dayOf(at));
  let state: MeetingState = { circle, meeting: null };
  const run = (command: object, personId: string = facilitator) => {
    state = step(meetingDecider, state, { ...command, meetingId }, as(personId), at);
  };
  run({
    type: 'plan-meeting',
    scheduledFor: at,
    agenda: [{ itemId: 'rota', type: 'report', title: 'How the rota went', timeboxMinutes: 15 }],
  });
  run({ type: 'open-check-in' });
  run({ type: 'consent-to-agenda' });
  for (const [personId, rating] of Object.entries(ratings)) run({ type: 'evaluate-meeting', rating, comment: 'Kept to time.' }, personId);
  run({ type: 'close-meeting' });
  if (!state.meeting) throw new Error('no meeting');
  return state.meeting;
}

export interface SelectionScript {
  readonly selectionId: string;
  readonly circleId: string;
  readonly roleId: string;
  readonly candidate: string;
  /** Who answers (consent) in the meeting, the candidate last; they are the ones present. */
  readonly answerers: readonly string[];
  readonly at?: string;
}

/** A role selection by consent recorded through the real decider, in a meeting of the selecting circle. */
export function recordedSelection(structure: Structure, script: SelectionScript): Selection {
  const at = script.at ?? now;
  const { selectionId, candidate } = script;
  let state: SelectionState = { structure, selection: null };
  const run = (command: object, personId: string) => {
    state = step(selectionDecider, state, { ...command, selectionId }, as(personId), at);
  };
  const starter = script.answerers[0] ?? candidate;
  run({ type: 'start-selection', circleId: script.circleId, roleId: script.roleId }, starter);
  const selecting = circleOf(structure, state.selection?.selectingCircleId ?? script.circleId);
  const facilitator = facilitatorOf(selecting, starter, dayOf(at));
  run({ type: 'nominate', nominee: candidate, reason: 'Has kept our records carefully before.' }, starter);
  run({ type: 'close-nominations' }, facilitator);
  run({ type: 'propose-candidate', candidate, reasoning: 'Nominated for careful record keeping.', options: { mode: 'sync' } }, facilitator);
  const order = [...script.answerers.filter((p) => p !== candidate), ...script.answerers.filter((p) => p === candidate)];
  for (const personId of order) run({ type: 'answer', answer: { kind: 'consent' } }, personId);
  run({ type: 'close-consent-round', present: script.answerers }, facilitator);
  if (state.selection?.status !== 'recorded') throw new Error(`${selectionId} was not recorded: ${state.selection?.status}`);
  return state.selection;
}
