import type { TableClient, TransactionAction } from '@azure/data-tables';
import { z } from 'zod';
import { Instant, RosterPerson } from '../../shared';
import type { RosterRepository } from '../application/ports/roster-repository';
import { ConversationRoster } from '../application/ports/roster-repository';
import { fromProperties, toProperties } from './entity-codec';
import { governancePartition, key, quoted, rowsUnder } from './keys';

/**
 * People per row: a row holds 1 MiB, and 500 people with the longest names Teams
 * gives and their user ids stay well under it; a roster of the most one reading
 * takes (`rosterLimit`, 5000 people) is ten rows, written in one transaction.
 */
const peoplePerRow = 500;

const rosterRange = (conversationId: string) => key('roster', conversationId);
const partKey = (conversationId: string, part: number) => key('roster', conversationId, String(part).padStart(3, '0'));

/** The first row carries the roster's own fields and how many rows it has; every row carries the reading it belongs to. */
const FirstRow = ConversationRoster.extend({ rows: z.number().int().min(1) });
const LaterRow = z.object({ readAt: Instant, people: z.array(RosterPerson) });

/**
 * Each conversation's roster as rows `roster|<conversation>|000…` in the tenant's
 * partition, all replaced in one transaction, so a reader never sees two readings
 * mixed. Rows past a shorter reading's count stay until a longer one overwrites them;
 * the first row's count says which rows are read.
 */
export class RosterStore implements RosterRepository {
  constructor(private readonly table: TableClient) {}

  async keep(tenantId: string, roster: ConversationRoster): Promise<void> {
    const partitionKey = governancePartition(tenantId);
    const rows = Math.max(1, Math.ceil(roster.people.length / peoplePerRow));
    const peopleOf = (part: number) => roster.people.slice(part * peoplePerRow, (part + 1) * peoplePerRow);
    const actions: TransactionAction[] = Array.from({ length: rows }, (_, part) => {
      const value = part === 0 ? { ...roster, people: peopleOf(0), rows } : { readAt: roster.readAt, people: peopleOf(part) };
      return ['upsert', { partitionKey, rowKey: partKey(roster.conversationId, part), ...toProperties(value) }, 'Replace'];
    });
    await this.table.submitTransaction(actions);
  }

  /** One range query; rows of another reading than the first row's (a concurrent write) make the roster incomplete. */
  async get(tenantId: string, conversationId: string): Promise<ConversationRoster | null> {
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${rowsUnder(rosterRange(conversationId))}`;
    const found = new Map<string, Record<string, unknown>>();
    for await (const entity of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } }))
      found.set(entity.rowKey as string, entity);
    const first = found.get(partKey(conversationId, 0));
    if (!first) return null;
    const { rows, ...roster } = FirstRow.parse(fromProperties(first));
    const people = [...roster.people];
    let complete = roster.complete;
    for (let part = 1; part < rows; part += 1) {
      const entity = found.get(partKey(conversationId, part));
      const later = entity ? LaterRow.parse(fromProperties(entity)) : null;
      if (later?.readAt === roster.readAt) people.push(...later.people);
      else complete = false;
    }
    return { ...roster, complete, people };
  }
}
