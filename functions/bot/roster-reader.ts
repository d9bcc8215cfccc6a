import type { ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { RosterPerson } from '../../shared';
import { PersonId, RosterPerson as RosterPersonSchema } from '../../shared';
import type { ConversationMembers } from '../application/ports/roster-repository';
import { rosterLimit } from '../application/ports/roster-repository';

/**
 * A TeamsChannelAccount as the Bot Connector lists it (`GET
 * /v3/conversations/{id}/pagedmembers`): `id` (the Teams user id), `name`,
 * `aadObjectId`, `email`, `userPrincipalName`, `userRole` (`user`, `guest` or
 * `anonymous`) and `tenantId`; fields it may add later are ignored.
 */
const TeamsChannelAccount = z.object({
  id: z.string(),
  name: z.string().nullish(),
  aadObjectId: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  email: z.string().nullish(),
  userRole: z.string().nullish(),
});

/** A page of members (`TeamsPagedMembersResult`): the last one has no continuation token. */
const PagedMembers = z.object({ members: z.array(z.unknown()).default([]), continuationToken: z.string().nullish() });

/**
 * The whole reading's deadline: it runs while the person who bound the conversation
 * waits for their card, and Teams gives up on a card action after about 15 seconds.
 */
const readingDeadlineMs = 8_000;

/** Teams user ids as the bot keeps them: short and plain (`29:1a2b…`), as `teamsUserIdOf` in the agent. */
const plainUserId = /^[A-Za-z0-9:._@-]{1,256}$/;

/**
 * The people of a page who can be circle members: someone with an Entra object id,
 * not a bot (Teams bot ids start `28:`) and not an anonymous meeting guest. A guest
 * of the tenant is kept, marked as a guest.
 */
export function rosterPeople(members: readonly unknown[]): RosterPerson[] {
  return members.flatMap((raw) => {
    const account = TeamsChannelAccount.safeParse(raw);
    if (!account.success) return [];
    const { id, name, aadObjectId, userPrincipalName, email, userRole } = account.data;
    if (userRole === 'anonymous' || id.startsWith('28:') || !plainUserId.test(id)) return [];
    // A choice set sends the people chosen joined by commas: an id holding one could not be told apart.
    if (!aadObjectId || aadObjectId.includes(',') || !PersonId.safeParse(aadObjectId).success) return [];
    const displayName = [name, userPrincipalName, email]
      .find((value) => value && value.trim() !== '')
      ?.trim()
      .slice(0, 200);
    const person = RosterPersonSchema.safeParse({ personId: aadObjectId, displayName, guest: userRole === 'guest', teamsUserId: id });
    return person.success ? [person.data] : [];
  });
}

/**
 * The conversation's members through the turn's own connector client (signed as the
 * bot, at the serviceUrl Teams gave): every page up to `rosterLimit` and the reading's
 * deadline; a roster longer than that, or slower, is read in part and says so.
 */
export function teamsMembers(context: TurnContext, conversationId: string, readingMs = readingDeadlineMs): ConversationMembers {
  return {
    async read() {
      const client = context.turnState.get<ConnectorClient | undefined>(context.adapter.ConnectorClientKey);
      if (!client) throw new Error('This turn has no connector client to read the conversation’s members with.');
      const people: RosterPerson[] = [];
      const deadline = AbortSignal.timeout(readingMs);
      let continuationToken: string | undefined;
      for (let page = 0; page < rosterLimit.pages; page += 1) {
        let data: unknown;
        try {
          const url = `v3/conversations/${encodeURIComponent(conversationId)}/pagedmembers`;
          data = (
            await client.httpClient.get<unknown>(url, {
              params: { pageSize: String(rosterLimit.pageSize), continuationToken },
              headers: { accept: 'application/json' },
              signal: deadline,
            })
          ).data;
        } catch (error) {
          // Past the deadline, the pages read so far are the roster, kept in part; without any, it is not read.
          if (deadline.aborted && page > 0) return { people, complete: false };
          throw error;
        }
        const parsed = PagedMembers.parse(data);
        people.push(...rosterPeople(parsed.members));
        continuationToken = parsed.continuationToken ?? undefined;
        if (!continuationToken) return { people, complete: true };
      }
      return { people, complete: false };
    },
  };
}
