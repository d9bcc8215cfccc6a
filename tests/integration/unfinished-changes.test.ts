import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { repairKeptRows } from '../../functions/application/repair-kept-rows';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { fromProperties } from '../../functions/storage/entity-codec';
import { governancePartition, quoted } from '../../functions/storage/keys';
import { InboxStore } from '../../functions/storage/inbox-store';
import { memberOfKey } from '../../functions/storage/logbook-projection';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { unfinishedPartition } from '../../functions/storage/unfinished-changes';
import type { Structure } from '../../shared';
import { structureDecider } from '../../shared';
import { step } from '../support/apply';
import { careCoop } from '../support/care-coop';
import { governanceTable } from '../support/governance-table';
import { admin, as } from '../support/people';
import { rotaProposal } from '../support/proposals';
import { wordsOf } from '../support/refusal-words';

const governance = governanceTable();
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** The care co-op with an assembly of 150 members: saving it keeps more rows than one transaction holds. */
function withAssembly(tenantId: string): Structure {
  let structure = step(
    structureDecider,
    careCoop(),
    {
      type: 'create-circle',
      circleId: 'assembly',
      name: `Assembly of ${tenantId}`,
      aim: 'Everyone heard',
      domain: 'The yearly plan',
      parentId: 'hub',
    },
    admin,
  );
  for (let i = 1; i <= 150; i += 1) {
    const member = { personId: `p${String(i).padStart(3, '0')}`, displayName: `Member ${i}`, guest: false };
    structure = step(structureDecider, structure, { type: 'add-member', circleId: 'assembly', member }, admin);
  }
  return structure;
}

async function save(tenantId: string, next: (before: Structure) => Structure): Promise<boolean> {
  const structures = new StructureStore(governance.table);
  const loaded = await structures.load(tenantId);
  return structures.save(loaded, next(loaded.structure));
}

async function marks(): Promise<string[]> {
  const found: string[] = [];
  const filter = `PartitionKey eq ${quoted(unfinishedPartition)}`;
  for await (const entity of governance.table.listEntities({ queryOptions: { filter } })) found.push(entity.rowKey as string);
  return found;
}

async function circlesOf(tenantId: string, personId: string): Promise<string[] | null> {
  try {
    const row = await governance.table.getEntity<Record<string, unknown>>(governancePartition(tenantId), memberOfKey(personId));
    return (fromProperties(row) as { circles: string[] }).circles;
  } catch {
    return null;
  }
}

/** Refuses the nth transaction sent from now on, as an outage or a crash would cut a change short. */
function failingTransaction(n: number): PipelinePolicy {
  let sent = 0;
  return {
    name: 'cut-short',
    sendRequest: (request, next) => {
      if (request.url.includes('$batch')) sent += 1;
      if (request.url.includes('$batch') && sent === n) throw new Error('The connection was reset.');
      return next(request);
    },
  };
}

describe('a change too large for one transaction (real Azurite)', () => {
  it('keeps every row it changes, in several requests, and leaves no mark once done', async () => {
    expect(await save('u-large', () => careCoop())).toBe(true);
    expect(await save('u-large', () => withAssembly('u-large'))).toBe(true);
    for (const personId of ['p001', 'p150']) expect(await circlesOf('u-large', personId)).toEqual(['assembly']);
    expect(await marks()).toEqual([]);
  }, 60_000);

  it('cut short after its records, stays marked, and the repair timer rebuilds its kept rows from the records', async () => {
    expect(await save('u-cut', () => careCoop())).toBe(true);
    const policy = failingTransaction(2);
    governance.table.pipeline.addPolicy(policy);
    try {
      await expect(save('u-cut', () => withAssembly('u-cut'))).rejects.toThrow('The connection was reset.');
    } finally {
      governance.table.pipeline.removePolicy({ name: policy.name });
    }
    // The records are stored; the kept rows sent after them are not.
    expect(Object.keys((await new StructureStore(governance.table).load('u-cut')).structure.circles)).toContain('assembly');
    expect(await circlesOf('u-cut', 'p001')).toBeNull();
    expect(await marks()).toHaveLength(1);

    // A change may still be under way: a mark younger than ten minutes is left alone.
    expect(await repairKeptRows(governance.ports(), minutesFromNow(5))).toEqual({ tenants: 0 });
    expect(await repairKeptRows(governance.ports(), minutesFromNow(11))).toEqual({ tenants: 1 });
    for (const personId of ['p001', 'p150']) expect(await circlesOf('u-cut', personId)).toEqual(['assembly']);
    expect(await marks()).toEqual([]);
  }, 60_000);

  it('stored nothing when another writer came first, and leaves no mark', async () => {
    expect(await save('u-race', () => careCoop())).toBe(true);
    const structures = new StructureStore(governance.table);
    const stale = await structures.load('u-race');
    const small = {
      type: 'create-circle',
      circleId: 'assembly',
      name: 'Assembly',
      aim: 'Everyone heard',
      domain: 'The yearly plan',
      parentId: 'hub',
    };
    expect(await save('u-race', (before) => step(structureDecider, before, small, admin))).toBe(true);
    expect(await structures.save(stale, withAssembly('u-race'))).toBe(false);
    expect(await circlesOf('u-race', 'p001')).toBeNull();
    expect(await marks()).toEqual([]);
  }, 60_000);

  it('overtaken between its requests by an answer, stays marked, and the repair timer puts back what it overwrote', async () => {
    expect(await save('u-overtaken', () => careCoop())).toBe(true);
    expect(await save('u-overtaken', () => withAssembly('u-overtaken'))).toBe(true);
    const propose = async (command: object, person: string) => {
      const result = await runProposalStep(new ProposalStore(governance.table), {
        tenantId: 'u-overtaken',
        circleId: 'assembly',
        command: { ...command, proposalId: 'plan' },
        actor: as(person),
        now: minutesFromNow(0),
      });
      if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
    };
    await propose({ ...rotaProposal, title: 'The yearly plan' }, 'p001');
    await propose({ type: 'present-proposal' }, 'p001');
    for (const type of ['open-clarifying-questions', 'open-quick-reactions']) await propose({ type }, 'p001');
    // P002 answers after the round's records are stored and before the inboxes of its 150 members are.
    let batches = 0;
    let answering = false;
    const policy: PipelinePolicy = {
      name: 'overtaking',
      sendRequest: async (request, next) => {
        if (!answering && request.url.includes('$batch')) batches += 1;
        if (!answering && batches === 2) {
          answering = true;
          await propose({ type: 'answer', answer: { kind: 'consent' } }, 'p002');
        }
        return next(request);
      },
    };
    governance.table.pipeline.addPolicy(policy);
    try {
      await propose({ type: 'open-consent-round', options: { mode: 'sync' } }, 'p001');
    } finally {
      governance.table.pipeline.removePolicy({ name: policy.name });
    }
    expect(answering).toBe(true);
    const awaited = async (person: string) => {
      const kept = await new InboxStore(governance.table).awaiting('u-overtaken', person, '2026-12-01');
      return kept === 'unprojected' ? kept : kept.entries.map((entry) => entry.id);
    };
    // The round's inbox rows, sent after the answer, put back the one the answer removed.
    expect(await awaited('p002')).toEqual(['plan']);
    expect(await marks()).toHaveLength(1);
    expect(await repairKeptRows(governance.ports(), minutesFromNow(11))).toEqual({ tenants: 1 });
    expect(await awaited('p002')).toEqual([]);
    expect(await awaited('p003')).toEqual(['plan']);
    expect(await marks()).toEqual([]);
  }, 120_000);
});
