import type { Circle, MeetingMinutes } from '../../../shared';
import { minutesTexts as texts } from '../minutes-texts';
import type { AdaptiveCard, Element } from './card';
import { card, container, facts, fitted, shorten, text } from './card';

/** One item of the agenda with its minutes and the decisions taken during it, its notes cut at `limit`. */
function itemSection(item: MeetingMinutes['items'][number], limit: number): Element {
  const decided = item.decisions.length > 0 ? [text(texts.decided(item.decisions.map((decision) => decision.title)), { color: 'Good', spacing: 'Small' })] : [];
  return container([
    text(item.title, { weight: 'Bolder' }),
    text(item.notes ? shorten(item.notes, limit) : texts.noNotes, { subtle: !item.notes, spacing: 'Small' }),
    ...decided,
  ]);
}

/**
 * A closed meeting's minutes as posted to its circle's conversation: each item with
 * its minutes and the decisions taken by title, the evaluation's average and the
 * next meeting the rhythm proposes. Long notes are cut to fit a Teams message; the
 * logbook keeps them whole.
 */
export function minutesCard(circle: Circle, minutes: MeetingMinutes): AdaptiveCard {
  return fitted((limit) =>
    card([
      text(texts.heading(circle.name, minutes.heldOn), { size: 'Large', weight: 'Bolder' }),
      ...minutes.items.map((item) => itemSection(item, limit)),
      facts([
        [texts.evaluationLabel, texts.evaluation(minutes.evaluation.average, minutes.evaluation.count)],
        [texts.nextLabel, texts.next(minutes.nextMeeting)],
      ]),
      text(texts.inLogbook, { subtle: true }),
    ]),
  );
}
