import { CircleListQuery, dayOf, Id, parse } from '../../shared';
import { listCircleProposals } from '../application/list-circle-proposals';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';

/**
 * GET /api/circles/{circleId}/proposals?pageSize=&after=: the circle's proposals the
 * caller may read, a page at a time — its undecided ones first for its members,
 * then its decisions, newest first, for everyone (the logbook lists every title).
 */
export function proposalList(services: () => Promise<Services>): Route {
  return {
    name: 'proposals-list',
    contract: {
      summary:
        'The circle’s proposals the caller may read, a page at a time (`after` = the `next` of the page before): its undecided ones first for its members, then its decisions, newest first, for everyone; each with the guide to its stage and whether the caller’s answer is awaited (a proposal’s own GET gives its round’s tally).',
      query: CircleListQuery,
    },
    methods: ['GET'],
    route: 'circles/{circleId}/proposals',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const query = parse(CircleListQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(request, query.error);
      const listed = await listCircleProposals(ready, identity.tenantId, circleId.value, actor, query.value, dayOf(ready.now()));
      if (!listed.ok) return refused(request, listed.error);
      const texts = textsOf(request);
      // Each guide in the caller's words.
      return json({
        ...listed.value,
        proposals: listed.value.proposals.map((proposal) => ({ ...proposal, guide: texts.say('guide', proposal.guide) })),
      });
    }),
  };
}
