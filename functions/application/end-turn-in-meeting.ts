import type { Actor, Meeting } from '../../shared';
import { personOf, turnEndedBy } from '../../shared';
import type { RecordRepository } from './ports/record-repository';
import { meetingKind } from './record-kinds';
import { runRecordStep } from './run-record-step';

export interface StepInMeeting {
  readonly tenantId: string;
  /** The meeting the person took the step from (its side panel opened the record). */
  readonly meetingId: string;
  /** The proposal or selection the step was taken in. */
  readonly subjectId: string;
  readonly actor: Actor;
  readonly now: string;
}

/**
 * After a step in a proposal or selection taken from a meeting, ends the person's
 * turn in the round on that record's item when it was theirs (the core says when).
 * One point read of the meeting, and a write only when the turn moves on; the step
 * itself stands whatever happens here. True when the turn moved on.
 */
export async function endTurnInMeeting(meetings: RecordRepository<Meeting>, step: StepInMeeting): Promise<boolean> {
  const personId = personOf(step.actor);
  if (personId === null) return false;
  const loaded = await meetings.load(step.tenantId, step.meetingId);
  const meeting = loaded.record?.value;
  // A meeting of any circle may be named: the core ends only the caller's own turn, in a round on this record's item.
  if (!meeting) return false;
  const ended = turnEndedBy(meeting, personId, step.subjectId);
  if (!ended) return false;
  const command = { ...ended, meetingId: step.meetingId };
  const request = { tenantId: step.tenantId, circleId: meeting.circleId, id: step.meetingId, command, actor: step.actor, now: step.now };
  // Two steps at once from the same speaker pass the turn once: the second is refused as no longer theirs.
  return (await runRecordStep(meetings, meetingKind, request, undefined, loaded)).ok;
}
