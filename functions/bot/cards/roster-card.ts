import type { Member, OfferedPerson } from '../../../shared';
import type { RosterAddition } from '../../application/people-from-roster';
import type { AdaptiveCard, Element } from './card';
import { card, choiceInput, container, execute, text } from './card';

/** At most this many people are offered on the card (a Teams message holds about 28 KB); the tab offers them all. */
export const offeredOnCard = 40;

/** Every sentence of the roster's cards, in one place. */
export const rosterTexts = {
  heading: 'People in this conversation',
  nobodyRead: 'I couldn’t read this chat’s members just now, so I offer nobody to add yet. Try reading them again in a moment, or add members in the tab.',
  readAgain: 'Read the members again',
  everyoneIn: (circle: string) => `Everyone here is already a member of “${circle}”.`,
  offer: (circle: string) => `These people are here but not members of “${circle}” yet. Choose whom to add:`,
  listed: (circle: string) => `These people are here but not members of “${circle}” yet:`,
  keeperAdds: (circle: string) => `Whoever keeps the records of “${circle}” (its secretary) can add them from this card or in the tab.`,
  more: (count: number) => `…and ${count} more: the tab lists everyone.`,
  partial: (count: number) => `This conversation has more people than I could read at once; I read ${count} of them.`,
  choose: 'Choose at least one person to add.',
  add: 'Add to the circle',
  label: 'People to add',
  added: (names: string) => `Added to the circle: ${names}.`,
  already: (names: string) => `Already members: ${names}.`,
  refused: (name: string, reason: string) => `${name} was not added: ${reason}`,
  nobodyChosen: 'Nobody was added.',
  ownView: 'Show my view',
  notHome: 'This conversation is not that circle’s home: bind it to the circle first.',
  noCircle: 'This card does not say which circle it offers people to.',
} as const;

export const shownName = (person: Pick<Member, 'displayName' | 'guest'>) => `${person.displayName}${person.guest ? ' (guest)' : ''}`;
const names = (members: readonly Member[]) => members.map(shownName).join(', ');

/** What one "Add to the circle" did, in sentences: who joined, who was in already, who was refused and why. */
function additionSection(addition: RosterAddition): Element {
  const lines = [
    ...(addition.added.length > 0 ? [text(rosterTexts.added(names(addition.added)), { weight: 'Bolder', color: 'Good' })] : []),
    ...(addition.already.length > 0 ? [text(rosterTexts.already(names(addition.already)))] : []),
    ...addition.refused.map(({ member, reason }) => text(rosterTexts.refused(shownName(member), reason), { color: 'Attention' })),
  ];
  return container(lines.length > 0 ? lines : [text(rosterTexts.nobodyChosen)], addition.refused.length > 0 ? 'attention' : 'good');
}

export interface RosterCardInput {
  readonly circle: { readonly circleId: string; readonly name: string };
  /** The roster as the circle sees it; null when it could not be read. */
  readonly people: readonly OfferedPerson[] | null;
  readonly complete: boolean;
  /** Whether the viewer may add members (the core's structure permissions): only then the form and its button. */
  readonly mayAdd: boolean;
  /** Sentences above the roster: what the click that showed it did (bound the conversation, for one). */
  readonly intro?: readonly Element[];
  readonly addition?: RosterAddition;
  /**
   * Set on the card everyone shares: the Teams user ids who get their own view (with
   * the form) when they open it; the card also offers “Show my view” to everyone.
   */
  readonly refreshUserIds?: readonly string[];
}

/**
 * The people of the conversation who are not members of its circle yet: a form to
 * add them for whoever may, the list for everyone else. Guests are marked; none is
 * chosen in advance.
 */
export function rosterCard(input: RosterCardInput): AdaptiveCard {
  const { circle } = input;
  const top = [...(input.intro ?? []), ...(input.addition ? [additionSection(input.addition)] : []), text(rosterTexts.heading, { size: 'Medium', weight: 'Bolder' })];
  const ref = { subject: 'conversation', circleId: circle.circleId };
  // A reading the connector failed (404, 5xx, past the deadline) often succeeds a moment later: read again without binding again.
  if (input.people === null) return card([...top, text(rosterTexts.nobodyRead, { color: 'Attention' })], [execute(rosterTexts.readAgain, 'read-roster', ref)]);
  const outside = input.people.filter((person) => !person.member);
  const shown = outside.slice(0, offeredOnCard);
  const notes = [
    ...(outside.length > shown.length ? [text(rosterTexts.more(outside.length - shown.length), { subtle: true })] : []),
    ...(input.complete ? [] : [text(rosterTexts.partial(input.people.length), { subtle: true })]),
  ];
  const ownView = execute(rosterTexts.ownView, 'show-roster', ref);
  const shared = input.refreshUserIds !== undefined;
  const refresh = input.refreshUserIds && input.refreshUserIds.length > 0 ? { action: ownView, userIds: [...input.refreshUserIds] } : undefined;
  if (shown.length === 0) return card([...top, text(rosterTexts.everyoneIn(circle.name)), ...notes], [], refresh);
  if (!input.mayAdd) {
    const list = shown.map((person) => text(`• ${shownName(person)}`, { spacing: 'None' }));
    // Clients that do not refresh by themselves (the Agents Playground) fetch the viewer's own view on a click.
    return card([...top, text(rosterTexts.listed(circle.name)), ...list, ...notes, text(rosterTexts.keeperAdds(circle.name), { subtle: true })], shared ? [ownView] : [], refresh);
  }
  const choices = shown.map((person) => ({ title: shownName(person), value: person.personId }));
  return card(
    [...top, text(rosterTexts.offer(circle.name)), choiceInput('people', rosterTexts.label, choices, rosterTexts.choose, { multi: true }), ...notes],
    [execute(rosterTexts.add, 'add-from-roster', ref, 'positive')],
    refresh,
  );
}
