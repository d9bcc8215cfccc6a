import type { AwaitedStep } from './what-awaits';

type Asked = Pick<AwaitedStep, 'asks' | 'due' | 'overdue'>;

/** What kind of step it is, in a word or two, shown before its title. */
const labels: Record<AwaitedStep['asks'], string> = {
  answer: 'Consent round',
  nomination: 'Nominations',
  'candidate-answer': 'You are the candidate',
  amendment: 'Integration',
  objection: 'Integration',
  'decision-review': 'Review',
  'term-review': 'Review',
  'meeting-under-way': 'Under way',
  meeting: 'Meeting',
};

const day = (due: string | null) => (due ?? '').slice(0, 10);
const time = (due: string | null) => (due ?? '').slice(11, 16);

/**
 * What a person is asked for, in a sentence, for each kind of awaited step: kept in
 * one table so the sentences can be catalogued for translation.
 */
const sentences: Record<AwaitedStep['asks'], (step: Asked) => string> = {
  answer: ({ due, overdue }) => {
    if (due === null) return 'Your answer is awaited in the meeting’s consent round.';
    return overdue ? `Your answer was awaited by ${day(due)}; the facilitator may close the round at any moment.` : `Your answer is awaited by ${day(due)}.`;
  },
  nomination: () => 'Name who you see in this role and why; nominations stay hidden until they are revealed.',
  'candidate-answer': () => 'You are the proposed candidate: consent or object once the others have answered, as the candidate answers last.',
  amendment: () => 'An objection stands: amend your proposal so it integrates the objection, with the objector.',
  objection: () => 'Your objection is being integrated: withdraw it once it is met, or help amend what is proposed.',
  'decision-review': ({ due, overdue }) =>
    overdue ? `This decision was due for review on ${day(due)}: bring it to the circle to consent again, amend or end it.` : `Review this decision with the circle by ${day(due)}: consent again, amend or end it.`,
  'term-review': ({ due, overdue }) =>
    overdue ? `This role term ended on ${day(due)} without a review: hold the selection now.` : `This role term ends on ${day(due)}: hold the selection for the next term before then.`,
  'meeting-under-way': () => 'The circle’s meeting is under way on its consented agenda: join it.',
  meeting: ({ due, overdue }) => (overdue ? `The circle’s meeting was set for ${day(due)} at ${time(due)} UTC: join it.` : `The circle meets on ${day(due)} at ${time(due)} UTC.`),
};

/** What the person is asked for, in a sentence. */
export function awaitedGuide(step: Asked): string {
  return sentences[step.asks](step);
}

/** The step's label: what kind it is, or that its date has passed (a meeting's start is no fault, so it says it is starting). */
export function awaitedLabel(step: Pick<AwaitedStep, 'asks' | 'overdue'>): string {
  if (!step.overdue || step.asks === 'meeting-under-way') return labels[step.asks];
  return step.asks === 'meeting' ? 'Starting' : 'Overdue';
}
