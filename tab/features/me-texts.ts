import type { AwaitedStep } from '../../shared';

/** The words of the Me view, in one place so they can be catalogued for translation. */
export const meTexts = {
  awaitingHeading: 'Awaiting you',
  nothingAwaits: 'Nothing awaits you.',
  rolesHeading: 'My roles and terms',
  noRole: 'You hold no role at present.',
  circlesHeading: 'My circles',
  loading: 'Loading your circles…',
  /** The button that opens the record a step links to. */
  action: {
    answer: 'Answer',
    nomination: 'Nominate',
    'candidate-answer': 'Answer as the candidate',
    amendment: 'Amend',
    objection: 'Open the objection',
    'decision-review': 'Open the decision',
    'term-review': 'Open the circle',
    'meeting-under-way': 'Join the meeting',
    meeting: 'Open the circle',
  } satisfies Record<AwaitedStep['asks'], string>,
  askedIn: (circle: string) => `Asked in ${circle}`,
  term: (role: string, circle: string, from: string, to: string) => `${role} of ${circle}, ${from} to ${to}`,
} as const;
