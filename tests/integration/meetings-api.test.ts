import { useApi } from '../support/api-host';
import { northsideAgenda } from '../support/meeting-flow';

const { call } = useApi();

/** The dev host runs on the real clock and the decider does not restrict steps by date: any future day will do. */
const scheduledFor = '2027-01-15T09:00:00.000Z';
const meetingId = 'northside-2027-01-15';
const meeting = `circles/northside/meetings/${meetingId}`;
const steps = `${meeting}/steps`;

const financeMeeting = 'circles/finance/meetings/finance-2027-01-20';
const financeAgenda = [{ itemId: 'budget', type: 'report', title: 'Quarterly budget', timeboxMinutes: 15, subjectId: null }];

const idsOf = (meetings: { meetingId: string }[]) => meetings.map((m) => m.meetingId);
const northsideHealth = async () => (await call('GET', 'health?circleId=northside', 'grace')).body.health.meetingEvaluation;

describe('circle meetings over HTTP (dev identities, real Azurite)', () => {
  it('reports no meeting evaluations before any meeting is held', async () => {
    const health = await call('GET', 'health?circleId=northside', 'grace');
    expect(health.status).toBe(200);
    expect(health.body.health.meetingEvaluation).toEqual({ count: 0, averageRating: null });
    expect(await call('GET', 'circles/northside/meetings', 'amara')).toEqual({
      status: 200,
      body: { meetings: [], pageSize: 25, next: null, mayPlan: true },
    });
  });

  it('refuses an outsider planning a meeting of the circle and stores nothing', async () => {
    const planned = await call('POST', steps, 'ben', { type: 'plan-meeting', scheduledFor, agenda: northsideAgenda });
    expect(planned).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
    expect(await call('GET', meeting, 'amara')).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'meetingId' } } });
  });

  it('plans a meeting with its agenda, taking the meeting id from the path rather than the body', async () => {
    const planned = await call('POST', steps, 'dev', {
      type: 'plan-meeting',
      meetingId: 'somewhere-else',
      scheduledFor,
      agenda: northsideAgenda,
    });
    expect(planned.status).toBe(200);
    expect(planned.body.replayed).toBe(false);
    expect(planned.body.events).toEqual([
      expect.objectContaining({ type: 'meeting-planned', meetingId, circleId: 'northside', by: 'dev', scheduledFor }),
    ]);
    expect(planned.body.meeting).toEqual({
      meetingId,
      circleId: 'northside',
      scheduledFor,
      plannedBy: 'dev',
      status: 'planned',
      agenda: northsideAgenda,
      checkIns: {},
      agendaConsentedAt: null,
      minutes: {},
      evaluations: {},
      closedAt: null,
      speakingOrder: [],
      round: null,
      currentItemId: null,
      clocks: {},
      nextMeeting: null,
    });
    expect((await call('GET', 'circles/northside/meetings/somewhere-else', 'dev')).status).toBe(404);
  });

  it('refuses planning a second meeting with the same id', async () => {
    const again = await call('POST', steps, 'hana', { type: 'plan-meeting', scheduledFor: '2027-02-01T09:00:00.000Z' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already-exists', field: 'meetingId' } } });
    expect((await call('GET', meeting, 'amara')).body.meeting).toMatchObject({ plannedBy: 'dev', scheduledFor, agenda: northsideAgenda });
  });

  it('lets only the facilitator open check-in, not even the person who planned the meeting', async () => {
    const byPlanner = await call('POST', steps, 'dev', { type: 'open-check-in' });
    expect(byPlanner).toMatchObject({ status: 403, body: { error: { code: 'not-permitted' } } });
    expect((await call('GET', meeting, 'dev')).body.meeting.status).toBe('planned');
  });

  it('refuses a step that belongs to another stage of the meeting', async () => {
    const early = await call('POST', steps, 'amara', { type: 'check-in', text: 'Too early' });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'wrong-stage' } } });
    expect(early.body.error.message).toContain('planned');
    expect((await call('POST', steps, 'hana', { type: 'consent-to-agenda' })).body.error).toMatchObject({ code: 'wrong-stage' });
  });

  it('opens check-in when the facilitator asks', async () => {
    const opened = await call('POST', steps, 'hana', { type: 'open-check-in' });
    expect(opened.status).toBe(200);
    expect(opened.body.events).toEqual([expect.objectContaining({ type: 'check-in-opened', meetingId, by: 'hana' })]);
    expect(opened.body.meeting.status).toBe('check-in');
  });

  it('refuses an outsider checking in and records nothing from them', async () => {
    const outsider = await call('POST', steps, 'ben', { type: 'check-in', text: 'Hello from the hub' });
    expect(outsider).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
    expect(outsider.body.error.message).toContain('Northside care team');
    const read = await call('GET', meeting, 'amara');
    expect(read.body.meeting.checkIns).toEqual({});
  });

  it('records each member’s check-in under their name', async () => {
    for (const [person, text] of [
      ['amara', 'Glad to be here.'],
      ['farid', 'A good week at home.'],
      ['hana', ''],
    ] as const) {
      const checkedIn = await call('POST', steps, person, { type: 'check-in', text });
      expect(checkedIn.status).toBe(200);
      expect(checkedIn.body.events).toEqual([expect.objectContaining({ type: 'checked-in', by: person, text })]);
    }
    const read = await call('GET', meeting, 'grace');
    expect(read.body.meeting.checkIns).toEqual({ amara: 'Glad to be here.', farid: 'A good week at home.', hana: '' });
  });

  it('applies a retried check-in with the same Operation-Id once', async () => {
    const headers = { 'Operation-Id': 'grace-check-in-1' };
    const first = await call('POST', steps, 'grace', { type: 'check-in', text: 'Tired but here.' }, headers);
    expect(first.status).toBe(200);
    expect(first.body.replayed).toBe(false);
    expect(first.body.events).toEqual([expect.objectContaining({ type: 'checked-in', by: 'grace', text: 'Tired but here.' })]);
    // The retry carries different text: had it been applied again, Grace's check-in would change.
    const retry = await call('POST', steps, 'grace', { type: 'check-in', text: 'Applied twice!' }, headers);
    expect(retry.status).toBe(200);
    expect(retry.body.replayed).toBe(true);
    expect(retry.body.events).toEqual([]);
    expect(retry.body.meeting.checkIns.grace).toBe('Tired but here.');
    expect((await call('GET', meeting, 'amara')).body.meeting.checkIns.grace).toBe('Tired but here.');
  });

  it('keeps operation ids to the person who sent them: an outsider reusing one is still refused', async () => {
    const reused = await call('POST', steps, 'ben', { type: 'check-in', text: 'Let me in.' }, { 'Operation-Id': 'grace-check-in-1' });
    expect(reused).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
    const byMember = await call(
      'POST',
      steps,
      'amara',
      { type: 'check-in', text: 'Glad to be here.' },
      { 'Operation-Id': 'grace-check-in-1' },
    );
    expect(byMember.body).toMatchObject({ replayed: false, events: [expect.objectContaining({ type: 'checked-in', by: 'amara' })] });
  });

  it('lets only the facilitator consent to the agenda, which starts the meeting', async () => {
    expect(await call('POST', steps, 'dev', { type: 'consent-to-agenda' })).toMatchObject({
      status: 403,
      body: { error: { code: 'not-permitted' } },
    });
    const consented = await call('POST', steps, 'hana', { type: 'consent-to-agenda' });
    expect(consented.status).toBe(200);
    expect(consented.body.events).toEqual([expect.objectContaining({ type: 'agenda-consented', by: 'hana', agenda: northsideAgenda })]);
    expect(consented.body.meeting.status).toBe('in-progress');
    expect(typeof consented.body.meeting.agendaConsentedAt).toBe('string');
    expect(Date.parse(consented.body.meeting.agendaConsentedAt)).not.toBeNaN();
  });

  it('lets the secretary, or the facilitator standing in, record minutes, and no one else', async () => {
    const byMember = await call('POST', steps, 'amara', { type: 'record-minutes', itemId: 'families', notes: 'Not mine to write.' });
    expect(byMember).toMatchObject({ status: 403, body: { error: { code: 'not-permitted' } } });
    const bySecretary = await call('POST', steps, 'dev', {
      type: 'record-minutes',
      itemId: 'families',
      notes: 'Both families settled; a visit planned for March.',
    });
    expect(bySecretary.status).toBe(200);
    expect(bySecretary.body.events).toEqual([expect.objectContaining({ type: 'minutes-recorded', by: 'dev', itemId: 'families' })]);
    const byFacilitator = await call('POST', steps, 'hana', {
      type: 'record-minutes',
      itemId: 'weekend-rota',
      notes: 'Consent round continues next week.',
      decisionIds: ['weekend-rota'],
    });
    expect(byFacilitator.status).toBe(200);
    const offAgenda = await call('POST', steps, 'dev', { type: 'record-minutes', itemId: 'holidays', notes: 'Not on the agenda.' });
    expect(offAgenda).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'itemId' } } });
    expect((await call('GET', meeting, 'farid')).body.meeting.minutes).toEqual({
      families: { notes: 'Both families settled; a visit planned for March.', decisionIds: [] },
      'weekend-rota': { notes: 'Consent round continues next week.', decisionIds: ['weekend-rota'] },
    });
  });

  it('refuses a rating outside 1 to 5, naming the rating', async () => {
    const refused = await call('POST', steps, 'farid', { type: 'evaluate-meeting', rating: 9 });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'invalid-input', field: 'rating' } } });
    // The field is named in `field`; the words say what it takes, without the schema's own message.
    expect(refused.body.error.message).toBe('At most 5.');
    expect((await call('POST', steps, 'farid', { type: 'evaluate-meeting', rating: 3.5 })).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'rating',
    });
    expect((await call('GET', meeting, 'farid')).body.meeting.evaluations).toEqual({});
  });

  it('records members’ evaluations of the meeting with their ratings', async () => {
    const farid = await call('POST', steps, 'farid', { type: 'evaluate-meeting', rating: 4, comment: 'Kept to time.' });
    expect(farid.status).toBe(200);
    expect(farid.body.events).toEqual([
      expect.objectContaining({ type: 'meeting-evaluated', by: 'farid', rating: 4, comment: 'Kept to time.' }),
    ]);
    const grace = await call('POST', steps, 'grace', { type: 'evaluate-meeting', rating: 2 });
    expect(grace.status).toBe(200);
    expect(grace.body.meeting.evaluations).toEqual({ farid: { rating: 4, comment: 'Kept to time.' }, grace: { rating: 2, comment: '' } });
    const outsider = await call('POST', steps, 'esi', { type: 'evaluate-meeting', rating: 1 });
    expect(outsider).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
  });

  it('lets only the facilitator close the meeting, after which no more evaluations are taken', async () => {
    expect(await call('POST', steps, 'amara', { type: 'close-meeting' })).toMatchObject({
      status: 403,
      body: { error: { code: 'not-permitted' } },
    });
    const closed = await call('POST', steps, 'hana', { type: 'close-meeting' });
    expect(closed.status).toBe(200);
    expect(closed.body.events).toEqual([expect.objectContaining({ type: 'meeting-closed', by: 'hana' })]);
    expect(closed.body.meeting.status).toBe('closed');
    const late = await call('POST', steps, 'amara', { type: 'evaluate-meeting', rating: 5 });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'wrong-stage' } } });
    expect((await call('POST', steps, 'hana', { type: 'close-meeting' })).status).toBe(409);
  });

  it('shows members the closed meeting with its check-ins, minutes and evaluations, and lists it', async () => {
    const read = await call('GET', meeting, 'grace');
    expect(read.status).toBe(200);
    expect(read.body.meeting).toMatchObject({
      meetingId,
      circleId: 'northside',
      status: 'closed',
      plannedBy: 'dev',
      checkIns: { amara: 'Glad to be here.', farid: 'A good week at home.', grace: 'Tired but here.', hana: '' },
      minutes: {
        families: { notes: 'Both families settled; a visit planned for March.' },
        'weekend-rota': { decisionIds: ['weekend-rota'] },
      },
      evaluations: { farid: { rating: 4, comment: 'Kept to time.' }, grace: { rating: 2, comment: '' } },
    });
    expect(Object.keys(read.body.meeting.checkIns).sort()).toEqual(['amara', 'farid', 'grace', 'hana']);
    expect(typeof read.body.meeting.closedAt).toBe('string');
    const listed = await call('GET', 'circles/northside/meetings', 'hana');
    expect(listed.status).toBe(200);
    expect(idsOf(listed.body.meetings)).toEqual([meetingId]);
    expect(listed.body.meetings[0]).toEqual(read.body.meeting);
  });

  it('keeps the meeting in its circle: outsiders get 403 and an empty list', async () => {
    for (const outsider of ['ben', 'esi', 'chloe']) {
      const read = await call('GET', meeting, outsider);
      expect(read).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
      expect(read.body.error.message).toContain('Northside care team');
      expect(read.body.meeting).toBeUndefined();
      expect(await call('GET', 'circles/northside/meetings', outsider)).toEqual({
        status: 200,
        body: { meetings: [], pageSize: 25, next: null, mayPlan: false },
      });
    }
  });

  it('answers 404 for an unknown meeting or circle, naming which', async () => {
    expect(await call('GET', 'circles/northside/meetings/nothing-here', 'amara')).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'meetingId' } },
    });
    const unknownStep = await call('POST', 'circles/northside/meetings/nothing-here/steps', 'hana', { type: 'open-check-in' });
    expect(unknownStep).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'meetingId' } } });
    expect(await call('GET', 'circles/atlantis/meetings', 'amara')).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'circleId' } },
    });
    const atlantis = await call('POST', 'circles/atlantis/meetings/atlantis-1/steps', 'amara', { type: 'plan-meeting', scheduledFor });
    expect(atlantis).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'circleId' } } });
    // The meeting exists, but not in a circle that exists: the circle is what is missing.
    expect(await call('GET', `circles/atlantis/meetings/${meetingId}`, 'amara')).toMatchObject({
      status: 404,
      body: { error: { field: 'circleId' } },
    });
    expect(await call('POST', `circles/atlantis/meetings/${meetingId}/steps`, 'amara', { type: 'check-in' })).toMatchObject({
      status: 404,
      body: { error: { field: 'circleId' } },
    });
  });

  it('does not reach a meeting through another circle’s path', async () => {
    const read = await call('GET', `circles/finance/meetings/${meetingId}`, 'chloe');
    expect(read).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'meetingId' } } });
    const byMember = await call('GET', `circles/finance/meetings/${meetingId}`, 'amara');
    expect(byMember).toMatchObject({ status: 404, body: { error: { field: 'meetingId' } } });
    const stepped = await call('POST', `circles/finance/meetings/${meetingId}/steps`, 'chloe', { type: 'evaluate-meeting', rating: 1 });
    expect(stepped).toMatchObject({ status: 404, body: { error: { code: 'not-found', field: 'meetingId' } } });
    const planned = await call('POST', `circles/finance/meetings/${meetingId}/steps`, 'chloe', { type: 'plan-meeting', scheduledFor });
    expect(planned).toMatchObject({ status: 409, body: { error: { code: 'already-exists', field: 'meetingId' } } });
    expect((await call('GET', 'circles/finance/meetings', 'ben')).body).toEqual({ meetings: [], pageSize: 25, next: null, mayPlan: true });
    expect((await call('GET', meeting, 'amara')).body.meeting.evaluations).not.toHaveProperty('chloe');
  });

  it('reports the evaluations recorded through the API in the circle’s health', async () => {
    expect(await northsideHealth()).toEqual({ count: 2, averageRating: 3 });
  });

  it('counts another circle’s evaluations in that circle’s health and the organisation’s, not in Northside’s', async () => {
    // Finance: planned without an agenda, so the facilitator brings one to consent.
    expect(
      (await call('POST', `${financeMeeting}/steps`, 'esi', { type: 'plan-meeting', scheduledFor: '2027-01-20T14:00:00.000Z' })).status,
    ).toBe(200);
    expect((await call('POST', `${financeMeeting}/steps`, 'chloe', { type: 'open-check-in' })).status).toBe(200);
    const empty = await call('POST', `${financeMeeting}/steps`, 'chloe', { type: 'consent-to-agenda' });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'invalid-input', field: 'agenda' } } });
    const consented = await call('POST', `${financeMeeting}/steps`, 'chloe', { type: 'consent-to-agenda', agenda: financeAgenda });
    expect(consented.body.meeting).toMatchObject({ status: 'in-progress', agenda: financeAgenda });
    expect((await call('POST', `${financeMeeting}/steps`, 'ben', { type: 'evaluate-meeting', rating: 5 })).status).toBe(200);

    expect(await northsideHealth()).toEqual({ count: 2, averageRating: 3 });
    const finance = await call('GET', 'health?circleId=finance', 'grace');
    expect(finance.body.health.meetingEvaluation).toEqual({ count: 1, averageRating: 5 });
    const organisation = (await call('GET', 'health', 'grace')).body.health.meetingEvaluation;
    expect(organisation.count).toBe(3);
    expect(organisation.averageRating).toBeCloseTo(11 / 3);
    expect(idsOf((await call('GET', 'circles/northside/meetings', 'amara')).body.meetings)).toEqual([meetingId]);
    expect(idsOf((await call('GET', 'circles/finance/meetings', 'esi')).body.meetings)).toEqual(['finance-2027-01-20']);
  });
});
