import type { Circle, Structure } from '../../shared';
import { activeCircles, dayOf, fromZodError, mayAddMembers, rosterOffer } from '../../shared';
import type { RosterAddition } from '../application/people-from-roster';
import { addFromRoster, readRoster } from '../application/people-from-roster';
import type { ConversationMembers, ConversationRoster } from '../application/ports/roster-repository';
import type { BotDeps, Caller, Outcome } from './actions';
import { boundCircle } from './actions';
import { AddFromRosterData, RosterRef } from './card-actions';
import type { AdaptiveCard, Element } from './cards/card';
import { errorCard, greetingCard, withBanner } from './cards/conversation-cards';
import { rosterCard } from './cards/roster-card';
import { conversationTexts } from './conversation-texts';
import { refusalText } from './core-words';

/** Teams fetches a user-specific view for at most this many people of a message. */
const refreshLimit = 60;

/**
 * Reads and keeps who is in the conversation; null when Teams could not be asked
 * (the binding stands all the same, and the card says so).
 */
export async function rosterOnBind(deps: BotDeps, caller: Caller, members: ConversationMembers): Promise<ConversationRoster | null> {
  try {
    return await readRoster(members, deps.services.rosters, {
      tenantId: caller.tenantId,
      conversationId: caller.conversationId,
      binding: caller.binding,
      now: caller.now,
    });
  } catch (error) {
    console.warn(`Could not read the members of a conversation: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The roster card as one viewer sees it: the form only for whoever the core lets add members. */
export function viewerRosterCard(
  structure: Structure,
  circle: Circle,
  caller: Caller,
  roster: ConversationRoster | null,
  intro?: Element[],
  addition?: RosterAddition,
): AdaptiveCard {
  return rosterCard(
    {
      circle,
      people: roster ? rosterOffer(circle, roster.people) : null,
      complete: roster?.complete ?? true,
      mayAdd: mayAddMembers(structure, circle, caller.actor, dayOf(caller.now)),
      ...(intro ? { intro } : {}),
      ...(addition ? { addition } : {}),
    },
    caller.texts,
  );
}

/**
 * The roster card everyone in the conversation shares: the list, and a refresh that
 * gives each person of the roster who may add members their own view with the form.
 */
export function sharedRosterCard(
  deps: BotDeps,
  structure: Structure,
  circle: Circle,
  caller: Caller,
  roster: ConversationRoster,
  intro?: Element[],
): AdaptiveCard {
  const day = dayOf(caller.now);
  const keepers = roster.people.filter((person) =>
    mayAddMembers(structure, circle, deps.services.actorOf(caller.tenantId, person.personId), day),
  );
  return rosterCard(
    {
      circle,
      people: rosterOffer(circle, roster.people),
      complete: roster.complete,
      mayAdd: false,
      refreshUserIds: keepers.slice(0, refreshLimit).map((person) => person.teamsUserId),
      ...(intro ? { intro } : {}),
    },
    conversationTexts(caller.conversation),
  );
}

/** Whether the roster names anyone the circle does not have yet: only then is it worth a card for everyone. */
export const offersAnyone = (circle: Circle, roster: ConversationRoster | null): roster is ConversationRoster =>
  roster !== null && rosterOffer(circle, roster.people).some((person) => !person.member);

/** The sentence the roster's cards open with in the circle's home: the greeting's, as the bound conversation shows it. */
const homeIntro = (circle: Circle, caller: Caller): Element[] => greetingCard([circle], circle, caller.texts).body;

/** The circle this conversation is the home of, when it is the one the card names. */
async function homeCircle(deps: BotDeps, caller: Caller, circleId: string): Promise<{ structure: Structure; circle: Circle } | null> {
  const { structure } = await deps.services.structures.load(caller.tenantId);
  const circle = boundCircle(activeCircles(structure), caller.binding);
  return circle && circle.circleId === circleId ? { structure, circle } : null;
}

/** "Show the people to add": the viewer's own view of the roster card (a refresh, or a click). */
export async function showRoster(deps: BotDeps, caller: Caller, raw: Record<string, unknown>): Promise<Outcome> {
  const ref = RosterRef.safeParse(raw);
  if (!ref.success) return { viewer: errorCard(caller.texts.t('cards', 'rosterNoCircle')) };
  const home = await homeCircle(deps, caller, ref.data.circleId);
  if (!home) return { viewer: errorCard(caller.texts.t('cards', 'rosterNotHome')) };
  const roster = await deps.services.rosters.get(caller.tenantId, caller.conversationId);
  return { viewer: viewerRosterCard(home.structure, home.circle, caller, roster, homeIntro(home.circle, caller)) };
}

/**
 * "Read the members again", offered when the binding could not read them: reads and
 * keeps the roster now and answers the roster card; when it offers anyone, the
 * clicked message shows everyone the list, as a binding that read it would have.
 */
export async function readRosterAgain(
  deps: BotDeps,
  caller: Caller,
  raw: Record<string, unknown>,
  members?: ConversationMembers,
): Promise<Outcome> {
  const ref = RosterRef.safeParse(raw);
  if (!ref.success) return { viewer: errorCard(caller.texts.t('cards', 'rosterNoCircle')) };
  const home = await homeCircle(deps, caller, ref.data.circleId);
  if (!home) return { viewer: errorCard(caller.texts.t('cards', 'rosterNotHome')) };
  // A turn without a connector to ask has nobody to read: the card says so, as when Teams did not answer.
  const roster = members ? await rosterOnBind(deps, caller, members) : null;
  const intro = homeIntro(home.circle, caller);
  const viewer = viewerRosterCard(home.structure, home.circle, caller, roster, intro);
  if (!offersAnyone(home.circle, roster)) return { viewer };
  return {
    viewer,
    shared: { card: sharedRosterCard(deps, home.structure, home.circle, caller, roster, intro), record: 'binding', fromClicked: true },
  };
}

/**
 * "Add to the circle": each person chosen becomes a member by the core's own step,
 * with the name and guest mark the roster holds; the card says who was added, who was
 * a member already (a retried click adds nobody twice) and who was refused and why.
 */
export async function addPeopleFromRoster(deps: BotDeps, caller: Caller, raw: Record<string, unknown>): Promise<Outcome> {
  const parsed = AddFromRosterData.safeParse(raw);
  if (!parsed.success) return { viewer: errorCard(refusalText(caller.texts, fromZodError(parsed.error))) };
  const personIds = parsed.data.people
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (!(await homeCircle(deps, caller, parsed.data.circleId))) return { viewer: errorCard(caller.texts.t('cards', 'rosterNotHome')) };
  const { services } = deps;
  const result = await addFromRoster(
    services,
    {
      tenantId: caller.tenantId,
      conversationId: caller.conversationId,
      circleId: parsed.data.circleId,
      personIds,
      actor: caller.actor,
      now: caller.now,
    },
    { sources: services, tenantId: caller.tenantId, now: caller.now },
  );
  // The card shows the circle as the step left it: read again after the change.
  const home = await homeCircle(deps, caller, parsed.data.circleId);
  if (!home) return { viewer: errorCard(caller.texts.t('cards', 'rosterNotHome')) };
  const roster = await services.rosters.get(caller.tenantId, caller.conversationId);
  const intro = homeIntro(home.circle, caller);
  if (!result.ok)
    return {
      viewer: withBanner(viewerRosterCard(home.structure, home.circle, caller, roster, intro), refusalText(caller.texts, result.error)),
    };
  const viewer = viewerRosterCard(home.structure, home.circle, caller, roster, intro, result.value);
  if (result.value.added.length === 0 || !roster) return { viewer };
  // The clicked message shows everyone the roster as it now stands.
  return {
    viewer,
    shared: { card: sharedRosterCard(deps, home.structure, home.circle, caller, roster, intro), record: 'binding', fromClicked: true },
  };
}
