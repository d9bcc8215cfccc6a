/**
 * What a page of the logbook costs against a raw range query of the same rows, and
 * against loading every proposal (what the logbook did before it was kept on
 * write), on Azurite with a tenant of `DECISIONS` decided proposals (default 10,000).
 * Rows are written straight in transactions, in the shapes the stores write, so
 * seeding takes seconds; reads go through the stores.
 * REBUILD=1 also times a rebuild of the tenant's logbook from its records.
 * Run: npx tsc --outDir dist/bench-logbook && node dist/bench-logbook/bench/logbook-page.js
 */
import { TableClient, type TransactionAction } from '@azure/data-tables';
import type { Proposal } from '../shared';
import { LogbookQuery, Meeting, proposalDecider, Selection } from '../shared';
import { startAzuriteTables } from '../functions/dev/azurite';
import { readLogbook, reprojectLogbook } from '../functions/application/read-logbook';
import { toProperties } from '../functions/storage/entity-codec';
import { governancePartition, key, quoted } from '../functions/storage/keys';
import { decisionActions } from '../functions/storage/logbook-projection';
import { LogbookStore } from '../functions/storage/logbook-store';
import { ProposalStore } from '../functions/storage/proposal-store';
import { RecordStore } from '../functions/storage/record-store';
import { StructureStore } from '../functions/storage/structure-store';
import { ensureTable } from '../functions/storage/table-storage';
import { step } from '../tests/support/apply';
import { careCoop } from '../tests/support/care-coop';
import { as } from '../tests/support/people';
import { rotaProposal } from '../tests/support/proposals';

const decisions = Number(process.env.DECISIONS ?? 10_000);
const runs = 21;
const tenantId = 'bench';

async function timed(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.ceil(runs * 0.95) - 1] ?? 0 };
}

/** A withdrawn proposal, drafted and withdrawn on days spread over about five years. */
function withdrawn(i: number): Proposal {
  const at = new Date(Date.UTC(2022, 0, 1) + (i * (5 * 365 * 86_400_000)) / decisions).toISOString();
  const circle = careCoop().circles.northside;
  if (!circle) throw new Error('no Northside');
  const draft = step(
    proposalDecider,
    { circle, proposal: null },
    { ...rotaProposal, proposalId: `p-${String(i).padStart(6, '0')}`, title: `Rota change ${i}` },
    as('dev'),
    at,
  );
  return step(
    proposalDecider,
    draft,
    { type: 'withdraw-proposal', proposalId: draft.proposal?.proposalId, reason: `Superseded by change ${i + 1}.` },
    as('dev'),
    at,
  ).proposal as Proposal;
}

async function main() {
  const azurite = await startAzuriteTables({ port: 10_912 });
  try {
    // No deadline: seeding sends large transactions to an Azurite that may share a busy machine.
    const table = TableClient.fromConnectionString(azurite.connectionString, 'governance', { allowInsecureConnection: true });
    await ensureTable(table);
    const partitionKey = governancePartition(tenantId);
    const structures = new StructureStore(table);
    await structures.save(await structures.load(tenantId), careCoop());
    let batch: TransactionAction[] = [];
    for (let i = 0; i < decisions; i += 1) {
      const proposal = withdrawn(i);
      const header: TransactionAction = [
        'upsert',
        {
          partitionKey,
          rowKey: key('proposal', proposal.proposalId, 'header'),
          ...toProperties({ proposal, closingSince: null, operations: [] }),
        },
        'Replace',
      ];
      // The move off the day drafted is left out: these rows never existed.
      const kept = decisionActions(partitionKey, proposal).filter(([kind]) => kind !== 'delete');
      if (batch.length + 1 + kept.length > 100) {
        await table.submitTransaction(batch);
        batch = [];
      }
      batch.push(header, ...kept);
    }
    if (batch.length > 0) await table.submitTransaction(batch);
    console.log(`seeded ${decisions} decisions`);
    const ports = {
      logbook: new LogbookStore(table),
      structures,
      proposals: new ProposalStore(table),
      selections: new RecordStore(table, 'selection', Selection),
      meetings: new RecordStore(table, 'meeting', Meeting),
    };
    if (process.env.REBUILD === '1') {
      const rebuild = performance.now();
      await reprojectLogbook(ports, tenantId);
      console.log(`rebuilt the logbook from the records in ${(performance.now() - rebuild).toFixed(0)} ms`);
    }
    const query = LogbookQuery.parse({ pageSize: 25 });
    const filter = `PartitionKey eq ${quoted(partitionKey)} and RowKey gt 'logbook|' and RowKey lt 'logbook}'`;
    const raw = await timed(async () => {
      for await (const page of table.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: 26 })) return page;
    });
    const page = await timed(() => readLogbook(ports, tenantId, as('farid'), query, '2027-01-01'));
    const search = await timed(() =>
      readLogbook(ports, tenantId, as('farid'), LogbookQuery.parse({ text: 'superseded change 7' }), '2027-01-01'),
    );
    const everything = await timed(() => ports.proposals.loadAll(tenantId));
    const rows = { decisions, logbookRows: decisions * 2 };
    const ms = (t: { median: number; p95: number }) => `median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`;
    console.log(JSON.stringify(rows));
    console.log(`raw range query of 26 rows:        ${ms(raw)}`);
    console.log(`GET /api/logbook page of 25:       ${ms(page)} (${(page.median / raw.median).toFixed(2)}× raw)`);
    console.log(`text search, page of 25:           ${ms(search)}`);
    console.log(`every proposal (the logbook before): ${ms(everything)}`);
  } finally {
    await azurite.stop();
  }
}

void main();
