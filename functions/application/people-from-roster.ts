import type { Actor, DomainError, Member, OfferedPerson, Result, Structure, StructureEvent, TeamsBinding } from '../../shared';
import {
  dayOf,
  fail,
  findCircle,
  memberFrom,
  ok,
  readsRoster,
  reviewsChangedBetween,
  rosterOffer,
  structureCircles,
  structureDecider,
  transition,
} from '../../shared';
import type { InStep } from './handle-command';
import { handleCommand } from './handle-command';
import type { ConversationMembers, ConversationRoster, RosterRepository } from './ports/roster-repository';
import type { LoadedStructure, StructureRepository } from './ports/structure-repository';

/** The conversation a circle's binding names, as the bot keys what it keeps of a conversation. */
export function conversationOf(binding: TeamsBinding): string {
  switch (binding.kind) {
    case 'chat':
      return binding.chatId;
    case 'channel':
      return binding.channelId;
    case 'team':
      return binding.teamId;
  }
}

/** Reads who is in the conversation now and keeps it, replacing the previous reading. */
export async function readRoster(
  members: ConversationMembers,
  rosters: RosterRepository,
  at: { readonly tenantId: string; readonly conversationId: string; readonly binding: TeamsBinding; readonly now: string },
): Promise<ConversationRoster> {
  const read = await members.read();
  const roster: ConversationRoster = {
    conversationId: at.conversationId,
    binding: at.binding,
    readAt: at.now,
    complete: read.complete,
    people: [...read.people],
  };
  await rosters.keep(at.tenantId, roster);
  return roster;
}

/** A circle's roster as the tab shows it: when it was read and where, and each person with whether they are a member. */
export interface CircleRoster {
  readonly conversation: { readonly kind: TeamsBinding['kind']; readonly readAt: string; readonly complete: boolean } | null;
  readonly people: readonly OfferedPerson[];
}

const noRoster: CircleRoster = { conversation: null, people: [] };

/**
 * The people of the circle's conversation, for those who may read them (its members,
 * and those who keep its records). A roster read where the circle is no longer bound
 * is not its roster.
 */
export async function circleRoster(
  sources: { readonly structures: StructureRepository; readonly rosters: RosterRepository },
  tenantId: string,
  circleId: string,
  actor: Actor,
  now: string,
): Promise<Result<CircleRoster>> {
  const { structure } = await sources.structures.load(tenantId);
  const circle = findCircle(structure, circleId);
  if (!circle) return fail('not-found', { key: 'noCircle', values: { circleId } }, 'circleId');
  if (!readsRoster(structure, circle, actor, dayOf(now))) {
    return fail('not-a-member', { key: 'rosterReadersOnly', values: { circle: circle.name } }, 'circleId');
  }
  if (!circle.binding) return ok(noRoster);
  const roster = await sources.rosters.get(tenantId, conversationOf(circle.binding));
  if (!roster || JSON.stringify(roster.binding) !== JSON.stringify(circle.binding)) return ok(noRoster);
  return ok({
    conversation: { kind: circle.binding.kind, readAt: roster.readAt, complete: roster.complete },
    people: rosterOffer(circle, roster.people),
  });
}

/** What one "Add to the circle" did: who joined, who was a member already, and who was refused and why (in the reader's words, from the refusal's `Said`). */
export interface RosterAddition {
  readonly added: readonly Member[];
  readonly already: readonly Member[];
  readonly refused: readonly { readonly member: Member; readonly reason: DomainError['said'] }[];
}

interface Decided {
  readonly state: Structure;
  readonly events: readonly StructureEvent[];
  readonly addition: RosterAddition;
}

/** Refusals that concern the person acting or the circle, not one of the people chosen: they refuse the whole click. */
const refusesAll = new Set(['not-permitted', 'not-found', 'circle-archived']);

/**
 * Each person chosen is decided by the core on its own, on the state the previous
 * ones left: those accepted are stored in one change, one refused (the circle's
 * record full) does not hold back the others, and one already a member (a retried
 * click) is said so and added once.
 */
function decideAdditions(structure: Structure, circleId: string, members: readonly Member[], actor: Actor, now: string): Result<Decided> {
  let state = structure;
  const events: StructureEvent[] = [];
  const added: Member[] = [];
  const already: Member[] = [];
  const refused: { member: Member; reason: DomainError['said'] }[] = [];
  for (const member of members) {
    const result = transition(structureDecider, state, { type: 'add-member', circleId, member }, actor, now);
    if (result.ok) {
      state = result.value.state;
      events.push(...result.value.events);
      added.push(member);
    } else if (refusesAll.has(result.error.code)) return result;
    else if (result.error.code === 'already-exists') already.push(member);
    else refused.push({ member, reason: result.error.said });
  }
  return ok({ state, events, addition: { added, already, refused } });
}

/**
 * Brings people of the conversation's roster into the circle, by the core's
 * `add-member` step each: only people the roster lists, with the names and guest
 * marks Teams gave, never what a card sent back.
 */
export async function addFromRoster(
  sources: { readonly structures: StructureRepository; readonly rosters: RosterRepository },
  request: {
    readonly tenantId: string;
    readonly conversationId: string;
    readonly circleId: string;
    readonly personIds: readonly string[];
    readonly actor: Actor;
    readonly now: string;
  },
  inStep?: InStep,
): Promise<Result<RosterAddition>> {
  const roster = await sources.rosters.get(request.tenantId, request.conversationId);
  if (!roster) return fail('not-found', 'rosterNotRead', 'people');
  const listed = new Map(roster.people.map((person) => [person.personId, person]));
  const chosen = [...new Set(request.personIds)];
  if (chosen.length === 0) return fail('invalid-input', 'choosePeople', 'people');
  const members: Member[] = [];
  for (const personId of chosen) {
    const person = listed.get(personId);
    if (!person) return fail('invalid-input', 'chooseFromRoster', 'people');
    members.push(memberFrom(person));
  }
  const { structures } = sources;
  const decided = await handleCommand<LoadedStructure, Decided, Decided>(
    {
      what: 'structure',
      load: () => structures.load(request.tenantId),
      decide: (loaded) => decideAdditions(loaded.structure, request.circleId, members, request.actor, request.now),
      // Nobody to add (all members already, or all refused) writes nothing.
      save: async (loaded, next) =>
        next.events.length === 0 || (await structures.save(loaded, next.state, next.events)) ? ok(next) : 'conflict',
      changeOf: (next, loaded) => ({
        events: next.events,
        structure: next.events.length > 0,
        reviews: reviewsChangedBetween(loaded.structure, next.state),
        circles: structureCircles(next.events),
      }),
    },
    inStep,
  );
  return decided.ok ? ok(decided.value.addition) : decided;
}
