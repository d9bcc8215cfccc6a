import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { z } from 'zod';
import type { Actor, DomainError, HistoryQuery as Query, Result, Structure } from '../../shared';
import {
  domainError,
  findCircle,
  HistoryQuery,
  Id,
  MeetingEvent,
  ok,
  parse,
  ProposalEvent,
  readableSelectionEvents,
  readMeeting,
  readProposal,
  readSelection,
  SelectionEvent,
  StructureEvent,
} from '../../shared';
import type { HistoryPage } from '../application/ports/history-repository';
import type { Services } from '../composition/services';
import type { Caller, Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/** The ids in the path, then the query; the first refusal wins. */
function parsed(request: HttpRequest, idFields: readonly string[]): Result<{ ids: Record<string, string>; query: Query }> {
  const ids: Record<string, string> = {};
  for (const field of idFields) {
    const id = parse(Id, request.params[field], field);
    if (!id.ok) return id;
    ids[field] = id.value;
  }
  const query = parse(HistoryQuery, Object.fromEntries(request.query.entries()), 'query');
  return query.ok ? ok({ ids, query: query.value }) : query;
}

const notHandedOut: DomainError = domainError('invalid-input', 'pageTokenRefused', 'query.after');

/** A page as the caller may read it (`visible` leaves out what they may not), or the refusal of a token not handed out. */
function page<E>(
  request: HttpRequest,
  history: HistoryPage<E> | null,
  visible: (events: readonly E[]) => readonly E[] = (events) => events,
): HttpResponseInit {
  return history ? json({ history: visible(history.events), next: history.next }) : refused(request, notHandedOut);
}

function historyRoute(
  services: () => Promise<Services>,
  spec: {
    name: string;
    route: string;
    summary: string;
    idFields: readonly string[];
    respond: (
      ids: Record<string, string>,
      query: Query,
      caller: Caller,
      ready: Services,
      request: HttpRequest,
    ) => Promise<HttpResponseInit>;
  },
): Route {
  return {
    name: spec.name,
    contract: {
      summary:
        `${spec.summary} Oldest first, each event with who (\`by\`, null for the system), when (\`at\`) and what (\`type\` and its fields); ` +
        '`pageSize` steps a page, then `after` = the `next` of the page before.',
      query: HistoryQuery,
    },
    methods: ['GET'],
    route: spec.route,
    handler: authenticated(services, async (request, caller, ready) => {
      const input = parsed(request, spec.idFields);
      if (!input.ok) return refused(request, input.error);
      return spec.respond(input.value.ids, input.value.query, caller, ready, request);
    }),
  };
}

const noCircle = (circleId: string): DomainError => domainError('not-found', { key: 'noCircle', values: { circleId } }, 'circleId');

/**
 * A record kept whole in a row (a selection, a meeting): its history is read as the
 * record is, by the core's rule for it, and shows what that reader may see.
 */
function wholeRecordHistory<T, E>(
  services: () => Promise<Services>,
  spec: {
    plural: 'selections' | 'meetings';
    singular: 'selection' | 'meeting';
    idField: string;
    summary: string;
    load: (ready: Services, tenantId: string, id: string) => Promise<{ structure: Structure; record: T | null }>;
    circleOf: (record: T) => string;
    read: (record: T, structure: Structure, actor: Actor) => Result<T>;
    events: z.ZodType<E>;
    visible?: (record: T, events: readonly E[], actor: Actor) => E[];
  },
): Route {
  return historyRoute(services, {
    name: `${spec.singular}-history`,
    route: `circles/{circleId}/${spec.plural}/{${spec.idField}}/history`,
    summary: spec.summary,
    idFields: ['circleId', spec.idField],
    respond: async (ids, query, { identity, actor }, ready, request) => {
      const circleId = ids.circleId ?? '';
      const id = ids[spec.idField] ?? '';
      const { structure, record } = await spec.load(ready, identity.tenantId, id);
      if (!findCircle(structure, circleId)) return refused(request, noCircle(circleId));
      if (!record || spec.circleOf(record) !== circleId)
        return refused(
          request,
          domainError('not-found', { key: 'noRecordInThisCircle', values: { record: spec.singular, id } }, spec.idField),
        );
      const read = spec.read(record, structure, actor);
      if (!read.ok) return refused(request, read.error);
      const history = await ready.history.page(identity.tenantId, spec.singular, id, spec.events, query.pageSize, query.after);
      const visible = spec.visible;
      return page(request, history, visible ? (events) => visible(record, events, actor) : undefined);
    },
  });
}

/**
 * GET `…/history` of a circle, a proposal, a role selection and a meeting: the
 * events kept beside the record, read a page at a time in storage. Each is read as
 * its record's own GET is (`shared/privacy`): a circle's by everyone in the
 * organisation, an undecided proposal and a selection under way by their circles,
 * a meeting by its circle; nominations still hidden show only the caller's own.
 */
export function historyRoutes(services: () => Promise<Services>): Route[] {
  const circle = historyRoute(services, {
    name: 'circle-history',
    route: 'circles/{circleId}/history',
    summary:
      'What happened to a circle: created, renamed, moved, members added and removed, roles defined, terms begun and ended, policy set; for everyone in the organisation.',
    idFields: ['circleId'],
    respond: async ({ circleId = '' }, query, { identity }, ready, request) => {
      const { structure } = await ready.structures.load(identity.tenantId);
      if (!findCircle(structure, circleId)) return refused(request, noCircle(circleId));
      return page(request, await ready.history.page(identity.tenantId, 'circle', circleId, StructureEvent, query.pageSize, query.after));
    },
  });
  const proposal = historyRoute(services, {
    name: 'proposal-history',
    route: 'circles/{circleId}/proposals/{proposalId}/history',
    summary:
      'A proposal’s story: drafted, edited, presented, questions, reactions, each answer and objection by name, amendments, adoption or withdrawal; while undecided, for members of its circle only.',
    idFields: ['circleId', 'proposalId'],
    respond: async ({ circleId = '', proposalId = '' }, query, { identity, actor }, ready, request) => {
      const loaded = await ready.proposals.load(identity.tenantId, circleId, proposalId);
      const found = ready.proposals.proposalOf(loaded);
      if (!loaded.circle) return refused(request, noCircle(circleId));
      if (!found || found.circleId !== circleId)
        return refused(
          request,
          domainError('not-found', { key: 'noRecordInThisCircle', values: { record: 'proposal', id: proposalId } }, 'proposalId'),
        );
      const read = readProposal(found, loaded.circle, actor);
      if (!read.ok) return refused(request, read.error);
      return page(request, await ready.history.page(identity.tenantId, 'proposal', proposalId, ProposalEvent, query.pageSize, query.after));
    },
  });
  const selection = wholeRecordHistory(services, {
    plural: 'selections',
    singular: 'selection',
    idField: 'selectionId',
    summary:
      'A role selection’s story: every nomination with its reason (a changed one beside the one it replaced; only the caller’s own until revealed), the proposal, each answer, the term recorded.',
    load: async (ready, tenantId, id) => {
      const loaded = await ready.selections.load(tenantId, id);
      return { structure: loaded.structure.structure, record: loaded.record?.value ?? null };
    },
    circleOf: (record) => record.circleId,
    read: readSelection,
    events: SelectionEvent,
    visible: readableSelectionEvents,
  });
  const meeting = wholeRecordHistory(services, {
    plural: 'meetings',
    singular: 'meeting',
    idField: 'meetingId',
    summary: 'A meeting’s story: planned, check-ins, agenda consented, minutes, evaluations; for members of its circle only.',
    load: async (ready, tenantId, id) => {
      const loaded = await ready.meetings.load(tenantId, id);
      return { structure: loaded.structure.structure, record: loaded.record?.value ?? null };
    },
    circleOf: (record) => record.circleId,
    read: readMeeting,
    events: MeetingEvent,
  });
  return [circle, proposal, selection, meeting];
}
