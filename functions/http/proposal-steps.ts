import { Id, ProposalCommand, parse } from '../../shared';
import { runProposalStep } from '../application/run-proposal-step';
import { notifierOf } from '../bot/notifier';
import type { Services } from '../composition/services';
import { meetingOfStep, StepQuery, turnAfterStep } from './meeting-turn';
import type { Route } from './route';
import { authenticated, bodyOf, operationIdOf } from './route';
import { json, refused } from './responses';

/**
 * POST /api/circles/{circleId}/proposals/{proposalId}/steps: one step of a consent
 * decision (`{ "type": "answer", "answer": { "kind": "consent" } }`, …). An
 * `Operation-Id` header makes a retried request apply once. The reply carries the
 * events and, except after an answer, the proposal. Taken from a meeting's side panel
 * (`?meeting=`), the step ends the caller's turn in the round on the proposal's item.
 */
export function proposalSteps(services: () => Promise<Services>): Route {
  return {
    name: 'proposal-steps',
    contract: {
      summary: 'One step of a consent decision; `proposalId` is taken from the path. Send `Operation-Id` to make retries apply once.',
      body: ProposalCommand,
      query: StepQuery,
    },
    methods: ['POST'],
    route: 'circles/{circleId}/proposals/{proposalId}/steps',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const body = await bodyOf(request);
      if (!body.ok) return body.response;
      const command =
        typeof body.value === 'object' && body.value !== null ? { ...body.value, proposalId: request.params.proposalId } : body.value;
      const operation = operationIdOf(request);
      if (!operation.ok) return refused(request, operation.error);
      const operationId = operation.value;
      const meetingId = meetingOfStep(request.query);
      if (!meetingId.ok) return refused(request, meetingId.error);
      const now = ready.now();
      const result = await runProposalStep(
        ready.proposals,
        {
          tenantId: identity.tenantId,
          circleId: circleId.value,
          command,
          actor,
          now,
          ...(operationId ? { operationId } : {}),
        },
        { sources: ready, tenantId: identity.tenantId, now, notifier: notifierOf(ready) },
      );
      if (!result.ok) return refused(request, result.error);
      const { proposal, events, replayed, partial } = result.value;
      const turn = await turnAfterStep(ready, {
        tenantId: identity.tenantId,
        meetingId: meetingId.value,
        subjectId: proposal.proposalId,
        actor,
        now,
      });
      // An answer reads only the member's own row; GET the proposal for the whole round.
      return json(partial ? { events, replayed, ...turn } : { proposal, events, replayed, ...turn });
    }),
  };
}
