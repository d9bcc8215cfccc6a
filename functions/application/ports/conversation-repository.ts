import { z } from 'zod';

/**
 * What the bot keeps of a Teams conversation it is in: the reference that lets it
 * post there later (reminders), the Teams user id of each person who acted there
 * (Teams needs them to fetch each person's own view of a shared card), and the
 * message that shows each record's shared card there, so a step updates that card.
 */
export const StoredConversation = z.object({
  conversationId: z.string(),
  reference: z.record(z.string(), z.unknown()),
  teamsUserIds: z.record(z.string(), z.string()),
  cards: z.record(z.string(), z.string()).default({}),
  /**
   * The language of the activity that bound a circle here: what the app posts on its
   * own (rounds opened, reminders, minutes) is written in it. Rows kept before have
   * none and are read as English.
   */
  locale: z.string().max(35).optional(),
});
export type StoredConversation = z.infer<typeof StoredConversation>;

/**
 * A person's Teams user id in a conversation, not kept there yet: their first act
 * there keeps it in the same write as the step it stores, so that first click costs
 * no more storage round trips than any other.
 */
export interface TeamsUser {
  readonly conversationId: string;
  readonly personId: string;
  readonly userId: string;
}

/** The conversations the bot is in. */
export interface ConversationRepository {
  get(tenantId: string, conversationId: string): Promise<StoredConversation | null>;
  /** Changes the conversation, deciding again on fresh data when someone else wrote first; null when it kept changing. */
  update(
    tenantId: string,
    conversationId: string,
    change: (current: StoredConversation | null) => StoredConversation,
  ): Promise<StoredConversation | null>;
  /**
   * A person acts in the conversation by a step: as `update`, except that when the
   * person's Teams user id is the only change it is not written but handed back
   * (`unkeptUser`) for the step's own write to keep.
   */
  /** Keeps a person's Teams user id with one write, read by nobody first: a click that stored no step. */
  keepUser(tenantId: string, user: TeamsUser): Promise<void>;
  arrive(
    tenantId: string,
    conversationId: string,
    change: (current: StoredConversation | null) => StoredConversation,
    person: { readonly personId: string; readonly userId: string },
  ): Promise<{ conversation: StoredConversation | null; unkeptUser?: TeamsUser }>;
}
