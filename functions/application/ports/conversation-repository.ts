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
});
export type StoredConversation = z.infer<typeof StoredConversation>;

/** The conversations the bot is in. */
export interface ConversationRepository {
  get(tenantId: string, conversationId: string): Promise<StoredConversation | null>;
  /** Changes the conversation, deciding again on fresh data when someone else wrote first; null when it kept changing. */
  update(tenantId: string, conversationId: string, change: (current: StoredConversation | null) => StoredConversation): Promise<StoredConversation | null>;
}
