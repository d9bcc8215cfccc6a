import { useApi } from '../support/api-host';
import { rotaProposal, toConsentRound } from '../support/proposals';

const { call, api } = useApi();

const steps = 'circles/northside/proposals/weekend-rota/steps';
const { proposalId: _id, ...draft } = rotaProposal;

describe('the HTTP API through the dev host (dev identities, real Azurite)', () => {
  it('lists the organisation’s circles to anyone in it', async () => {
    const { status, body } = await call('GET', 'circles', 'farid');
    expect(status).toBe(200);
    expect(body.circles.map((c: { circleId: string }) => c.circleId).sort()).toEqual(['finance', 'hub', 'northside']);
  });

  it('runs a consent decision step by step and returns the proposal', async () => {
    for (const [command, person] of [...toConsentRound(draft), [{ type: 'answer', answer: { kind: 'consent' } }, 'amara'] as const]) {
      expect((await call('POST', steps, person, command)).status).toBe(200);
    }
    const { status, body } = await call('GET', 'circles/northside/proposals/weekend-rota', 'grace');
    expect(status).toBe(200);
    expect(body.proposal).toMatchObject({ status: 'consent-round', round: { answers: { amara: { kind: 'consent' } } } });
    // The caller's own steps and the stage's guide come with it: Grace is asked in the round.
    expect(body.steps).toEqual(['answer']);
    expect(body.guide).toContain('Consent round');
    // The guide is in the reader's language: a Dutch reader reads the consent round in Dutch, as a proposal's and as the list's.
    const dutch = await call('GET', 'circles/northside/proposals/weekend-rota', 'grace', undefined, { 'accept-language': 'nl-NL' });
    expect(dutch.body.guide).toMatch(
      /^Consentronde: antwoord uiterlijk .+\. Consent betekent “goed genoeg voor nu, veilig genoeg om te proberen”\./,
    );
    const listed = await call('GET', 'circles/northside/proposals', 'grace', undefined, { 'accept-language': 'nl' });
    expect(listed.body.proposals[0].guide).toBe(dutch.body.guide);
    // The tally comes counted by the core: the tab shows it rather than counting itself.
    expect(body.tally).toEqual({ asked: 5, answered: 1, awaiting: ['dev', 'farid', 'grace', 'hana'] });
  });

  it('keeps an undecided proposal in its circle: others get 403 and do not see it listed', async () => {
    const outsider = await call('GET', 'circles/northside/proposals/weekend-rota', 'chloe');
    expect(outsider).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
    expect(outsider.body.error.message).toContain('Northside care team');
    expect((await call('GET', 'circles/northside/proposals', 'chloe')).body).toEqual({ proposals: [], pageSize: 25, next: null });
    const member = await call('GET', 'circles/northside/proposals', 'farid');
    expect(member.body.proposals.map((p: { proposalId: string }) => p.proposalId)).toEqual(['weekend-rota']);
    expect(member.body.proposals[0].guide).toContain('Consent round: answer by');
    // Farid has not answered yet at this point; Amara has.
    expect(member.body.proposals[0].awaitsCaller).toBe(true);
    expect((await call('GET', 'circles/northside/proposals', 'amara')).body.proposals[0].awaitsCaller).toBe(false);
    expect((await call('GET', 'circles/atlantis/proposals', 'farid')).body.error).toMatchObject({ code: 'not-found', field: 'circleId' });
  });

  it('replies to an answer with its events only, and to other steps with the proposal too', async () => {
    const answered = await call('POST', steps, 'grace', { type: 'answer', answer: { kind: 'consent' } });
    expect(answered.body).toEqual({ events: [expect.objectContaining({ type: 'answer-given', by: 'grace' })], replayed: false });
    const asked = await call('POST', 'circles/northside/proposals/second/steps', 'dev', { ...draft, title: 'A second proposal' });
    expect(asked.body.proposal).toMatchObject({ proposalId: 'second', status: 'draft' });
  });

  it('answers a retried step with the same Operation-Id once', async () => {
    const answer = { type: 'answer', answer: { kind: 'concern', text: 'Keep one familiar carer.' } };
    expect((await call('POST', steps, 'farid', answer, { 'operation-id': 'farid-1' })).body.replayed).toBe(false);
    expect((await call('POST', steps, 'farid', answer, { 'operation-id': 'farid-1' })).body.replayed).toBe(true);
    // Another person's request with the same id is theirs, not a replay of Farid's.
    const chloe = await call('POST', steps, 'chloe', answer, { 'operation-id': 'farid-1' });
    expect(chloe).toMatchObject({ status: 403, body: { error: { code: 'not-eligible' } } });
  });

  it.each([
    ['a non-member answering', 'chloe', { type: 'answer', answer: { kind: 'consent' } }, 403, 'not-eligible', undefined],
    ['an objection without a reason', 'grace', { type: 'answer', answer: { kind: 'object' } }, 400, 'reason-required', 'text'],
    ['a malformed answer', 'grace', { type: 'answer', answer: { kind: 'maybe' } }, 400, 'invalid-input', 'answer.kind'],
    ['someone else closing the round', 'grace', { type: 'close-consent-round' }, 403, 'not-permitted', undefined],
    ['a step from another stage', 'hana', { type: 'open-quick-reactions' }, 409, 'wrong-stage', undefined],
  ])('refuses %s with a status and the rule or field that failed', async (_case, person, command, status, code, field) => {
    const response = await call('POST', steps, person, command);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(typeof response.body.error.message).toBe('string');
  });

  it('refuses a body that is not a JSON object, and an oversized Operation-Id, naming what failed', async () => {
    expect(await call('POST', steps, 'grace', 'null')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-input', field: 'body' } },
    });
    const long = await call('POST', steps, 'grace', { type: 'answer', answer: { kind: 'consent' } }, { 'operation-id': 'x'.repeat(200) });
    expect(long).toMatchObject({ status: 400, body: { error: { field: 'Operation-Id' } } });
    expect((await call('GET', 'circles/northside/proposals/%E0%A4%A', 'amara')).status).toBe(404);
  });

  it('reads ids as the core does: surrounding spaces do not make another proposal', async () => {
    const spaced = await call('GET', 'circles/%20northside/proposals/%20weekend-rota%20', 'amara');
    expect(spaced.status).toBe(200);
    expect(spaced.body.proposal.proposalId).toBe('weekend-rota');
  });

  it('refuses a body that is not JSON, naming the body', async () => {
    expect(await call('POST', steps, 'grace', '{not json')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-input', field: 'body' } },
    });
  });

  it('answers 404 for an unknown proposal, circle or route', async () => {
    expect((await call('GET', 'circles/northside/proposals/nothing-here', 'amara')).status).toBe(404);
    expect(
      (await call('POST', 'circles/atlantis/proposals/weekend-rota/steps', 'amara', { type: 'answer', answer: { kind: 'consent' } })).body
        .error,
    ).toMatchObject({ code: 'not-found', field: 'circleId' });
    expect((await call('GET', 'no-such-route', 'amara')).status).toBe(404);
  });

  it('lets organisation admins change the structure and refuses others', async () => {
    const command = { type: 'create-circle', circleId: 'southside', name: 'Southside care team', parentId: 'hub' };
    expect((await call('POST', 'structure/commands', 'farid', command)).body.error).toMatchObject({ code: 'not-permitted' });
    expect(await call('POST', 'structure/commands', 'admin', [command, command])).toMatchObject({
      status: 400,
      body: { error: { field: 'body' } },
    });
    const created = await call('POST', 'structure/commands', 'admin', command);
    expect(created.status).toBe(200);
    expect(created.body.events[0]).toMatchObject({ type: 'circle-created', by: 'admin' });
  });

  it('lists reviews of decisions and role terms, by circle and status', async () => {
    const all = await call('GET', 'reviews', 'farid');
    expect(all.status).toBe(200);
    expect(all.body.reviews.filter((r: { kind: string }) => r.kind === 'role-term')).toHaveLength(10);
    const finance = await call('GET', 'reviews?circleId=finance&status=upcoming', 'farid');
    expect(finance.body.reviews.map((r: { subjectId: string }) => r.subjectId).sort()).toEqual([
      'finance-delegate',
      'finance-facilitator',
      'finance-leader',
      'finance-secretary',
    ]);
    expect((await call('GET', 'reviews?status=due', 'farid')).body.reviews).toEqual([]);
    expect(await call('GET', 'reviews?status=someday', 'farid')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-input', field: 'query.status' } },
    });
    // A page at a time: the pages, followed by `next`, give the whole list once.
    expect(all.body.next).toBeNull();
    const first = await call('GET', 'reviews?pageSize=4', 'farid');
    expect(first.body.reviews).toHaveLength(4);
    const second = await call('GET', `reviews?pageSize=100&after=${first.body.next}`, 'farid');
    expect([...first.body.reviews, ...second.body.reviews]).toEqual(all.body.reviews);
    expect(await call('GET', 'reviews?after=Lz8', 'farid')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-input', field: 'query.after' } },
    });
    expect(await call('GET', 'reviews?pageSize=0', 'farid')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-input', field: 'query.pageSize' } },
    });
  });

  it('reports governance health for the organisation and for one circle', async () => {
    const organisation = await call('GET', 'health', 'grace');
    expect(organisation.status).toBe(200);
    expect(organisation.body.health).toMatchObject({ circleId: null, overdueReviews: [] });
    // Southside was created above without a leader or delegate: reported, not fixed.
    expect(organisation.body.health.doubleLinkViolations.map((v: { circleId: string; rule: string }) => `${v.circleId}:${v.rule}`)).toEqual(
      ['southside:leader-missing', 'southside:delegate-missing'],
    );
    const northside = await call('GET', 'health?circleId=northside', 'grace');
    expect(northside.body.health.circleId).toBe('northside');
    expect(northside.body.health.roleLoads.map((load: { personId: string }) => load.personId).sort()).toEqual(['amara', 'dev', 'hana']);
    expect(await call('GET', 'health?circleId=atlantis', 'grace')).toMatchObject({ status: 404, body: { error: { field: 'circleId' } } });
  });

  it('exports decisions for research as JSON or CSV, without free text the circle has not shared', async () => {
    const exported = await call('GET', 'export', 'amara');
    const rota = exported.body.decisions.find((d: { proposalId: string }) => d.proposalId === 'weekend-rota');
    expect(rota).toMatchObject({ circleId: 'northside', status: 'consent-round', texts: null });
    expect(rota.answers.concern).toBe(1);
    const csv = await fetch(`${api().url}/export?format=csv`, { headers: { 'x-dev-person': 'amara' } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'proposalId,circleId,status,revisions,asked,consent,concern,object,stand-aside,objectionsRaised,objectionsIntegrated,createdAt,decidedAt,texts',
    );
    expect(lines.some((line) => line.startsWith('weekend-rota,northside,consent-round,'))).toBe(true);
    expect(lines.join('\n')).not.toContain('familiar carer');
    expect((await call('GET', 'export?format=xml', 'amara')).body.error).toMatchObject({ code: 'invalid-input', field: 'query.format' });
    // A page at a time: 1,000 unless asked, a token only as it was handed out.
    expect(exported.body).toMatchObject({ pageSize: 1000, next: null });
    expect((await call('GET', 'export?after=Lz8', 'amara')).body.error).toMatchObject({ code: 'invalid-input', field: 'query.after' });
    expect((await call('GET', 'export?pageSize=1001', 'amara')).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'query.pageSize',
    });
  });

  it('serves the logbook, filtered and paged', async () => {
    const decisions = await call('GET', 'logbook?kind=decision&text=rotate%20WEEKEND', 'farid');
    expect(decisions.status).toBe(200);
    // The draft "second" has the rota's text: both words are in it too.
    expect(decisions.body).toMatchObject({
      next: null,
      entries: [
        { id: 'second', status: 'draft' },
        { id: 'weekend-rota', status: 'consent-round' },
      ],
    });
    // Ben is not in Northside: its undecided proposal is not his to read, in the logbook either.
    expect((await call('GET', 'logbook?kind=decision&text=rotate%20WEEKEND', 'ben')).body.entries).toEqual([]);
    const first = await call('GET', 'logbook?kind=role-term&circleId=northside&pageSize=2', 'ben');
    expect(first.body).toMatchObject({ pageSize: 2, next: expect.any(String) });
    const second = await call('GET', `logbook?kind=role-term&circleId=northside&pageSize=2&after=${first.body.next}`, 'ben');
    expect(second.body).toMatchObject({ pageSize: 2, next: null });
    expect(new Set([...first.body.entries, ...second.body.entries].map((e: { id: string }) => e.id)).size).toBe(4);
    expect((await call('GET', 'logbook?after=not%20a%20token', 'ben')).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'query.after',
    });
    expect((await call('GET', 'logbook?pageSize=0', 'ben')).body.error).toMatchObject({ code: 'invalid-input', field: 'query.pageSize' });
  });

  it('searches the logbook as people type, and filters it by circle, kind and status', async () => {
    const chloe = await call(
      'GET',
      `logbook?${new URLSearchParams({ text: 'facilitator CHLOE', kind: 'role-term', status: 'current' })}`,
      'ben',
    );
    expect(chloe.body.entries.map((e: { id: string }) => e.id).sort()).toEqual(['finance-facilitator', 'hub-facilitator']);
    const finance = await call('GET', `logbook?${new URLSearchParams({ text: 'chloé', circleId: 'finance' })}`, 'ben');
    expect(finance.body.entries.map((e: { id: string }) => e.id)).toEqual(['finance-facilitator']);
    // A role term is titled and found in the reader's language, and still by its English title.
    const dutch = await call(
      'GET',
      `logbook?${new URLSearchParams({ text: 'gespreksleider chloe', circleId: 'finance' })}`,
      'ben',
      undefined,
      {
        'accept-language': 'nl',
      },
    );
    expect(dutch.body.entries.map((e: { title: string }) => e.title)).toEqual(['Gespreksleider van Finance: Chloé Martin']);
    const english = await call('GET', `logbook?${new URLSearchParams({ text: 'facilitator of finance', circleId: 'finance' })}`, 'ben');
    expect(english.body.entries.map((e: { title: string }) => e.title)).toEqual(['Facilitator of Finance: Chloé Martin']);
    expect((await call('GET', 'logbook?text=proposal%20SECOND', 'farid')).body.entries.map((e: { id: string }) => e.id)).toEqual([
      'second',
    ]);
    expect((await call('GET', 'logbook?status=approved', 'ben')).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'query.status',
    });
  });

  it('tells the tab’s sign-in window, before anyone signs in, which app to ask consent for', async () => {
    const settings = await fetch(`${api().entraUrl}/sign-in`);
    expect(settings.status).toBe(200);
    expect(await settings.json()).toEqual({ clientId: 'client-id' });
  });

  it('describes itself in OpenAPI 3.1, made from the schemas that parse its input', async () => {
    const document = (await (await fetch(`${api().entraUrl}/openapi.json`)).json()) as Record<string, any>;
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/circles',
      '/api/circles/{circleId}',
      '/api/circles/{circleId}/history',
      '/api/circles/{circleId}/meetings',
      '/api/circles/{circleId}/meetings/{meetingId}',
      '/api/circles/{circleId}/meetings/{meetingId}/agenda',
      '/api/circles/{circleId}/meetings/{meetingId}/history',
      '/api/circles/{circleId}/meetings/{meetingId}/steps',
      '/api/circles/{circleId}/proposals',
      '/api/circles/{circleId}/proposals/{proposalId}',
      '/api/circles/{circleId}/proposals/{proposalId}/history',
      '/api/circles/{circleId}/proposals/{proposalId}/steps',
      '/api/circles/{circleId}/proposals/{proposalId}/story',
      '/api/circles/{circleId}/roster',
      '/api/circles/{circleId}/selections',
      '/api/circles/{circleId}/selections/{selectionId}',
      '/api/circles/{circleId}/selections/{selectionId}/history',
      '/api/circles/{circleId}/selections/{selectionId}/steps',
      '/api/circles/{circleId}/selections/{selectionId}/story',
      '/api/circles/{circleId}/setup',
      '/api/export',
      '/api/feeds',
      '/api/feeds/revoke',
      '/api/health',
      '/api/logbook',
      '/api/me',
      '/api/people',
      '/api/reviews',
      '/api/setup',
      '/api/structure/commands',
    ]);
    const steps = document.paths['/api/circles/{circleId}/proposals/{proposalId}/steps'].post;
    const stepTypes = steps.requestBody.content['application/json'].schema.oneOf.map((variant: any) => variant.properties.type.const);
    expect(stepTypes).toEqual(expect.arrayContaining(['draft-proposal', 'answer', 'withdraw-objection', 'close-consent-round']));
    expect(steps.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:circleId',
      'path:proposalId',
      'query:meeting',
    ]);
    const logbook = document.paths['/api/logbook'].get.parameters.map((p: { name: string }) => p.name);
    expect(logbook).toEqual(['circleId', 'kind', 'status', 'text', 'after', 'pageSize', 'format', 'If-None-Match']);
    const history = document.paths['/api/circles/{circleId}/proposals/{proposalId}/history'].get.parameters;
    expect(history.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:circleId',
      'path:proposalId',
      'query:pageSize',
      'query:after',
      'header:If-None-Match',
    ]);
    expect(steps.responses['409'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    const meetingRun =
      document.paths['/api/circles/{circleId}/meetings/{meetingId}'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(meetingRun.properties)).toEqual(['meeting', 'turn', 'steps', 'leads', 'now', 'mayPlan']);
    expect(meetingRun.properties.leads.type).toBe('boolean');
    expect(meetingRun.properties.mayPlan.type).toBe('boolean');
    expect(Object.keys(meetingRun.properties.now.properties)).toEqual(['serverNow', 'clocks']);
    const meetingSteps =
      document.paths['/api/circles/{circleId}/meetings/{meetingId}/steps'].post.requestBody.content['application/json'].schema.oneOf;
    expect(meetingSteps.map((variant: any) => variant.properties.type.const)).toEqual(
      expect.arrayContaining(['join-meeting', 'set-speaking-order', 'pass-turn', 'start-item', 'pause-clock']),
    );
  });

  it('requires a verified sign-in token outside dev mode', async () => {
    const response = await fetch(`${api().entraUrl}/circles`, { headers: { 'x-dev-person': 'admin' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });
});
