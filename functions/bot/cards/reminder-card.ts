import type { CalendarDate, Circle, Proposal, Reminder } from '../../../shared';
import { addMonths, daysBetween, reviewTitleIn } from '../../../shared';
import type { Texts } from '../../../texts/translate';
import type { AdaptiveCard } from './card';
import { card, container, execute, facts, shorten, showCard, text, textInput } from './card';
import { calendarDay } from './calendar-day';

/** The longest decision text the review form repeats whole; a card must stay within a Teams message. */
const textPrefillLimit = 6000;

function heading(title: string, reviewDate: CalendarDate, today: CalendarDate, texts: Texts): string {
  const days = daysBetween(today, reviewDate);
  if (days === 0) return texts.t('cards', 'reminderToday', { title });
  return days < 0 ? texts.t('cards', 'reminderOverdue', { days: -days, title }) : texts.t('cards', 'reminderAhead', { days, title });
}

/**
 * The reminder the circle's conversation gets ahead of a review and on its day,
 * with what starts the review: for a decision, the draft of a new consent
 * decision (continue, amend or end); for a role term, a new role selection.
 * Written in the conversation's language (`texts`).
 */
export function reminderCard(
  reminder: Reminder,
  circle: Circle,
  decision: Proposal | null,
  today: CalendarDate,
  texts: Texts,
): AdaptiveCard {
  const words = texts.of('cards');
  const { review } = reminder;
  // A role term's review is titled by the core, in the conversation's language; a decision's by its own title.
  const title = reviewTitleIn(review, (said) => texts.say('core', said));
  const top = text(heading(title, review.reviewDate, today, texts), { size: 'Large', weight: 'Bolder' });
  const dates = facts([
    [words('factCircle'), circle.name],
    [words('factReviewBy'), calendarDay(texts, review.reviewDate)],
  ]);
  if (review.kind === 'role-term') {
    const roleId = circle.assignments.find((a) => a.assignmentId === review.subjectId)?.roleId ?? review.subjectId;
    return card(
      [top, dates, text(words('reminderRoleTerm'))],
      [execute(words('startSelection'), 'start-selection', { subject: 'conversation', circleId: circle.circleId, roleId }, 'positive')],
    );
  }
  const adopted = decision?.status === 'adopted' ? decision : null;
  // A text cut short would be drafted as the decision's text: a longer one is not repeated, as in the amendment form.
  const prefill = !adopted
    ? {}
    : adopted.text.length <= textPrefillLimit
      ? { value: adopted.text }
      : { placeholder: words('reviewPlaceholder') };
  const draft = showCard(
    words('reviewStart'),
    [
      text(words('reviewNote'), { subtle: true }),
      textInput('title', words('titleLabel'), {
        required: words('reviewTitleRequired'),
        maxLength: 200,
        multiline: false,
        value: shorten(words('reviewTitleValue', { title }), 200),
      }),
      textInput('text', words('proposalLabel'), { required: words('reviewTextRequired'), maxLength: 20000, ...prefill }),
      textInput('driver', words('reviewDriverLabel'), { maxLength: 4000, value: words('reviewDriverValue', { title }) }),
      {
        type: 'Input.Date',
        id: 'reviewDate',
        label: words('nextReviewLabel'),
        value: addMonths(today, 6),
        isRequired: true,
        errorMessage: words('reviewDateRequired'),
      },
    ],
    [
      execute(
        words('reviewDraftButton'),
        'draft-proposal',
        { subject: 'conversation', circleId: circle.circleId, reviewOfDecision: review.subjectId },
        'positive',
      ),
    ],
  );
  return card(
    [
      top,
      dates,
      ...(adopted
        ? [
            container([text(shorten(adopted.text, 600))], 'emphasis'),
            text(words('adoptedOn', { date: calendarDay(texts, adopted.adoptedAt.slice(0, 10)) }), { subtle: true }),
          ]
        : []),
      text(words('reviewIsDecision')),
    ],
    [draft],
  );
}
