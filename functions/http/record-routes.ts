import { z } from 'zod';
import type { Actor, CircleListQuery as ListQuery, Result, Structure } from '../../shared';
import { ChangeWarning, CircleListQuery, domainError, findCircle, Id, ok, parse } from '../../shared';
import type { ListingPorts } from '../application/list-pages';
import type { ListingPage } from '../application/ports/circle-listing-repository';
import type { RecordRepository } from '../application/ports/record-repository';
import type { RecordKind } from '../application/run-record-step';
import { runRecordStep } from '../application/run-record-step';
import { notifierOf } from '../bot/notifier';
import type { Services } from '../composition/services';
import { meetingOfStep, StepQuery, turnAfterStep } from './meeting-turn';
import type { Route } from './route';
import { authenticated, bodyOf, operationIdOf } from './route';
import { json, refused, textsOf } from './responses';
import type { Texts } from '../../texts/translate';

/** What the routes of one kind of whole-row record (selections, meetings) need to know. */
export interface RecordRoutesSpec<Command, State, Event extends { readonly type: string }, T> {
  /** Path segment and reply field for many (`selections`) and for one (`selection`). */
  readonly plural: string;
  readonly singular: string;
  /** The record's id parameter in the path and in commands (`selectionId`). */
  readonly idField: string;
  readonly commandSchema: z.ZodType;
  readonly kind: RecordKind<Command, State, Event, T>;
  store(services: Services): RecordRepository<T>;
  /** The circle in whose path the record lives (for a selection, the circle whose role it fills). */
  circleOf(record: T): string;
  /** A page of the circle's list as the caller may read it (a leader's selection is listed in the parent's too). */
  list(ports: ListingPorts, tenantId: string, circleId: string, actor: Actor, query: ListQuery): Promise<Result<ListingPage<T>>>;
  /** The record as this caller may read it, or why not (the core's privacy rules). */
  read(record: T, structure: Structure, actor: Actor): Result<T>;
  readonly summaries: { readonly list: string; readonly get: string; readonly steps: string };
  /** What a single record's reply carries besides the record (the guide to its stage in the caller's words, the caller's steps). */
  details?(stored: T, structure: Structure, actor: Actor, now: string, texts: Texts): Record<string, unknown>;
  /** The shape of a single record's reply, where it is part of the contract (a meeting's run). */
  readonly getResponse?: z.ZodType;
  /** Steps in this kind of record may be taken from a meeting's side panel (`?meeting=`), ending the caller's turn there. */
  readonly spokenInMeetings?: boolean;
}

/**
 * GET `circles/{circleId}/<plural>`, GET `…/{id}` and POST `…/{id}/steps` for a
 * record kept whole in one row. Every reply shows the record only as the caller
 * may read it.
 */
export function recordRoutes<Command, State, Event extends { readonly type: string }, T>(
  services: () => Promise<Services>,
  spec: RecordRoutesSpec<Command, State, Event, T>,
): Route[] {
  const base = `circles/{circleId}/${spec.plural}`;
  const list: Route = {
    name: `${spec.plural}-list`,
    contract: { summary: spec.summaries.list, query: CircleListQuery },
    methods: ['GET'],
    route: base,
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const query = parse(CircleListQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(request, query.error);
      const listed = await spec.list(ready, identity.tenantId, circleId.value, actor, query.value);
      if (!listed.ok) return refused(request, listed.error);
      // A kind's list may say more of the circle (whether the caller may plan a meeting of it).
      const { items, next, ...more } = listed.value;
      return json({ [spec.plural]: items, pageSize: query.value.pageSize, next, ...more });
    }),
  };
  const get: Route = {
    name: `${spec.singular}-get`,
    contract: { summary: spec.summaries.get, ...(spec.getResponse ? { response: spec.getResponse } : {}) },
    methods: ['GET'],
    route: `${base}/{${spec.idField}}`,
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      const id = parse(Id, request.params[spec.idField], spec.idField);
      if (!circleId.ok) return refused(request, circleId.error);
      if (!id.ok) return refused(request, id.error);
      const loaded = await spec.store(ready).load(identity.tenantId, id.value);
      if (!findCircle(loaded.structure.structure, circleId.value))
        return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
      const record = loaded.record?.value;
      if (!record || spec.circleOf(record) !== circleId.value) {
        return refused(
          request,
          domainError('not-found', { key: 'noRecordInThisCircle', values: { record: spec.singular, id: id.value } }, spec.idField),
        );
      }
      const structure = loaded.structure.structure;
      const read = spec.read(record, structure, actor);
      if (!read.ok) return refused(request, read.error);
      return json({
        [spec.singular]: read.value,
        ...(spec.details ? spec.details(record, structure, actor, ready.now(), textsOf(request)) : {}),
      });
    }),
  };
  // A step that records a term (a selection's outcome) carries the warnings of that change; any other step none.
  const stepped = z.object({
    [spec.singular]: z.unknown().optional(),
    events: z.array(z.unknown()),
    replayed: z.boolean(),
    warnings: z.array(ChangeWarning),
    ...(spec.spokenInMeetings ? { turnEnded: z.boolean().optional() } : {}),
  });
  const steps: Route = {
    name: `${spec.singular}-steps`,
    contract: {
      summary: spec.summaries.steps,
      body: spec.commandSchema,
      response: stepped,
      ...(spec.spokenInMeetings ? { query: StepQuery } : {}),
    },
    methods: ['POST'],
    route: `${base}/{${spec.idField}}/steps`,
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      const id = parse(Id, request.params[spec.idField], spec.idField);
      if (!circleId.ok) return refused(request, circleId.error);
      if (!id.ok) return refused(request, id.error);
      const operation = operationIdOf(request);
      if (!operation.ok) return refused(request, operation.error);
      const meetingId = spec.spokenInMeetings ? meetingOfStep(request.query) : ok(null);
      if (!meetingId.ok) return refused(request, meetingId.error);
      const body = await bodyOf(request);
      if (!body.ok) return body.response;
      if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
        return refused(
          request,
          domainError('invalid-input', { key: 'recordStepNotAnObject', values: { example: '{"type":"check-in","text":"…"}' } }, 'body'),
        );
      }
      // The path names the record and its circle; the body cannot point elsewhere.
      const command = { ...body.value, [spec.idField]: id.value, circleId: circleId.value };
      const now = ready.now();
      const result = await runRecordStep(
        spec.store(ready),
        spec.kind,
        {
          tenantId: identity.tenantId,
          circleId: circleId.value,
          id: id.value,
          command,
          actor,
          now,
          ...(operation.value ? { operationId: operation.value } : {}),
        },
        undefined,
        undefined,
        { sources: ready, tenantId: identity.tenantId, now, notifier: notifierOf(ready) },
      );
      if (!result.ok) return refused(request, result.error);
      const { record, structure, events, replayed, warnings } = result.value;
      const turn = await turnAfterStep(ready, { tenantId: identity.tenantId, meetingId: meetingId.value, subjectId: id.value, actor, now });
      const read = spec.read(record, structure, actor);
      return json({ ...(read.ok ? { [spec.singular]: read.value } : {}), events, replayed, warnings, ...turn });
    }),
  };
  return [list, get, steps];
}
