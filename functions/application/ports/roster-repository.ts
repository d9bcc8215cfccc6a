import { z } from 'zod';
import { Instant, RosterPerson, TeamsBinding } from '../../../shared';

/**
 * Who Teams listed in a conversation when the bot last read it, kept beside the
 * conversation: the people a circle bound there may bring in. `complete` is false
 * when the conversation had more people than one reading takes (`rosterLimit`).
 */
export const ConversationRoster = z.object({
  conversationId: z.string().min(1),
  binding: TeamsBinding,
  readAt: Instant,
  complete: z.boolean(),
  people: z.array(RosterPerson),
});
export type ConversationRoster = z.infer<typeof ConversationRoster>;

/** The people of a conversation as Teams lists them now, read page by page up to `rosterLimit`. */
export interface ConversationMembers {
  read(): Promise<{ readonly people: readonly RosterPerson[]; readonly complete: boolean }>;
}

/** The rosters the bot has read, one per conversation, each replaced whole by the next reading. */
export interface RosterRepository {
  keep(tenantId: string, roster: ConversationRoster): Promise<void>;
  get(tenantId: string, conversationId: string): Promise<ConversationRoster | null>;
}

/** One reading takes at most this many pages of this many people; a larger roster is kept in part, and says so. */
export const rosterLimit = { pages: 50, pageSize: 100 } as const;
