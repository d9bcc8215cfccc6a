import type { Member, OfferedPerson } from '../../../shared';
import type { RosterAddition } from '../../application/people-from-roster';
import type { Texts } from '../../../texts/translate';
import type { AdaptiveCard, Element } from './card';
import { card, choiceInput, container, execute, text } from './card';

/** At most this many people are offered on the card (a Teams message holds about 28 KB); the tab offers them all. */
export const offeredOnCard = 40;

/** A person as the roster shows them: guests are marked. */
export const shownName = (person: Pick<Member, 'displayName' | 'guest'>, texts: Texts) =>
  person.guest ? texts.t('cards', 'rosterGuest', { name: person.displayName }) : person.displayName;
const names = (members: readonly Member[], texts: Texts) => members.map((member) => shownName(member, texts)).join(', ');

/** What one "Add to the circle" did, in sentences: who joined, who was in already, who was refused and why. */
function additionSection(addition: RosterAddition, texts: Texts): Element {
  const words = texts.of('cards');
  const lines = [
    ...(addition.added.length > 0
      ? [text(words('rosterAdded', { names: names(addition.added, texts) }), { weight: 'Bolder', color: 'Good' })]
      : []),
    ...(addition.already.length > 0 ? [text(words('rosterAlready', { names: names(addition.already, texts) }))] : []),
    ...addition.refused.map(({ member, reason }) =>
      text(words('rosterRefused', { name: shownName(member, texts), reason: texts.say('refusals', reason) }), { color: 'Attention' }),
    ),
  ];
  return container(lines.length > 0 ? lines : [text(words('rosterNobodyChosen'))], addition.refused.length > 0 ? 'attention' : 'good');
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
export function rosterCard(input: RosterCardInput, texts: Texts): AdaptiveCard {
  const words = texts.of('cards');
  const { circle } = input;
  const top = [
    ...(input.intro ?? []),
    ...(input.addition ? [additionSection(input.addition, texts)] : []),
    text(words('rosterHeading'), { size: 'Medium', weight: 'Bolder' }),
  ];
  const ref = { subject: 'conversation', circleId: circle.circleId };
  // A reading the connector failed (404, 5xx, past the deadline) often succeeds a moment later: read again without binding again.
  if (input.people === null)
    return card([...top, text(words('rosterNobodyRead'), { color: 'Attention' })], [execute(words('rosterReadAgain'), 'read-roster', ref)]);
  const outside = input.people.filter((person) => !person.member);
  const shown = outside.slice(0, offeredOnCard);
  const notes = [
    ...(outside.length > shown.length ? [text(words('rosterMore', { count: outside.length - shown.length }), { subtle: true })] : []),
    ...(input.complete ? [] : [text(words('rosterPartial', { count: input.people.length }), { subtle: true })]),
  ];
  const ownView = execute(words('showMyView'), 'show-roster', ref);
  const shared = input.refreshUserIds !== undefined;
  const refresh =
    input.refreshUserIds && input.refreshUserIds.length > 0 ? { action: ownView, userIds: [...input.refreshUserIds] } : undefined;
  if (shown.length === 0) return card([...top, text(words('rosterEveryoneIn', { circle: circle.name })), ...notes], [], refresh);
  if (!input.mayAdd) {
    const list = shown.map((person) => text(`• ${shownName(person, texts)}`, { spacing: 'None' }));
    // Clients that do not refresh by themselves (the Agents Playground) fetch the viewer's own view on a click.
    return card(
      [
        ...top,
        text(words('rosterListed', { circle: circle.name })),
        ...list,
        ...notes,
        text(words('rosterKeeperAdds', { circle: circle.name }), { subtle: true }),
      ],
      shared ? [ownView] : [],
      refresh,
    );
  }
  const choices = shown.map((person) => ({ title: shownName(person, texts), value: person.personId }));
  return card(
    [
      ...top,
      text(words('rosterOffer', { circle: circle.name })),
      choiceInput('people', words('rosterLabel'), choices, words('rosterChoose'), { multi: true }),
      ...notes,
    ],
    [execute(words('rosterAdd'), 'add-from-roster', ref, 'positive')],
    refresh,
  );
}
