import type { HttpResponseInit } from '@azure/functions';
import type { z } from 'zod';
import type { Actor, Meeting, Proposal, Selection, Structure } from '../../shared';
import { parse } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { refused } from './responses';

/** What the read-only views are made from: the organisation's circles and every proposal, selection and meeting. */
export interface Records {
  readonly structure: Structure;
  readonly proposals: readonly Proposal[];
  readonly selections: readonly Selection[];
  readonly meetings: readonly Meeting[];
}

/**
 * A read-only GET route over the tenant's records: its query is parsed once with
 * the schema it declares (the same schema the OpenAPI description is made from).
 * The caller comes too: a view of records shows only what the caller may read.
 */
export function recordsRoute<Q>(
  services: () => Promise<Services>,
  spec: { name: string; route: string; summary: string; query: z.ZodType<Q>; respond: (records: Records, query: Q, now: string, actor: Actor) => HttpResponseInit },
): Route {
  return {
    name: spec.name,
    contract: { summary: spec.summary, query: spec.query },
    methods: ['GET'],
    route: spec.route,
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const query = parse(spec.query, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(query.error);
      const tenantId = identity.tenantId;
      const [{ structure }, proposals, selections, meetings] = await Promise.all([
        ready.structures.load(tenantId),
        ready.proposals.loadAll(tenantId),
        ready.selections.loadAll(tenantId),
        ready.meetings.loadAll(tenantId),
      ]);
      return spec.respond({ structure, proposals, selections, meetings }, query.value, ready.now(), actor);
    }),
  };
}
