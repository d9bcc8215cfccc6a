import { createHash } from 'node:crypto';
import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { ConversationRepository, TeamsUser } from '../application/ports/conversation-repository';
import { StoredConversation } from '../application/ports/conversation-repository';
import { canonicalJson } from './canonical-json';
import { fromProperties, toProperties } from './entity-codec';
import { governancePartition, key } from './keys';
import { isConflict, statusOf } from './table-storage';

const attempts = 8;

export const conversationRowKey = (conversationId: string) => key('conversation', conversationId);

/**
 * A Teams user id kept by a step's own write is merged into the conversation's row
 * as a property of its own (no ETag, so it never makes the step contend with others
 * acting in the conversation); a read folds these into `teamsUserIds`, and the next
 * replace of the row keeps them there.
 */
const userProperty = (personId: string) => `teamsUser_${createHash('sha256').update(personId).digest('hex').slice(0, 32)}`;
const isUserProperty = (name: string) => name.startsWith('teamsUser_');

/**
 * Above this many known users a new one is kept by a write of its own: each kept by
 * a step stays a property of the row until the row is next replaced, and a row holds
 * at most 252 properties.
 */
const usersKeptWithSteps = 200;

export function teamsUserAction(partitionKey: string, user: TeamsUser): TransactionAction {
  const entity = {
    partitionKey,
    rowKey: conversationRowKey(user.conversationId),
    [userProperty(user.personId)]: JSON.stringify([user.personId, user.userId]),
  };
  return ['upsert', entity, 'Merge'];
}

function keptUsers(entity: Record<string, unknown>): Record<string, string> {
  const pairs = Object.entries(entity).flatMap(([name, value]) =>
    isUserProperty(name) && typeof value === 'string' ? [JSON.parse(value) as [string, string]] : [],
  );
  return Object.fromEntries(pairs);
}

/** Each conversation is one row in the tenant's partition, changed under its ETag. */
export class ConversationStore implements ConversationRepository {
  constructor(private readonly table: TableClient) {}

  private rowKey(conversationId: string): string {
    return conversationRowKey(conversationId);
  }

  private async read(tenantId: string, conversationId: string): Promise<{ value: StoredConversation; etag: string } | null> {
    try {
      const entity = await this.table.getEntity<Record<string, unknown>>(governancePartition(tenantId), this.rowKey(conversationId));
      const value = StoredConversation.parse(fromProperties(entity));
      return { value: { ...value, teamsUserIds: { ...value.teamsUserIds, ...keptUsers(entity) } }, etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  async get(tenantId: string, conversationId: string): Promise<StoredConversation | null> {
    return (await this.read(tenantId, conversationId))?.value ?? null;
  }

  async keepUser(tenantId: string, user: TeamsUser): Promise<void> {
    const [, entity] = teamsUserAction(governancePartition(tenantId), user);
    await this.table.upsertEntity(entity, 'Merge');
  }

  async arrive(
    tenantId: string,
    conversationId: string,
    change: (current: StoredConversation | null) => StoredConversation,
    person: { readonly personId: string; readonly userId: string },
  ): Promise<{ conversation: StoredConversation | null; unkeptUser?: TeamsUser }> {
    const current = (await this.read(tenantId, conversationId))?.value ?? null;
    if (current) {
      const next = change(current);
      if (canonicalJson(current) === canonicalJson(next)) return { conversation: current };
      const withUser = { ...current, teamsUserIds: { ...current.teamsUserIds, [person.personId]: person.userId } };
      if (canonicalJson(withUser) === canonicalJson(next) && Object.keys(current.teamsUserIds).length < usersKeptWithSteps) {
        return { conversation: next, unkeptUser: { conversationId, ...person } };
      }
    }
    return { conversation: await this.update(tenantId, conversationId, change) };
  }

  /**
   * Changes the conversation's row under its ETag, deciding again on fresh data when
   * someone else wrote first (many people act in one conversation at once); nothing is
   * written when the change leaves the row as it was. Null when it kept changing for
   * every attempt.
   */
  async update(
    tenantId: string,
    conversationId: string,
    change: (current: StoredConversation | null) => StoredConversation,
  ): Promise<StoredConversation | null> {
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
