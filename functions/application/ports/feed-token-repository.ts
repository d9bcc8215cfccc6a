import { z } from 'zod';

/**
 * Whose calendar a feed is: a person's own (every circle they are in), or one
 * circle's as one member holds it; a member who leaves the circle loses its feed.
 */
export const FeedScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('circle'), circleId: z.string(), personId: z.string() }),
  z.object({ kind: z.literal('person'), personId: z.string() }),
]);
export type FeedScope = z.infer<typeof FeedScope>;

/** The unguessable tokens of calendar feed addresses, one per scope at a time. */
export interface FeedTokenRepository {
  /** The scope's current token, made on first asking. */
  tokenFor(tenantId: string, scope: FeedScope): Promise<string>;
  /** A new token for the scope; the old one stops working at once. */
  revoke(tenantId: string, scope: FeedScope): Promise<string>;
  /** Whose feed a token opens; null for a token never issued or revoked. */
  resolve(token: string): Promise<{ tenantId: string; scope: FeedScope } | null>;
}
