import { joinProposal } from '../storage/proposal-rows';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/** GET /api/circles/{circleId}/proposals/{proposalId}: the proposal with its running round. */
export function proposalGet(services: () => Promise<Services>): Route {
  return {
    name: 'proposal-get',
    methods: ['GET'],
    route: 'circles/{circleId}/proposals/{proposalId}',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const circleId = request.params.circleId ?? '';
      const proposalId = request.params.proposalId ?? '';
      const loaded = await ready.proposals.load(identity.tenantId, circleId, proposalId);
      if (!loaded.header || loaded.header.proposal.circleId !== circleId) {
        return refused({ code: 'not-found', message: `There is no proposal “${proposalId}” in this circle.`, field: 'proposalId' });
      }
      return json({ proposal: joinProposal(loaded.header.proposal, [...loaded.rows.values()].map((stored) => stored.row)) });
    }),
  };
}
