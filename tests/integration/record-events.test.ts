import type { TableClient } from '@azure/data-tables';
import type { ZodType } from 'zod';
import type { Meeting, Selection } from '../../shared';
import { Meeting as MeetingSchema, MeetingEvent, Selection as SelectionSchema, SelectionEvent, StructureEvent } from '../../shared';
import { meetingKind, selectionKind } from '../../functions/application/record-kinds';
import { runRecordStep } from '../../functions/application/run-record-step';
import { EventHistory } from '../../functions/storage/event-history';
import { RecordStore } from '../../functions/storage/record-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { ensureTable, tableClient } from '../../functions/storage/table-storage';
import { unwrap } from '../support/apply';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { now } from '../support/clock';
import { northsideAgenda } from '../support/meeting-flow';
import { as } from '../support/people';
import { northsideDelegate, startCommand } from '../support/selection-flow';

let azurite: RunningAzurite;
let table: TableClient;

beforeAll(async () => {
  azurite = await startAzurite();
  table = tableClient(azurite.connectionString, 'records');
  await ensureTable(table);
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

const selectionId = northsideDelegate.selectionId;

async function seeded(tenantId: string) {
  const structures = new StructureStore(table);
  expect(await structures.save(await structures.load(tenantId), careCoop())).toBe(true);
  const selections = new RecordStore<Selection>(table, 'selection', SelectionSchema);
  const meetings = new RecordStore<Meeting>(table, 'meeting', MeetingSchema);
  const select = (command: object, by: string, operationId?: string) =>
    runRecordStep(selections, selectionKind, {
      tenantId,
      circleId: 'northside',
      id: selectionId,
      command: { ...command, selectionId },
      actor: as(by),
      now,
      ...(operationId ? { operationId } : {}),
    });
  const meet = (command: object, by: string) =>
    runRecordStep(meetings, meetingKind, {
      tenantId,
      circleId: 'northside',
      id: 'northside-2027-01-15',
      command: { ...command, meetingId: 'northside-2027-01-15' },
      actor: as(by),
      now,
    });
  return { select, meet };
}

const page = async <E>(tenantId: string, aggregate: 'selection' | 'meeting' | 'circle', id: string, schema: ZodType<E>) =>
  (await new EventHistory(table).page(tenantId, aggregate, id, schema, 100))?.events ?? [];

describe('selections and meetings keep their events (real Azurite)', () => {
  it('keeps a changed nomination beside the first, and the term a selection records in the circle’s history', async () => {
    const { select } = await seeded('tenant-selection');
    unwrap(await select(startCommand(northsideDelegate), 'dev'));
    unwrap(await select({ type: 'nominate', nominee: 'grace', reason: 'Grace hears the people we support.' }, 'amara'));
    unwrap(await select({ type: 'nominate', nominee: 'dev', reason: 'Dev reports back from the hub.' }, 'amara', 'op-amara'));
    expect(
      unwrap(await select({ type: 'nominate', nominee: 'dev', reason: 'Dev reports back from the hub.' }, 'amara', 'op-amara')).replayed,
    ).toBe(true);
    for (const [nominator, [nominee, reason]] of Object.entries(northsideDelegate.nominations).filter(([name]) => name !== 'amara')) {
      unwrap(await select({ type: 'nominate', nominee, reason }, nominator));
    }
    unwrap(await select({ type: 'close-nominations' }, 'hana'));
    unwrap(await select({ type: 'propose-candidate', candidate: 'dev', reasoning: northsideDelegate.reasoning }, 'hana'));
    for (const member of ['amara', 'farid', 'grace', 'hana', 'dev'])
      unwrap(await select({ type: 'answer', answer: { kind: 'consent' } }, member));
    unwrap(await select({ type: 'close-consent-round' }, 'hana'));

    const events = await page('tenant-selection', 'selection', selectionId, SelectionEvent);
    const amaras = events.filter((event) => event.type === 'nominated' && event.by === 'amara');
    expect(amaras.map((event) => event.type === 'nominated' && event.nominee)).toEqual(['grace', 'dev']);
    expect(events[0]?.type).toBe('selection-started');
    expect(events.filter((event) => event.type === 'answer-given')).toHaveLength(5);
    expect(events.at(-1)?.type).toBe('role-holder-selected');
    const circle = await page('tenant-selection', 'circle', 'northside', StructureEvent);
    expect(circle.map((event) => [event.type, event.by])).toEqual([
      ['term-ended', null],
      ['role-assigned', null],
    ]);
  });

  it('keeps a meeting’s steps, with who took them, and nothing of a refused one', async () => {
    const { meet } = await seeded('tenant-meeting');
    unwrap(await meet({ type: 'plan-meeting', scheduledFor: '2027-01-15T09:00:00.000Z', agenda: northsideAgenda }, 'dev'));
    unwrap(await meet({ type: 'open-check-in' }, 'hana'));
    unwrap(await meet({ type: 'check-in', text: 'Tired but glad to be here.' }, 'amara'));
    expect((await meet({ type: 'check-in', text: 'Not a member.' }, 'ben')).ok).toBe(false);
    const events = await page('tenant-meeting', 'meeting', 'northside-2027-01-15', MeetingEvent);
    expect(events.map((event) => [event.type, event.by])).toEqual([
      ['meeting-planned', 'dev'],
      ['check-in-opened', 'hana'],
      ['checked-in', 'amara'],
    ]);
  });
});
