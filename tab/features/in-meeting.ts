/** A record opened from a meeting's run: its steps are spoken in that meeting, and its round closes with those present. */
export interface InMeeting {
  readonly meetingId: string;
  /** Those present at the meeting, in its speaking order. */
  readonly present: readonly string[];
}

/** Where a record's steps go: from a meeting, naming it, so a step taken on one's turn ends that turn. */
export function stepsPathOf(recordPath: string, inMeeting: InMeeting | undefined): string {
  return inMeeting ? `${recordPath}/steps?meeting=${encodeURIComponent(inMeeting.meetingId)}` : `${recordPath}/steps`;
}
