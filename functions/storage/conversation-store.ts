import type { TableClient } from '@azure/data-tables';
import type { ConversationRepository } from '../application/ports/conversation-repository';
import { StoredConversation } from '../application/ports/conversation-repository';
import { canonicalJson } from './canonical-json';
import { fromProperties, toProperties } from './entity-codec';
import { governancePartition, key } from './keys';
import { isConflict, statusOf } from './table-storage';

const attempts = 8;

/** Each conversation is one row in the tenant's partition, changed under its ETag. */
export class ConversationStore implements ConversationRepository {
  constructor(private readonly table: TableClient) {}

  private rowKey(conversationId: string): string {
    return key('conversation', conversationId);
  }

  private async read(tenantId: string, conversationId: string): Promise<{ value: StoredConversation; etag: string } | null> {
    try {
      const entity = await this.table.getEntity<Record<string, unknown>>(governancePartition(tenantId), this.rowKey(conversationId));
      return { value: StoredConversation.parse(fromProperties(entity)), etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  async get(tenantId: string, conversationId: string): Promise<StoredConversation | null> {
    return (await this.read(tenantId, conversationId))?.value ?? null;
  }

  /**
   * Changes the conversation's row under its ETag, deciding again on fresh data when
   * someone else wrote first (many people act in one conversation at once); nothing is
   * written when the change leaves the row as it was. Null when it kept changing for
   * every attempt.
   */
  async update(tenantId: string, conversationId: string, change: (current: StoredConversation | null) => StoredConversation): Promise<StoredConversation | null> {
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const current = await this.read(tenantId, conversationId);
      const next = change(current?.value ?? null);
      if (current && canonicalJson(current.value) === canonicalJson(next)) return next;
      const entity = { partitionKey: governancePartition(tenantId), rowKey: this.rowKey(conversationId), ...toProperties(next) };
      try {
        if (current) await this.table.updateEntity(entity, 'Replace', { etag: current.etag });
        else await this.table.createEntity(entity);
        return next;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    return null;
  }
}
