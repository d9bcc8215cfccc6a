import { z } from 'zod';
import type { Actor, Result } from '../../shared';
import { Id, ok, parse } from '../../shared';
import { ContentionError } from '../application/contention';
import { endTurnInMeeting } from '../application/end-turn-in-meeting';
import { isStorageUnavailable } from '../application/storage-faults';
import type { Services } from '../composition/services';

/** The query of a step that may be taken from a meeting's side panel. */
export const StepQuery = z.object({
  meeting: Id.optional().describe(
    'The meeting whose side panel the step was taken from: it ends the caller’s turn in the round on this record’s item.',
  ),
});

/** The meeting a step names in its `meeting` query, if any. */
export function meetingOfStep(query: URLSearchParams): Result<string | null> {
  const named = query.get('meeting');
  if (named === null) return ok(null);
  const meetingId = parse(Id, named, 'meeting');
  return meetingId.ok ? ok(meetingId.value) : meetingId;
}

/**
 * What a step's reply adds when it was taken from a meeting: whether the caller's turn
 * there moved on. The step is stored already, so a busy meeting or storage failing now
 * answers that the turn stayed (the facilitator passes it by hand), never an error.
 */
export async function turnAfterStep(
  ready: Services,
  step: { tenantId: string; meetingId: string | null; subjectId: string; actor: Actor; now: string },
): Promise<{ turnEnded?: boolean }> {
  if (step.meetingId === null) return {};
  const { meetingId, ...rest } = step;
  try {
    return { turnEnded: await endTurnInMeeting(ready.meetings, { ...rest, meetingId }) };
  } catch (error) {
    if (error instanceof ContentionError || isStorageUnavailable(error)) return { turnEnded: false };
    throw error;
  }
}
