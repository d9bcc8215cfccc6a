import fc from 'fast-check';
import type { FuzzInput } from './route-inputs';

/**
 * Well-formed steps by members of the demo organisation, so records are drafted,
 * questioned, answered, amended and closed for real, with long texts that make
 * them grow: the hostile inputs then meet records in every stage.
 */
const members: Readonly<Record<string, readonly string[]>> = {
  hub: ['amara', 'ben', 'chloe', 'dev', 'esi', 'hana', 'ivo', 'jun'],
  northside: ['amara', 'dev', 'farid', 'grace', 'hana'],
  southside: ['esi', 'ivo', 'kemi', 'leo'],
  training: ['hana', 'jun', 'kemi'],
};
const circles = Object.keys(members);
const day = 86_400_000;

const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.integer({ min: 1, max }).map((n) => 'w'.repeat(n)),
  );
const daysAhead = (min: number, max: number) => fc.integer({ min, max }).map((days) => new Date(Date.now() + days * day).toISOString());
const answer = fc.oneof(
  fc.constant({ kind: 'consent' }),
  text(2000).map((t) => ({ kind: 'concern', text: t })),
  text(2000).map((t) => ({ kind: 'object', text: t })),
  fc.constant({ kind: 'stand-aside' }),
);
const answering = answer.map((given) => ({ type: 'answer', answer: given }));
const draft = fc.record({
  type: fc.constant('draft-proposal'),
  title: text(200),
  text: text(20_000),
  driver: text(4000),
  reviewDate: daysAhead(30, 700).map((instant) => instant.slice(0, 10)),
});
const moves = [
  'present-proposal',
  'open-clarifying-questions',
  'open-quick-reactions',
  'open-consent-round',
  'withdraw-objection',
  'close-consent-round',
];

const proposalCommands = fc.oneof(
  draft,
  draft,
  fc.record({ type: fc.constant('edit-draft'), text: text(20_000) }),
  fc.constantFrom(...moves).map((type) => ({ type })),
  fc.record({ type: fc.constant('ask-question'), questionId: fc.uuid(), text: text(1000) }),
  fc.record({ type: fc.constant('answer-question'), questionId: fc.uuid(), answer: text(4000) }),
  fc.record({ type: fc.constant('react'), text: text(280) }),
  answering,
  answering,
  fc.record({ type: fc.constant('amend-proposal'), text: text(20_000) }),
  fc.record({ type: fc.constant('withdraw-proposal'), reason: text(2000) }),
);

const selectionCommands = (circle: string) => {
  const member = fc.constantFrom(...(members[circle] ?? []));
  return fc.oneof(
    fc.record({
      type: fc.constant('start-selection'),
      circleId: fc.constant(circle),
      roleId: fc.constantFrom('facilitator', 'secretary', 'leader', 'delegate'),
    }),
    fc.record({ type: fc.constantFrom('nominate', 'change-nomination'), nominee: member, reason: text(2000) }),
    fc.constantFrom('close-nominations', 'withdraw-objection', 'close-consent-round').map((type) => ({ type })),
    fc.record({ type: fc.constant('propose-candidate'), candidate: member, reasoning: text(4000) }),
    answering,
    fc.record({ type: fc.constant('withdraw-selection'), reason: text(2000) }),
  );
};

const itemIds = ['families', 'rota', 'budget'];
const agendaItem = fc.record({
  itemId: fc.constantFrom(...itemIds),
  type: fc.constantFrom('report', 'exploration', 'proposal'),
  title: text(200),
  timeboxMinutes: fc.integer({ min: 1, max: 240 }),
});
const meetingCommands = fc.oneof(
  fc.record({
    type: fc.constant('plan-meeting'),
    scheduledFor: daysAhead(1, 60),
    agenda: fc.uniqueArray(agendaItem, { selector: (item) => item.itemId, maxLength: 3 }),
  }),
  fc.constantFrom('open-check-in', 'consent-to-agenda', 'close-meeting').map((type) => ({ type })),
  fc.record({ type: fc.constant('check-in'), text: text(1000) }),
  fc.record({ type: fc.constant('record-minutes'), itemId: fc.constantFrom(...itemIds), notes: text(20_000) }),
  fc.record({ type: fc.constant('evaluate-meeting'), rating: fc.integer({ min: 1, max: 5 }), comment: text(2000) }),
);

/** Each record in the circle it lives in (now and then a fresh id in any), so most steps find their record. */
const records: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<readonly [string, string]>(
      ['northside', 'weekend-rota'],
      ['training', 'training-facilitator-next'],
      ['northside', 'northside-next-week'],
      ['northside', 'step-1'],
      ['hub', 'step-2'],
      ['southside', 'step-3'],
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...circles), fc.constantFrom('step-1', 'step-2', 'step-3', 'weekend-rota')) },
);

type Kind = 'proposals' | 'selections' | 'meetings';

const step = (kind: Kind) =>
  records
    .chain(([circle, id]) =>
      fc
        .record({
          person: fc.constantFrom(...(members[circle] ?? [])),
          command: kind === 'proposals' ? proposalCommands : kind === 'selections' ? selectionCommands(circle) : meetingCommands,
          operationId: fc.option(fc.uuid(), { nil: undefined }),
        })
        .map((chosen) => ({ circle, id, ...chosen })),
    )
    .map(
      ({ circle, id, person, command, operationId }): FuzzInput => ({
        target: `POST /api/circles/{circleId}/${kind}/{id}/steps (well formed)`,
        method: 'POST',
        path: `/api/circles/${circle}/${kind}/${id}/steps`,
        headers: { 'x-dev-person': person, 'content-type': 'application/json', ...(operationId ? { 'operation-id': operationId } : {}) },
        body: JSON.stringify(command),
      }),
    );

/** Reads of the records the steps make, by members and by others. */
const reads = fc
  .record({
    record: records,
    kind: fc.constantFrom<Kind>('proposals', 'selections', 'meetings'),
    person: fc.constantFrom('amara', 'kemi', 'admin', 'leo'),
  })
  .map(
    ({ record: [circle, id], kind, person }): FuzzInput => ({
      target: `GET /api/circles/{circleId}/${kind}/{id} (well formed)`,
      method: 'GET',
      path: `/api/circles/${circle}/${kind}/${id}`,
      headers: { 'x-dev-person': person },
    }),
  );

export const wellFormedSteps: fc.Arbitrary<FuzzInput> = fc.oneof(
  { weight: 4, arbitrary: step('proposals') },
  { weight: 2, arbitrary: step('selections') },
  { weight: 2, arbitrary: step('meetings') },
  { weight: 2, arbitrary: reads },
);
