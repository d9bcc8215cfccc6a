import { dayOf, findCircle, Id, parse, proposalAwaits, proposalGuide, proposalTally, readProposal } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/**
 * GET /api/circles/{circleId}/proposals: the circle's proposals the caller may read —
 * all of them for a member, the decided ones for everyone else (the logbook lists every title).
 */
export function proposalList(services: () => Promise<Services>): Route {
  return {
    name: 'proposals-list',
    contract: { summary: 'The circle’s proposals the caller may read (all for its members, the decided ones for everyone else), each with the guide to its stage and whether the caller’s answer is awaited.' },
    methods: ['GET'],
    route: 'circles/{circleId}/proposals',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(circleId.error);
      const [{ structure }, proposals] = await Promise.all([ready.structures.load(identity.tenantId), ready.proposals.loadAll(identity.tenantId)]);
      if (!findCircle(structure, circleId.value)) return refused({ code: 'not-found', message: `There is no circle “${circleId.value}”.`, field: 'circleId' });
      const circle = findCircle(structure, circleId.value);
      const today = dayOf(ready.now());
      const me = actor.kind === 'person' ? actor.personId : null;
      // Each with the guide to its stage, as the core words it, for the tab to show.
      const readable = proposals
        .filter((proposal) => proposal.circleId === circleId.value)
        .flatMap((proposal) => {
          const read = readProposal(proposal, circle, actor);
          if (!read.ok || !circle) return [];
          const p = read.value;
          const awaitsCaller = me !== null && proposalAwaits(p, circle, me);
          return [{ ...p, guide: proposalGuide(p, circle, today), awaitsCaller, tally: proposalTally(p, circle) }];
        });
      return json({ proposals: readable });
    }),
  };
}
