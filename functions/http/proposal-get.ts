import { availableProposalSteps, dayOf, domainError, Id, parse, proposalGuide, proposalTally, readProposal } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';

/** GET /api/circles/{circleId}/proposals/{proposalId}: the proposal with its running round. */
export function proposalGet(services: () => Promise<Services>): Route {
  return {
    name: 'proposal-get',
    contract: {
      summary:
        'A proposal with its revisions, questions, reactions, running round and objections, the guide to its stage, the steps the caller may take now and the tally of the running round (those asked who are still members, how many answered, whose answer is awaited); while undecided, for members of its circle only.',
    },
    methods: ['GET'],
    route: 'circles/{circleId}/proposals/{proposalId}',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      const proposalId = parse(Id, request.params.proposalId, 'proposalId');
      if (!circleId.ok) return refused(request, circleId.error);
      if (!proposalId.ok) return refused(request, proposalId.error);
      const loaded = await ready.proposals.load(identity.tenantId, circleId.value, proposalId.value);
      const proposal = ready.proposals.proposalOf(loaded);
      if (!proposal || proposal.circleId !== circleId.value) {
        return refused(
          request,
          domainError('not-found', { key: 'noRecordInThisCircle', values: { record: 'proposal', id: proposalId.value } }, 'proposalId'),
        );
      }
      const read = readProposal(proposal, loaded.circle ?? undefined, actor);
      if (!read.ok || !loaded.circle)
        return refused(request, read.ok ? domainError('not-found', 'proposalCircleGone', 'circleId') : read.error);
      const now = ready.now();
      // With the guide to its stage (in the caller's words), the steps the caller may take now and the round's tally, all as the core judges them.
      return json({
        proposal: read.value,
        guide: textsOf(request).say('guide', proposalGuide(read.value, loaded.circle, dayOf(now))),
        steps: availableProposalSteps(loaded.circle, read.value, actor, now),
        tally: proposalTally(read.value, loaded.circle),
      });
    }),
  };
}
