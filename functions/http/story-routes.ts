import type { z } from 'zod';
import type { DomainError } from '../../shared';
import {
  isStandardRole,
  decisionStory,
  domainError,
  findCircle,
  Id,
  parse,
  ProposalEvent,
  readProposal,
  readSelection,
  SelectionEvent,
  selectionStory,
  StructureEvent,
} from '../../shared';
import type { EventAggregate, HistoryRepository } from '../application/ports/history-repository';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';

/** Every event kept for a record, a full page at a time: a story is the whole of it. */
async function everyEvent<E>(
  history: HistoryRepository,
  tenantId: string,
  aggregate: EventAggregate,
  recordId: string,
  schema: z.ZodType<E>,
): Promise<E[]> {
  const events: E[] = [];
  let after: string | undefined;
  do {
    const page = await history.page(tenantId, aggregate, recordId, schema, 100, after);
    if (!page) break;
    events.push(...page.events);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return events;
}

const noProposal = (proposalId: string): DomainError =>
  domainError('not-found', { key: 'noRecordInThisCircle', values: { record: 'proposal', id: proposalId } }, 'proposalId');

/**
 * GET `…/proposals/{proposalId}/story` and `…/selections/{selectionId}/story`: a
 * decision or a role selection as a newcomer reads it, refused as the record is
 * (403 while under way to those outside its circles, 404 for what is not there).
 */
export function storyRoutes(services: () => Promise<Services>): Route[] {
  const decision: Route = {
    name: 'proposal-story',
    contract: {
      summary:
        'A decision’s story: every revision with who wrote it and the answers it received by name, questions, reactions, each objection and the amendment that integrated it or its withdrawal, silent consent, the review date, the decision it reviews and the decision that reviewed it; while undecided, for members of its circle only.',
    },
    methods: ['GET'],
    route: 'circles/{circleId}/proposals/{proposalId}/story',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const proposalId = parse(Id, request.params.proposalId, 'proposalId');
      if (!proposalId.ok) return refused(request, proposalId.error);
      const { tenantId } = identity;
      const loaded = await ready.proposals.load(tenantId, circleId.value, proposalId.value);
      const proposal = ready.proposals.proposalOf(loaded);
      const circle = loaded.circle;
      if (!circle) return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
      if (!proposal || proposal.circleId !== circleId.value) return refused(request, noProposal(proposalId.value));
      // Refused before its history is read, as the proposal's own GET refuses.
      const read = readProposal(proposal, circle, actor);
      if (!read.ok) return refused(request, read.error);
      const reviewOf = proposal.reviewOf?.kind === 'decision' ? proposal.reviewOf.proposalId : null;
      const [events, circleEvents, reviewed, reviewedBy] = await Promise.all([
        everyEvent(ready.history, tenantId, 'proposal', proposal.proposalId, ProposalEvent),
        everyEvent(ready.history, tenantId, 'circle', circle.circleId, StructureEvent),
        reviewOf ? ready.proposals.load(tenantId, circle.circleId, reviewOf).then((other) => ready.proposals.proposalOf(other)) : null,
        // Only an adopted decision comes back for review.
        proposal.status === 'adopted' ? ready.logbook.reviewedBy(tenantId, circle.circleId, proposal.proposalId) : null,
      ]);
      const story = decisionStory({ proposal, circle, events, circleEvents, reviewed, reviewedBy }, actor);
      return story.ok ? json({ story: story.value }) : refused(request, story.error);
    }),
  };
  const selection: Route = {
    name: 'selection-story',
    contract: {
      summary:
        'A role selection’s story: each nomination with its reason by name (a changed one beside the one it replaced; only the caller’s own until revealed), each candidate proposal and every answer by name, objections and how they were integrated, the term recorded; while under way, for members of its circles only.',
    },
    methods: ['GET'],
    route: 'circles/{circleId}/selections/{selectionId}/story',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const selectionId = parse(Id, request.params.selectionId, 'selectionId');
      if (!selectionId.ok) return refused(request, selectionId.error);
      const { tenantId } = identity;
      const loaded = await ready.selections.load(tenantId, selectionId.value);
      const structure = loaded.structure.structure;
      const record = loaded.record?.value ?? null;
      if (!findCircle(structure, circleId.value))
        return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
      if (!record || record.circleId !== circleId.value) {
        return refused(
          request,
          domainError('not-found', { key: 'noRecordInThisCircle', values: { record: 'selection', id: selectionId.value } }, 'selectionId'),
        );
      }
      const read = readSelection(record, structure, actor);
      if (!read.ok) return refused(request, read.error);
      const circles = [...new Set([record.selectingCircleId, record.circleId])];
      const [events, ...circleEvents] = await Promise.all([
        everyEvent(ready.history, tenantId, 'selection', record.selectionId, SelectionEvent),
        ...circles.map((id) => everyEvent(ready.history, tenantId, 'circle', id, StructureEvent)),
      ]);
      const story = selectionStory({ selection: record, structure, events, circleEvents: circleEvents.flat() }, actor);
      if (!story.ok) return refused(request, story.error);
      // A standard role is named in the caller's language here, so the tab reads the role as it always has.
      const { role, roleId } = story.value;
      const named = isStandardRole(roleId) ? textsOf(request).t('circles', 'roleName', { role: roleId }) : role;
      return json({ story: { ...story.value, role: named } });
    }),
  };
  return [decision, selection];
}
