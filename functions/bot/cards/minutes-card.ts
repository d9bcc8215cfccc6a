import type { Circle, MeetingMinutes } from '../../../shared';
import { minutesTexts as texts } from '../minutes-texts';
import type { AdaptiveCard, Element } from './card';
import { card, container, facts, fitted, openUrl, shorten, text } from './card';

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
 * next meeting the rhythm proposes, and a link (`meetingLink`) to the meeting's page
 * in the tab. Long notes are cut to fit a Teams message; the tab and the logbook
 * keep them whole.
 */
export function minutesCard(circle: Circle, minutes: MeetingMinutes, meetingLink: string): AdaptiveCard {
  return fitted((limit) =>
    card([
      text(texts.heading(circle.name, minutes.heldOn), { size: 'Large', weight: 'Bolder' }),
      ...minutes.items.map((item) => itemSection(item, limit)),
      facts([
        [texts.evaluationLabel, texts.evaluation(minutes.evaluation.average, minutes.evaluation.count)],
        [texts.nextLabel, texts.next(minutes.nextMeeting)],
      ]),
      text(texts.inLogbook, { subtle: true }),
    ], [openUrl(texts.open, meetingLink)]),
  );
}
