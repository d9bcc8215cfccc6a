import type { Notifier } from '../../functions/application/ports/notifier';
import { meetingKind } from '../../functions/application/record-kinds';
import { runRecordStep } from '../../functions/application/run-record-step';
import { useApi } from '../support/api-host';
import { as } from '../support/people';
import { botClient, texts } from '../support/bot-client';
import { allActions } from '../support/adaptive-cards';
import type { ConnectorCall } from '../support/connector-recorder';
import { useConnectorRecorder } from '../support/connector-recorder';
import { northsideAgenda } from '../support/meeting-flow';

/**
 * A Northside meeting run from plan to close through the HTTP routes the side panel
 * uses, on a real Azurite, with the Bot Connector recorded: the circle's chat is
 * bound, so the minutes are posted there when the facilitator closes the meeting.
 */
const { call, api } = useApi();
const connector = useConnectorRecorder();
const { click } = botClient(api, connector);

const meetingId = 'northside-run-2027-01-15';
const meeting = `circles/northside/meetings/${meetingId}`;

async function meetingStep(person: string, command: Record<string, unknown>, headers: Record<string, string> = {}) {
  const reply = await call('POST', `${meeting}/steps`, person, command, headers);
  if (reply.status !== 200) throw new Error(`${String(command.type)} by ${person}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

const read = async (person: string) => (await call('GET', meeting, person)).body;

/** The cards posted to the circle's chat from the `from`th call to the Bot Connector on. */
const postedSince = (from: number) =>
  (connector().calls.slice(from) as ConnectorCall[]).filter((sent) => sent.method === 'POST' && sent.conversationId === 'northside-chat');
const cardOf = (sent: ConnectorCall | undefined) => sent?.activity.attachments?.[0]?.content;
/** Where a card's link leads in the tab (the dev stack links to the tab's own address with `?open=`). */
const openingOf = (card: unknown) => allActions(card).map((action) => new URL(String(action.url)).searchParams.get('open'));

describe('a meeting’s run over HTTP (real Azurite, recorded Bot Connector)', () => {
  beforeAll(async () => {
    await click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
    await meetingStep('dev', { type: 'plan-meeting', scheduledFor: '2027-01-15T09:00:00.000Z', agenda: northsideAgenda });
  });

  it('takes an item a member adds before the agenda is consented', async () => {
    const added = await meetingStep('grace', {
      type: 'add-agenda-item',
      item: { itemId: 'holiday-cover', type: 'exploration', title: 'Cover over the holidays', timeboxMinutes: 15 },
    });
    expect(added.events).toEqual([
      expect.objectContaining({
        type: 'agenda-item-added',
        by: 'grace',
        item: { itemId: 'holiday-cover', type: 'exploration', title: 'Cover over the holidays', timeboxMinutes: 15, subjectId: null },
      }),
    ]);
  });

  it('proposes the agenda from what waits for the meeting, then the items already on it, to members only', async () => {
    const proposal = 'circles/northside/proposals/agenda-handover/steps';
    const draft = {
      type: 'draft-proposal',
      title: 'Weekend handover notes',
      text: 'Each weekend carer leaves a note.',
      driver: 'Monday carers start blind.',
      reviewDate: '2027-06-01',
    };
    expect((await call('POST', proposal, 'dev', draft)).status).toBe(200);
    expect((await call('POST', proposal, 'dev', { type: 'present-proposal' })).status).toBe(200);
    const { status, body } = await call('GET', `${meeting}/agenda`, 'amara');
    expect(status).toBe(200);
    expect(body.agenda.map((item: { itemId: string }) => item.itemId)).toEqual([
      'proposal-agenda-handover',
      'families',
      'weekend-rota',
      'delegate',
      'holiday-cover',
    ]);
    expect(body.agenda[0]).toEqual({
      itemId: 'proposal-agenda-handover',
      type: 'proposal',
      title: 'Weekend handover notes',
      timeboxMinutes: 20,
      subjectId: 'agenda-handover',
    });
    expect((await call('GET', `${meeting}/agenda`, 'ben')).body.error.code).toBe('not-a-member');
  });

  it('knows those who open the meeting, each once, in the order they came, and the facilitator sets the speaking order', async () => {
    for (const person of ['hana', 'amara', 'dev', 'grace']) await meetingStep(person, { type: 'join-meeting' });
    const before = await api().services.meetings.load('riverside-dev', meetingId);
    expect(await meetingStep('amara', { type: 'join-meeting' })).toMatchObject({ events: [], replayed: false });
    // Opening the panel again writes nothing: the row keeps its ETag, so a conditional read sees no change.
    expect((await api().services.meetings.load('riverside-dev', meetingId)).record?.etag).toBe(before.record?.etag);
    expect((await read('amara')).meeting.speakingOrder).toEqual(['hana', 'amara', 'dev', 'grace']);
    const refused = await call('POST', `${meeting}/steps`, 'amara', {
      type: 'set-speaking-order',
      order: ['grace', 'dev', 'amara', 'hana'],
    });
    expect(refused).toEqual({
      status: 403,
      body: { error: { code: 'not-permitted', message: 'Only the facilitator sets the speaking order.' } },
    });
    await meetingStep('hana', { type: 'set-speaking-order', order: ['grace', 'dev', 'amara', 'hana'] });
    expect((await read('dev')).meeting.speakingOrder).toEqual(['grace', 'dev', 'amara', 'hana']);
  });

  it('answers the GET with whose turn it is, the caller’s steps, whether the caller leads the meeting and, under `now`, the server’s time and each item’s clock', async () => {
    await meetingStep('hana', { type: 'open-check-in' });
    const body = await read('dev');
    expect(body.turn).toEqual({ personId: 'grace', round: 'check-in', itemId: null, position: 1, of: 4 });
    expect(body.steps).toEqual(['add-agenda-item', 'check-in']);
    expect(Object.keys(body).sort()).toEqual(['leads', 'mayPlan', 'meeting', 'now', 'steps', 'turn']);
    expect(body.mayPlan).toBe(true);
    expect(body.leads).toBe(false);
    expect((await read('hana')).leads).toBe(true);
    expect(Number.isNaN(Date.parse(body.now.serverNow))).toBe(false);
    expect(body.now.clocks.families).toEqual({ elapsedMs: 0, remainingMs: 600_000, over: false, running: false });
    const again = await read('dev');
    expect({ ...again, now: null }).toEqual({ ...body, now: null });
  });

  it('stores two check-ins sent at the same moment, both once, and a step sent twice with one operation id once', async () => {
    const [grace, dev] = await Promise.all([
      meetingStep('grace', { type: 'check-in', text: 'Rested for once.' }),
      meetingStep('dev', { type: 'check-in', text: 'Busy week.' }),
    ]);
    expect([grace.replayed, dev.replayed]).toEqual([false, false]);
    const headers = { 'Operation-Id': 'amara-check-in-1' };
    const [first, second] = await Promise.all([
      meetingStep('amara', { type: 'check-in', text: 'Glad to be here.' }, headers),
      meetingStep('amara', { type: 'check-in', text: 'Glad to be here.' }, headers),
    ]);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    const after = await read('hana');
    expect(after.meeting.checkIns).toEqual({ grace: 'Rested for once.', dev: 'Busy week.', amara: 'Glad to be here.' });
    expect(after.meeting.round.spoken.sort()).toEqual(['amara', 'dev', 'grace']);
    expect(after.turn).toMatchObject({ personId: 'hana', position: 4 });
    const history = (await call('GET', `${meeting}/history?pageSize=100`, 'hana')).body;
    expect(history.history.filter((event: { type: string }) => event.type === 'checked-in')).toHaveLength(3);
  });

  it('passes a turn once when the speaker and the facilitator pass it at the same moment', async () => {
    const replies = await Promise.all([
      call('POST', `${meeting}/steps`, 'hana', { type: 'pass-turn', personId: 'hana' }),
      call('POST', `${meeting}/steps`, 'hana', { type: 'pass-turn', personId: 'hana' }),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    expect(replies.find((reply) => reply.status === 409)?.body.error.code).toBe('not-their-turn');
    expect((await read('hana')).turn).toBeNull();
  });

  it('tells the circle’s chat once that the meeting is under way, with its agenda and time boxes, when the agenda is consented', async () => {
    const from = connector().calls.length;
    const headers = { 'Operation-Id': 'hana-consent-agenda-1' };
    expect(await meetingStep('hana', { type: 'consent-to-agenda' }, headers)).toMatchObject({ replayed: false });
    expect(await meetingStep('hana', { type: 'consent-to-agenda' }, headers)).toMatchObject({ replayed: true });
    const posted = postedSince(from);
    expect(posted).toHaveLength(1);
    const card = texts(cardOf(posted[0]));
    for (const words of [
      'Northside care team’s meeting is under way',
      '4 items, 70 minutes in all',
      '1. How the two new families are settling in (10 min)',
      '2. Rotate weekend shifts monthly (20 min)',
      '4. Cover over the holidays (15 min)',
    ]) {
      expect(card).toContain(words);
    }
    expect(allActions(cardOf(posted[0])).map((action) => action.title)).toEqual(['Open the meeting']);
    expect(openingOf(cardOf(posted[0]))).toEqual([`meeting/northside/${meetingId}`]);
  });

  it('keeps an item’s clock as moments: a paused clock reads the same at any later moment', async () => {
    await meetingStep('hana', { type: 'start-item', itemId: 'weekend-rota' });
    const running = await read('amara');
    expect(running.now.clocks['weekend-rota']).toMatchObject({ running: true, over: false });
    expect(running.meeting.currentItemId).toBe('weekend-rota');
    await meetingStep('hana', { type: 'pause-clock', itemId: 'weekend-rota' });
    const [one, two] = [await read('amara'), await read('grace')];
    expect(one.now.clocks['weekend-rota'].running).toBe(false);
    expect(two.now.clocks['weekend-rota'].elapsedMs).toBe(one.now.clocks['weekend-rota'].elapsedMs);
    await meetingStep('hana', { type: 'resume-clock', itemId: 'weekend-rota' });
    expect((await read('amara')).turn).toMatchObject({ personId: 'grace', round: 'item', itemId: 'weekend-rota' });
  });

  it('posts the minutes to the circle’s chat when the meeting closes, and keeps them in the logbook', async () => {
    await meetingStep('dev', {
      type: 'record-minutes',
      itemId: 'weekend-rota',
      notes: 'Grace’s worry about swaps was heard; the rota is adopted with a swap list.',
      decisionIds: ['weekend-rota'],
    });
    await meetingStep('hana', { type: 'open-evaluation' });
    await meetingStep('grace', { type: 'evaluate-meeting', rating: 5, comment: 'Calm.' });
    await meetingStep('dev', { type: 'evaluate-meeting', rating: 4 });
    const from = connector().calls.length;
    const closed = await meetingStep('hana', { type: 'close-meeting' });
    expect(closed.events).toEqual([expect.objectContaining({ type: 'meeting-closed', nextMeeting: null })]);
    const posted = connector().calls.slice(from) as ConnectorCall[];
    expect(posted.map((sent) => [sent.method, sent.conversationId])).toEqual([['POST', 'northside-chat']]);
    const card = texts(posted[0]?.activity.attachments?.[0]?.content);
    for (const words of [
      'Minutes: Northside care team, meeting of',
      'Rotate weekend shifts monthly',
      'the rota is adopted with a swap list',
      'Decided: Rotate weekend shifts monthly',
      '4.5 of 5, from 2 people',
      'Cover over the holidays',
    ]) {
      expect(card).toContain(words);
    }
    expect(openingOf(cardOf(posted[0]))).toEqual([`meeting/northside/${meetingId}`]);
    const logbook = (await call('GET', 'logbook?kind=minutes', 'chloe')).body;
    expect(logbook.entries).toEqual([
      expect.objectContaining({
        kind: 'minutes',
        id: meetingId,
        circleId: 'northside',
        status: 'held',
        title: expect.stringMatching(/^Minutes: Northside care team, meeting of \w{3} \d{1,2}, \d{4}$/),
      }),
    ]);
    // The minutes' title is kept as the core's words, so each reader reads it in their language.
    const dutch = (await call('GET', 'logbook?kind=minutes', 'chloe', undefined, { 'accept-language': 'nl' })).body;
    expect(dutch.entries[0].title).toMatch(/^Notulen: Northside care team, overleg van \d{1,2} \w+\.? \d{4}$/);
    expect(dutch.entries[0]).not.toHaveProperty('said');
    const found = (await call('GET', 'logbook?text=swap%20list', 'amara')).body;
    expect(found.entries.map((entry: { id: string }) => entry.id)).toContain(meetingId);
  });

  it('refuses every step of the run once the meeting is closed, naming the stage', async () => {
    const late = await call('POST', `${meeting}/steps`, 'farid', { type: 'join-meeting' });
    expect(late).toMatchObject({
      status: 409,
      body: { error: { code: 'wrong-stage', message: expect.stringContaining('The meeting is closed') } },
    });
    expect((await read('farid')).steps).toEqual([]);
  });

  it('keeps each step when telling the circle fails (the meeting under way, its minutes), and reports each failure', async () => {
    const other = 'circles/northside/meetings/northside-broken-chat';
    for (const [person, command] of [
      ['dev', { type: 'plan-meeting', scheduledFor: '2027-02-01T09:00:00.000Z', agenda: northsideAgenda }],
      ['hana', { type: 'open-check-in' }],
    ] as const) {
      expect((await call('POST', `${other}/steps`, person, command)).status).toBe(200);
    }
    const { services } = api();
    const reported: string[] = [];
    const quiet = async () => undefined;
    const down = async () => Promise.reject(new Error('the Bot Connector is down'));
    const broken: Notifier = { stepStored: quiet, remindAwaited: quiet, roundKeptOpen: quiet, minutesTaken: down, meetingUnderWay: down };
    const report = (message: string, error: unknown) => reported.push(`${message}: ${(error as Error).message}`);
    const take = async (type: string) => {
      const now = services.now();
      const request = {
        tenantId: 'riverside-dev',
        circleId: 'northside',
        id: 'northside-broken-chat',
        command: { type, meetingId: 'northside-broken-chat' },
        actor: as('hana'),
        now,
      };
      return runRecordStep(services.meetings, meetingKind, request, undefined, undefined, {
        sources: services,
        tenantId: 'riverside-dev',
        now,
        notifier: broken,
        report,
      });
    };
    const underWay = await take('consent-to-agenda');
    expect(underWay.ok && underWay.value.record.status).toBe('in-progress');
    const closed = await take('close-meeting');
    expect(closed.ok && closed.value.record.status).toBe('closed');
    const failure =
      'People could not be told of a step of meeting northside-broken-chat in tenant riverside-dev; the step is stored: the Bot Connector is down';
    expect(reported).toEqual([failure, failure]);
    expect((await call('GET', other, 'amara')).body.meeting.status).toBe('closed');
  });

  it('tells from the circle’s list whether the caller may plan a meeting of it: its members, guests too, and no one else', async () => {
    for (const [person, may] of [
      ['grace', true],
      ['farid', true],
      ['ben', false],
      ['admin', false],
    ] as const) {
      const { status, body } = await call('GET', 'circles/northside/meetings', person);
      expect(status).toBe(200);
      expect(body.mayPlan).toBe(may);
    }
  });
});
