import fc from 'fast-check';
import type { FuzzInput } from './fuzz-inputs';

/**
 * Well-formed steps by members of the demo organisation, so records are drafted,
 * questioned, answered, amended and closed for real, with long texts that make
 * them grow: the hostile inputs then meet records in every stage.
 */
const members: Record<string, readonly string[]> = {
  hub: ['amara', 'ben', 'chloe', 'dev', 'esi', 'hana', 'ivo', 'jun'],
  northside: ['amara', 'dev', 'farid', 'grace', 'hana'],
  southside: ['esi', 'ivo', 'kemi', 'leo'],
  training: ['hana', 'jun', 'kemi'],
};
const circles = Object.keys(members);

const text = (max: number) => fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max }).map((n) => 'w'.repeat(n)));
const futureDay = fc.integer({ min: 30, max: 700 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10));
const answer = fc.oneof(
  fc.constant({ kind: 'consent' }),
  text(2000).map((t) => ({ kind: 'concern', text: t })),
  text(2000).map((t) => ({ kind: 'object', text: t })),
  fc.constant({ kind: 'stand-aside' }),
);

const proposalCommands = fc.oneof(
  fc.record({ type: fc.constant('draft-proposal'), title: text(200), text: text(20_000), driver: text(4000), reviewDate: futureDay }),
  fc.record({ type: fc.constant('draft-proposal'), title: text(200), text: text(20_000), driver: text(4000), reviewDate: futureDay }),
  fc.record({ type: fc.constant('edit-draft'), text: text(20_000) }),
  fc.constantFrom({ type: 'present-proposal' }, { type: 'open-clarifying-questions' }, { type: 'open-quick-reactions' }, { type: 'open-consent-round' }, { type: 'withdraw-objection' }, { type: 'close-consent-round' }),
  fc.record({ type: fc.constant('ask-question'), questionId: fc.uuid(), text: text(1000) }),
  fc.record({ type: fc.constant('answer-question'), questionId: fc.uuid(), answer: text(4000) }),
  fc.record({ type: fc.constant('react'), text: text(280) }),
  answer.map((given) => ({ type: 'answer', answer: given })),
  answer.map((given) => ({ type: 'answer', answer: given })),
  fc.record({ type: fc.constant('amend-proposal'), text: text(20_000) }),
  fc.record({ type: fc.constant('withdraw-proposal'), reason: text(2000) }),
);

const selectionCommands = (circle: string) =>
  fc.oneof(
    fc.record({ type: fc.constant('start-selection'), circleId: fc.constant(circle), roleId: fc.constantFrom('facilitator', 'secretary', 'leader', 'delegate') }),
    fc.record({ type: fc.constantFrom('nominate', 'change-nomination'), nominee: fc.constantFrom(...(members[circle] ?? [])), reason: text(2000) }),
    fc.constantFrom({ type: 'close-nominations' }, { type: 'withdraw-objection' }, { type: 'close-consent-round' }),
    fc.record({ type: fc.constant('propose-candidate'), candidate: fc.constantFrom(...(members[circle] ?? [])), reasoning: text(4000) }),
    answer.map((given) => ({ type: 'answer', answer: given })),
    fc.record({ type: fc.constant('withdraw-selection'), reason: text(2000) }),
  );

const agendaItem = fc.record({ itemId: fc.constantFrom('families', 'rota', 'budget'), type: fc.constantFrom('report', 'exploration', 'proposal'), title: text(200), timeboxMinutes: fc.integer({ min: 1, max: 240 }) });
const meetingCommands = fc.oneof(
  fc.record({ type: fc.constant('plan-meeting'), scheduledFor: fc.integer({ min: 1, max: 60 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString()), agenda: fc.uniqueArray(agendaItem, { selector: (item) => item.itemId, maxLength: 3 }) }),
  fc.constantFrom({ type: 'open-check-in' }, { type: 'consent-to-agenda' }, { type: 'close-meeting' }),
  fc.record({ type: fc.constant('check-in'), text: text(1000) }),
  fc.record({ type: fc.constant('record-minutes'), itemId: fc.constantFrom('families', 'rota', 'budget'), notes: text(20_000) }),
  fc.record({ type: fc.constant('evaluate-meeting'), rating: fc.integer({ min: 1, max: 5 }), comment: text(2000) }),
);

/** Each record in the circle it lives in (a fresh id in any), so most steps find their record. */
const records: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<readonly [string, string]>(['northside', 'weekend-rota'], ['training', 'training-facilitator-next'], ['northside', 'northside-next-week'], ['northside', 'step-1'], ['hub', 'step-2'], ['southside', 'step-3']) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...circles), fc.constantFrom('step-1', 'step-2', 'step-3', 'weekend-rota')) },
);

const step = (kind: 'proposals' | 'selections' | 'meetings') =>
  records
    .chain(([circle, id]) =>
      fc.record({
        circle: fc.constant(circle),
        id: fc.constant(id),
        person: fc.constantFrom(...(members[circle] ?? [])),
        command: kind === 'proposals' ? proposalCommands : kind === 'selections' ? selectionCommands(circle) : meetingCommands,
        operationId: fc.option(fc.uuid(), { nil: undefined }),
      }),
    )
    .map(({ circle, id, person, command, operationId }): FuzzInput => ({
      target: `POST /api/circles/{circleId}/${kind}/{id}/steps (well formed)`,
      method: 'POST',
      path: `/api/circles/${circle}/${kind}/${id}/steps`,
      headers: { 'x-dev-person': person, 'content-type': 'application/json', ...(operationId ? { 'operation-id': operationId } : {}) },
      body: JSON.stringify(command),
    }));

/** Reads of the records the steps make, by members and by others. */
const reads = fc
  .record({ record: records, kind: fc.constantFrom('proposals', 'selections', 'meetings'), person: fc.constantFrom('amara', 'kemi', 'admin', 'leo') })
  .map(({ record: [circle, id], kind, person }): FuzzInput => ({ target: `GET /api/circles/{circleId}/${kind}/{id} (well formed)`, method: 'GET', path: `/api/circles/${circle}/${kind}/${id}`, headers: { 'x-dev-person': person } }));

export const wellFormedSteps: fc.Arbitrary<FuzzInput> = fc.oneof(
  { weight: 4, arbitrary: step('proposals') },
  { weight: 2, arbitrary: step('selections') },
  { weight: 2, arbitrary: step('meetings') },
  { weight: 2, arbitrary: reads },
);
