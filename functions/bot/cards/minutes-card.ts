import type { Circle, MeetingMinutes } from '../../../shared';
import type { Texts } from '../../../texts/translate';
import type { AdaptiveCard, Element } from './card';
import { card, cardDateAndTime, container, facts, fitted, openUrl, shorten, text } from './card';
import { calendarDay } from './calendar-day';

/** One item of the agenda with its minutes and the decisions taken during it, its notes cut at `limit`. */
function itemSection(item: MeetingMinutes['items'][number], limit: number, texts: Texts): Element {
  const words = texts.of('notices');
  const titles = item.decisions.map((decision) => decision.title).join('; ');
  const decided = item.decisions.length > 0 ? [text(words('minutesDecided', { titles }), { color: 'Good', spacing: 'Small' })] : [];
  return container([
    text(item.title, { weight: 'Bolder' }),
    text(item.notes ? shorten(item.notes, limit) : words('minutesNoNotes'), { subtle: !item.notes, spacing: 'Small' }),
    ...decided,
  ]);
}

/**
 * A closed meeting's minutes as posted to its circle's conversation: each item with
 * its minutes and the decisions taken by title, the evaluation's average and the
 * next meeting the rhythm proposes (written by Teams in each reader's own zone), and
 * a link (`meetingLink`) to the meeting's page in the tab. Long notes are cut to fit
 * a Teams message; the tab and the logbook keep them whole.
 */
export function minutesCard(circle: Circle, minutes: MeetingMinutes, meetingLink: string, texts: Texts): AdaptiveCard {
  const words = texts.of('notices');
  const { average, count } = minutes.evaluation;
  const next = minutes.nextMeeting;
  return fitted((limit) =>
    card(
      [
        text(words('minutesHeading', { circle: circle.name, day: calendarDay(texts, minutes.heldOn) }), {
          size: 'Large',
          weight: 'Bolder',
        }),
        ...minutes.items.map((item) => itemSection(item, limit, texts)),
        facts([
          [
            words('minutesEvaluationLabel'),
            average === null ? words('minutesNotRated') : words('minutesEvaluation', { average: texts.number(average), count }),
          ],
          [
            words('minutesNextLabel'),
            next ? words('minutesNext', { when: cardDateAndTime(next.startsAt), minutes: next.durationMinutes }) : words('minutesNoRhythm'),
          ],
        ]),
        text(words('minutesInLogbook'), { subtle: true }),
      ],
      [openUrl(words('minutesOpen'), meetingLink)],
    ),
  );
}
