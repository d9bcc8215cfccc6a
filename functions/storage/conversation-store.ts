import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { fromProperties, toProperties } from './entity-codec';
import { governancePartition, key } from './keys';
import { statusOf } from './table-storage';

/**
 * What the bot keeps of a Teams conversation it is in: the reference that lets it
 * post there later (reminders, updated cards), and the Teams user id of each person
 * who acted there, which Teams needs to fetch their own view of a shared card.
 */
export const StoredConversation = z.object({
  conversationId: z.string(),
  reference: z.record(z.string(), z.unknown()),
  teamsUserIds: z.record(z.string(), z.string()),
});
export type StoredConversation = z.infer<typeof StoredConversation>;

export class ConversationStore {
  constructor(private readonly table: TableClient) {}

  private rowKey(conversationId: string): string {
    return key('conversation', conversationId);
  }

  async get(tenantId: string, conversationId: string): Promise<StoredConversation | null> {
    try {
      const entity = await this.table.getEntity<Record<string, unknown>>(governancePartition(tenantId), this.rowKey(conversationId));
      return StoredConversation.parse(fromProperties(entity));
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /** Last writer wins: a reference is only ever refreshed, and user ids only added. */
  async put(tenantId: string, conversation: StoredConversation): Promise<void> {
    await this.table.upsertEntity({ partitionKey: governancePartition(tenantId), rowKey: this.rowKey(conversation.conversationId), ...toProperties(conversation) }, 'Replace');
  }
}
