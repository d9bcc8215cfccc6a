import type { CalendarDate, Circle, Proposal, Reminder } from '../../../shared';
import { addMonths, daysBetween } from '../../../shared';
import type { AdaptiveCard } from './card';
import { card, container, execute, facts, shorten, showCard, text, textInput } from './card';

/** The longest decision text the review form repeats whole; a card must stay within a Teams message. */
const textPrefillLimit = 6000;

function when(reviewDate: CalendarDate, today: CalendarDate): string {
  const days = daysBetween(today, reviewDate);
  if (days === 0) return 'today';
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

/**
 * The reminder the circle's conversation gets ahead of a review and on its day,
 * with what starts the review: for a decision, the draft of a new consent
 * decision (continue, amend or end); for a role term, a new role selection.
 */
export function reminderCard(reminder: Reminder, circle: Circle, decision: Proposal | null, today: CalendarDate): AdaptiveCard {
  const { review } = reminder;
  const heading = text(`Review ${when(review.reviewDate, today)}: ${review.title}`, { size: 'Large', weight: 'Bolder' });
  const dates = facts([
    ['Circle', circle.name],
    ['Review by', review.reviewDate],
  ]);
  if (review.kind === 'role-term') {
    const roleId = circle.assignments.find((a) => a.assignmentId === review.subjectId)?.roleId ?? review.subjectId;
    return card(
      [heading, dates, text('The term ends on its review date. The circle selects the role again by consent: the same person or another, for a new term. Nominations are hidden until the facilitator reveals them.')],
      [execute('Start the selection', 'start-selection', { subject: 'conversation', circleId: circle.circleId, roleId }, 'positive')],
    );
  }
  const adopted = decision?.status === 'adopted' ? decision : null;
  // A text cut short would be drafted as the decision's text: a longer one is not repeated, as in the amendment form.
  const prefill = !adopted ? {} : adopted.text.length <= textPrefillLimit ? { value: adopted.text } : { placeholder: 'Write the whole text; the decision as adopted is in the tab.' };
  const draft = showCard(
    'Start the review',
    [
      text('Propose how the circle goes on: keep the text to continue unchanged with a new review date, change it to amend the decision, or write that it ends.', { subtle: true }),
      textInput('title', 'Title', { required: 'Give the review a title.', maxLength: 200, multiline: false, value: shorten(`Review: ${review.title}`, 200) }),
      textInput('text', 'The proposal', { required: 'Write what you propose.', maxLength: 20000, ...prefill }),
      textInput('driver', 'Why now? (the driver)', { maxLength: 4000, value: `The review date of “${review.title}” has come.` }),
      { type: 'Input.Date', id: 'reviewDate', label: 'Next review by', value: addMonths(today, 6), isRequired: true, errorMessage: 'Every decision has a review date.' },
    ],
    [execute('Draft the review', 'draft-proposal', { subject: 'conversation', circleId: circle.circleId, reviewOfDecision: review.subjectId }, 'positive')],
  );
  return card(
    [
      heading,
      dates,
      ...(adopted ? [container([text(shorten(adopted.text, 600))], 'emphasis'), text(`Adopted by consent on ${adopted.adoptedAt.slice(0, 10)}.`, { subtle: true })] : []),
      text('A review is a new consent decision: continue unchanged with a new review date, amend the decision, or end it.'),
    ],
    [draft],
  );
}
