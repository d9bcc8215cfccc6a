import type { Actor, Structure } from '../../shared';
import { Selection, selectionInbox } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import { readInbox } from '../../functions/application/read-inbox';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { runRecordStep } from '../../functions/application/run-record-step';
import { selectionKind } from '../../functions/application/record-kinds';
import { inboxPrefix, inboxProjectedMarker } from '../../functions/storage/inbox-projection';
import { InboxStore } from '../../functions/storage/inbox-store';
import { governancePartition, quoted, rowsUnder } from '../../functions/storage/keys';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { RecordStore } from '../../functions/storage/record-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { careCoop } from '../support/care-coop';
import { now } from '../support/clock';
import { governanceTable } from '../support/governance-table';
import { admin, as } from '../support/people';
import { rotaProposal, toConsentRound } from '../support/proposals';
import { northsideDelegate } from '../support/selection-flow';
import { memberOf } from '../support/structure-builders';
import { wordsOf } from '../support/refusal-words';

const governance = governanceTable();

/** The care co-op with `extra` more carers in Northside. */
function coopWith(extra: number): Structure {
  const coop = careCoop();
  const northside = coop.circles.northside;
  if (!northside) throw new Error('the care co-op has a northside circle');
  const carers = Array.from({ length: extra }, (_, i) => memberOf(`carer-${i}`));
  return { ...coop, circles: { ...coop.circles, northside: { ...northside, members: [...northside.members, ...carers] } } };
}

async function organisation(tenantId: string, extra = 0) {
  const structures = new StructureStore(governance.table);
  expect(await structures.save(await structures.load(tenantId), coopWith(extra))).toBe(true);
}

async function step(tenantId: string, command: object, actor: Actor | string) {
  const result = await runProposalStep(new ProposalStore(governance.table), {
    tenantId,
    circleId: 'northside',
    command: { proposalId: rotaProposal.proposalId, ...command },
    actor: typeof actor === 'string' ? as(actor) : actor,
    now,
  });
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
}

async function roundOpen(tenantId: string) {
  for (const [command, actor] of toConsentRound(rotaProposal)) {
    await step(tenantId, command, actor);
  }
}

/** The inbox rows stored for a tenant, as `person|kind|id`. */
async function inboxRows(tenantId: string): Promise<string[]> {
  const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${rowsUnder(inboxPrefix)}`;
  const keys: string[] = [];
  for await (const entity of governance.table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }))
    keys.push((entity.rowKey as string).slice(inboxPrefix.length + 1));
  return keys;
}

/** As a tenant whose records predate the inbox: no inbox rows and no marker. */
async function forgetInboxes(tenantId: string) {
  const partitionKey = governancePartition(tenantId);
  for (const rowKey of [...(await inboxRows(tenantId)).map((rest) => `${inboxPrefix}|${rest}`), inboxProjectedMarker])
    await governance.table.deleteEntity(partitionKey, rowKey);
}

/** A step of Northside's delegate selection, through a store that keeps inboxes as the app's does. */
async function selectionStep(tenantId: string, command: object, by: string) {
  const store = new RecordStore(governance.table, 'selection', Selection, selectionInbox);
  const { selectionId } = northsideDelegate;
  const result = await runRecordStep(store, selectionKind, {
    tenantId,
    circleId: 'northside',
    id: selectionId,
    command: { ...command, selectionId },
    actor: as(by),
    now,
  });
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
}

const startDelegate = { type: 'start-selection', circleId: 'northside', roleId: 'delegate', termStart: '2027-01-01' };
const delegateRows = (people: readonly string[]) => people.map((person) => `${person}|selection|${northsideDelegate.selectionId}`);

async function leaves(tenantId: string, personId: string) {
  const left = await changeStructure(
    new StructureStore(governance.table),
    tenantId,
    { type: 'remove-member', circleId: 'northside', personId },
    admin,
    now,
  );
  expect(left.ok).toBe(true);
}

const ports = () => ({ ...governance.ports(), inbox: new InboxStore(governance.table) });
const ids = async (tenantId: string, person: string) =>
  (await readInbox(ports(), tenantId, person, now)).awaiting.map((entry) => `${entry.kind}|${entry.id}`);

describe('inbox rows kept beside the records (real Azurite)', () => {
  it('a round of 300 members keeps a row for each, written past the 100 actions of a transaction, and its withdrawal removes them all', async () => {
    await organisation('inbox-crowd', 295);
    await roundOpen('inbox-crowd');
    expect(await inboxRows('inbox-crowd')).toHaveLength(300);
    await step('inbox-crowd', { type: 'answer', answer: { kind: 'consent' } }, 'carer-7');
    expect(await inboxRows('inbox-crowd')).toHaveLength(299);
    expect(await ids('inbox-crowd', 'carer-7')).toEqual([]);
    expect(await ids('inbox-crowd', 'carer-8')).toEqual(['proposal|weekend-rota']);
    await step('inbox-crowd', { type: 'withdraw-proposal', reason: 'The hub is deciding rotas for every team.' }, 'dev');
    expect(await inboxRows('inbox-crowd')).toEqual([]);
  }, 120_000);

  it('a tenant whose records predate the inbox is projected on its first read, and an answer meanwhile is still stored', async () => {
    await organisation('inbox-legacy');
    await roundOpen('inbox-legacy');
    await forgetInboxes('inbox-legacy');
    // The answer's delete of a row never written would fail its transaction: it is sent again without it.
    await step('inbox-legacy', { type: 'answer', answer: { kind: 'consent' } }, 'amara');
    expect(await ids('inbox-legacy', 'dev')).toEqual(['proposal|weekend-rota']);
    expect((await inboxRows('inbox-legacy')).sort()).toEqual([
      'dev|proposal|weekend-rota',
      'farid|proposal|weekend-rota',
      'grace|proposal|weekend-rota',
      'hana|proposal|weekend-rota',
    ]);
    expect(await ids('inbox-legacy', 'amara')).toEqual([]);
  }, 60_000);

  it('the rebuild projects selections too, and leaves no row a record no longer backs', async () => {
    await organisation('inbox-rebuild');
    const selections = new RecordStore(governance.table, 'selection', Selection);
    const started = await runRecordStep(selections, selectionKind, {
      tenantId: 'inbox-rebuild',
      circleId: 'northside',
      id: northsideDelegate.selectionId,
      command: {
        type: 'start-selection',
        selectionId: northsideDelegate.selectionId,
        circleId: 'northside',
        roleId: 'delegate',
        termStart: '2027-01-01',
      },
      actor: as('dev'),
      now,
    });
    if (!started.ok) throw new Error(`${started.error.code}: ${wordsOf(started.error)}`);
    // Written by a store that keeps no inbox: only the rebuild can find what it awaits.
    expect(await inboxRows('inbox-rebuild')).toEqual([]);
    const partitionKey = governancePartition('inbox-rebuild');
    await governance.table.deleteEntity(partitionKey, inboxProjectedMarker);
    await governance.table.upsertEntity({ partitionKey, rowKey: `${inboxPrefix}|amara|proposal|long-gone`, chunks: 1, d0: '{}' });
    expect(await ids('inbox-rebuild', 'grace')).toEqual([`selection|${northsideDelegate.selectionId}`]);
    expect((await inboxRows('inbox-rebuild')).sort()).toEqual(
      ['amara', 'dev', 'farid', 'grace', 'hana'].map((p) => `${p}|selection|${northsideDelegate.selectionId}`),
    );
  }, 60_000);

  it('a member who left the selecting circle between two steps of a selection loses its row at the next step', async () => {
    await organisation('inbox-left');
    await selectionStep('inbox-left', startDelegate, 'dev');
    expect((await inboxRows('inbox-left')).sort()).toEqual(delegateRows(['amara', 'dev', 'farid', 'grace', 'hana']));
    await leaves('inbox-left', 'farid');
    await selectionStep(
      'inbox-left',
      { type: 'nominate', nominee: 'dev', reason: 'Dev already takes our rota questions to the hub.' },
      'amara',
    );
    expect((await inboxRows('inbox-left')).sort()).toEqual(delegateRows(['dev', 'grace', 'hana']));
  }, 60_000);

  it('a step whose transaction meets a row already gone still removes the rows that are there', async () => {
    await organisation('inbox-gone');
    await selectionStep('inbox-gone', startDelegate, 'dev');
    await leaves('inbox-gone', 'farid');
    // As a rebuild leaves it: the row of one who left is gone, though the selection still names it.
    await governance.table.deleteEntity(governancePartition('inbox-gone'), `${inboxPrefix}|${delegateRows(['farid'])[0]}`);
    await selectionStep(
      'inbox-gone',
      { type: 'nominate', nominee: 'dev', reason: 'Dev already takes our rota questions to the hub.' },
      'amara',
    );
    expect((await inboxRows('inbox-gone')).sort()).toEqual(delegateRows(['dev', 'grace', 'hana']));
  }, 60_000);
});
