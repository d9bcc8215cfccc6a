import { useApi, type Reply } from '../support/api-host';
import { northsideDelegate, northsideLeader, type SelectionScript } from '../support/selection-flow';

const { call } = useApi();

type Assignment = { assignmentId: string; roleId: string; personId: string; termStart: string; termEnd: string };
type Listed = { selectionId: string; circleId: string; selectingCircleId: string; status: string };

const at = (circleId: string, selectionId: string) => `circles/${circleId}/selections/${selectionId}`;

/** One step as `person`; the path names the selection and the circle whose role it fills. */
const step = (circleId: string, selectionId: string, person: string, command: object, headers?: Record<string, string>) =>
  call('POST', `${at(circleId, selectionId)}/steps`, person, command, headers);

/** A step that must succeed: fails the test with the refusal otherwise. */
async function accepted(circleId: string, selectionId: string, person: string, command: object): Promise<Reply['body']> {
  const reply = await step(circleId, selectionId, person, command);
  expect({ person, command, status: reply.status, error: reply.body.error }).toEqual({ person, command, status: 200, error: undefined });
  return reply.body;
}

const nominatorsIn = (selection: { nominations: Record<string, unknown> }) => Object.keys(selection.nominations).sort();

async function assignmentsOf(circleId: string, roleId: string): Promise<Assignment[]> {
  const { body } = await call('GET', `circles/${circleId}`, 'farid');
  const circle = body.circle;
  return (circle.assignments as Assignment[]).filter((a) => a.roleId === roleId).sort((a, b) => a.termStart.localeCompare(b.termStart));
}

async function listed(circleId: string, person: string): Promise<string[]> {
  const { status, body } = await call('GET', `circles/${circleId}/selections`, person);
  expect(status).toBe(200);
  return (body.selections as Listed[]).map((s) => s.selectionId).sort();
}

/** Started, nominated as scripted, revealed and the candidate proposed: the consent round is open. */
async function toConsentRound(script: SelectionScript): Promise<void> {
  const { selectionId, circleId } = script;
  await accepted(circleId, selectionId, script.startedBy, { type: 'start-selection', roleId: script.roleId, termStart: script.termStart });
  for (const [nominator, [nominee, reason]] of Object.entries(script.nominations)) {
    await accepted(circleId, selectionId, nominator, { type: 'nominate', nominee, reason });
  }
  await accepted(circleId, selectionId, script.facilitator, { type: 'close-nominations' });
  await accepted(circleId, selectionId, script.facilitator, {
    type: 'propose-candidate',
    candidate: script.candidate,
    reasoning: script.reasoning,
  });
}

const delegate = northsideDelegate;
const secretary: SelectionScript = {
  ...northsideDelegate,
  selectionId: 'northside-secretary-2027',
  roleId: 'secretary',
  startedBy: 'grace',
  candidate: 'grace',
  reasoning: 'Grace was named for asking what the rest of us leave unsaid; the secretary keeps our record honest.',
};

describe('role selection over HTTP (dev identities, real Azurite)', () => {
  it('selects Northside’s delegate step by step and records the new term in the circle', async () => {
    const { selectionId } = delegate;
    const started = await accepted('northside', selectionId, 'dev', {
      type: 'start-selection',
      roleId: 'delegate',
      termStart: '2027-01-01',
    });
    expect(started.replayed).toBe(false);
    expect(started.events).toEqual([
      expect.objectContaining({ type: 'selection-started', by: 'dev', circleId: 'northside', selectingCircleId: 'northside' }),
    ]);
    expect(started.selection).toMatchObject({
      selectionId,
      circleId: 'northside',
      selectingCircleId: 'northside',
      roleId: 'delegate',
      status: 'nominations',
      termStart: '2027-01-01',
      termMonths: 12,
      startedBy: 'dev',
    });

    for (const [nominator, [nominee, reason]] of Object.entries(delegate.nominations)) {
      const nominated = await accepted('northside', selectionId, nominator, { type: 'nominate', nominee, reason });
      expect(nominated.events).toEqual([expect.objectContaining({ type: 'nominated', by: nominator, nominee, reason })]);
    }
    const revealed = await accepted('northside', selectionId, 'hana', { type: 'close-nominations' });
    expect(revealed.events).toEqual([expect.objectContaining({ type: 'nominations-revealed', by: 'hana' })]);
    expect(revealed.selection.status).toBe('change-round');

    const proposed = await accepted('northside', selectionId, 'hana', {
      type: 'propose-candidate',
      candidate: 'dev',
      reasoning: delegate.reasoning,
    });
    expect(proposed.selection).toMatchObject({
      status: 'consent-round',
      proposal: { revision: 1, candidate: 'dev', termStart: '2027-01-01', termEnd: '2028-01-01', reasoning: delegate.reasoning },
      round: { mode: 'async', eligible: ['amara', 'dev', 'farid', 'grace', 'hana'], answers: {} },
    });

    for (const [person, answer] of [
      ['amara', { kind: 'consent' }],
      ['farid', { kind: 'consent' }],
      ['grace', { kind: 'concern', text: 'Ask me before each hub meeting, please.' }],
      ['hana', { kind: 'consent' }],
    ] as const) {
      const answered = await accepted('northside', selectionId, person, { type: 'answer', answer });
      expect(answered.events).toEqual([
        expect.objectContaining({ type: 'answer-given', by: person, answer: expect.objectContaining({ kind: answer.kind }) }),
      ]);
    }
    await accepted('northside', selectionId, 'dev', { type: 'answer', answer: { kind: 'consent' } });

    const closed = await accepted('northside', selectionId, 'hana', { type: 'close-consent-round' });
    expect(closed.events).toEqual([
      expect.objectContaining({
        type: 'role-holder-selected',
        selectionId,
        circleId: 'northside',
        roleId: 'delegate',
        personId: 'dev',
        termStart: '2027-01-01',
        termEnd: '2028-01-01',
        facilitatedBy: 'hana',
      }),
    ]);
    expect(closed.selection).toMatchObject({ status: 'recorded', facilitatedBy: 'hana' });

    // The same transaction recorded the term and ended the current one the day before.
    expect(await assignmentsOf('northside', 'delegate')).toEqual([
      { assignmentId: 'northside-delegate', roleId: 'delegate', personId: 'dev', termStart: '2026-11-21', termEnd: '2026-12-31' },
      { assignmentId: 'northside-delegate-2027', roleId: 'delegate', personId: 'dev', termStart: '2027-01-01', termEnd: '2028-01-01' },
    ]);
    const read = await call('GET', at('northside', selectionId), 'grace');
    expect(read.status).toBe(200);
    expect(read.body.selection).toMatchObject({ selectionId, status: 'recorded', proposal: { candidate: 'dev' } });
    expect(read.body.selection.round.answers.grace).toMatchObject({ kind: 'concern', text: 'Ask me before each hub meeting, please.' });
  });

  it('keeps nominations hidden until the facilitator closes them: everyone, the facilitator too, sees only their own', async () => {
    const { selectionId } = secretary;
    await accepted('northside', selectionId, 'grace', { type: 'start-selection', roleId: 'secretary', termStart: '2027-01-01' });
    for (const [nominator, [nominee, reason]] of Object.entries(secretary.nominations)) {
      const nominated = await accepted('northside', selectionId, nominator, { type: 'nominate', nominee, reason });
      expect(nominatorsIn(nominated.selection)).toEqual([nominator]);
    }

    const byAmara = await call('GET', at('northside', selectionId), 'amara');
    expect(byAmara.status).toBe(200);
    expect(byAmara.body.selection.nominations).toEqual({
      amara: expect.objectContaining({ nominator: 'amara', nominee: 'dev', reason: secretary.nominations.amara?.[1] }),
    });
    const byHana = await call('GET', at('northside', selectionId), 'hana');
    expect(nominatorsIn(byHana.body.selection)).toEqual(['hana']);
    expect(byHana.body.selection.nominations.hana.nominee).toBe('dev');

    const list = await call('GET', 'circles/northside/selections', 'farid');
    const inList = (list.body.selections as Listed[]).find((s) => s.selectionId === selectionId) as Listed & {
      nominations: Record<string, unknown>;
    };
    expect(nominatorsIn(inList)).toEqual(['farid']);

    const closed = await accepted('northside', selectionId, 'hana', { type: 'close-nominations' });
    expect(nominatorsIn(closed.selection)).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
    const afterwards = await call('GET', at('northside', selectionId), 'amara');
    expect(nominatorsIn(afterwards.body.selection)).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
    expect(afterwards.body.selection.nominations.farid).toMatchObject({ nominee: 'grace', reason: secretary.nominations.farid?.[1] });
  });

  it('keeps a running selection in its circle: others get 403 and do not see it listed; a recorded one is read by everyone', async () => {
    const running = await call('GET', at('northside', secretary.selectionId), 'ben');
    expect(running).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
    expect(running.body.error.message).toContain('Northside care team');
    expect(running.body.selection).toBeUndefined();
    expect(await listed('northside', 'ben')).toEqual([delegate.selectionId]);
    expect(await listed('northside', 'farid')).toEqual([delegate.selectionId, secretary.selectionId]);

    const recorded = await call('GET', at('northside', delegate.selectionId), 'esi');
    expect(recorded.status).toBe(200);
    expect(recorded.body.selection).toMatchObject({ status: 'recorded', proposal: { candidate: 'dev' } });
    expect(nominatorsIn(recorded.body.selection)).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
  });

  it('lets the candidate answer only after everyone else, and never stand aside from their own role', async () => {
    const { selectionId } = secretary;
    await accepted('northside', selectionId, 'hana', { type: 'propose-candidate', candidate: 'grace', reasoning: secretary.reasoning });
    const tooEarly = await step('northside', selectionId, 'grace', { type: 'answer', answer: { kind: 'consent' } });
    expect(tooEarly).toMatchObject({ status: 409, body: { error: { code: 'candidate-answers-last' } } });
    for (const person of ['amara', 'dev', 'farid'])
      await accepted('northside', selectionId, person, { type: 'answer', answer: { kind: 'consent' } });
    // Hana has not answered yet: an asynchronous round waits for every other member.
    expect((await step('northside', selectionId, 'grace', { type: 'answer', answer: { kind: 'consent' } })).body.error).toMatchObject({
      code: 'candidate-answers-last',
    });
    expect(await step('northside', selectionId, 'hana', { type: 'close-consent-round' })).toMatchObject({
      status: 409,
      body: { error: { code: 'answers-missing' } },
    });
    await accepted('northside', selectionId, 'hana', { type: 'answer', answer: { kind: 'consent' } });

    const standAside = await step('northside', selectionId, 'grace', { type: 'answer', answer: { kind: 'stand-aside' } });
    expect(standAside).toMatchObject({ status: 400, body: { error: { code: 'invalid-input', field: 'answer.kind' } } });
    await accepted('northside', selectionId, 'grace', { type: 'answer', answer: { kind: 'consent' } });
    expect(await step('northside', selectionId, 'farid', { type: 'close-consent-round' })).toMatchObject({
      status: 403,
      body: { error: { code: 'not-permitted' } },
    });

    const closed = await accepted('northside', selectionId, 'hana', { type: 'close-consent-round' });
    expect(closed.events.map((e: { type: string }) => e.type)).toEqual(['role-holder-selected']);
    expect(await assignmentsOf('northside', 'secretary')).toEqual([
      { assignmentId: 'northside-secretary', roleId: 'secretary', personId: 'dev', termStart: '2026-11-21', termEnd: '2026-12-31' },
      { assignmentId: selectionId, roleId: 'secretary', personId: 'grace', termStart: '2027-01-01', termEnd: '2028-01-01' },
    ]);
    // Recorded, it is the organisation's: Ben, refused above, now reads it.
    expect((await call('GET', at('northside', selectionId), 'ben')).body.selection).toMatchObject({ status: 'recorded' });
  });

  it('holds the selection of Northside’s leader in the hub, lists it in both circles and records the term in Northside', async () => {
    const { selectionId } = northsideLeader;
    const started = await accepted('northside', selectionId, 'ben', { type: 'start-selection', roleId: 'leader', termStart: '2027-01-01' });
    expect(started.selection).toMatchObject({
      selectionId,
      circleId: 'northside',
      selectingCircleId: 'hub',
      roleId: 'leader',
      startedBy: 'ben',
    });

    expect(await listed('hub', 'chloe')).toEqual([selectionId]);
    expect(await listed('northside', 'farid')).toEqual([delegate.selectionId, selectionId, secretary.selectionId]);
    expect(await listed('finance', 'chloe')).toEqual([]);
    const inHubPath = await call('GET', at('hub', selectionId), 'chloe');
    expect(inHubPath).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'selectionId' } } });
    expect((await step('hub', selectionId, 'chloe', { type: 'close-nominations' })).body.error).toMatchObject({
      code: 'not-found',
      field: 'selectionId',
    });
    // Esi is in the hub only, Farid in Northside only: both read it while it runs; Farid cannot nominate in the hub.
    expect((await call('GET', at('northside', selectionId), 'esi')).status).toBe(200);
    expect((await call('GET', at('northside', selectionId), 'farid')).status).toBe(200);
    expect(await step('northside', selectionId, 'farid', { type: 'nominate', nominee: 'amara', reason: 'Amara knows us.' })).toMatchObject({
      status: 403,
      body: { error: { code: 'not-a-member' } },
    });
    expect((await call('GET', at('northside', selectionId), 'hana')).status).toBe(200);

    for (const [nominator, [nominee, reason]] of Object.entries(northsideLeader.nominations)) {
      await accepted('northside', selectionId, nominator, { type: 'nominate', nominee, reason });
    }
    expect((await step('northside', selectionId, 'hana', { type: 'close-nominations' })).body.error).toMatchObject({
      code: 'not-permitted',
    });
    await accepted('northside', selectionId, 'chloe', { type: 'close-nominations' });
    const proposed = await accepted('northside', selectionId, 'chloe', {
      type: 'propose-candidate',
      candidate: 'amara',
      reasoning: northsideLeader.reasoning,
    });
    expect(proposed.selection.round.eligible).toEqual(['amara', 'ben', 'chloe', 'dev', 'esi']);
    for (const person of ['ben', 'chloe', 'dev', 'esi', 'amara'])
      await accepted('northside', selectionId, person, { type: 'answer', answer: { kind: 'consent' } });
    const closed = await accepted('northside', selectionId, 'chloe', { type: 'close-consent-round' });
    expect(closed.events).toEqual([
      expect.objectContaining({
        type: 'role-holder-selected',
        circleId: 'northside',
        roleId: 'leader',
        personId: 'amara',
        facilitatedBy: 'chloe',
      }),
    ]);
    expect(await assignmentsOf('northside', 'leader')).toEqual([
      { assignmentId: 'northside-leader', roleId: 'leader', personId: 'amara', termStart: '2026-11-21', termEnd: '2026-12-31' },
      { assignmentId: selectionId, roleId: 'leader', personId: 'amara', termStart: '2027-01-01', termEnd: '2028-01-01' },
    ]);
    expect(await assignmentsOf('hub', 'leader')).toEqual([]);
  });

  it('applies a retried step with the same Operation-Id once', async () => {
    const id = 'northside-facilitator-2027';
    const start = { type: 'start-selection', roleId: 'facilitator', termStart: '2027-01-01' };
    const first = await step('northside', id, 'grace', start, { 'operation-id': 'grace-start-1' });
    expect(first.body).toMatchObject({ replayed: false, selection: { selectionId: id, status: 'nominations' } });
    expect(first.body.events).toHaveLength(1);
    const retried = await step('northside', id, 'grace', start, { 'operation-id': 'grace-start-1' });
    expect(retried).toMatchObject({ status: 200, body: { replayed: true, events: [], selection: { selectionId: id } } });

    const nomination = { type: 'nominate', nominee: 'hana', reason: 'Hana keeps us to time.' };
    const nominated = await step('northside', id, 'farid', nomination, { 'operation-id': 'farid-nominate-1' });
    expect(nominated.body).toMatchObject({ replayed: false, events: [{ type: 'nominated', by: 'farid', nominee: 'hana' }] });
    const again = await step('northside', id, 'farid', nomination, { 'operation-id': 'farid-nominate-1' });
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.events).toEqual([]);
    expect(again.body.selection.nominations.farid).toEqual(nominated.body.selection.nominations.farid);
    // Another operation id is another request.
    expect((await step('northside', id, 'farid', nomination, { 'operation-id': 'farid-nominate-2' })).body.replayed).toBe(false);

    const tooLong = await step('northside', id, 'farid', nomination, { 'operation-id': 'x'.repeat(200) });
    expect(tooLong).toMatchObject({ status: 400, body: { error: { code: 'invalid-input', field: 'Operation-Id' } } });
  });

  it.each([
    [
      'nominating someone outside the circle',
      'amara',
      { type: 'nominate', nominee: 'ben', reason: 'Ben is calm.' },
      403,
      'not-a-member',
      'nominee',
    ],
    ['a non-member nominating', 'esi', { type: 'nominate', nominee: 'hana', reason: 'Hana is calm.' }, 403, 'not-a-member', undefined],
    [
      'a member other than the facilitator closing the nominations',
      'amara',
      { type: 'close-nominations' },
      403,
      'not-permitted',
      undefined,
    ],
    [
      'proposing a candidate while nominations are open',
      'hana',
      { type: 'propose-candidate', candidate: 'hana', reasoning: 'Named by Farid.' },
      409,
      'wrong-stage',
      undefined,
    ],
    [
      'starting a selection that already exists',
      'dev',
      { type: 'start-selection', roleId: 'facilitator' },
      409,
      'already-exists',
      'selectionId',
    ],
    ['a nomination without a nominee', 'amara', { type: 'nominate', reason: 'Someone calm.' }, 400, 'invalid-input', 'nominee'],
    ['a nomination without a reason', 'amara', { type: 'nominate', nominee: 'hana', reason: '  ' }, 400, 'invalid-input', 'reason'],
    ['an unknown step', 'amara', { type: 'elect', nominee: 'hana' }, 400, 'invalid-input', 'type'],
  ])('refuses %s with a status and the rule or field that failed', async (_case, person, command, status, code, field) => {
    const response = await step('northside', 'northside-facilitator-2027', person, command);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(typeof response.body.error.message).toBe('string');
    expect(response.body.selection).toBeUndefined();
  });

  it('answers 404 for an unknown selection or circle, and 400 for a body that is not a command', async () => {
    const unknown = await call('GET', at('northside', 'nothing-here'), 'amara');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'selectionId' } } });
    const nominate = { type: 'nominate', nominee: 'hana', reason: 'Hana is calm.' };
    expect(await step('northside', 'nothing-here', 'amara', nominate)).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'selectionId' } },
    });
    expect(await step('atlantis', 'atlantis-delegate', 'amara', { type: 'start-selection', roleId: 'delegate' })).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'circleId' } },
    });
    expect(await call('GET', 'circles/atlantis/selections', 'amara')).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'circleId' } },
    });
    expect(await step('northside', 'nothing-here', 'amara', '{not json' as unknown as object)).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-input', field: 'body' } },
    });
    expect(await step('northside', 'nothing-here', 'amara', 'null' as unknown as object)).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-input', field: 'body' } },
    });
    expect(await listed('northside', 'amara')).not.toContain('nothing-here');
  });

  it('takes the selection and its circle from the path: the body cannot point elsewhere', async () => {
    const redirected = await step('northside', 'path-chosen', 'amara', {
      type: 'start-selection',
      selectionId: 'other',
      circleId: 'finance',
      roleId: 'secretary',
      termStart: '2027-01-01',
    });
    expect(redirected.status).toBe(200);
    expect(redirected.body.selection).toMatchObject({
      selectionId: 'path-chosen',
      circleId: 'northside',
      selectingCircleId: 'northside',
      roleId: 'secretary',
    });
    expect((await call('GET', at('northside', 'path-chosen'), 'amara')).status).toBe(200);
    expect((await call('GET', at('finance', 'other'), 'ben')).status).toBe(404);
    expect((await call('GET', at('northside', 'other'), 'amara')).status).toBe(404);
    expect(await listed('finance', 'ben')).toEqual([]);

    const elsewhere = await step('northside', 'path-chosen', 'amara', {
      type: 'nominate',
      selectionId: 'northside-facilitator-2027',
      nominee: 'dev',
      reason: 'Dev writes it down.',
    });
    expect(elsewhere.body.selection.selectionId).toBe('path-chosen');
    expect(nominatorsIn((await call('GET', at('northside', 'northside-facilitator-2027'), 'amara')).body.selection)).toEqual([]);
  });

  it('shows a withdrawn selection to everyone, without the nominations that were never revealed', async () => {
    expect(await step('northside', 'path-chosen', 'farid', { type: 'withdraw-selection', reason: 'Not mine to withdraw.' })).toMatchObject({
      status: 403,
      body: { error: { code: 'not-permitted' } },
    });
    const withdrawn = await accepted('northside', 'path-chosen', 'amara', { type: 'withdraw-selection', reason: 'Started by mistake.' });
    expect(withdrawn.events).toEqual([
      expect.objectContaining({ type: 'selection-withdrawn', by: 'amara', reason: 'Started by mistake.' }),
    ]);
    const byOutsider = await call('GET', at('northside', 'path-chosen'), 'esi');
    expect(byOutsider.status).toBe(200);
    expect(byOutsider.body.selection).toMatchObject({
      status: 'withdrawn',
      withdrawnBy: 'amara',
      reason: 'Started by mistake.',
      nominations: {},
    });
    expect(await listed('northside', 'esi')).toEqual([delegate.selectionId, 'northside-leader-2027', secretary.selectionId, 'path-chosen']);
  });

  it('refuses the closing step as a whole when the circle cannot take the term: the selection stays open and no term is recorded', async () => {
    // A second delegate selection for the same start day: the term recorded above starts on it already.
    const rerun: SelectionScript = {
      ...northsideDelegate,
      selectionId: 'northside-delegate-rerun',
      startedBy: 'amara',
      candidate: 'grace',
    };
    await toConsentRound(rerun);
    for (const person of ['amara', 'dev', 'farid', 'hana', 'grace'])
      await accepted('northside', rerun.selectionId, person, { type: 'answer', answer: { kind: 'consent' } });

    const closed = await step('northside', rerun.selectionId, 'hana', { type: 'close-consent-round' });
    expect(closed).toMatchObject({ status: 400, body: { error: { code: 'term-invalid', field: 'termStart' } } });
    const read = await call('GET', at('northside', rerun.selectionId), 'amara');
    expect(read.body.selection).toMatchObject({ status: 'consent-round', proposal: { candidate: 'grace' } });
    expect(read.body.selection.recordedAt).toBeUndefined();
    expect(
      (await assignmentsOf('northside', 'delegate')).map((a) => `${a.assignmentId}:${a.personId}:${a.termStart}:${a.termEnd}`),
    ).toEqual(['northside-delegate:dev:2026-11-21:2026-12-31', 'northside-delegate-2027:dev:2027-01-01:2028-01-01']);
  });

  it('tells each caller the guide to the stage and the steps they may take now', async () => {
    await accepted('northside', 'northside-custom-guide', 'dev', {
      type: 'start-selection',
      roleId: 'facilitator',
      termStart: '2029-01-01',
    });
    await accepted('northside', 'northside-custom-guide', 'amara', { type: 'nominate', nominee: 'hana', reason: 'Calm in every storm.' });
    const hana = await call('GET', at('northside', 'northside-custom-guide'), 'hana');
    expect(hana.body.steps).toEqual(['nominate', 'close-nominations', 'withdraw-selection']);
    expect(hana.body.guide).toContain('They stay hidden until Hana Sato reveals them');
    const farid = await call('GET', at('northside', 'northside-custom-guide'), 'farid');
    expect(farid.body.steps).toEqual(['nominate']);
  });
});
