import type { Circle, Meeting } from '../../../shared';
import type { Texts } from '../../../texts/translate';
import type { AdaptiveCard } from './card';
import { card, container, openUrl, text } from './card';

/**
 * The short card posted to a circle's conversation when its meeting's agenda is
 * consented: the agenda as consented, each item with its time box, and a link
 * (`meetingLink`) to the meeting's page in the tab, where those not yet in the
 * call see the run. The core consents only to an agenda of 1 to 40 items of at
 * most 200 characters, so the card always fits a Teams message.
 */
export function meetingUnderWayCard(circle: Circle, meeting: Meeting, meetingLink: string, texts: Texts): AdaptiveCard {
  const words = texts.of('notices');
  const minutes = meeting.agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0);
  return card(
    [
      text(words('underWayHeading', { circle: circle.name }), { size: 'Large', weight: 'Bolder' }),
      text(words('underWayAgenda', { items: meeting.agenda.length, minutes }), { subtle: true, spacing: 'Small' }),
      container(
        meeting.agenda.map((item, index) =>
          text(words('underWayItem', { position: index + 1, title: item.title, minutes: item.timeboxMinutes }), { spacing: 'Small' }),
        ),
      ),
    ],
    [openUrl(words('underWayOpen'), meetingLink)],
  );
}
