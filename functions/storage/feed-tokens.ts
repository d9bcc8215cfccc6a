import type { TableClient } from '@azure/data-tables';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { FeedTokenRepository } from '../application/ports/feed-token-repository';
import { FeedScope } from '../application/ports/feed-token-repository';
import { key } from './keys';
import { isConflict, statusOf } from './table-storage';

const Lookup = z.object({ tenantId: z.string(), scope: z.string() });
const tokenPartition = 'feed-token';
const scopeKey = (scope: FeedScope) =>
  scope.kind === 'circle' ? key('circle', scope.circleId, scope.personId) : key('person', scope.personId);
const scopePartition = (tenantId: string) => key(tenantId, 'feeds');
/** The lookup row is keyed by the token's hash: whoever reads the table cannot subscribe with what they read there. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Feed addresses carry an unguessable token (32 random bytes). A scope has one
 * token at a time, also when two requests make one at once: the scope's row is
 * written under its ETag, and the loser takes its token back.
 */
export class FeedTokens implements FeedTokenRepository {
  constructor(private readonly table: TableClient) {}

  private async current(tenantId: string, scope: FeedScope): Promise<{ token: string; etag: string } | null> {
    try {
      const row = await this.table.getEntity<{ token: string }>(scopePartition(tenantId), scopeKey(scope));
      return { token: row.token, etag: row.etag };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /** The scope's current token, made on first asking. */
  async tokenFor(tenantId: string, scope: FeedScope): Promise<string> {
    const held = await this.current(tenantId, scope);
    return held ? held.token : this.replace(tenantId, scope, null);
  }

  /** A new token for the scope; the old one stops working at once. */
  async revoke(tenantId: string, scope: FeedScope): Promise<string> {
    return this.replace(tenantId, scope, await this.current(tenantId, scope));
  }

  private async replace(tenantId: string, scope: FeedScope, old: { token: string; etag: string } | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.table.createEntity({ partitionKey: tokenPartition, rowKey: hashOf(token), tenantId, scope: JSON.stringify(scope) });
    const row = { partitionKey: scopePartition(tenantId), rowKey: scopeKey(scope), token };
    try {
      if (old) await this.table.updateEntity(row, 'Replace', { etag: old.etag });
      else await this.table.createEntity(row);
    } catch (error) {
      if (!isConflict(error)) throw error;
      // Someone else made or replaced the scope's token first: theirs stands, ours never worked.
      await this.forget(token);
      const winner = await this.current(tenantId, scope);
      if (!winner) throw error;
      return winner.token;
    }
    if (old) await this.forget(old.token);
    return token;
  }

  private async forget(token: string): Promise<void> {
    try {
      await this.table.deleteEntity(tokenPartition, hashOf(token));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** Whose feed a token opens; null for a token never issued or revoked. */
  async resolve(token: string): Promise<{ tenantId: string; scope: FeedScope } | null> {
    try {
      const row = Lookup.parse(await this.table.getEntity(tokenPartition, hashOf(token)));
      return { tenantId: row.tenantId, scope: FeedScope.parse(JSON.parse(row.scope)) };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }
}
