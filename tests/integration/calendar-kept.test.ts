import type { TableClient } from '@azure/data-tables';
import ICAL from 'ical.js';
import type { CalendarRecord } from '../../shared';
import { calendarEntries, dayOf } from '../../shared';
import { readSettings } from '../../functions/composition/config';
import { createServices, governanceTable, type Services } from '../../functions/composition/services';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import type { FeedScope } from '../../functions/application/ports/feed-token-repository';
import { toProperties } from '../../functions/storage/entity-codec';
import { key } from '../../functions/storage/keys';
import { tableClient, type RoundTrips } from '../../functions/storage/table-storage';
import { adoptInNorthside } from '../support/adopted-decision';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { northsideAgenda } from '../support/meeting-flow';
import { daysFromNow, now } from '../support/clock';

/**
 * Calendars kept on write: each change brings in step the calendars of the circles
 * it touched, and a feed reads only its circles' kept records. Real Azurite, the
 * dev host over HTTP, decisions adopted through the command handler as the routes do.
 */
const tenant = 'riverside-dev';
const roundTrips: RoundTrips = { count: 0 };
let azurite: RunningAzurite;
let host: DevHost;
let services: Services;
/** The governance table without the count, for what the test itself writes. */
let table: TableClient;

beforeAll(async () => {
  azurite = await startAzurite();
  services = await createServices(
    readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev', ORGANISATION_ADMINS: `${tenant}:admin` }),
    { roundTrips },
  );
  table = tableClient(azurite.connectionString, governanceTable);
  for (const tenantId of [tenant, 'hillside-dev']) await services.structures.save(await services.structures.load(tenantId), careCoop());
  host = await serveRoutes(
    routes(async () => ({ ...services, now: () => clock })),
    0,
  );
}, 30_000);

afterAll(async () => {
  await host?.close();
  await azurite?.stop();
});

let clock = now;

async function adopt(proposalId: string, reviewOf: object | null, at: string): Promise<void> {
  clock = at;
  await adoptInNorthside(
    table,
    tenant,
    { proposalId, title: `Weekend rota ${proposalId}`, reviewDate: '2027-06-01', reviewOf, at },
    { sources: services, tenantId: tenant },
  );
}

async function feedOf(tenantId: string, scope: FeedScope): Promise<Map<string, ICAL.Event>> {
  const token = await services.feeds.tokenFor(tenantId, scope);
  const response = await fetch(`${host.url}/calendar/${token}.ics`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`the feed answered ${response.status}: ${text}`);
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return new Map(events.map((event) => [event.uid.replace(/@.*$/, ''), event]));
}

const northside: FeedScope = { kind: 'circle', circleId: 'northside', personId: 'hana' };
const statusOf = (event: ICAL.Event | undefined) => event?.component.getFirstPropertyValue('status');

describe('calendars kept on write (real Azurite)', () => {
  it('a feed after an adoption shows the decision’s review, and a decision that reviews it cancels that review at a higher SEQUENCE', async () => {
    await adopt('rota', null, daysFromNow(1));
    const adopted = await feedOf(tenant, northside);
    expect([adopted.get('review.decision.northside.rota')?.sequence, statusOf(adopted.get('review.decision.northside.rota'))]).toEqual([
      0,
      'CONFIRMED',
    ]);

    await adopt('rota-again', { kind: 'decision', proposalId: 'rota' }, daysFromNow(2));
    const reviewed = await feedOf(tenant, northside);
    const held = reviewed.get('review.decision.northside.rota');
    expect([held?.sequence, statusOf(held)]).toEqual([1, 'CANCELLED']);
    expect([
      reviewed.get('review.decision.northside.rota-again')?.sequence,
      statusOf(reviewed.get('review.decision.northside.rota-again')),
    ]).toEqual([0, 'CONFIRMED']);
    // Hana's own calendar learns both, from the same kept records.
    const hanas = await feedOf(tenant, { kind: 'person', personId: 'hana' });
    expect([hanas.get('review.decision.northside.rota')?.sequence, statusOf(hanas.get('review.decision.northside.rota'))]).toEqual([
      1,
      'CANCELLED',
    ]);
    expect(hanas.has('review.decision.northside.rota-again')).toBe(true);
  }, 30_000);

  it('an adoption brings in step only its own circle’s calendar, reading no other circle’s nor the organisation’s records', async () => {
    await feedOf(tenant, northside);
    const finance = async () => (await services.calendar.circle(tenant, 'finance')).records;
    const financeBefore = await finance();
    expect(financeBefore.length).toBeGreaterThan(0);
    const circle = jest.spyOn(services.calendar, 'circle');
    const everyCircle = jest.spyOn(services.calendar, 'everyCircle');
    const wholeReads = [
      jest.spyOn(services.structures, 'load'),
      jest.spyOn(services.proposals, 'loadAll'),
      jest.spyOn(services.meetings, 'loadAll'),
      jest.spyOn(services.selections, 'loadAll'),
    ];
    try {
      await adopt('handover', null, daysFromNow(3));
      expect(everyCircle).not.toHaveBeenCalled();
      expect(new Set(circle.mock.calls.map(([, circleId]) => circleId))).toEqual(new Set(['northside']));
      for (const read of wholeReads) expect(read).not.toHaveBeenCalled();
    } finally {
      for (const spy of [circle, everyCircle, ...wholeReads]) spy.mockRestore();
    }
    expect(await finance()).toEqual(financeBefore);
  }, 30_000);

  it('a meeting planned over HTTP is in its circle’s feed at once, and a consented agenda that runs longer moves its end at a higher SEQUENCE', async () => {
    const steps = 'circles/northside/meetings/kept-meeting/steps';
    const post = async (as: string, command: object) => {
      const response = await fetch(`${host.url}/${steps}`, {
        method: 'POST',
        headers: { 'x-dev-person': as, 'content-type': 'application/json' },
        body: JSON.stringify(command),
      });
      expect([command, response.status]).toEqual([command, 200]);
    };
    const entryId = 'meeting.northside.kept-meeting';
    clock = daysFromNow(3);
    await post('dev', { type: 'plan-meeting', scheduledFor: '2026-12-10T09:00:00.000Z', agenda: northsideAgenda.slice(0, 1) });
    const planned = (await feedOf(tenant, northside)).get(entryId);
    expect([planned?.sequence, planned?.startDate.toString(), planned?.endDate.toString()]).toEqual([
      0,
      '2026-12-10T09:00:00Z',
      '2026-12-10T09:30:00Z',
    ]);

    await post('hana', { type: 'open-check-in' });
    await post('hana', { type: 'consent-to-agenda', agenda: northsideAgenda });
    const consented = (await feedOf(tenant, northside)).get(entryId);
    expect([consented?.sequence, consented?.endDate.toString()]).toEqual([1, '2026-12-10T09:55:00Z']);
  }, 30_000);

  it('a feed loads no proposal, selection or meeting, and its round trips stay the same however many decisions the circle holds', async () => {
    const hanas: FeedScope = { kind: 'person', personId: 'hana' };
    // Once kept by circle (a first feed repairs a tenant that is not), a feed's cost is its own.
    await Promise.all([feedOf(tenant, northside), feedOf(tenant, hanas)]);
    const tripsOf = async (scope: FeedScope) => {
      const before = roundTrips.count;
      const events = await feedOf(tenant, scope);
      return { trips: roundTrips.count - before, events: events.size };
    };
    const loads = [
      jest.spyOn(services.proposals, 'loadAll'),
      jest.spyOn(services.selections, 'loadAll'),
      jest.spyOn(services.meetings, 'loadAll'),
    ];
    try {
      const [circleBefore, personBefore] = [await tripsOf(northside), await tripsOf(hanas)];
      for (let n = 0; n < 8; n += 1) await adopt(`rota-${n}`, null, daysFromNow(4));
      for (const load of loads) load.mockClear();
      const [circleAfter, personAfter] = [await tripsOf(northside), await tripsOf(hanas)];
      expect(circleAfter).toEqual({ trips: circleBefore.trips, events: circleBefore.events + 8 });
      expect(personAfter).toEqual({ trips: personBefore.trips, events: personBefore.events + 8 });
      for (const load of loads) expect(load).not.toHaveBeenCalled();
    } finally {
      for (const load of loads) load.mockRestore();
    }
  }, 60_000);
});

describe('two writers of one circle’s calendar', () => {
  it('refuses a write decided on a calendar read before another writer’s, and writes nothing of it', async () => {
    await feedOf(tenant, northside);
    const first = await services.calendar.circle(tenant, 'finance');
    const second = await services.calendar.circle(tenant, 'finance');
    const [record] = first.records.map((stored) => stored.record);
    if (!first.holder || !record) throw new Error('Finance’s calendar is not kept');
    const changed = (title: string) => [
      { ...record, entry: { ...record.entry, title }, sequence: record.sequence + 1, changedAt: daysFromNow(5) },
    ];
    expect(await services.calendar.save(tenant, first, first.holder, changed('Review: first writer'))).toBe(true);
    expect(await services.calendar.save(tenant, second, second.holder ?? first.holder, changed('Review: second writer'))).toBe(false);
    const kept = (await services.calendar.circle(tenant, 'finance')).records.find(
      (stored) => stored.record.entry.entryId === record.entry.entryId,
    );
    expect([kept?.record.entry.title, kept?.record.sequence]).toEqual(['Review: first writer', record.sequence + 1]);
  });

  it('two adoptions in one circle at once both reach its calendar, each review once', async () => {
    await Promise.all(['weekend-pairs', 'night-pairs'].map((proposalId) => adopt(proposalId, null, daysFromNow(6))));
    const feed = await feedOf(tenant, northside);
    for (const proposalId of ['weekend-pairs', 'night-pairs']) {
      const review = feed.get(`review.decision.northside.${proposalId}`);
      expect([proposalId, review?.sequence, statusOf(review)]).toEqual([proposalId, 0, 'CONFIRMED']);
    }
  }, 60_000);
});

describe('a tenant whose calendar was kept as one list', () => {
  const legacyTenant = 'hillside-dev';
  const partitionKey = key(legacyTenant, 'calendar');

  it('keeps each record’s SEQUENCE and Outlook event when the first feed moves them under their circles, and cancels what is no longer there', async () => {
    const wanted = calendarEntries(careCoop(), [], [], dayOf(now));
    const gone = {
      ...(wanted.find((entry) => entry.circleId === 'northside') as CalendarRecord['entry']),
      entryId: 'review.decision.northside.old-rota',
      subject: { kind: 'decision' as const, proposalId: 'old-rota' },
    };
    const records: CalendarRecord[] = [...wanted, gone].map((entry) => ({ entry, sequence: 3, cancelled: false, changedAt: now }));
    for (const record of records) {
      const outlook = { outlookEventId: `event-${record.entry.entryId}`, outlookSequence: 3, outlookCancelledEventId: '' };
      await table.createEntity({ partitionKey, rowKey: key(record.entry.entryId), ...toProperties(record), ...outlook });
    }

    clock = daysFromNow(1);
    const feed = await feedOf(legacyTenant, { kind: 'circle', circleId: 'northside', personId: 'hana' });
    const northside = wanted.filter((entry) => entry.circleId === 'northside').map((entry) => entry.entryId);
    expect([...feed.keys()].sort()).toEqual([...northside, gone.entryId].sort());
    for (const entryId of northside)
      expect([entryId, feed.get(entryId)?.sequence, statusOf(feed.get(entryId))]).toEqual([entryId, 3, 'CONFIRMED']);
    expect([feed.get(gone.entryId)?.sequence, statusOf(feed.get(gone.entryId))]).toEqual([4, 'CANCELLED']);

    const kept = await services.calendar.everyCircle(legacyTenant);
    expect(kept.some((circle) => circle.unmoved)).toBe(false);
    const stored = kept.flatMap((circle) => circle.records);
    expect(stored).toHaveLength(records.length);
    for (const { record, outlook } of stored)
      expect(outlook).toEqual({ eventId: `event-${record.entry.entryId}`, sequence: 3, cancelledEventId: null });
    expect(await services.calendar.keptByCircle(legacyTenant)).toBe(true);
  }, 30_000);
});
