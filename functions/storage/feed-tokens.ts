import type { TableClient } from '@azure/data-tables';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { key } from './keys';
import { statusOf } from './table-storage';

/** Whose calendar a feed is: one circle's, or one person's (every circle they are in). */
export const FeedScope = z.discriminatedUnion('kind', [z.object({ kind: z.literal('circle'), circleId: z.string() }), z.object({ kind: z.literal('person'), personId: z.string() })]);
export type FeedScope = z.infer<typeof FeedScope>;

const Lookup = z.object({ tenantId: z.string(), scope: z.string() });
const tokenPartition = 'feed-token';
const scopeKey = (scope: FeedScope) => (scope.kind === 'circle' ? key('circle', scope.circleId) : key('person', scope.personId));
const scopePartition = (tenantId: string) => key(tenantId, 'feeds');
/** The lookup row is keyed by the token's hash: whoever reads the table cannot subscribe with what they read there. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Feed addresses carry an unguessable token (32 random bytes). A scope has one
 * token at a time; revoking it makes a new one, and the old address stops working.
 */
export class FeedTokens {
  constructor(private readonly table: TableClient) {}

  /** The scope's current token, made on first asking. */
  async tokenFor(tenantId: string, scope: FeedScope): Promise<string> {
    try {
      const row = await this.table.getEntity<{ token: string }>(scopePartition(tenantId), scopeKey(scope));
      return row.token;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    return this.issue(tenantId, scope, null);
  }

  /** A new token for the scope; the old one stops working at once. */
  async revoke(tenantId: string, scope: FeedScope): Promise<string> {
    let old: string | null = null;
    try {
      old = (await this.table.getEntity<{ token: string }>(scopePartition(tenantId), scopeKey(scope))).token;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    return this.issue(tenantId, scope, old);
  }

  private async issue(tenantId: string, scope: FeedScope, old: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.table.upsertEntity({ partitionKey: tokenPartition, rowKey: hashOf(token), tenantId, scope: JSON.stringify(scope) }, 'Replace');
    await this.table.upsertEntity({ partitionKey: scopePartition(tenantId), rowKey: scopeKey(scope), token }, 'Replace');
    if (old) await this.forget(old);
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
