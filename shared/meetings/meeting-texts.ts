import type { Meeting } from './meeting';

/** Each stage of a meeting in words, for messages that say where the meeting is. */
const stageWords: Record<Meeting['status'], string> = {
  planned: 'planned and not yet opened',
  'check-in': 'in its check-in round',
  'in-progress': 'under way on its consented agenda',
  closed: 'closed',
};

/** Every sentence the meeting's rules say to people, in one place so they can be translated. */
export const meetingTexts = {
  wrongStage: (now: Meeting['status'], allowed: readonly Meeting['status'][]) =>
    `The meeting is ${stageWords[now]}; this step belongs to a meeting ${allowed.map((status) => stageWords[status]).join(' or ')}.`,
  notAMember: (circle: string) => `Only members of “${circle}” take part in its meetings.`,
  personNotAMember: (person: string, circle: string) => `${person} is not a member of “${circle}”; only members take part in its meetings.`,
  alreadyExists: (meetingId: string) => `A meeting “${meetingId}” already exists.`,
  noMeeting: (meetingId: string) => `There is no meeting “${meetingId}”.`,
  onlyFacilitator: 'Only the facilitator leads the meeting through its rounds.',
  onlyFacilitatorMarks: 'Only the facilitator marks who is present or absent.',
  onlyFacilitatorOrders: 'Only the facilitator sets the speaking order.',
  onlyFacilitatorClock: 'Only the facilitator starts items and keeps their clocks.',
  onlySecretary: 'Only the secretary (or the facilitator) records the minutes.',
  onlySpeakerPasses: 'Only the person speaking, or the facilitator, passes the turn.',
  noRound: 'No round is going around now; the facilitator opens one first.',
  notTheirTurn: (person: string, current: string | null) =>
    current === null ? `Everyone has had their turn in this round; ${person}’s turn is over.` : `It is ${current}’s turn now, not ${person}’s.`,
  notPresent: (person: string) => `${person} is not present; only those present are in the speaking order.`,
  twiceInOrder: (person: string) => `${person} is named twice in the speaking order; each person speaks once a round.`,
  emptyAgenda: 'The agenda has no items to consent to.',
  agendaFull: 'The agenda holds at most 40 items.',
  itemExists: (itemId: string) => `The agenda already has an item “${itemId}”; give yours another id.`,
  notOnAgenda: 'That item is not on the agenda.',
  notADecisionOfTheMeeting: (id: string) =>
    `“${id}” is not a proposal, role selection or review on this meeting’s agenda; minutes link only the decisions taken in the meeting.`,
  itemUnderWay: 'That item is already under way.',
  notCurrentItem: 'That item is not the one under way; the facilitator starts it first.',
  clockPaused: 'The item’s clock is paused already.',
  clockRunning: 'The item’s clock is running; only a paused clock resumes.',
  evaluationOpen: 'The closing evaluation round is open already.',
} as const;
