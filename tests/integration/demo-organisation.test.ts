import { dayOf, doubleLinkViolations, dueReviews, healthReport, openReviews, overdueReviews, roleLoads } from '../../shared';
import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import { demoStructure, demoTenant, seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { joinProposal } from '../../functions/storage/proposal-rows';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { now } from '../support/clock';

/** Seeding writes the demo's half year step by step, each with its events and logbook rows: on a busy machine that is seconds. */
const seedingTimeout = 60_000;

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('the demo organisation of the local stack', () => {
  it('is a hub and four circles, correctly double-linked, with nobody over the role limit', () => {
    const structure = demoStructure(now);
    const circles = Object.values(structure.circles);
    expect(circles.filter((c) => c.parentId === null).map((c) => c.circleId)).toEqual(['hub']);
    expect(circles.filter((c) => c.parentId === 'hub')).toHaveLength(4);
    expect(doubleLinkViolations(structure, dayOf(now))).toEqual([]);
    expect(roleLoads(structure, dayOf(now)).filter((load) => load.overLimit)).toEqual([]);
  });

  it('has one role term due for review', () => {
    const due = dueReviews(openReviews(demoStructure(now), [], dayOf(now)));
    expect(due.map((review) => [review.circleId, review.subjectId, review.status])).toEqual([['training', 'training-facilitator', 'due']]);
  });

  it(
    'is seeded once into an empty store, with an open consent round in Northside',
    async () => {
      const services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
      expect(await seedDemoOrganisation(services, now)).toBe(true);
      expect(await seedDemoOrganisation(services, now)).toBe(false);
      const loaded = await services.proposals.load(demoTenant, 'northside', 'weekend-rota');
      const proposal =
        loaded.header &&
        joinProposal(
          loaded.header.proposal,
          [...loaded.rows.values()].map((stored) => stored.row),
        );
      expect(proposal).toMatchObject({ status: 'consent-round', round: { answers: { amara: { kind: 'consent' } } } });
    },
    seedingTimeout,
  );

  it(
    'has a selection for Training’s next facilitator under way and a Northside meeting planned',
    async () => {
      const services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
      const [selection] = await services.selections.loadAll(demoTenant);
      expect(selection).toMatchObject({ circleId: 'training', roleId: 'facilitator', status: 'nominations', startedBy: 'kemi' });
      expect(Object.keys(selection?.nominations ?? {})).toEqual(['hana']);
      const [meeting] = await services.meetings.loadAll(demoTenant);
      expect(meeting).toMatchObject({ circleId: 'northside', status: 'planned', plannedBy: 'dev' });
      expect(meeting?.agenda.map((item) => item.subjectId)).toEqual([null, 'weekend-rota']);
    },
    seedingTimeout,
  );

  it(
    'has half a year of decisions behind it: one or more a month, an objection integrated, one withdrawn, one review overdue',
    async () => {
      const services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
      const proposals = await services.proposals.loadAll(demoTenant);
      const statuses = Object.fromEntries(proposals.map((p) => [p.proposalId, p.status]));
      expect(statuses).toEqual({
        'travel-time': 'adopted',
        'petty-cash': 'adopted',
        'key-safe-codes': 'adopted',
        'shift-notes': 'adopted',
        uniforms: 'withdrawn',
        'shadow-shifts': 'adopted',
        'guests-welcome': 'adopted',
        'weekend-rota': 'consent-round',
      });
      const keySafe = proposals.find((p) => p.proposalId === 'key-safe-codes');
      expect(keySafe?.objections.map((o) => [o.objector, o.status])).toEqual([['farid', 'integrated']]);
      const structure = (await services.structures.load(demoTenant)).structure;
      const overdue = overdueReviews(openReviews(structure, proposals, dayOf(now)));
      expect(overdue.map((review) => review.subjectId)).toEqual(['travel-time']);
      const { trend } = healthReport({ structure, proposals, selections: [], meetings: [] }, now);
      expect(trend.map((month) => month.decided)).toEqual([1, 1, 1, 1, 1, 1]);
    },
    seedingTimeout,
  );
});
